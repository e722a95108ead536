/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-module.c: the Diagnostic module: the written diagnostic, the
 * indicators, the SWOT and the map's indicator, and the MaillageModule
 * interface over them. The JSON, the chapter and the findings live in
 * diagnostic-module-json.c, -chapter.c and -findings.c.
 */
#define G_LOG_DOMAIN "diagnostic-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-import-plan.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module-private.h"
#include "diagnostic-page.h"

static void module_iface_init (MaillageModuleInterface *iface);

/* A dynamic type: libpeas may load the plugin again. */
G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticModule, diagnostic_module, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE,
                                                               module_iface_init))

enum {
  PROP_0,
  PROP_TEXT,
  PROP_MAP_INDICATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
emit_changed (DiagnosticModule *self)
{
  if (!self->loading)
    maillage_module_emit_changed (MAILLAGE_MODULE (self));
}

static void
indicators_changed_cb (DiagnosticModule *self,
                       guint             position,
                       guint             removed,
                       guint             added)
{
  self->stamp++;
  emit_changed (self);
}

static void
swot_changed_cb (DiagnosticModule *self,
                 guint             position,
                 guint             removed,
                 guint             added)
{
  emit_changed (self);
}

static void
clear_model (DiagnosticModule *self)
{
  g_list_store_remove_all (self->indicators);
  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    gtk_string_list_splice (self->swot[i], 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->swot[i])), NULL);
  diagnostic_module_set_text (self, "");
  diagnostic_module_set_map_indicator (self, "");
}

static gboolean
diagnostic_module_load (MaillageModule   *module,
                        MaillageProject  *project,
                        JsonObject       *data,
                        GError          **error)
{
  DiagnosticModule *self = DIAGNOSTIC_MODULE (module);
  gboolean loaded;

  self->loading = TRUE;
  clear_model (self);
  loaded = data == NULL || _diagnostic_module_load_json (self, data, error);
  self->loading = FALSE;

  return loaded;
}

static void
diagnostic_module_unload (MaillageModule *module)
{
  DiagnosticModule *self = DIAGNOSTIC_MODULE (module);

  self->loading = TRUE;
  clear_model (self);
  self->loading = FALSE;
}

static JsonObject *
diagnostic_module_save (MaillageModule *module)
{
  return _diagnostic_module_save_json (DIAGNOSTIC_MODULE (module));
}

static GtkWidget *
diagnostic_module_create_page (MaillageModule *module)
{
  return diagnostic_page_new (DIAGNOSTIC_MODULE (module));
}

static void
diagnostic_module_build_chapter (MaillageModule   *module,
                                 MaillageDocument *document)
{
  _diagnostic_module_build_chapter (DIAGNOSTIC_MODULE (module), document);
}

static char **
diagnostic_module_list_key_points (MaillageModule *module)
{
  return _diagnostic_module_list_key_points (DIAGNOSTIC_MODULE (module));
}

static GListModel *
diagnostic_module_list_findings (MaillageModule *module)
{
  return _diagnostic_module_list_findings (DIAGNOSTIC_MODULE (module));
}

static double
diagnostic_module_get_completeness (MaillageModule *module)
{
  return _diagnostic_module_get_completeness (DIAGNOSTIC_MODULE (module));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = diagnostic_module_load;
  iface->unload = diagnostic_module_unload;
  iface->save = diagnostic_module_save;
  iface->create_page = diagnostic_module_create_page;
  iface->build_chapter = diagnostic_module_build_chapter;
  iface->list_key_points = diagnostic_module_list_key_points;
  iface->list_findings = diagnostic_module_list_findings;
  iface->get_completeness = diagnostic_module_get_completeness;
}

static void
diagnostic_module_dispose (GObject *object)
{
  DiagnosticModule *self = DIAGNOSTIC_MODULE (object);

  g_clear_object (&self->indicators);
  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    g_clear_object (&self->swot[i]);

  G_OBJECT_CLASS (diagnostic_module_parent_class)->dispose (object);
}

