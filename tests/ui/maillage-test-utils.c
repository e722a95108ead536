/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-test-utils"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "maillage-test-utils.h"

/* How long a test waits for the main loop before it fails. */
#define WAIT_TIMEOUT_USEC (20 * G_USEC_PER_SEC)

static char *test_home;

static void
set_up_home (void)
{
  static const struct {
    const char *variable;
    const char *folder;
  } dirs[] = {
    { "HOME", "home" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };
  g_autoptr(GError) error = NULL;

  test_home = g_dir_make_tmp ("maillage-ui-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (test_home, dirs[i].folder, NULL);

      g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
      g_setenv (dirs[i].variable, path, TRUE);
    }
}

/**
 * maillage_test_init:
 *
 * Sets up GLib's test framework, the translations and GTK for a UI test.
 *
 * Not G_TEST_OPTION_ISOLATE_DIRS: it points XDG_DATA_DIRS at empty folders
 * (so no icon theme) and gives each test case a data folder that does not
 * exist and is deleted after it, while GTK's singletons (the recent
 * manager, the icon theme) live for the whole process and would write into
 * a folder that is gone. One private home for the whole process instead,
 * with the system folders left alone.
 */
void
maillage_test_init (int    *argc,
                    char ***argv)
{
  const char *locale_dir = LOCALEDIR;

  set_up_home ();

  /* The locale comes from the environment, so that LANG=fr_FR.UTF-8 gives
   * the French interface, as the program itself does. */
  setlocale (LC_ALL, "");
  if (g_file_test (BUILD_ROOT "/po/fr/LC_MESSAGES/" GETTEXT_PACKAGE ".mo", G_FILE_TEST_EXISTS))
    locale_dir = BUILD_ROOT "/po";
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Warnings and criticals abort the test: that is wanted. */
  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();

  /* No transitions: a screenshot shows the page selected, not a crossfade
   * between two, and tests need not wait for animations to end. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFileInfo *info;

      while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
        {
          g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

          remove_tree (child);
          g_object_unref (info);
        }
    }

  g_file_delete (file, NULL, NULL);
}

/**
 * maillage_test_run:
 *
 * Runs the test cases, then removes the private home.
 *
 * Returns: the exit status
 */
int
maillage_test_run (void)
{
  int status = g_test_run ();

  if (test_home != NULL)
    {
      g_autoptr(GFile) home = g_file_new_for_path (test_home);

      remove_tree (home);
      g_clear_pointer (&test_home, g_free);
    }

  return status;
}

/**
 * maillage_test_application_new:
 *
 * The application, registered (so started up: plugin manager, actions,
 * accelerators) but not run: tests iterate the main context themselves.
 * Not unique, so that tests run side by side even on a session bus.
 *
 * Returns: (transfer full): the application
 */
MaillageApplication *
maillage_test_application_new (void)
{
  MaillageApplication *app = maillage_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* Runs whatever is ready, without blocking. */
void
maillage_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

typedef gboolean (*Condition) (gpointer data);

static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (WAIT_TIMEOUT_USEC / 1000, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (timeout_id);
}

/**
 * maillage_test_wait_until:
 * @condition: returns %TRUE when the wait is over
 * @data: passed to @condition
 *
 * Iterates the main context until @condition holds; fails the test after
 * a while if it never does.
 */
void
maillage_test_wait_until (gboolean (*condition) (gpointer data),
                          gpointer   data)
{
  wait_for (condition, data, "a condition");
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

void
maillage_test_wait_for_mapped (GtkWidget *widget)
{
  wait_for (is_mapped, widget, "a widget to be mapped");
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/**
 * maillage_test_wait_for_frame:
 * @widget: a mapped widget
 *
 * Waits until @widget's window has painted a new frame, so that layout
 * and idle work queued before it are done.
 */
void
maillage_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);

  maillage_test_iterate ();
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  wait_for (is_true, &painted, "a frame");
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/**
 * maillage_test_wait_finalized:
 * @weak_pointer: a pointer set with g_object_add_weak_pointer()
 *
 * Waits until the object is finalised; fails the test if it is not.
 */
void
maillage_test_wait_finalized (gpointer *weak_pointer)
{
  wait_for (is_null, weak_pointer, "an object to be finalized");
}

/**
 * maillage_test_find_window:
 * @type: the type of window looked for
 * @transient_for: (nullable): the window it must be transient for
 *
 * Finds a toplevel, such as a dialog opened by the code under test.
 *
 * Returns: (transfer none) (nullable): the first such window
 */
GtkWindow *
maillage_test_find_window (GType      type,
                           GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (transient_for == NULL || gtk_window_get_transient_for (window) == transient_for))
        return window;
    }

  return NULL;
}

/**
 * maillage_test_screenshot:
 * @widget: a mapped widget, usually a window
 * @name: the picture's name, without extension
 *
 * Renders @widget as the screen shows it, with its window's own renderer,
 * into UI_SCREENSHOT_DIR/@name.png, for people to look at.
 *
 * Returns: (transfer full): the path of the PNG file
 */
char *
maillage_test_screenshot (GtkWidget  *widget,
                          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (UI_SCREENSHOT_DIR, file_name, NULL);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  g_assert_cmpint (g_mkdir_with_parents (UI_SCREENSHOT_DIR, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);

  return g_steal_pointer (&path);
}

/**
 * maillage_test_find_named:
 * @widget: the top of the tree to search
 * @name: a widget name, as gtk_widget_set_name() gives it
 *
 * Finds a widget by name, depth first, @widget included: plugin rows and
 * pages are named after their plugin, which is how tests tell them apart.
 *
 * Returns: (transfer none) (nullable): the first widget so named
 */
GtkWidget *
maillage_test_find_named (GtkWidget  *widget,
                          const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = maillage_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
destroy_window_cb (GtkWindow *window,
                   gpointer   data)
{
  gtk_window_destroy (window);
}

/**
 * maillage_test_close_windows:
 * @app: the application under test
 *
 * Destroys every window of @app, dialogs included, without asking about
 * unsaved changes, and lets the main loop finish with them: what one test
 * left open must not reach the next.
 */
void
maillage_test_close_windows (MaillageApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* A copy: each window leaves the application's list as it goes. */
  g_list_foreach (windows, (GFunc) destroy_window_cb, NULL);
  g_list_free (windows);
  maillage_test_iterate ();
}

/* What libpeas and the plugin manager say, in the default domain, when the
 * broken fixtures fail to load. */
static const char * const broken_fixture_warnings[] = {
  "Error importing plugin 'maillage_broken*",
  "Error loading plugin*",
  NULL
};

/**
 * maillage_test_allow_broken:
 * @log_domain: (nullable): the domain of the message
 * @log_level: its level
 * @message: the message
 * @user_data: (nullable) (array zero-terminated=1) (element-type utf8):
 *   patterns, for g_pattern_match_simple(), of the warnings of the default
 *   domain to let through; %NULL for those of the broken fixtures
 *
 * A handler for g_test_log_set_fatal_handler(), for tests that load the
 * broken fixture plugins: libpeas reports a plugin that cannot load with
 * g_warning(), in its own domain and, for Python, in the default one (the
 * plugin manager logs them as messages), and those failures are what the
 * broken fixtures are for. Anything else stays fatal. GTest forgets the
 * handler between test cases: set it in each.
 *
 * Returns: whether the message aborts the test
 */
gboolean
maillage_test_allow_broken (const char     *log_domain,
                            GLogLevelFlags  log_level,
                            const char     *message,
                            gpointer        user_data)
{
  const char * const *patterns = user_data != NULL ? user_data : broken_fixture_warnings;

  if (!(log_level & G_LOG_LEVEL_WARNING))
    return TRUE;

  if (g_strcmp0 (log_domain, "libpeas") == 0)
    return FALSE;

  if (log_domain != NULL)
    return TRUE;

  for (guint i = 0; patterns[i] != NULL; i++)
    {
      if (g_pattern_match_simple (patterns[i], message))
        return FALSE;
    }

  return TRUE;
}
