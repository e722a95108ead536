/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-window.c: the main window on the demo project: every page, the
 * unsaved marker, saving, closing (with and without unsaved changes), the
 * welcome page, a read-only project, errors, and a screenshot.
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "maillage-unit-utils.h"
#include "maillage-window-private.h"

typedef struct
{
  MaillageApplication *app;
  MaillageWindow      *window;
  char                *tmpdir;
} Fixture;

static GFile *
demo_file (void)
{
  return g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
}

/* The broken fixture plugins make libpeas warn (in its domain, and in the
 * default one for Python): those are the failures under test, here any
 * warning of the default domain that names them. Any other warning stays
 * fatal. */
static const char * const broken_plugin_warnings[] = { "*maillage_broken*", NULL };

/* @data: the plugin path the application starts with; by default the
 * working mock plugins, so that module pages are part of every test. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (data != NULL)
    g_test_log_set_fatal_handler (maillage_test_allow_broken, (gpointer) broken_plugin_warnings);
  g_setenv ("MAILLAGE_PLUGIN_PATH", data != NULL ? data : MOCK_PLUGIN_PATH, TRUE);
  fixture->app = maillage_test_application_new ();
  fixture->window = maillage_window_new (fixture->app);
  fixture->tmpdir = maillage_unit_make_temp_dir ("test-window-XXXXXX");

  gtk_window_present (GTK_WINDOW (fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Whatever a test left open (dialogs included) goes, without asking. */
  maillage_test_close_windows (fixture->app);
  g_clear_object (&fixture->app);

  maillage_unit_remove_temp_dir (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static GFile *
temp_file (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);

  return g_file_new_for_path (path);
}

static void
open_demo (Fixture *fixture)
{
  g_autoptr(GFile) file = demo_file ();

  g_assert_true (maillage_window_open_project (fixture->window, file));
  g_assert_nonnull (maillage_window_get_project (fixture->window));
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
select_page (MaillageWindow *window,
             const char     *name)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-page", "s", name);
}

static guint
count_sidebar_rows (MaillageWindow *window)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        n++;
    }

  return n;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
test_welcome (Fixture       *fixture,
              gconstpointer  data)
{
  MaillageWindow *window = fixture->window;

  g_assert_null (maillage_window_get_project (window));
  g_assert_true (maillage_window_is_empty (window));
  g_assert_null (maillage_window_get_visible_page_name (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "welcome");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save"));

  /* app.new fills the empty window rather than open another. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "new", NULL);
  g_assert_nonnull (maillage_window_get_project (window));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "project");
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "overview");
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  MaillageWindow *window = fixture->window;
  MaillageModuleSet *modules;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_modules;

  open_demo (fixture);
  modules = maillage_window_get_module_set (window);
  g_assert_nonnull (modules);
  n_modules = g_list_model_get_n_items (G_LIST_MODEL (modules));
  /* At least the C mock; the Python one needs the typelib too. */
  g_assert_cmpuint (n_modules, >=, 1);

  g_ptr_array_add (names, g_strdup ("overview"));
  g_ptr_array_add (names, g_strdup ("territory"));
  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (G_LIST_MODEL (modules), i);

      g_ptr_array_add (names, g_strconcat ("module:", maillage_module_get_id (module), NULL));
    }
  g_ptr_array_add (names, g_strdup ("actions"));
  g_ptr_array_add (names, g_strdup ("deliberation"));
  g_ptr_array_add (names, g_strdup ("preview"));

  /* One sidebar row per page, in that order. */
  g_assert_cmpuint (count_sidebar_rows (window), ==, names->len);
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "overview");

  /* Backwards, so that every selection is a change. */
  for (guint i = names->len; i-- > 0;)
    {
      const char *name = g_ptr_array_index (names, i);
      GtkListBoxRow *row;
      GtkWidget *page;

      select_page (window, name);
      maillage_test_iterate ();

      g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, name);
      page = gtk_stack_get_visible_child (window->content_stack);
      g_assert_true (page == gtk_stack_get_child_by_name (window->content_stack, name));
      g_assert_true (gtk_widget_get_mapped (page));
      row = gtk_list_box_get_selected_row (window->sidebar_list);
      g_assert_nonnull (row);
      g_assert_cmpint (gtk_list_box_row_get_index (row), ==, (int) i);
    }

  /* A module page may also be asked for by its bare id. */
  if (n_modules > 0)
    {
      const char *name = g_ptr_array_index (names, 2);

      select_page (window, "overview");
      select_page (window, name + strlen ("module:"));
      g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, name);
    }

  /* An unknown page changes nothing. */
  select_page (window, "no-such-page");
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==,
                   n_modules > 0 ? g_ptr_array_index (names, 2) : "overview");
}