static void
diagnostic_module_finalize (GObject *object)
{
  DiagnosticModule *self = DIAGNOSTIC_MODULE (object);

  g_free (self->text);
  g_free (self->map_indicator);

  G_OBJECT_CLASS (diagnostic_module_parent_class)->finalize (object);
}

static void
diagnostic_module_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DiagnosticModule *self = DIAGNOSTIC_MODULE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_MAP_INDICATOR:
      g_value_set_string (value, self->map_indicator);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diagnostic_module_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DiagnosticModule *self = DIAGNOSTIC_MODULE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      diagnostic_module_set_text (self, g_value_get_string (value));
      break;

    case PROP_MAP_INDICATOR:
      diagnostic_module_set_map_indicator (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
diagnostic_module_class_init (DiagnosticModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = diagnostic_module_dispose;
  object_class->finalize = diagnostic_module_finalize;
  object_class->get_property = diagnostic_module_get_property;
  object_class->set_property = diagnostic_module_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  properties[PROP_MAP_INDICATOR] = g_param_spec_string ("map-indicator", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
diagnostic_module_class_finalize (DiagnosticModuleClass *klass)
{
}

static void
diagnostic_module_init (DiagnosticModule *self)
{
  self->text = g_strdup ("");
  self->map_indicator = g_strdup ("");
  self->indicators = g_list_store_new (DIAGNOSTIC_TYPE_INDICATOR);
  g_signal_connect_object (self->indicators, "items-changed",
                           G_CALLBACK (indicators_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    {
      self->swot[i] = gtk_string_list_new (NULL);
      g_signal_connect_object (self->swot[i], "items-changed",
                               G_CALLBACK (swot_changed_cb), self, G_CONNECT_SWAPPED);
    }
}

/* A module outside any project, for the tests. */
DiagnosticModule *
diagnostic_module_new (void)
{
  return g_object_new (DIAGNOSTIC_TYPE_MODULE, NULL);
}

/**
 * diagnostic_module_get_territory:
 * @self: a module
 *
 * Returns: (transfer none) (nullable): the territory of the project the
 *   module is loaded in, %NULL outside one
 */
MaillageTerritory *
diagnostic_module_get_territory (DiagnosticModule *self)
{
  MaillageProject *project;

  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), NULL);

  project = maillage_module_get_project (MAILLAGE_MODULE (self));
  return project != NULL ? maillage_project_get_territory (project) : NULL;
}

/* The written diagnostic, as the user typed it. */
const char *
diagnostic_module_get_text (DiagnosticModule *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), NULL);

  return self->text;
}

void
diagnostic_module_set_text (DiagnosticModule *self,
                            const char       *text)
{
  g_return_if_fail (DIAGNOSTIC_IS_MODULE (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  emit_changed (self);
}

/**
 * diagnostic_module_get_indicators:
 * @self: a module
 *
 * The indicators, in the order the user made them. Change them through
 * the module's functions, never through the model.
 *
 * Returns: (transfer none): a #GListModel of #DiagnosticIndicator
 */
GListModel *
diagnostic_module_get_indicators (DiagnosticModule *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/* The position of the indicator with this key, or -1. */
int
diagnostic_module_find_indicator (DiagnosticModule *self,
                                  const char       *name,
                                  const char       *scope,
                                  guint             year)
{
  guint n;

  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  if (scope == NULL)
    scope = "";

  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator =
        g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      if (diagnostic_indicator_get_year (indicator) == year &&
          g_str_equal (diagnostic_indicator_get_name (indicator), name) &&
          g_str_equal (diagnostic_indicator_get_scope (indicator), scope))
        return (int) i;
    }

  return -1;
}

void
diagnostic_module_add_indicator (DiagnosticModule    *self,
                                 DiagnosticIndicator *indicator)
{
  g_return_if_fail (DIAGNOSTIC_IS_MODULE (self));
  g_return_if_fail (DIAGNOSTIC_IS_INDICATOR (indicator));

  g_list_store_append (self->indicators, indicator);
}

/* Puts @indicator where @old is. */
void
diagnostic_module_replace_indicator (DiagnosticModule    *self,
                                     DiagnosticIndicator *old,
                                     DiagnosticIndicator *indicator)
{
  guint position;

  g_return_if_fail (DIAGNOSTIC_IS_MODULE (self));
  g_return_if_fail (DIAGNOSTIC_IS_INDICATOR (indicator));

  if (!g_list_store_find (self->indicators, old, &position))
    g_return_if_reached ();

  g_list_store_splice (self->indicators, position, 1, (gpointer *) &indicator, 1);
}

void
diagnostic_module_remove_indicator (DiagnosticModule    *self,
                                    DiagnosticIndicator *indicator)
{
  guint position;

  g_return_if_fail (DIAGNOSTIC_IS_MODULE (self));

  if (!g_list_store_find (self->indicators, indicator, &position))
    g_return_if_reached ();

  g_list_store_remove (self->indicators, position);
}

/**
 * diagnostic_module_get_swot:
 * @self: a module
 * @part: which of the four lists
 *
 * One list of the SWOT. Edit it directly (gtk_string_list_splice() and
 * the like): the module saves every change.
 *
 * Returns: (transfer none): the list
 */
GtkStringList *
diagnostic_module_get_swot (DiagnosticModule   *self,
                            DiagnosticSwotPart  part)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), NULL);
  g_return_val_if_fail (part < DIAGNOSTIC_N_SWOT_PARTS, NULL);

  return self->swot[part];
}

