/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-application.c: the application: its actions and accelerators,
 * the command line (files, --demo, --version), the plugin manager shared by
 * every window, and which window a project opens in.
 */
#define G_LOG_DOMAIN "maillage-application"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-application.h"
#include "maillage-cli.h"
#include "maillage-preferences-window.h"
#include "maillage-window.h"

struct _MaillageApplication
{
  AdwApplication         parent_instance;

  MaillagePluginManager *plugin_manager;
  MaillageDrafts        *drafts;
  /* Plugin failures reported before any window could show them. */
  GPtrArray             *pending_failures;
  gboolean               open_demo_on_activate;
  /* The command line, for the exports of maillage-cli.c. */
  GStrv                  arguments;
};

G_DEFINE_FINAL_TYPE (MaillageApplication, maillage_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the demonstration project"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

static GList *
list_project_windows (MaillageApplication *self)
{
  GList *windows = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (MAILLAGE_IS_WINDOW (l->data))
        windows = g_list_prepend (windows, l->data);
    }

  return g_list_reverse (windows);
}

static MaillageWindow *
get_active_project_window (MaillageApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (MAILLAGE_IS_WINDOW (active))
    return MAILLAGE_WINDOW (active);

  return NULL;
}

/* A welcome page is the place to open a project in; otherwise a project
 * gets a window of its own, so that nothing unsaved is replaced. */
static MaillageWindow *
get_window_for_new_project (MaillageApplication *self)
{
  MaillageWindow *window = get_active_project_window (self);

  if (window == NULL || !maillage_window_is_empty (window))
    window = maillage_window_new (self);

  return window;
}

/* A failure reported before any window exists (plugins load at startup)
 * waits for the first window. */
typedef struct
{
  char *plugin_name;
  char *message;
} PendingFailure;

static void
pending_failure_free (PendingFailure *failure)
{
  g_free (failure->plugin_name);
  g_free (failure->message);
  g_free (failure);
}

static void
plugin_failed_cb (MaillageApplication   *self,
                  PeasPluginInfo        *info,
                  const char            *message,
                  MaillagePluginManager *manager)
{
  MaillageWindow *window = get_active_project_window (self);
  PendingFailure *failure;

  /* The manager has logged it; the person is told here. */
  if (window != NULL)
    {
      maillage_window_report_plugin_failure (window, peas_plugin_info_get_name (info), message);
      return;
    }

  failure = g_new0 (PendingFailure, 1);
  failure->plugin_name = g_strdup (peas_plugin_info_get_name (info));
  failure->message = g_strdup (message);
  g_ptr_array_add (self->pending_failures, failure);
}

/* The manager loads the plugins as it is made, before anyone could listen
 * to "plugin-failed": what failed then is in its list of failures. */
static void
queue_startup_failures (MaillageApplication *self)
{
  PeasEngine *engine = maillage_plugin_manager_get_engine (self->plugin_manager);
  GHashTable *failures = maillage_plugin_manager_get_failures (self->plugin_manager);
  g_autoptr(GList) names = g_hash_table_get_keys (failures);

  /* Sorted, so that the details read the same from one run to the next. */
  names = g_list_sort (names, (GCompareFunc) g_strcmp0);

  for (GList *l = names; l != NULL; l = l->next)
    {
      PeasPluginInfo *info = peas_engine_get_plugin_info (engine, l->data);

      if (info != NULL)
        plugin_failed_cb (self, info, g_hash_table_lookup (failures, l->data),
                          self->plugin_manager);
    }
}

static void
maillage_application_window_added (GtkApplication *application,
                                   GtkWindow      *window)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (application);

  GTK_APPLICATION_CLASS (maillage_application_parent_class)->window_added (application, window);

  if (!MAILLAGE_IS_WINDOW (window))
    return;

  for (guint i = 0; i < self->pending_failures->len; i++)
    {
      PendingFailure *failure = g_ptr_array_index (self->pending_failures, i);

      maillage_window_report_plugin_failure (MAILLAGE_WINDOW (window),
                                             failure->plugin_name, failure->message);
    }
  g_ptr_array_set_size (self->pending_failures, 0);
}

/**
 * maillage_application_get_demo_file:
 *
 * The demo project: the source tree's when run uninstalled (or when it is
 * not installed), else the installed copy.
 *
 * Returns: (transfer full): the demo project file
 */