static void
test_dirty_and_save (Fixture       *fixture,
                     gconstpointer  data)
{
  MaillageWindow *window = fixture->window;
  MaillageProject *project;
  g_autoptr(GFile) saved = temp_file (fixture, "saved.maillage");
  g_autoptr(MaillageProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;

  open_demo (fixture);
  project = maillage_window_get_project (window);

  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_nonnull (title);
  g_assert_null (strstr (title, "•"));
  g_assert_cmpstr (title, ==, maillage_project_get_title (project));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), !=, "");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save"));
  g_assert_false (gtk_revealer_get_reveal_child (window->read_only_revealer));

  maillage_project_set_title (project, "Stratégie numérique — révisée");
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Stratégie numérique — révisée");

  g_assert_null (window->save_toast);
  g_assert_true (maillage_window_save_to_file (window, saved));
  g_assert_false (maillage_project_get_dirty (project));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Stratégie numérique — révisée");
  g_assert_true (g_file_equal (maillage_project_get_file (project), saved));
  g_assert_nonnull (window->save_toast);
  g_assert_cmpstr (adw_toast_get_title (window->save_toast), ==, _("Project saved"));

  /* The file holds the edit; the demo is untouched by all this. */
  reloaded = maillage_project_new_from_file (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (maillage_project_get_title (reloaded), ==, "Stratégie numérique — révisée");

  /* Saving into a folder that does not exist fails with a dialog that names
   * the file, and leaves the project as it was. */
  {
    g_autoptr(GFile) bad = g_file_new_for_path ("/nonexistent-maillage-dir/x.maillage");
    AdwMessageDialog *dialog;

    maillage_project_set_title (project, "Encore");
    g_assert_false (maillage_window_save_to_file (window, bad));
    g_assert_true (maillage_project_get_dirty (project));
    dialog = ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG,
                                                            GTK_WINDOW (window)));
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "/nonexistent-maillage-dir/x.maillage"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
}

static void
test_close (Fixture       *fixture,
            gconstpointer  data)
{
  MaillageWindow *window = fixture->window;
  gpointer weak = window;

  open_demo (fixture);
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  fixture->window = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  maillage_test_wait_finalized (&weak);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
}

static void
test_close_unsaved (Fixture       *fixture,
                    gconstpointer  data)
{
  MaillageWindow *window = fixture->window;
  AdwMessageDialog *dialog;
  gpointer weak = window;

  open_demo (fixture);
  maillage_project_set_title (maillage_window_get_project (window), "Modifié");
  g_object_add_weak_pointer (G_OBJECT (window), &weak);

  /* Closing asks first; cancelling keeps the window and the change. */
  gtk_window_close (GTK_WINDOW (window));
  maillage_test_iterate ();
  g_assert_nonnull (weak);
  dialog = ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  adw_message_dialog_response (dialog, "cancel");
  maillage_test_iterate ();
  g_assert_nonnull (weak);
  g_assert_true (maillage_project_get_dirty (maillage_window_get_project (window)));

  /* Asked again, "Discard" closes it for good. */
  fixture->window = NULL;
  gtk_window_close (GTK_WINDOW (window));
  maillage_test_iterate ();
  dialog = ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  maillage_test_wait_finalized (&weak);
}

static void
test_open_twice_presents (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = demo_file ();
  GList *windows;

  open_demo (fixture);
  maillage_application_open_file (fixture->app, file);
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (windows->data == fixture->window);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) demo = demo_file ();
  g_autoptr(GFile) newer = temp_file (fixture, "newer.maillage");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) changed = NULL;
  MaillageWindow *window = fixture->window;

  /* The demo, as a newer version of Maillage would write it. */
  g_file_load_contents (demo, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  changed = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (changed, "\"version\": 1,", "\"version\": 2,", 1), ==, 1);
  g_file_replace_contents (newer, changed->str, changed->len, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (maillage_window_open_project (window, newer));
  g_assert_true (maillage_project_get_read_only (maillage_window_get_project (window)));
  g_assert_true (gtk_revealer_get_reveal_child (window->read_only_revealer));
  g_assert_cmpstr (gtk_label_get_label (window->read_only_label), !=, "");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save-as"));

  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_free (maillage_test_screenshot (GTK_WIDGET (window), "window-read-only"));
}

