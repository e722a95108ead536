/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-plugin-toggle.c: the main window follows the plugins while it is
 * open. The mock C and Python modules show their pages; switched off, a
 * module's page and sidebar row go (and are finalised) while its data stays
 * in the project; switched on again, they come back with the same data.
 */
#define G_LOG_DOMAIN "test-plugin-toggle"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-test-utils.h"
#include "maillage-window-private.h"

typedef struct
{
  const char *id;
  const char *module_name;
} ModuleCase;

static const ModuleCase c_case = { "mockc", "mockc" };
static const ModuleCase python_case = { "mockpy", "maillage_mockpy" };

static MaillageProject *
create_project (void)
{
  g_autoptr(MaillageProject) draft = maillage_project_new ();
  g_autoptr(JsonNode) mockc = json_from_string ("{\"version\":1,\"note\":\"Note du module C\",\"count\":2}", NULL);
  g_autoptr(JsonNode) mockpy = json_from_string ("{\"version\":1,\"note\":\"Note du module Python\",\"count\":5}", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  MaillageProject *project;

  maillage_project_set_title (draft, "Projet avec modules fictifs");
  maillage_project_set_module_data (draft, "mockc", json_node_get_object (mockc));
  maillage_project_set_module_data (draft, "mockpy", json_node_get_object (mockpy));

  data = maillage_project_to_data (draft, NULL);
  project = maillage_project_new_from_data (data, -1, &error);
  g_assert_no_error (error);

  return project;
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *name,
             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (widget), name) == 0) &&
      (label == NULL || g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), label) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, name, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
module_page (MaillageWindow *window,
             const char     *id)
{
  g_autofree char *name = g_strconcat (MAILLAGE_WINDOW_MODULE_PAGE_PREFIX, id, NULL);

  return gtk_stack_get_child_by_name (window->content_stack, name);
}

/* The note as the module's page shows it */
static const char *
page_note (MaillageWindow *window,
           const char     *id)
{
  g_autofree char *row_name = g_strconcat (id, "-note", NULL);
  GtkWidget *row = find_widget (module_page (window, id), ADW_TYPE_ENTRY_ROW, row_name, NULL);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
sidebar_shows (MaillageWindow *window,
               const char     *label)
{
  return find_widget (GTK_WIDGET (window->sidebar_list), GTK_TYPE_LABEL, NULL, label) != NULL;
}

static void
test_toggle (gconstpointer data)
{
  const ModuleCase *mcase = data;
  g_autoptr(MaillageApplication) app = maillage_test_application_new ();
  g_autoptr(MaillageProject) project = create_project ();
  MaillagePluginManager *manager = maillage_application_get_plugin_manager (app);
  PeasPluginInfo *info;
  MaillageWindow *window;
  GtkWidget *page;
  g_autofree char *name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *screenshot_name = NULL;
  g_autofree char *screenshot = NULL;

  info = peas_engine_get_plugin_info (maillage_plugin_manager_get_engine (manager),
                                      mcase->module_name);
  g_assert_nonnull (info);
  g_assert_true (peas_plugin_info_is_loaded (info));
  name = g_strdup (peas_plugin_info_get_name (info));

  window = maillage_window_new (app);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  maillage_window_set_project (window, project);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));

  /* Both mock modules are in the sidebar, each with its page */
  g_assert_true (sidebar_shows (window, peas_plugin_info_get_name (info)));
  g_assert_nonnull (module_page (window, "mockc"));
  g_assert_nonnull (module_page (window, "mockpy"));

  /* The page shows the module's data; an edit goes into the project */
  g_assert_true (_maillage_window_select_page (window, mcase->id));
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_stack_get_visible_child (window->content_stack) == module_page (window, mcase->id));
  g_assert_true (g_str_has_prefix (page_note (window, mcase->id), "Note du module"));
  edited = g_strconcat (page_note (window, mcase->id), ", modifiée", NULL);
  gtk_editable_set_text (GTK_EDITABLE (find_widget (module_page (window, mcase->id),
                                                    ADW_TYPE_ENTRY_ROW, NULL, NULL)),
                         edited);
  g_assert_true (maillage_project_get_dirty (project));
  before = maillage_project_to_data (project, NULL);

  /* Switched off while the window is open: the page goes, and is freed */
  page = module_page (window, mcase->id);
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  maillage_plugin_manager_set_plugin_enabled (manager, info, FALSE);
  maillage_test_iterate ();

  g_assert_null (module_page (window, mcase->id));
  g_assert_false (sidebar_shows (window, name));
  g_assert_null (maillage_module_set_find (maillage_window_get_module_set (window), mcase->id));
  g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, MAILLAGE_WINDOW_PAGE_OVERVIEW);
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  maillage_test_wait_finalized ((gpointer *) &page);

  /* The other module is still there */
  g_assert_nonnull (module_page (window, mcase == &c_case ? "mockpy" : "mockc"));

  /* Its data is still in the project, as the module last saved it */
  after = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);

  /* Switched on again: back, with the same data */
  maillage_plugin_manager_set_plugin_enabled (manager, info, TRUE);
  maillage_test_iterate ();

  g_assert_nonnull (module_page (window, mcase->id));
  g_assert_true (sidebar_shows (window, name));
  g_assert_true (_maillage_window_select_page (window, mcase->id));
  maillage_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (page_note (window, mcase->id), ==, edited);
  screenshot_name = g_strconcat ("plugin-toggle-", mcase->id, NULL);
  screenshot = maillage_test_screenshot (GTK_WIDGET (window), screenshot_name);

  /* Closed, the window is finalised: nothing (a module, a page) holds it */
  gtk_window_destroy (GTK_WINDOW (window));
  maillage_test_wait_finalized ((gpointer *) &window);
}

int
main (int   argc,
      char *argv[])
{
  /* The working mock plugins only: the broken ones are test-engine's. */
  g_setenv ("MAILLAGE_PLUGIN_PATH", MOCK_PLUGIN_PATH, TRUE);

  maillage_test_init (&argc, &argv);

  g_test_add_data_func ("/plugin-toggle/c", &c_case, test_toggle);
  g_test_add_data_func ("/plugin-toggle/python", &python_case, test_toggle);

  return maillage_test_run ();
}
