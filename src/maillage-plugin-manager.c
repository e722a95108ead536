/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-plugin-manager"

#include "config.h"

#include <string.h>

#include <girepository.h>
#include <glib/gi18n.h>

#include <maillage.h>

#include "maillage-plugin-info.h"
#include "maillage-plugin-manager.h"

/**
 * MaillagePluginManager:
 *
 * The application's one owner of the plugin engine: it sets the engine up
 * (loaders, search paths), loads every plugin found unless the person
 * switched it off, follows the `disabled-plugins` setting while the program
 * runs, and reports the plugins that could not be loaded.
 *
 * What a plugin provides is then picked up by a #MaillageModuleSet per open
 * project.
 */
struct _MaillagePluginManager
{
  GObject     parent_instance;

  PeasEngine *engine;
  GSettings  *settings;
  /* The exporters of every loaded exporter plugin, shared by every window
   * and the command line: an exporter holds no state of a project. */
  PeasExtensionSet *exporters;
  /* module name → message (in the user's language) for each plugin that
   * could not be loaded; kept for the preferences window and the overview,
   * which may open after the failure was signalled. */
  GHashTable *failures;
};

G_DEFINE_FINAL_TYPE (MaillagePluginManager, maillage_plugin_manager, G_TYPE_OBJECT)

enum {
  PLUGIN_FAILED,
  PLUGINS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define DISABLED_PLUGINS_KEY "disabled-plugins"

/* What a Python plugin may import. Requiring these versions before the
 * python3 loader starts pins them for the whole process: a plugin that
 * imports Gtk without gi.require_version() then gets GTK 4, not GTK 3 (which
 * would abort the process), and pygobject prints no version warning. */
static const struct {
  const char *namespace;
  const char *version;
} python_typelibs[] = {
  { "Gtk", "4.0" },
  { "Adw", "1" },
  { "Json", "1.0" },
  { "Peas", "1.0" },
  { "Maillage", "1" },
};

static gboolean
is_uninstalled (void)
{
  return g_getenv ("MAILLAGE_UNINSTALLED") != NULL;
}

/* The typelib repository is process-wide: do this once, however many
 * managers a process creates. Returns a message saying why Python plugins
 * cannot run, or NULL when they can. */
static const char *
require_python_typelibs (void)
{
  static gsize done;
  static char *failure;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GError) error = NULL;

      g_irepository_prepend_search_path (is_uninstalled ()
                                         ? BUILD_ROOT "/src/libmaillage"
                                         : TYPELIBDIR);

      for (guint i = 0; i < G_N_ELEMENTS (python_typelibs) && error == NULL; i++)
        g_irepository_require (NULL,
                               python_typelibs[i].namespace,
                               python_typelibs[i].version,
                               0, &error);

      if (error != NULL)
        failure = g_strdup (error->message);

      g_once_init_leave (&done, 1);
    }

  return failure;
}

static void
add_search_paths (MaillagePluginManager *self)
{
  const char *extra = g_getenv ("MAILLAGE_PLUGIN_PATH");
  g_autofree char *user_dir = NULL;

  /* libpeas keeps the first plugin it finds of a given module name, so the
   * order below is also a priority: folders named in the environment (tests,
   * a consultant trying a plugin out), then the person's own folder, then
   * the plugins that come with the program. */
  if (extra != NULL)
    {
      g_auto(GStrv) dirs = g_strsplit (extra, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; dirs[i] != NULL; i++)
        {
          if (*dirs[i] != '\0')
            peas_engine_add_search_path (self->engine, dirs[i], NULL);
        }
    }

  /* Always searched, so that a consultant can drop a plugin in without
   * administrator rights. */
  user_dir = g_build_filename (g_get_user_data_dir (), "maillage", "plugins", NULL);
  peas_engine_add_search_path (self->engine, user_dir, NULL);

  /* Uninstalled, each plugin's build folder holds its .plugin file and its
   * .so or .py files (Python sources are copied there at build time), so one
   * path serves C and Python plugins alike. */
  if (is_uninstalled ())
    peas_engine_add_search_path (self->engine, BUILD_ROOT "/plugins", NULL);
  else
    peas_engine_add_search_path (self->engine, PLUGINDIR, PKGDATADIR "/plugins");
}