GFile *
maillage_application_get_demo_file (void)
{
  const char *installed = PKGDATADIR "/demo.maillage";

  if (g_getenv ("MAILLAGE_UNINSTALLED") != NULL ||
      !g_file_test (installed, G_FILE_TEST_EXISTS))
    return g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");

  return g_file_new_for_path (installed);
}

/**
 * maillage_application_open_demo:
 * @self: a #MaillageApplication
 *
 * Opens the demo project as a new, unsaved project: the user's changes must
 * go to a file of their own, never over the demo.
 */
void
maillage_application_open_demo (MaillageApplication *self)
{
  g_autoptr(GFile) file = maillage_application_get_demo_file ();
  MaillageWindow *window;

  g_return_if_fail (MAILLAGE_IS_APPLICATION (self));

  window = get_window_for_new_project (self);
  maillage_window_open_copy (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * maillage_application_open_file:
 * @self: a #MaillageApplication
 * @file: a project file
 *
 * Opens @file, or presents the window where it is open already.
 */
void
maillage_application_open_file (MaillageApplication *self,
                                GFile               *file)
{
  GList *windows;
  MaillageWindow *window;

  g_return_if_fail (MAILLAGE_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  windows = list_project_windows (self);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      MaillageProject *project = maillage_window_get_project (l->data);
      GFile *project_file = project != NULL ? maillage_project_get_file (project) : NULL;

      if (project_file != NULL && g_file_equal (project_file, file))
        {
          gtk_window_present (GTK_WINDOW (l->data));
          g_list_free (windows);
          return;
        }
    }
  g_list_free (windows);

  window = get_window_for_new_project (self);
  maillage_window_open_project (window, file);
  gtk_window_present (GTK_WINDOW (window));
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  MaillageApplication *self = user_data;
  MaillageWindow *window = get_window_for_new_project (self);
  g_autoptr(MaillageProject) project = maillage_project_new ();

  maillage_window_set_project (window, project);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  MaillageApplication *self = user_data;
  MaillageWindow *window = get_active_project_window (self);

  if (window == NULL)
    {
      window = maillage_window_new (self);
      gtk_window_present (GTK_WINDOW (window));
    }

  maillage_window_choose_project (window);
}

static void
open_file_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  maillage_application_open_file (user_data, file);
}

static void
open_demo_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  maillage_application_open_demo (user_data);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  MaillageApplication *self = user_data;
  GtkWidget *preferences = maillage_preferences_window_new (self->plugin_manager);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  MaillageApplication *self = user_data;
  const char *developers[] = { _("The Maillage contributors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("Maillage"),
                        "developer-name", _("The Maillage contributors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Draft the digital strategy of a territory, module by "
                                      "module, and turn it into documents an assembly can vote on."),
                        "website", "https://github.com/maillage/maillage",
                        "issue-url", "https://github.com/maillage/maillage/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  MaillageWindow *window = get_active_project_window (user_data);

  /* GtkApplication gives every window the shortcuts window of
   * gtk/help-overlay.ui, behind win.show-help-overlay. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GPtrArray) to_close = g_ptr_array_new_with_free_func (g_object_unref);

  /* Closing asks each window with unsaved changes; the application ends
   * with the last window, so a "Cancel" keeps it running. */
  for (GList *l = windows; l != NULL; l = l->next)
    g_ptr_array_add (to_close, g_object_ref (l->data));
  for (guint i = 0; i < to_close->len; i++)
    gtk_window_close (g_ptr_array_index (to_close, i));
}

static const GActionEntry app_actions[] = {
  { "new", new_activated },
  { "open", open_activated },
  { "open-file", open_file_activated, "s" },
  { "open-demo", open_demo_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "shortcuts", shortcuts_activated },
  { "quit", quit_activated },
};

static void
set_accels (MaillageApplication *self)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.print", { "<Control>p", NULL } },
    /* app.shortcuts carries Ctrl+? now; GTK's own binding would be a
     * second path to the same window. */
    { "win.show-help-overlay", { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

static void
maillage_application_startup (GApplication *application)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (application);

  G_APPLICATION_CLASS (maillage_application_parent_class)->startup (application);

  /* Run from the build tree, the application's icon is not installed yet. */
  if (g_getenv ("MAILLAGE_UNINSTALLED") != NULL)
    gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    SOURCE_ROOT "/data/icons");

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  set_accels (self);

  self->drafts = maillage_drafts_new (NULL);
  self->plugin_manager = maillage_plugin_manager_new ();
  g_signal_connect_object (self->plugin_manager, "plugin-failed",
                           G_CALLBACK (plugin_failed_cb), self, G_CONNECT_SWAPPED);
  queue_startup_failures (self);
}

static void
maillage_application_activate (GApplication *application)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (application);
  GtkWindow *window;

  if (self->open_demo_on_activate)
    {
      self->open_demo_on_activate = FALSE;
      maillage_application_open_demo (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (maillage_window_new (self));

  gtk_window_present (window);
}

static void
maillage_application_open (GApplication  *application,
                           GFile        **files,
                           int            n_files,
                           const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    maillage_application_open_file (MAILLAGE_APPLICATION (application), files[i]);
}

static int
maillage_application_handle_local_options (GApplication *application,
                                           GVariantDict *options)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "maillage", PACKAGE_VERSION);
      return 0;
    }

  /* --export and --export-pack: done here, before GTK starts, so that
   * they need no display. */
  status = maillage_cli_handle_options (options, self->arguments);
  if (status >= 0)
    return status;

  if (g_variant_dict_contains (options, "demo"))
    {
      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      /* A running instance opens the demo itself; here, activate() will. */
      if (g_application_get_is_remote (application))
        {
          g_action_group_activate_action (G_ACTION_GROUP (application), "open-demo", NULL);
          return 0;
        }

      self->open_demo_on_activate = TRUE;
    }

  return -1;
}