static void
test_open_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) broken = temp_file (fixture, "broken.maillage");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (broken);
  const char *text = "{ \"format\": ";
  AdwMessageDialog *dialog;

  g_file_replace_contents (broken, text, strlen (text), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_false (maillage_window_open_project (fixture->window, broken));
  g_assert_null (maillage_window_get_project (fixture->window));

  dialog = ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG,
                                                          GTK_WINDOW (fixture->window)));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), path));

  /* The file on disk is untouched. */
  {
    g_autofree char *after = NULL;

    g_file_load_contents (broken, NULL, &after, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (after, ==, text);
  }
}

/* A plugin that fails is reported with a toast whose button tells why;
 * failures that come together share it; the window goes on with the
 * plugins that work. */
static void
test_plugin_failure (Fixture       *fixture,
                     gconstpointer  data)
{
  MaillagePluginManager *manager = maillage_application_get_plugin_manager (fixture->app);
  PeasPluginInfo *broken = peas_engine_get_plugin_info (maillage_plugin_manager_get_engine (manager),
                                                        "brokenc");
  MaillageWindow *window = fixture->window;
  g_autoptr(GFile) file = demo_file ();
  MaillageModuleSet *modules;
  AdwMessageDialog *dialog;
  g_autofree char *expected_title = NULL;

  g_assert_true (maillage_window_open_project (window, file));
  modules = maillage_window_get_module_set (window);
  g_assert_nonnull (maillage_module_set_find (modules, "mockc"));
  g_assert_null (maillage_module_set_find (modules, "brokenpy"));

  /* The fixtures' broken plugins failed at startup, before this window:
   * it was told when it appeared. */
  g_assert_nonnull (window->plugin_toast);
  g_assert_cmpuint (window->plugin_failures->len, >=, 1);

  /* A later failure joins the toast shown. */
  g_assert_nonnull (broken);
  maillage_plugin_manager_report_failure (manager, broken, "A simulated failure.");
  g_assert_cmpstr (g_ptr_array_index (window->plugin_failures, window->plugin_failures->len - 1),
                   ==, "A simulated failure.");
  expected_title = g_strdup_printf (ngettext ("%u plugin could not be used",
                                              "%u plugins could not be used",
                                              window->plugin_failures->len),
                                    window->plugin_failures->len);
  g_assert_cmpstr (adw_toast_get_title (window->plugin_toast), ==, expected_title);

  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_free (maillage_test_screenshot (GTK_WIDGET (window), "window-plugin-failure"));

  g_signal_emit_by_name (window->plugin_toast, "button-clicked");
  dialog = ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "A simulated failure."));

  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "overview");
}

/* Switching a plugin off takes its row and page away (the overview shows
 * if its page was shown); switching it on brings them back in order. */
static void
test_plugin_toggle (Fixture       *fixture,
                    gconstpointer  data)
{
  MaillagePluginManager *manager = maillage_application_get_plugin_manager (fixture->app);
  PeasPluginInfo *mockc = peas_engine_get_plugin_info (maillage_plugin_manager_get_engine (manager),
                                                       "mockc");
  MaillageWindow *window = fixture->window;
  guint n_rows;

  open_demo (fixture);
  n_rows = count_sidebar_rows (window);
  select_page (window, "module:mockc");
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "module:mockc");

  maillage_plugin_manager_set_plugin_enabled (manager, mockc, FALSE);
  maillage_test_iterate ();
  g_assert_cmpuint (count_sidebar_rows (window), ==, n_rows - 1);
  g_assert_null (gtk_stack_get_child_by_name (window->content_stack, "module:mockc"));
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "overview");
  g_assert_true (gtk_list_box_get_selected_row (window->sidebar_list) == window->overview_row);

  maillage_plugin_manager_set_plugin_enabled (manager, mockc, TRUE);
  maillage_test_iterate ();
  g_assert_cmpuint (count_sidebar_rows (window), ==, n_rows);
  g_assert_nonnull (gtk_stack_get_child_by_name (window->content_stack, "module:mockc"));
  /* Its order puts it first among the modules, after the territory. */
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (gtk_widget_get_next_sibling (GTK_WIDGET (window->territory_row)))),
                   ==, 2);
  select_page (window, "mockc");
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "module:mockc");
}