static void
capture_libpeas_message (const char     *log_domain,
                         GLogLevelFlags  log_level,
                         const char     *message,
                         gpointer        user_data)
{
  g_ptr_array_add (user_data, g_strdup (message));
}

/* The most telling line of what libpeas said: the first message is the
 * most specific one (the engine then adds a generic "Error loading plugin"),
 * and its last line is the Python exception ("RuntimeError: …") or the
 * dynamic linker's complaint, which is in the user's language; libpeas'
 * own English prefix is dropped from the latter. */
static char *
summarize_messages (PeasPluginInfo *info,
                    GPtrArray      *messages)
{
  g_autofree char *c_prefix = NULL;
  g_auto(GStrv) lines = NULL;

  if (messages->len == 0)
    return NULL;

  c_prefix = g_strdup_printf ("Failed to load module '%s': ",
                              peas_plugin_info_get_module_name (info));

  lines = g_strsplit (g_ptr_array_index (messages, 0), "\n", -1);
  for (guint i = g_strv_length (lines); i > 0; i--)
    {
      const char *line = g_strstrip (lines[i - 1]);

      if (g_str_has_prefix (line, c_prefix))
        line += strlen (c_prefix);
      if (*line != '\0')
        return g_strdup (line);
    }

  return NULL;
}

/* libpeas' loaders live as long as the process and remember a plugin that
 * failed: they say why only the first time, and later only "Error loading
 * plugin". Keep the first reason, by module name, for when the plugin is
 * switched on again or another manager tries it. Takes @reason. */
static const char *
remember_reason (const char *module_name,
                 char       *reason)
{
  static GHashTable *reasons;

  if (reasons == NULL)
    reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (reason == NULL || g_hash_table_contains (reasons, module_name))
    g_free (reason);
  else
    g_hash_table_insert (reasons, g_strdup (module_name), reason);

  return g_hash_table_lookup (reasons, module_name);
}

static char *
describe_failure (PeasPluginInfo *info,
                  GPtrArray      *messages)
{
  const char *name = peas_plugin_info_get_name (info);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  peas_plugin_info_is_available (info, &error);

  if (error != NULL && g_error_matches (error, PEAS_PLUGIN_INFO_ERROR,
                                        PEAS_PLUGIN_INFO_ERROR_LOADER_NOT_FOUND))
    reason = g_strdup (_("Plugins written in this language cannot run here."));
  else if (error != NULL && (g_error_matches (error, PEAS_PLUGIN_INFO_ERROR,
                                              PEAS_PLUGIN_INFO_ERROR_DEP_NOT_FOUND) ||
                             g_error_matches (error, PEAS_PLUGIN_INFO_ERROR,
                                              PEAS_PLUGIN_INFO_ERROR_DEP_LOADING_FAILED)))
    reason = g_strdup (_("A plugin it depends on is missing or could not be loaded."));
  else
    reason = g_strdup (remember_reason (peas_plugin_info_get_module_name (info),
                                        summarize_messages (info, messages)));

  if (reason == NULL)
    reason = g_strdup (_("The plugin’s code could not be read."));

  return g_strdup_printf (_("The plugin “%s” could not be loaded: %s"), name, reason);
}

static void
load_plugin (MaillagePluginManager *self,
             PeasPluginInfo        *info)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *message = NULL;
  GLogLevelFlags levels;
  gboolean loaded;
  guint peas_handler;
  guint default_handler;

  if (peas_plugin_info_is_loaded (info))
    return;

  /* Forget the last failure first: loading runs the module sets, which may
   * report a new one before peas_engine_load_plugin() returns. */
  g_hash_table_remove (self->failures, peas_plugin_info_get_module_name (info));

  /* libpeas says why a plugin failed only with g_warning(), in its own log
   * domain, and its Python loader in the default one (with the traceback):
   * catch both while loading, to tell the person and to log it as a
   * message rather than a warning. */
  levels = G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_MESSAGE |
           G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION;
  peas_handler = g_log_set_handler ("libpeas", levels, capture_libpeas_message, messages);
  default_handler = g_log_set_handler (NULL, levels, capture_libpeas_message, messages);
  loaded = peas_engine_load_plugin (self->engine, info);
  g_log_remove_handler (NULL, default_handler);
  g_log_remove_handler ("libpeas", peas_handler);

  for (guint i = 0; i < messages->len; i++)
    g_message ("%s", (const char *) g_ptr_array_index (messages, i));

  if (loaded)
    return;

  message = describe_failure (info, messages);
  maillage_plugin_manager_report_failure (self, info, message);
}