const char *
diagnostic_module_get_map_indicator (DiagnosticModule *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), NULL);

  return self->map_indicator;
}

void
diagnostic_module_set_map_indicator (DiagnosticModule *self,
                                     const char       *name)
{
  g_return_if_fail (DIAGNOSTIC_IS_MODULE (self));

  if (name == NULL)
    name = "";
  if (g_str_equal (self->map_indicator, name))
    return;

  g_free (self->map_indicator);
  self->map_indicator = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_INDICATOR]);
  emit_changed (self);
}

/**
 * diagnostic_module_plan_import:
 * @self: a module
 * @incoming: (element-type DiagnosticIndicator): indicators read from a
 *   file
 *
 * Works out what importing @incoming would add, update and leave as it
 * is, without changing anything.
 *
 * Returns: (transfer full): the plan, for diagnostic_module_apply_import()
 */
DiagnosticImportPlan *
diagnostic_module_plan_import (DiagnosticModule *self,
                               GPtrArray        *incoming)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), NULL);
  g_return_val_if_fail (incoming != NULL, NULL);

  return diagnostic_import_plan_new (G_LIST_MODEL (self->indicators), incoming, self->stamp);
}

/**
 * diagnostic_module_apply_import:
 * @self: a module
 * @plan: a plan made by diagnostic_module_plan_import()
 *
 * Applies @plan in one change, unless the indicators changed since it was
 * made (then nothing happens: the user would confirm something else than
 * what was shown).
 *
 * Returns: whether the plan was applied
 */
gboolean
diagnostic_module_apply_import (DiagnosticModule     *self,
                                DiagnosticImportPlan *plan)
{
  g_autoptr(GPtrArray) merged = NULL;
  guint n;

  g_return_val_if_fail (DIAGNOSTIC_IS_MODULE (self), FALSE);
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (plan), FALSE);

  if (diagnostic_import_plan_get_stamp (plan) != self->stamp)
    return FALSE;
  if (!diagnostic_import_plan_has_changes (plan))
    return TRUE;

  /* One splice: one items-changed, one "changed", one save. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  merged = diagnostic_import_plan_merge (plan, G_LIST_MODEL (self->indicators));
  g_list_store_splice (self->indicators, 0, n, merged->pdata, merged->len);

  return TRUE;
}

void
diagnostic_module_register_types (GTypeModule *module)
{
  diagnostic_module_register_type (module);
}
