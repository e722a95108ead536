/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-module-set"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-module-set.h"
#include "maillage-plugin-info.h"

/**
 * MaillageModuleSet:
 *
 * The modules of one open project: one instance of every loaded plugin that
 * provides a #MaillageModule, bound to the project, in the plugins' order
 * (`X-Maillage-Order`, then name). A #GListModel of #MaillageModule that
 * follows the plugins as they are switched on and off, which is what the
 * window builds its sidebar from.
 *
 * When a module says it changed, its JSON is stored back into the project.
 * When its plugin goes, the module is unloaded and its JSON stays in the
 * project as it was: no data is dropped because a plugin is absent.
 */
struct _MaillageModuleSet
{
  GObject                parent_instance;

  MaillagePluginManager *manager;
  MaillageProject       *project;
  PeasExtensionSet      *extensions;
  /* Entry, sorted as the list model shows them */
  GPtrArray             *entries;
};

typedef struct
{
  MaillageModule *module;
  /* Owned by the engine, which outlives the set (the extension set holds
   * it). */
  PeasPluginInfo *info;
  int             order;
} Entry;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MaillageModuleSet, maillage_module_set, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_MANAGER,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_module_changed (MaillageModuleSet *self,
                               MaillageModule    *module);

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->module);
  g_free (entry);
}

/* Disconnects and unloads the module; the extension set drops the last
 * reference. The project's JSON for it is not touched. */
static void
entry_unload (MaillageModuleSet *self,
              Entry             *entry)
{
  g_signal_handlers_disconnect_by_func (entry->module, on_module_changed, self);
  maillage_module_unload (entry->module);
}

static GType
maillage_module_set_get_item_type (GListModel *model)
{
  return MAILLAGE_TYPE_MODULE;
}

static guint
maillage_module_set_get_n_items (GListModel *model)
{
  return MAILLAGE_MODULE_SET (model)->entries->len;
}

static gpointer
maillage_module_set_get_item (GListModel *model,
                              guint       position)
{
  MaillageModuleSet *self = MAILLAGE_MODULE_SET (model);
  Entry *entry;

  if (position >= self->entries->len)
    return NULL;

  entry = g_ptr_array_index (self->entries, position);
  return g_object_ref (entry->module);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = maillage_module_set_get_item_type;
  iface->get_n_items = maillage_module_set_get_n_items;
  iface->get_item = maillage_module_set_get_item;
}

static int
entry_compare (const Entry *a,
               const Entry *b)
{
  if (a->order != b->order)
    return a->order < b->order ? -1 : 1;

  return g_utf8_collate (peas_plugin_info_get_name (a->info),
                         peas_plugin_info_get_name (b->info));
}

static gboolean
find_entry (MaillageModuleSet *self,
            MaillageModule    *module,
            guint             *position)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (entry->module == module)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_module_changed (MaillageModuleSet *self,
                   MaillageModule    *module)
{
  g_autoptr(JsonObject) data = maillage_module_save (module);

  if (data != NULL)
    maillage_project_set_module_data (self->project, maillage_module_get_id (module), data);
}

/* The project file accepts these module ids only (see
 * maillage_project_set_module_data()); a plugin's module name is free-form,
 * so check it before the module ever saves. */
static gboolean
module_id_is_valid (const char *id)
{
  if (!g_ascii_islower (*id))
    return FALSE;

  for (const char *c = id + 1; *c != '\0'; c++)
    {
      if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-' && *c != '_')
        return FALSE;
    }

  return TRUE;
}