static gboolean
is_enabled (PeasPluginInfo     *info,
            const char * const *disabled)
{
  /* A builtin plugin is part of the program: it cannot be switched off. */
  return peas_plugin_info_is_builtin (info) ||
         !g_strv_contains (disabled, peas_plugin_info_get_module_name (info));
}

/* Makes the loaded plugins match the setting. Everything found is loaded
 * unless listed as disabled: a plugin dropped into the user's folder, or
 * installed with a new version, works at once, without a trip to the
 * preferences; the setting only records what the person switched off. */
static void
apply_settings (MaillagePluginManager *self)
{
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, DISABLED_PLUGINS_KEY);
  const char * const *cdisabled = (const char * const *) disabled;

  for (const GList *l = peas_engine_get_plugin_list (self->engine); l != NULL; l = l->next)
    {
      PeasPluginInfo *info = l->data;
      const char *name = peas_plugin_info_get_module_name (info);

      if (!is_enabled (info, cdisabled))
        {
          g_hash_table_remove (self->failures, name);
          if (peas_plugin_info_is_loaded (info))
            peas_engine_unload_plugin (self->engine, info);
        }
      /* A plugin that failed is tried again only once the person switched
       * it off and on, not at every change of the setting. */
      else if (!g_hash_table_contains (self->failures, name))
        {
          load_plugin (self, info);
        }
    }

  g_signal_emit (self, signals[PLUGINS_CHANGED], 0);
}

static void
on_disabled_plugins_changed (MaillagePluginManager *self,
                             const char            *key,
                             GSettings             *settings)
{
  apply_settings (self);
}

static void
maillage_plugin_manager_constructed (GObject *object)
{
  MaillagePluginManager *self = MAILLAGE_PLUGIN_MANAGER (object);
  const char *python_failure;

  G_OBJECT_CLASS (maillage_plugin_manager_parent_class)->constructed (object);

  /* Our own engine, not the default one, so that the manager owns its
   * search paths and loaded plugins and a test can build a fresh one; but
   * with libpeas' global loaders, since a process holds one Python
   * interpreter and a C plugin's types are registered once: loaders must
   * outlive any one engine. */
  self->engine = peas_engine_new ();

  /* Loaders and search paths first, then the plugins: in the other order
   * the Python plugins would be found but not loadable. */
  python_failure = require_python_typelibs ();
  if (python_failure == NULL)
    peas_engine_enable_loader (self->engine, "python3");
  else
    g_message ("Python plugins cannot run: %s", python_failure);

  add_search_paths (self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::" DISABLED_PLUGINS_KEY,
                           G_CALLBACK (on_disabled_plugins_changed), self,
                           G_CONNECT_SWAPPED);
  apply_settings (self);
}

static void
maillage_plugin_manager_dispose (GObject *object)
{
  MaillagePluginManager *self = MAILLAGE_PLUGIN_MANAGER (object);

  g_clear_object (&self->exporters);
  g_clear_object (&self->settings);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (maillage_plugin_manager_parent_class)->dispose (object);
}

static void
maillage_plugin_manager_finalize (GObject *object)
{
  MaillagePluginManager *self = MAILLAGE_PLUGIN_MANAGER (object);

  g_hash_table_unref (self->failures);

  G_OBJECT_CLASS (maillage_plugin_manager_parent_class)->finalize (object);
}