static gboolean
maillage_application_local_command_line (GApplication   *application,
                                         char         ***arguments,
                                         int            *exit_status)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (application);

  /* handle-local-options gets the options but not the file names, which
   * an export from the command line needs. */
  g_strfreev (self->arguments);
  self->arguments = g_strdupv (*arguments);

  return G_APPLICATION_CLASS (maillage_application_parent_class)->local_command_line (application,
                                                                                     arguments,
                                                                                     exit_status);
}

static void
maillage_application_dispose (GObject *object)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (object);

  g_clear_object (&self->plugin_manager);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (maillage_application_parent_class)->dispose (object);
}

static void
maillage_application_finalize (GObject *object)
{
  MaillageApplication *self = MAILLAGE_APPLICATION (object);

  g_clear_pointer (&self->pending_failures, g_ptr_array_unref);
  g_clear_pointer (&self->arguments, g_strfreev);

  G_OBJECT_CLASS (maillage_application_parent_class)->finalize (object);
}

static void
maillage_application_class_init (MaillageApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = maillage_application_dispose;
  object_class->finalize = maillage_application_finalize;
  app_class->startup = maillage_application_startup;
  app_class->activate = maillage_application_activate;
  app_class->open = maillage_application_open;
  app_class->handle_local_options = maillage_application_handle_local_options;
  app_class->local_command_line = maillage_application_local_command_line;
  gtk_app_class->window_added = maillage_application_window_added;
}

static void
maillage_application_init (MaillageApplication *self)
{
  self->pending_failures = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_failure_free);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), maillage_cli_option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

MaillageApplication *
maillage_application_new (void)
{
  return g_object_new (MAILLAGE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", APP_PATH,
                       NULL);
}

/**
 * maillage_application_get_plugin_manager:
 * @self: a #MaillageApplication
 *
 * Returns: (transfer none): the plugin manager every window shares
 */
MaillagePluginManager *
maillage_application_get_plugin_manager (MaillageApplication *self)
{
  g_return_val_if_fail (MAILLAGE_IS_APPLICATION (self), NULL);

  return self->plugin_manager;
}

/**
 * maillage_application_get_drafts:
 * @self: a #MaillageApplication
 *
 * Returns: (transfer none): the autosaved drafts of every window's project
 */
MaillageDrafts *
maillage_application_get_drafts (MaillageApplication *self)
{
  g_return_val_if_fail (MAILLAGE_IS_APPLICATION (self), NULL);

  return self->drafts;
}