/* The overview and the action plan follow the project, shown or not. */
static void
test_pages_follow_project (Fixture       *fixture,
                           gconstpointer  data)
{
  MaillageWindow *window = fixture->window;
  GtkWidget *overview = GTK_WIDGET (window->overview_page);
  GtkWidget *actions = GTK_WIDGET (window->plan_page);
  MaillageProject *project;
  g_autoptr(MaillageAction) action = NULL;
  g_autofree char *count = NULL;
  guint n_actions;

  open_demo (fixture);
  project = maillage_window_get_project (window);
  n_actions = g_list_model_get_n_items (maillage_project_get_actions (project));

  /* Shown: updated once the main loop runs. */
  maillage_project_set_title (project, "Titre modifié à l’écran");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (shows_label (overview, "Titre modifié à l’écran"));

  /* Hidden: updated when shown again. */
  select_page (window, "actions");
  maillage_territory_set_name (maillage_project_get_territory (project), "Commune nouvelle");
  action = maillage_action_new ("A-999", "Action ajoutée par le test");
  maillage_budget_line_set_investment (maillage_action_ensure_budget_year (action, 2027), 123456);
  maillage_project_add_action (project, action);
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  count = g_strdup_printf (ngettext ("%u action", "%u actions", n_actions + 1), n_actions + 1);
  g_assert_true (shows_label (actions, count));

  select_page (window, "overview");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (shows_label (overview, "Commune nouvelle"));
}

/* The application's own windows open without a critical. */
static void
test_app_windows (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *action;
    const char *type_name;
  } windows[] = {
    { "shortcuts", "GtkShortcutsWindow" },
    { "about", "AdwAboutWindow" },
    { "preferences", "MaillagePreferencesWindow" },
  };

  open_demo (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      GtkWindow *shown;

      g_action_group_activate_action (G_ACTION_GROUP (fixture->app), windows[i].action, NULL);
      maillage_test_iterate ();
      shown = maillage_test_find_window (g_type_from_name (windows[i].type_name), NULL);
      g_assert_nonnull (shown);
      maillage_test_wait_for_frame (GTK_WIDGET (shown));
      gtk_window_destroy (shown);
    }
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  open_demo (fixture);
  select_page (fixture->window, "overview");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));

  path = maillage_test_screenshot (GTK_WIDGET (fixture->window), "window-overview");

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (GTK_WIDGET (fixture->window)));
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 800);

  select_page (fixture->window, "actions");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_free (maillage_test_screenshot (GTK_WIDGET (fixture->window), "window-actions"));

  /* Narrow: the leaflet folds to the sidebar alone. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (adw_leaflet_get_folded (fixture->window->leaflet));
  g_free (maillage_test_screenshot (GTK_WIDGET (fixture->window), "window-narrow"));
}

static void
test_welcome_screenshot (Fixture       *fixture,
                         gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_free (maillage_test_screenshot (GTK_WIDGET (fixture->window), "window-welcome"));
}

#define ADD_TEST(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
#define ADD_TEST_WITH_PLUGINS(path, plugin_path, func) \
  g_test_add ((path), Fixture, (plugin_path), fixture_set_up, (func), fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);

  ADD_TEST ("/window/welcome", test_welcome);
  ADD_TEST ("/window/pages", test_pages);
  ADD_TEST ("/window/dirty-and-save", test_dirty_and_save);
  ADD_TEST ("/window/pages-follow-project", test_pages_follow_project);
  ADD_TEST ("/window/close", test_close);
  ADD_TEST ("/window/close-unsaved", test_close_unsaved);
  ADD_TEST ("/window/open-twice-presents", test_open_twice_presents);
  ADD_TEST ("/window/read-only", test_read_only);
  ADD_TEST ("/window/open-error", test_open_error);
  ADD_TEST_WITH_PLUGINS ("/window/plugin-failure", ALL_FIXTURE_PLUGIN_PATH, test_plugin_failure);
  ADD_TEST ("/window/plugin-toggle", test_plugin_toggle);
  ADD_TEST ("/window/app-windows", test_app_windows);
  ADD_TEST ("/window/screenshot", test_screenshot);
  ADD_TEST ("/window/welcome-screenshot", test_welcome_screenshot);

  return maillage_test_run ();
}