static void
maillage_plugin_manager_class_init (MaillagePluginManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = maillage_plugin_manager_constructed;
  object_class->dispose = maillage_plugin_manager_dispose;
  object_class->finalize = maillage_plugin_manager_finalize;

  /**
   * MaillagePluginManager::plugin-failed:
   * @self: a #MaillagePluginManager
   * @info: the plugin
   * @message: why, in the user's language
   *
   * Emitted when a plugin could not be loaded, or when the module it
   * provides could not read its data. The program goes on without it.
   */
  signals[PLUGIN_FAILED] =
    g_signal_new ("plugin-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  PEAS_TYPE_PLUGIN_INFO | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING);

  /**
   * MaillagePluginManager::plugins-changed:
   * @self: a #MaillagePluginManager
   *
   * Emitted after plugins were found, switched on or off, or failed.
   */
  signals[PLUGINS_CHANGED] =
    g_signal_new ("plugins-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_plugin_manager_init (MaillagePluginManager *self)
{
  self->failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * maillage_plugin_manager_new:
 *
 * Sets up the plugin engine and loads every plugin found, except those the
 * person switched off.
 *
 * Returns: (transfer full): a new #MaillagePluginManager
 */
MaillagePluginManager *
maillage_plugin_manager_new (void)
{
  return g_object_new (MAILLAGE_TYPE_PLUGIN_MANAGER, NULL);
}

/**
 * maillage_plugin_manager_get_engine:
 * @self: a #MaillagePluginManager
 *
 * Returns: (transfer none): the engine, for #PeasExtensionSet
 */
PeasEngine *
maillage_plugin_manager_get_engine (MaillagePluginManager *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), NULL);

  return self->engine;
}

/**
 * maillage_plugin_manager_get_plugins:
 * @self: a #MaillagePluginManager
 *
 * Returns: (transfer none) (element-type PeasPluginInfo): every plugin
 *   found, loaded or not
 */
const GList *
maillage_plugin_manager_get_plugins (MaillagePluginManager *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), NULL);

  return peas_engine_get_plugin_list (self->engine);
}

/**
 * maillage_plugin_manager_get_plugin_enabled:
 * @self: a #MaillagePluginManager
 * @info: a plugin
 *
 * Whether the person wants @info active. An enabled plugin may still have
 * failed to load: see maillage_plugin_manager_get_failure().
 *
 * Returns: %TRUE unless @info is switched off
 */
gboolean
maillage_plugin_manager_get_plugin_enabled (MaillagePluginManager *self,
                                            PeasPluginInfo        *info)
{
  g_auto(GStrv) disabled = NULL;

  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  disabled = g_settings_get_strv (self->settings, DISABLED_PLUGINS_KEY);

  return is_enabled (info, (const char * const *) disabled);
}

/**
 * maillage_plugin_manager_set_plugin_enabled:
 * @self: a #MaillagePluginManager
 * @info: a plugin
 * @enabled: whether @info should be active
 *
 * Switches @info on or off, now and at the next start. The modules it
 * provides appear in or leave every open project; their data stays in the
 * project either way.
 */
void
maillage_plugin_manager_set_plugin_enabled (MaillagePluginManager *self,
                                            PeasPluginInfo        *info,
                                            gboolean               enabled)
{
  g_auto(GStrv) disabled = NULL;
  g_auto(GStrv) updated = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  const char *name;

  g_return_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self));
  g_return_if_fail (info != NULL);

  if (peas_plugin_info_is_builtin (info))
    return;

  name = peas_plugin_info_get_module_name (info);
  disabled = g_settings_get_strv (self->settings, DISABLED_PLUGINS_KEY);
  if (g_strv_contains ((const char * const *) disabled, name) == !enabled)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; disabled[i] != NULL; i++)
    {
      if (strcmp (disabled[i], name) != 0)
        g_strv_builder_add (builder, disabled[i]);
    }
  if (!enabled)
    g_strv_builder_add (builder, name);
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, DISABLED_PLUGINS_KEY,
                       (const char * const *) updated);

  /* The settings backend may tell us later, from the main loop; callers
   * expect the plugin on or off when this returns. Applying twice is
   * harmless. */
  apply_settings (self);
}

/**
 * maillage_plugin_manager_get_failures:
 * @self: a #MaillagePluginManager
 *
 * Returns: (transfer none) (element-type utf8 utf8): for each plugin that
 *   could not be loaded, its module name and why, in the user's language
 */
GHashTable *
maillage_plugin_manager_get_failures (MaillagePluginManager *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), NULL);

  return self->failures;
}

/**
 * maillage_plugin_manager_get_failure:
 * @self: a #MaillagePluginManager
 * @info: a plugin
 *
 * Returns: (nullable): why @info could not be loaded, or %NULL if it did
 *   not fail
 */
