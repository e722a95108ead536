/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-module"

#include "config.h"

#include "maillage-document.h"
#include "maillage-finding.h"
#include "maillage-action.h"
#include "maillage-module.h"
#include "maillage-typography.h"
#include "maillage-project.h"
#include "maillage-project-private.h"

/**
 * MaillageModule:
 *
 * The interface every module of a strategy implements: Diagnostic,
 * Médiation numérique, Gouvernance… Each module is a libpeas plugin.
 *
 * A module owns one JSON object in the project file, under
 * `modules.<id>`, where `<id>` is the plugin's module name. The core never
 * reads that object: it hands it to [vfunc@Maillage.Module.load] and stores
 * what [vfunc@Maillage.Module.save] returns, so a module whose plugin is
 * missing keeps its data untouched.
 *
 * When the module's model changes, it calls
 * [method@Maillage.Module.emit_changed]; the application then saves the
 * module back into the project and marks the project as modified.
 */

G_DEFINE_INTERFACE (MaillageModule, maillage_module, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Interfaces have no instance storage: the id and project given to
 * maillage_module_attach() live in qdata so that every implementation,
 * including Python ones, gets them without writing a line. */
static GQuark id_quark;
static GQuark project_quark;

static GListModel *
maillage_module_real_list_findings (MaillageModule *self)
{
  return G_LIST_MODEL (g_list_store_new (MAILLAGE_TYPE_FINDING));
}

static double
maillage_module_real_get_completeness (MaillageModule *self)
{
  g_autoptr(GListModel) findings = maillage_module_list_findings (self);
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, i);

      if (maillage_finding_get_severity (finding) != MAILLAGE_SEVERITY_INFO)
        return 0.0;
    }

  return 1.0;
}

static GListModel *
maillage_module_real_list_actions (MaillageModule *self)
{
  GListStore *store = g_list_store_new (MAILLAGE_TYPE_ACTION);
  MaillageProject *project = maillage_module_get_project (self);
  const char *id = maillage_module_get_id (self);
  GListModel *actions;
  guint n;

  if (project == NULL || id == NULL)
    return G_LIST_MODEL (store);

  actions = maillage_project_get_actions (project);
  n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (maillage_action_get_module (action), id) == 0)
        g_list_store_append (store, action);
    }

  return G_LIST_MODEL (store);
}

static char **
maillage_module_real_list_key_points (MaillageModule *self)
{
  return g_new0 (char *, 1);
}

static void
maillage_module_default_init (MaillageModuleInterface *iface)
{
  id_quark = g_quark_from_static_string ("maillage-module-id");
  project_quark = g_quark_from_static_string ("maillage-module-project");

  iface->list_findings = maillage_module_real_list_findings;
  iface->get_completeness = maillage_module_real_get_completeness;
  iface->list_actions = maillage_module_real_list_actions;
  iface->list_key_points = maillage_module_real_list_key_points;

  /**
   * MaillageModule::changed:
   * @self: a #MaillageModule
   *
   * Emitted by the module when its model changed, so that its JSON is
   * saved back into the project. Emit it with
   * [method@Maillage.Module.emit_changed].
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/**
 * maillage_module_attach:
 * @self: a #MaillageModule
 * @id: the module's id: its plugin's module name, and its key under
 *   `modules` in the project file
 * @project: the project the module belongs to
 * @error: return location for a #GError
 *
 * Binds @self to @project under @id, then loads the module's JSON object
 * from the project (or nothing, for a project that has none yet) with
 * [method@Maillage.Module.load]. This is how the application opens a
 * module; afterwards [method@Maillage.Module.get_id] and
 * [method@Maillage.Module.get_project] answer.
 *
 * Returns: %TRUE if the module's data was read; %FALSE with @error set
 *   otherwise, in which case the module is left empty and its JSON stays in
 *   the project untouched.
 */
gboolean
maillage_module_attach (MaillageModule   *self,
                        const char       *id,
                        MaillageProject  *project,
                        GError          **error)
{
  g_autoptr(JsonObject) data = NULL;

  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_object_set_qdata_full (G_OBJECT (self), id_quark, g_strdup (id), g_free);
  data = _maillage_project_dup_module_data (project, id);

  return maillage_module_load (self, project, data, error);
}

/**
 * maillage_module_load:
 * @self: a #MaillageModule
 * @project: the project the module belongs to
 * @data: (nullable): the module's JSON object, %NULL for a project that has
 *   none yet
 * @error: return location for a #GError
 *
 * Reads @data into the module's model. A module may migrate an older
 * version of its data here. Applications call
 * [method@Maillage.Module.attach], which calls this.
 *
 * Returns: %TRUE on success; %FALSE with @error set otherwise, in which case
 *   the module is left empty
 */
gboolean
maillage_module_load (MaillageModule   *self,
                      MaillageProject  *project,
                      JsonObject       *data,
                      GError          **error)
{
  MaillageModuleInterface *iface;

  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), FALSE);
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_object_set_qdata_full (G_OBJECT (self), project_quark,
                           g_object_ref (project), g_object_unref);

  iface = MAILLAGE_MODULE_GET_IFACE (self);
  if (iface->load == NULL)
    return TRUE;

  return iface->load (self, project, data, error);
}

