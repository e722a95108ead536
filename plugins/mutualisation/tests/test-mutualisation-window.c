/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mutualisation-window.c: the Mutualisation plugin as the
 * application loads it, from the build folder, in the real window on the
 * demo project: its row in the sidebar, its page with the resources, the
 * shares of the first and the module's actions of the plan; a screenshot
 * for people to look at (screenshots/mutualisation.png).
 */
#define G_LOG_DOMAIN "test-mutualisation-window"

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

/* The list of resources: the list box one selects in (those of the
 * preference groups select nothing). */
static GtkWidget *
find_selection_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget) &&
      gtk_list_box_get_selection_mode (GTK_LIST_BOX (widget)) == GTK_SELECTION_SINGLE)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_selection_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_type (GtkWidget *widget,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_type (child, type);

  return n;
}

static void
test_page_in_window (void)
{
  g_autoptr(MaillageApplication) app = maillage_test_application_new ();
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  MaillageWindow *window = maillage_window_new (app);
  g_autofree char *screenshot = NULL;
  GtkWidget *page;
  GtkWidget *list;
  GtkWidget *actions;
  GType page_type;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));
  g_assert_true (maillage_window_open_project (window, demo));

  /* The plugin is loaded from the build folder, by the application. */
  page_type = g_type_from_name ("MutualisationPage");
  g_assert_true (page_type != G_TYPE_INVALID);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-page", "s", "mutualisation");
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, "module:mutualisation");

  page = find_type (GTK_WIDGET (window), page_type);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* The demo's six resources, the first one's shares. */
  list = find_selection_list (page);
  g_assert_nonnull (list);
  g_assert_cmpuint (count_type (list, ADW_TYPE_ACTION_ROW), ==, 6);
  g_assert_nonnull (gtk_list_box_get_selected_row (GTK_LIST_BOX (list)));
  g_assert_nonnull (find_type (page, GTK_TYPE_COLUMN_VIEW));

  /* The module's actions: two of the plan's first twelve and six more. */
  actions = find_type (page, MAILLAGE_TYPE_ACTION_LIST);
  g_assert_nonnull (actions);
  g_assert_cmpuint (g_list_model_get_n_items (maillage_action_list_get_actions (MAILLAGE_ACTION_LIST (actions))),
                    ==, 8);

  screenshot = maillage_test_screenshot (GTK_WIDGET (window), "mutualisation");

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

  g_test_add_func ("/mutualisation/window/page", test_page_in_window);

  return maillage_test_run ();
}
