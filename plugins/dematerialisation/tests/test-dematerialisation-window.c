/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-dematerialisation-window.c: the Dématérialisation plugin as the
 * application loads it, from the build folder, in the real window on the
 * demo project: its page, its list of procedures, its summary and its
 * actions of the plan, with a screenshot of each view for people to look
 * at (screenshots/dematerialisation.png first).
 */
#define G_LOG_DOMAIN "test-dematerialisation-window"

#include "config.h"

#include "maillage-test-utils.h"
#include "maillage-window.h"

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_page_in_window (void)
{
  g_autoptr(MaillageApplication) app = maillage_test_application_new ();
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  MaillageWindow *window = maillage_window_new (app);
  g_autofree char *screenshot = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *actions_shot = NULL;
  g_autofree char *overview_shot = NULL;
  GtkWidget *page;
  GtkWidget *stack;
  GtkWidget *column_view;
  GtkWidget *action_list;
  GListModel *actions;
  GType page_type;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));
  g_assert_true (maillage_window_open_project (window, demo));

  /* The plugin is loaded from the build folder, by the application. */
  page_type = g_type_from_name ("DematerialisationPage");
  g_assert_true (page_type != G_TYPE_INVALID);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-page", "s", "dematerialisation");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "module:dematerialisation");

  page = find_type (GTK_WIDGET (window), page_type);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* The procedures of the demo, a row each on screen. */
  column_view = find_type (page, GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)))),
                    ==, 15);
  screenshot = maillage_test_screenshot (GTK_WIDGET (window), "dematerialisation");

  stack = find_type (page, ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "summary");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (find_type (page, MAILLAGE_TYPE_CHART_VIEW)));
  summary = maillage_test_screenshot (GTK_WIDGET (window), "dematerialisation-summary-window");

  /* The module's actions of the plan: the demo's two, and its six. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "actions");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  action_list = find_type (page, MAILLAGE_TYPE_ACTION_LIST);
  g_assert_nonnull (action_list);
  g_assert_true (gtk_widget_get_mapped (action_list));
  g_assert_cmpstr (maillage_action_list_get_module (MAILLAGE_ACTION_LIST (action_list)), ==, "dematerialisation");
  actions = maillage_action_list_get_actions (MAILLAGE_ACTION_LIST (action_list));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 8);
  actions_shot = maillage_test_screenshot (GTK_WIDGET (window), "dematerialisation-actions");

  /* The module's findings in the overview, for people to read. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-page", "s", "overview");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  overview_shot = maillage_test_screenshot (GTK_WIDGET (window), "dematerialisation-overview");

  /* Looking is not changing. */
  g_assert_false (maillage_project_get_dirty (maillage_window_get_project (window)));

  maillage_test_close_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  /* The screenshots show what a French user sees, when the locale is
   * there. */
  g_setenv ("LANG", "fr_FR.UTF-8", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  /* Only the plugins of the build folder: no mock ones. */
  g_setenv ("MAILLAGE_PLUGIN_PATH", "", TRUE);
  maillage_test_init (&argc, &argv);

  g_test_add_func ("/dematerialisation/window/page", test_page_in_window);

  return maillage_test_run ();
}
