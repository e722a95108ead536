/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-preferences.c: the preferences window lists the plugins by kind,
 * says why a plugin failed, and its switches change the setting (and the
 * setting, changed elsewhere, moves the switches); a screenshot for people
 * to look at.
 */
#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-preferences-window.h"
#include "maillage-test-utils.h"

static GtkSwitch *
row_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return GTK_SWITCH (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSwitch *found = row_switch (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
group_of (GtkWidget *row)
{
  return gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
}

static void
test_preferences (void)
{
  g_autoptr(MaillageApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_auto(GStrv) disabled = NULL;
  g_autofree char *screenshot = NULL;
  MaillagePluginManager *manager;
  PeasPluginInfo *mockc;
  GtkWidget *window;
  GtkWidget *row;
  GtkWidget *broken_row;
  GtkWidget *export_row;
  GtkSwitch *toggle;
  const char *failure;

  g_test_log_set_fatal_handler (maillage_test_allow_broken, NULL);

  app = maillage_test_application_new ();
  settings = g_settings_new (APP_ID);
  manager = maillage_application_get_plugin_manager (app);
  mockc = peas_engine_get_plugin_info (maillage_plugin_manager_get_engine (manager), "mockc");
  g_assert_nonnull (mockc);

  window = maillage_preferences_window_new (manager);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (window);

  /* Every fixture has its row, by kind: modules, then exports */
  row = maillage_test_find_named (window, "mockc");
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   peas_plugin_info_get_name (mockc));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   peas_plugin_info_get_description (mockc));
  g_assert_nonnull (maillage_test_find_named (window, "maillage_mockpy"));
  broken_row = maillage_test_find_named (window, "maillage_brokenpy");
  export_row = maillage_test_find_named (window, "brokenc");
  g_assert_nonnull (broken_row);
  g_assert_nonnull (export_row);
  g_assert_true (group_of (row) == group_of (broken_row));
  g_assert_true (group_of (row) != group_of (export_row));

  /* A plugin that failed says why, in the error style */
  failure = adw_action_row_get_subtitle (ADW_ACTION_ROW (broken_row));
  g_assert_nonnull (strstr (failure, "RuntimeError: maillage_brokenpy is broken on purpose"));
  g_assert_true (gtk_widget_has_css_class (broken_row, "error"));
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* The switch changes the setting, and the plugin */
  toggle = row_switch (row);
  g_assert_nonnull (toggle);
  g_assert_true (gtk_switch_get_active (toggle));
  gtk_switch_set_active (toggle, FALSE);
  maillage_test_iterate ();
  disabled = g_settings_get_strv (settings, "disabled-plugins");
  g_assert_true (g_strv_contains ((const char * const *) disabled, "mockc"));
  g_assert_false (peas_plugin_info_is_loaded (mockc));

  /* The setting, changed elsewhere, moves the switch */
  g_settings_reset (settings, "disabled-plugins");
  maillage_test_iterate ();
  g_assert_true (gtk_switch_get_active (toggle));
  g_assert_true (peas_plugin_info_is_loaded (mockc));

  maillage_test_wait_for_frame (window);
  screenshot = maillage_test_screenshot (window, "preferences");
  g_assert_true (g_file_test (screenshot, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
  maillage_test_wait_finalized ((gpointer *) &window);
}

int
main (int   argc,
      char *argv[])
{
  /* Every fixture, the broken ones included, to show a failure. */
  g_setenv ("MAILLAGE_PLUGIN_PATH", ALL_FIXTURE_PLUGIN_PATH, TRUE);

  maillage_test_init (&argc, &argv);

  g_test_add_func ("/preferences/plugins", test_preferences);

  return maillage_test_run ();
}