/**
 * maillage_module_unload:
 * @self: a #MaillageModule
 *
 * Lets the module release what it holds of the project, before its plugin
 * is disabled or the project closed. Afterwards
 * [method@Maillage.Module.get_project] returns %NULL.
 */
void
maillage_module_unload (MaillageModule *self)
{
  MaillageModuleInterface *iface;

  g_return_if_fail (MAILLAGE_IS_MODULE (self));

  iface = MAILLAGE_MODULE_GET_IFACE (self);
  if (iface->unload != NULL)
    iface->unload (self);

  g_object_set_qdata (G_OBJECT (self), project_quark, NULL);
}

/**
 * maillage_module_save:
 * @self: a #MaillageModule
 *
 * Writes the module's model as the JSON object stored under
 * `modules.<id>` in the project file.
 *
 * Returns: (transfer full) (nullable): the module's JSON object, or %NULL
 *   for a module that stores nothing
 */
JsonObject *
maillage_module_save (MaillageModule *self)
{
  MaillageModuleInterface *iface;

  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  iface = MAILLAGE_MODULE_GET_IFACE (self);
  if (iface->save == NULL)
    return NULL;

  return iface->save (self);
}

/**
 * maillage_module_create_page:
 * @self: a #MaillageModule
 *
 * Builds the module's editor page, shown beside the sidebar of the window.
 * A module with nothing to edit may leave the vfunc unset.
 *
 * Returns: (transfer full) (nullable): a new widget, floating whatever the
 *   language of the plugin, or %NULL for a module with no editor
 */
GtkWidget *
maillage_module_create_page (MaillageModule *self)
{
  MaillageModuleInterface *iface;
  GtkWidget *page;

  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  iface = MAILLAGE_MODULE_GET_IFACE (self);
  if (iface->create_page == NULL)
    return NULL;

  page = iface->create_page (self);
  g_return_val_if_fail (GTK_IS_WIDGET (page), NULL);

  /* A Python implementation hands back a full reference, a C one a
   * floating one; callers get the same either way. */
  if (!g_object_is_floating (page))
    g_object_force_floating (G_OBJECT (page));

  return page;
}

/**
 * maillage_module_build_chapter:
 * @self: a #MaillageModule
 * @document: the document to append to
 *
 * Appends the module's chapter of the strategy to @document, starting with
 * a level-1 heading. A module knows nothing of file formats: it only adds
 * blocks.
 */