static void
on_extension_added (PeasExtensionSet  *extensions,
                    PeasPluginInfo    *info,
                    GObject           *extension,
                    MaillageModuleSet *self)
{
  MaillageModule *module = MAILLAGE_MODULE (extension);
  const char *id = maillage_plugin_info_get_module_id (info);
  g_autoptr(GError) error = NULL;
  Entry *entry;
  guint position;

  if (!module_id_is_valid (id))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("The module “%s” has an invalid identifier, “%s”: "
                                   "use lowercase letters, digits, “-” and “_”."),
                                 peas_plugin_info_get_name (info), id);
      maillage_plugin_manager_report_failure (self->manager, info, message);
      return;
    }

  if (!maillage_module_attach (module, id, self->project, &error))
    {
      g_autofree char *message = NULL;

      /* Not listed, so never saved: its JSON stays in the project as read. */
      message = g_strdup_printf (_("The module “%s” could not read its data: %s"),
                                 peas_plugin_info_get_name (info), error->message);
      maillage_plugin_manager_report_failure (self->manager, info, message);
      maillage_module_unload (module);
      return;
    }

  entry = g_new0 (Entry, 1);
  entry->module = g_object_ref (module);
  entry->info = info;
  entry->order = maillage_plugin_info_get_order (info);

  for (position = 0; position < self->entries->len; position++)
    {
      if (entry_compare (entry, g_ptr_array_index (self->entries, position)) < 0)
        break;
    }

  g_ptr_array_insert (self->entries, position, entry);
  g_signal_connect_object (module, "changed", G_CALLBACK (on_module_changed), self,
                           G_CONNECT_SWAPPED);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

static void
on_extension_removed (PeasExtensionSet  *extensions,
                      PeasPluginInfo    *info,
                      GObject           *extension,
                      MaillageModuleSet *self)
{
  guint position;
  Entry *entry;

  /* A module that could not read its data was never listed. */
  if (!find_entry (self, MAILLAGE_MODULE (extension), &position))
    return;

  entry = g_ptr_array_steal_index (self->entries, position);

  /* Tell the window first, so that it takes the module's page away before
   * the module lets go of the project. */
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  entry_unload (self, entry);
  entry_free (entry);
}

static void
add_existing_extension (PeasExtensionSet *extensions,
                        PeasPluginInfo   *info,
                        GObject          *extension,
                        gpointer          user_data)
{
  on_extension_added (extensions, info, extension, user_data);
}

static void
maillage_module_set_constructed (GObject *object)
{
  MaillageModuleSet *self = MAILLAGE_MODULE_SET (object);
  PeasEngine *engine = maillage_plugin_manager_get_engine (self->manager);

  G_OBJECT_CLASS (maillage_module_set_parent_class)->constructed (object);

  /* As GNOME Builder does for its addins: follow the plugins as they come
   * and go, then take those already loaded. */
  self->extensions = peas_extension_set_new (engine, MAILLAGE_TYPE_MODULE, NULL);
  g_signal_connect_object (self->extensions, "extension-added",
                           G_CALLBACK (on_extension_added), self, 0);
  g_signal_connect_object (self->extensions, "extension-removed",
                           G_CALLBACK (on_extension_removed), self, 0);
  peas_extension_set_foreach (self->extensions, add_existing_extension, self);
}

static void
maillage_module_set_dispose (GObject *object)
{
  MaillageModuleSet *self = MAILLAGE_MODULE_SET (object);

  /* Stop following the plugins first: disposing the extension set emits
   * extension-removed for each module, which would shrink the list under
   * the window being torn down. */
  if (self->extensions != NULL)
    g_signal_handlers_disconnect_by_data (self->extensions, self);

  if (self->entries->len > 0)
    {
      g_autoptr(GPtrArray) gone = self->entries;

      self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, gone->len, 0);

      for (guint i = 0; i < gone->len; i++)
        entry_unload (self, g_ptr_array_index (gone, i));
    }

  g_clear_object (&self->extensions);

  G_OBJECT_CLASS (maillage_module_set_parent_class)->dispose (object);
}

static void
maillage_module_set_finalize (GObject *object)
{
  MaillageModuleSet *self = MAILLAGE_MODULE_SET (object);

  g_ptr_array_unref (self->entries);
  g_clear_object (&self->project);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (maillage_module_set_parent_class)->finalize (object);
}

