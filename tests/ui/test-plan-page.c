/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-plan-page.c: the « Plan d'actions » page in the real window on the
 * demo project, with the module plugins of the build folder: every action
 * listed, modules by their names, the filters, totals equal to the sums
 * of the plan, the timeline, adding through the dialog, removing and
 * undoing; and a screenshot (screenshots/plan-page.png).
 */
#define G_LOG_DOMAIN "test-plan-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "maillage-window-private.h"

typedef struct
{
  MaillageApplication *app;
  MaillageWindow      *window;
  MaillagePlanPage    *page;
  MaillageProject     *project;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");

  fixture->app = maillage_test_application_new ();
  fixture->window = maillage_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->window));
  g_assert_true (maillage_window_open_project (fixture->window, demo));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-page", "s", "actions");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  fixture->page = fixture->window->plan_page;
  fixture->project = maillage_window_get_project (fixture->window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->page)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  maillage_test_close_windows (fixture->app);
  g_clear_object (&fixture->app);
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (maillage_plan_page_get_shown (fixture->page));
}

static guint
n_actions (Fixture *fixture)
{
  return g_list_model_get_n_items (maillage_project_get_actions (fixture->project));
}

static void
wait_idle (Fixture *fixture)
{
  maillage_test_iterate ();
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *actions = maillage_project_get_actions (fixture->project);
  MaillagePlanTotals *totals = maillage_plan_page_get_totals (fixture->page);
  MaillageModule *mediation = maillage_module_set_find (fixture->window->module_set, "mediation");
  g_autofree char *count = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *path = NULL;
  MaillageChart *timeline;
  gint64 investment = 0, operating = 0, cofinancing = 0;
  guint n_dated = 0;

  g_assert_cmpuint (n_actions (fixture), >=, 12);
  g_assert_cmpuint (n_shown (fixture), ==, n_actions (fixture));
  count = g_strdup_printf (ngettext ("%u action", "%u actions", n_actions (fixture)), n_actions (fixture));
  g_assert_true (shows_label (GTK_WIDGET (fixture->page), count));

  /* Modules by their plugin's name, not their id. */
  g_assert_nonnull (mediation);
  g_assert_true (shows_label (GTK_WIDGET (fixture->page),
                              peas_plugin_info_get_name (maillage_module_set_get_plugin_info (fixture->window->module_set,
                                                                                               mediation))));
  g_assert_false (shows_label (GTK_WIDGET (fixture->page), "mediation"));

  /* The totals are the sums of the plan, to the cent. */
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);

      investment += maillage_action_get_total_investment (action);
      operating += maillage_action_get_total_operating (action);
      cofinancing += maillage_action_get_total_cofinancing (action);
      n_dated += maillage_action_year_month_is_valid (maillage_action_get_start (action)) &&
                 maillage_action_year_month_is_valid (maillage_action_get_end (action));
    }
  g_assert_cmpint (maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, investment);
  g_assert_cmpint (maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, NULL), ==, operating);
  g_assert_cmpint (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_FUNDER, NULL), ==, cofinancing);
  total_text = maillage_format_money (investment + operating);
  g_assert_true (shows_label (GTK_WIDGET (fixture->page), total_text));
  g_assert_nonnull (maillage_test_find_named (GTK_WIDGET (fixture->page), "totals-year"));
  g_assert_nonnull (maillage_test_find_named (GTK_WIDGET (fixture->page), "totals-axis"));
  g_assert_nonnull (maillage_test_find_named (GTK_WIDGET (fixture->page), "totals-module"));
  g_assert_nonnull (maillage_test_find_named (GTK_WIDGET (fixture->page), "totals-funder"));

  /* Every dated action on the timeline. */
  timeline = maillage_chart_view_get_chart (MAILLAGE_CHART_VIEW (maillage_test_find_named (GTK_WIDGET (fixture->page),
                                                                                           "plan-timeline")));
  g_assert_nonnull (timeline);
  g_assert_cmpint (maillage_chart_get_kind (timeline), ==, MAILLAGE_CHART_KIND_TIMELINE);
  g_assert_cmpuint (maillage_chart_get_n_tasks (timeline), ==, n_dated);

  path = maillage_test_screenshot (GTK_WIDGET (fixture->window), "plan-page");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&path, g_free);
  path = maillage_test_screenshot (maillage_test_find_named (GTK_WIDGET (fixture->page), "plan-timeline"),
                                   "plan-timeline");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Looking is not changing. */
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static gboolean
some_hidden (gpointer data)
{
  Fixture *fixture = data;

  return n_shown (fixture) < n_actions (fixture);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkDropDown *axis = GTK_DROP_DOWN (maillage_test_find_named (page, "plan-axis"));
  GtkDropDown *module = GTK_DROP_DOWN (maillage_test_find_named (page, "plan-module"));
  GtkDropDown *status = GTK_DROP_DOWN (maillage_test_find_named (page, "plan-status"));
  GtkEditable *search = GTK_EDITABLE (maillage_test_find_named (page, "plan-search"));
  GListModel *actions = maillage_project_get_actions (fixture->project);
  g_autoptr(MaillageAction) first = g_list_model_get_item (actions, 0);
  MaillagePlanTotals *totals = maillage_plan_page_get_totals (fixture->page);
  guint expected = 0;

  /* By the first action's axis: "All", then the axes in order. */
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (axis)); i++)
    {
      GtkStringObject *label = g_list_model_get_item (gtk_drop_down_get_model (axis), i);

      if (g_strcmp0 (gtk_string_object_get_string (label), maillage_action_get_axis (first)) == 0)
        gtk_drop_down_set_selected (axis, i);
      g_object_unref (label);
    }
  g_assert_cmpuint (gtk_drop_down_get_selected (axis), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);

      expected += g_strcmp0 (maillage_action_get_axis (action), maillage_action_get_axis (first)) == 0;
    }
  g_assert_cmpuint (n_shown (fixture), ==, expected);
  g_assert_cmpuint (n_shown (fixture), <, n_actions (fixture));
  /* The totals follow what is shown. */
  g_assert_cmpuint (maillage_plan_totals_get_n_actions (totals, MAILLAGE_PLAN_GROUP_AXIS, NULL), ==, expected);
  wait_idle (fixture);
  g_assert_true (shows_label (page, _("Totals of the Actions Shown")));

  /* A status no action of that axis has, then all again. */
  gtk_drop_down_set_selected (status, 1 + MAILLAGE_ACTION_STATUS_CANCELLED);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  wait_idle (fixture);
  g_assert_true (shows_label (page, _("No action matches these filters.")));
  gtk_drop_down_set_selected (status, 0);
  gtk_drop_down_set_selected (axis, 0);
  g_assert_cmpuint (n_shown (fixture), ==, n_actions (fixture));

  /* By module: the demo has actions of the médiation. */
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (module)); i++)
    {
      GtkStringObject *label = g_list_model_get_item (gtk_drop_down_get_model (module), i);

      if (g_strcmp0 (gtk_string_object_get_string (label), "mediation") == 0)
        g_error ("The module filter shows an id");
      g_object_unref (label);
    }
  gtk_drop_down_set_selected (module, 1);
  g_assert_cmpuint (n_shown (fixture), >, 0);
  g_assert_cmpuint (n_shown (fixture), <, n_actions (fixture));
  gtk_drop_down_set_selected (module, 0);

  /* Text, without minding case or accents. */
  gtk_editable_set_text (search, "MEDIATHEQUE");
  maillage_test_wait_until (some_hidden, fixture);
  g_assert_cmpuint (n_shown (fixture), >=, 1);
  for (guint i = 0; i < n_shown (fixture); i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (maillage_plan_page_get_shown (fixture->page), i);
      g_autofree char *folded = g_utf8_casefold (maillage_action_get_title (action), -1);

      g_assert_nonnull (strstr (folded, "médiathèque"));
    }
  gtk_editable_set_text (search, "");
}