void
maillage_module_build_chapter (MaillageModule   *self,
                               MaillageDocument *document)
{
  MaillageModuleInterface *iface;

  g_return_if_fail (MAILLAGE_IS_MODULE (self));
  g_return_if_fail (MAILLAGE_IS_DOCUMENT (document));

  iface = MAILLAGE_MODULE_GET_IFACE (self);
  if (iface->build_chapter != NULL)
    iface->build_chapter (self, document);
}

/**
 * maillage_module_list_findings:
 * @self: a #MaillageModule
 *
 * Reports what is missing or inconsistent in the module, for the overview.
 *
 * Returns: (transfer full): a list of [class@Maillage.Finding]
 */
GListModel *
maillage_module_list_findings (MaillageModule *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  return MAILLAGE_MODULE_GET_IFACE (self)->list_findings (self);
}

/**
 * maillage_module_get_completeness:
 * @self: a #MaillageModule
 *
 * How complete the module is. The default is 1.0 when the module reports no
 * finding of severity %MAILLAGE_SEVERITY_WARNING or above, 0.0 otherwise;
 * modules are expected to measure better.
 *
 * Returns: a number from 0.0 to 1.0
 */
double
maillage_module_get_completeness (MaillageModule *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), 0.0);

  return CLAMP (MAILLAGE_MODULE_GET_IFACE (self)->get_completeness (self), 0.0, 1.0);
}

/**
 * maillage_module_list_actions:
 * @self: a #MaillageModule
 *
 * The actions of the project's plan that this module owns. By default, the
 * actions whose module is this module's id.
 *
 * Returns: (transfer full): a list of [class@Maillage.Action]
 */
GListModel *
maillage_module_list_actions (MaillageModule *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  return MAILLAGE_MODULE_GET_IFACE (self)->list_actions (self);
}

/**
 * maillage_module_list_key_points:
 * @self: a #MaillageModule
 *
 * What the module says of itself in a few sentences, in French whatever
 * the interface's language, with French typography: the key figures of a
 * diagnostic, the lieux of médiation and the communes left without one,
 * the shared resources and their cost… The note explicative de synthèse
 * gives them under the module's name, and the délibération draws its
 * considérants from them. By default, none.
 *
 * Returns: (transfer full) (array zero-terminated=1): the sentences, each
 *   a whole sentence ending with its full stop
 */
char **
maillage_module_list_key_points (MaillageModule *self)
{
  char **points;

  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  points = MAILLAGE_MODULE_GET_IFACE (self)->list_key_points (self);
  if (points == NULL)
    return g_new0 (char *, 1);

  /* They go into documents and into the délibération's considérants as
   * they are: set them in French typography here, once. */
  for (guint i = 0; points[i] != NULL; i++)
    {
      char *typeset = maillage_typography_apply (points[i]);

      g_free (points[i]);
      points[i] = typeset;
    }

  return points;
}

/**
 * maillage_module_get_id:
 * @self: a #MaillageModule
 *
 * Returns: (nullable): the id given to [method@Maillage.Module.attach], or
 *   %NULL before it
 */
const char *
maillage_module_get_id (MaillageModule *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  return g_object_get_qdata (G_OBJECT (self), id_quark);
}

/**
 * maillage_module_get_project:
 * @self: a #MaillageModule
 *
 * Returns: (transfer none) (nullable): the project the module was loaded
 *   with, or %NULL before [method@Maillage.Module.load] and after
 *   [method@Maillage.Module.unload]
 */
MaillageProject *
maillage_module_get_project (MaillageModule *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE (self), NULL);

  return g_object_get_qdata (G_OBJECT (self), project_quark);
}

/**
 * maillage_module_emit_changed:
 * @self: a #MaillageModule
 *
 * Tells the application that the module's model changed.
 */
void
maillage_module_emit_changed (MaillageModule *self)
{
  g_return_if_fail (MAILLAGE_IS_MODULE (self));

  g_signal_emit (self, signals[CHANGED], 0);
}