static void
maillage_module_set_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MaillageModuleSet *self = MAILLAGE_MODULE_SET (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      g_value_set_object (value, self->manager);
      break;

    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_module_set_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MaillageModuleSet *self = MAILLAGE_MODULE_SET (object);

  switch (prop_id)
    {
    case PROP_MANAGER:
      self->manager = g_value_dup_object (value);
      break;

    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_module_set_class_init (MaillageModuleSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = maillage_module_set_constructed;
  object_class->dispose = maillage_module_set_dispose;
  object_class->finalize = maillage_module_set_finalize;
  object_class->get_property = maillage_module_set_get_property;
  object_class->set_property = maillage_module_set_set_property;

  properties[PROP_MANAGER] =
    g_param_spec_object ("manager", NULL, NULL,
                         MAILLAGE_TYPE_PLUGIN_MANAGER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         MAILLAGE_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_module_set_init (MaillageModuleSet *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
}

/**
 * maillage_module_set_new:
 * @manager: the application's plugin manager
 * @project: the project the modules work on
 *
 * Creates the modules of @project, one per loaded module plugin, each having
 * read its data from @project.
 *
 * Returns: (transfer full): a new #MaillageModuleSet
 */
MaillageModuleSet *
maillage_module_set_new (MaillagePluginManager *manager,
                         MaillageProject       *project)
{
  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (manager), NULL);
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  return g_object_new (MAILLAGE_TYPE_MODULE_SET,
                       "manager", manager,
                       "project", project,
                       NULL);
}

/**
 * maillage_module_set_get_manager:
 * @self: a #MaillageModuleSet
 *
 * Returns: (transfer none): the plugin manager
 */
MaillagePluginManager *
maillage_module_set_get_manager (MaillageModuleSet *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE_SET (self), NULL);

  return self->manager;
}

/**
 * maillage_module_set_get_project:
 * @self: a #MaillageModuleSet
 *
 * Returns: (transfer none): the project
 */
MaillageProject *
maillage_module_set_get_project (MaillageModuleSet *self)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE_SET (self), NULL);

  return self->project;
}

/**
 * maillage_module_set_get_plugin_info:
 * @self: a #MaillageModuleSet
 * @module: a module of @self
 *
 * The plugin @module comes from, for its name, description and icon.
 *
 * Returns: (transfer none) (nullable): the plugin, or %NULL if @module is
 *   not in @self
 */
PeasPluginInfo *
maillage_module_set_get_plugin_info (MaillageModuleSet *self,
                                     MaillageModule    *module)
{
  guint position;

  g_return_val_if_fail (MAILLAGE_IS_MODULE_SET (self), NULL);
  g_return_val_if_fail (MAILLAGE_IS_MODULE (module), NULL);

  if (!find_entry (self, module, &position))
    return NULL;

  return ((Entry *) g_ptr_array_index (self->entries, position))->info;
}

/**
 * maillage_module_set_find:
 * @self: a #MaillageModuleSet
 * @id: a module id
 *
 * Returns: (transfer none) (nullable): the module of that id, or %NULL if
 *   its plugin is not loaded
 */
MaillageModule *
maillage_module_set_find (MaillageModuleSet *self,
                          const char        *id)
{
  g_return_val_if_fail (MAILLAGE_IS_MODULE_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (maillage_module_get_id (entry->module), id) == 0)
        return entry->module;
    }

  return NULL;
}

/**
 * maillage_module_set_build_chapters:
 * @self: a #MaillageModuleSet
 * @document: the document to append to
 *
 * Appends the chapter of every module to @document, in the modules' order.
 */
void
maillage_module_set_build_chapters (MaillageModuleSet *self,
                                    MaillageDocument  *document)
{
  g_return_if_fail (MAILLAGE_IS_MODULE_SET (self));
  g_return_if_fail (MAILLAGE_IS_DOCUMENT (document));

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      maillage_module_build_chapter (entry->module, document);
    }
}
