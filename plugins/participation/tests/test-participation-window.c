/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-participation-window.c: the Participation plugin as the
 * application loads it, from the build folder, in the real window on the
 * demo project: its page, with real content, and a screenshot of each of
 * its views for people to look at (screenshots/participation.png first).
 */
#define G_LOG_DOMAIN "test-participation-window"

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

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;
  return n;
}

static void
test_page_in_window (void)
{
  g_autoptr(MaillageApplication) app = maillage_test_application_new ();
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  MaillageWindow *window = maillage_window_new (app);
  static const char * const views[] = { "proposals", "results", "actions" };
  g_autofree char *screenshot = NULL;
  GtkWidget *page;
  GtkWidget *stack;
  GtkWidget *list;
  GType page_type;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));
  g_assert_true (maillage_window_open_project (window, demo));

  /* The plugin is loaded from the build folder, by the application. */
  page_type = g_type_from_name ("ParticipationPage");
  g_assert_true (page_type != G_TYPE_INVALID);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-page", "s", "participation");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "module:participation");

  page = find_type (GTK_WIDGET (window), page_type);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* The demo's six tools and eight events are listed. */
  list = maillage_test_find_named (page, "participation-dispositifs");
  g_assert_nonnull (list);
  g_assert_cmpuint (count_rows (list), ==, 6);
  list = maillage_test_find_named (page, "participation-events");
  g_assert_nonnull (list);
  g_assert_cmpuint (count_rows (list), ==, 8);
  screenshot = maillage_test_screenshot (GTK_WIDGET (window), "participation");

  stack = find_type (page, ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (stack);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strconcat ("participation-", views[i], NULL);
      g_autofree char *path = NULL;

      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), views[i]);
      maillage_test_wait_for_frame (GTK_WIDGET (window));
      path = maillage_test_screenshot (GTK_WIDGET (window), name);
    }

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

  g_test_add_func ("/participation/window/page", test_page_in_window);

  return maillage_test_run ();
}