const char *
maillage_plugin_manager_get_failure (MaillagePluginManager *self,
                                     PeasPluginInfo        *info)
{
  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  return g_hash_table_lookup (self->failures, peas_plugin_info_get_module_name (info));
}

/**
 * maillage_plugin_manager_report_failure:
 * @self: a #MaillagePluginManager
 * @info: the plugin that failed
 * @message: why, in the user's language
 *
 * Records that @info cannot be used, logs it and emits
 * #MaillagePluginManager::plugin-failed. A #MaillageModuleSet calls this
 * when a module cannot read its data.
 */
void
maillage_plugin_manager_report_failure (MaillagePluginManager *self,
                                        PeasPluginInfo        *info,
                                        const char            *message)
{
  g_return_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self));
  g_return_if_fail (info != NULL);
  g_return_if_fail (message != NULL);

  g_hash_table_replace (self->failures,
                        g_strdup (peas_plugin_info_get_module_name (info)),
                        g_strdup (message));

  /* A message, not a warning: a broken third-party plugin is not a bug of
   * the program, and warnings abort the tests and G_DEBUG=fatal-warnings
   * runs. */
  g_message ("%s", message);

  g_signal_emit (self, signals[PLUGIN_FAILED], 0, info, message);
}

/**
 * maillage_plugin_manager_rescan:
 * @self: a #MaillagePluginManager
 *
 * Looks for plugins installed since the program started, and loads them
 * unless switched off.
 */
void
maillage_plugin_manager_rescan (MaillagePluginManager *self)
{
  g_return_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self));

  peas_engine_rescan_plugins (self->engine);
  apply_settings (self);
}

static void
collect_exporter (PeasExtensionSet *set,
                  PeasPluginInfo   *info,
                  PeasExtension    *extension,
                  gpointer          user_data)
{
  g_ptr_array_add (user_data, g_object_ref (extension));
}

static int
compare_exporters (gconstpointer a,
                   gconstpointer b)
{
  MaillageExporter *ea = *(MaillageExporter **) a;
  MaillageExporter *eb = *(MaillageExporter **) b;

  return g_strcmp0 (maillage_exporter_get_format_id (ea), maillage_exporter_get_format_id (eb));
}

/**
 * maillage_plugin_manager_list_exporters:
 * @self: a #MaillagePluginManager
 *
 * Returns: (transfer container) (element-type MaillageExporter): the
 *   exporters of the loaded plugins, sorted by format id
 */
GPtrArray *
maillage_plugin_manager_list_exporters (MaillagePluginManager *self)
{
  GPtrArray *exporters;

  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), NULL);

  /* Made on the first export, not at start-up: the set takes the plugins
   * already loaded, then follows those loaded and unloaded later. */
  if (self->exporters == NULL)
    self->exporters = peas_extension_set_new (self->engine, MAILLAGE_TYPE_EXPORTER, NULL);

  exporters = g_ptr_array_new_with_free_func (g_object_unref);
  peas_extension_set_foreach (self->exporters, collect_exporter, exporters);
  g_ptr_array_sort (exporters, compare_exporters);

  return exporters;
}

/**
 * maillage_plugin_manager_find_exporter:
 * @self: a #MaillagePluginManager
 * @format_id: a format id, `odt`, `pdf`
 *
 * Returns: (transfer full) (nullable): the exporter of that format, or
 *   %NULL if no loaded plugin writes it
 */
MaillageExporter *
maillage_plugin_manager_find_exporter (MaillagePluginManager *self,
                                       const char            *format_id)
{
  g_autoptr(GPtrArray) exporters = NULL;

  g_return_val_if_fail (MAILLAGE_IS_PLUGIN_MANAGER (self), NULL);
  g_return_val_if_fail (format_id != NULL, NULL);

  exporters = maillage_plugin_manager_list_exporters (self);
  for (guint i = 0; i < exporters->len; i++)
    {
      MaillageExporter *exporter = g_ptr_array_index (exporters, i);

      if (g_ascii_strcasecmp (maillage_exporter_get_format_id (exporter), format_id) == 0)
        return g_object_ref (exporter);
    }

  return NULL;
}