static gboolean
n_actions_is (Fixture *fixture,
              guint    expected)
{
  return n_actions (fixture) == expected;
}

static gboolean
back_to_all (gpointer data)
{
  Fixture *fixture = data;

  return n_actions_is (fixture, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->page), "expected")));
}

static void
keep_action (MaillageActionDialog  *dialog,
             MaillageAction        *action,
             MaillageAction       **out)
{
  *out = action;
}

static void
test_add_remove_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *shown = maillage_plan_page_get_shown (fixture->page);
  guint before = n_actions (fixture);
  g_autoptr(MaillageAction) removed = NULL;
  g_autofree char *before_data = maillage_project_to_data (fixture->project, NULL);
  g_autofree char *after_data = NULL;
  MaillageActionDialog *dialog;
  MaillageAction *added = NULL;
  GtkWidget *undo;

  /* Add, through the dialog, with the modules to choose from by name. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.add", NULL);
  dialog = MAILLAGE_ACTION_DIALOG (maillage_test_find_window (MAILLAGE_TYPE_ACTION_DIALOG, NULL));
  g_assert_nonnull (dialog);
  maillage_test_wait_for_mapped (GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_get_visible (maillage_test_find_named (GTK_WIDGET (dialog), "module")));
  gtk_editable_set_text (GTK_EDITABLE (maillage_test_find_named (GTK_WIDGET (dialog), "title")),
                         "Schéma des usages numériques");
  gtk_editable_set_text (GTK_EDITABLE (maillage_test_find_named (GTK_WIDGET (dialog), "budget-0-1")), "12 500,50");
  g_signal_connect (dialog, "saved", G_CALLBACK (keep_action), &added);
  g_assert_true (maillage_action_dialog_save (dialog));
  g_assert_cmpuint (n_actions (fixture), ==, before + 1);
  g_assert_nonnull (added);
  g_assert_true (maillage_project_find_action (fixture->project, maillage_action_get_id (added)) == added);
  g_assert_cmpint (maillage_action_get_total_investment (added), ==, 1250050);
  /* and selected */
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (shown)) == (gpointer) added);

  /* Remove it, then the first action, and undo that. */
  g_object_ref (added);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.remove", NULL);
  g_assert_cmpuint (n_actions (fixture), ==, before);
  g_assert_null (maillage_project_find_action (fixture->project, maillage_action_get_id (added)));
  g_object_unref (added);

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown), 0);
  removed = g_object_ref (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (shown)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.remove", NULL);
  g_assert_cmpuint (n_actions (fixture), ==, before - 1);
  g_assert_null (maillage_project_find_action (fixture->project, maillage_action_get_id (removed)));
  wait_idle (fixture);

  undo = find_button (GTK_WIDGET (fixture->window), _("_Undo"));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_object_set_data (G_OBJECT (fixture->page), "expected", GUINT_TO_POINTER (before));
  maillage_test_wait_until (back_to_all, fixture);
  g_assert_true (maillage_project_find_action (fixture->project, maillage_action_get_id (removed)) == removed);

  /* In its place: the plan reads as before. */
  after_data = maillage_project_to_data (fixture->project, NULL);
  g_assert_cmpstr (before_data, ==, after_data);
}

int
main (int   argc,
      char *argv[])
{
  /* Only the plugins of the build folder: no mock ones. */
  g_setenv ("MAILLAGE_PLUGIN_PATH", "", TRUE);
  maillage_test_init (&argc, &argv);

  g_test_add ("/plan-page/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);
  g_test_add ("/plan-page/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/plan-page/add-remove-undo", Fixture, NULL, fixture_set_up, test_add_remove_undo, fixture_tear_down);

  return maillage_test_run ();
}
