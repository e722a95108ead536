/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-dematerialisation-page.c: the editor page of the Dématérialisation
 * module on the demo project, in a window of its own: the list and its
 * filters and sorting, the add and edit dialog (what it refuses, what it
 * accepts, Cancel changing nothing), removing with undo, the summary and
 * its chart, and an empty module; screenshots of the list, the dialog and
 * the summary.
 */
#define G_LOG_DOMAIN "test-dematerialisation-page"

#include "config.h"

#include <string.h>

#include "dematerialisation-page.h"
#include "dematerialisation-procedure-dialog.h"
#include "dematerialisation-test-utils.h"
#include "maillage-test-utils.h"

typedef struct
{
  GtkWindow               *window;
  DematerialisationPage   *page;
  MaillageProject         *project;
  DematerialisationModule *module;
  GListModel              *view_model;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->project = dematerialisation_test_demo_project ();
  fixture->module = dematerialisation_test_load_module (fixture->project);
  fixture->page = DEMATERIALISATION_PAGE (dematerialisation_page_new (fixture->module));
  fixture->view_model = dematerialisation_page_get_view_model (fixture->page);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 720);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->page));
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer page = fixture->page;

  g_object_add_weak_pointer (G_OBJECT (page), &page);
  gtk_window_destroy (fixture->window);
  maillage_test_wait_finalized (&page);

  maillage_module_unload (MAILLAGE_MODULE (fixture->module));
  g_assert_finalize_object (fixture->module);
  g_assert_finalize_object (fixture->project);
}

/* A child of the page's template, by its id (a widget, or a column). */
static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page), DEMATERIALISATION_TYPE_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static const char *
shown_name (Fixture *fixture,
            guint    position)
{
  g_autoptr(DematerialisationProcedure) procedure = g_list_model_get_item (fixture->view_model, position);

  g_assert_nonnull (procedure);
  /* The module keeps it alive. */
  return dematerialisation_procedure_get_name (procedure);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (fixture->view_model);
}

static DematerialisationProcedure *
procedure_at (Fixture *fixture,
              guint    position)
{
  g_autoptr(DematerialisationProcedure) procedure =
    g_list_model_get_item (dematerialisation_module_get_procedures (fixture->module), position);

  return procedure;  /* the module keeps it alive */
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  GtkDropDown *states = GTK_DROP_DOWN (child (fixture, "state_dropdown"));
  GtkDropDown *priorities = GTK_DROP_DOWN (child (fixture, "priority_dropdown"));
  GtkEditable *search = GTK_EDITABLE (child (fixture, "search_entry"));
  GtkLabel *count = GTK_LABEL (child (fixture, "count_label"));
  g_autofree char *screenshot = NULL;

  g_assert_cmpuint (n_shown (fixture), ==, 15);
  g_assert_nonnull (strstr (gtk_label_get_text (count), "15"));
  g_assert_nonnull (strstr (gtk_label_get_text (count), "12"));
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "dematerialisation-page");

  /* Today on paper: 4; of these, of medium priority: 2. */
  gtk_drop_down_set_selected (states, 1 + DEMATERIALISATION_STATE_PAPER);
  g_assert_cmpuint (n_shown (fixture), ==, 4);
  gtk_drop_down_set_selected (priorities, 1 + DEMATERIALISATION_PRIORITY_MEDIUM);
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  g_assert_nonnull (strstr (gtk_label_get_text (count), "2"));
  gtk_drop_down_set_selected (states, 0);
  gtk_drop_down_set_selected (priorities, 0);
  g_assert_cmpuint (n_shown (fixture), ==, 15);

  /* The search looks at names, services and platforms, without case. */
  gtk_editable_set_text (search, "payfip");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Paiement des factures d'eau et d'assainissement");
  gtk_editable_set_text (search, "RÉGIE DES EAUX");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (n_shown (fixture), ==, 15);

  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child (fixture, "column_view"));
  GtkColumnViewColumn *priority = GTK_COLUMN_VIEW_COLUMN (child (fixture, "priority_column"));
  GtkColumnViewColumn *date = GTK_COLUMN_VIEW_COLUMN (child (fixture, "target_date_column"));
  GtkColumnViewColumn *name = GTK_COLUMN_VIEW_COLUMN (child (fixture, "name_column"));
  g_autoptr(DematerialisationProcedure) first = NULL;
  g_autoptr(DematerialisationProcedure) last = NULL;

  /* Ascending priority: the most urgent first. */
  gtk_column_view_sort_by_column (view, priority, GTK_SORT_ASCENDING);
  first = g_list_model_get_item (fixture->view_model, 0);
  last = g_list_model_get_item (fixture->view_model, 14);
  g_assert_cmpint (dematerialisation_procedure_get_priority (first), ==, DEMATERIALISATION_PRIORITY_HIGH);
  g_assert_cmpint (dematerialisation_procedure_get_priority (last), ==, DEMATERIALISATION_PRIORITY_LOW);

  /* By date: the overdue one first, the undated ones last. */
  gtk_column_view_sort_by_column (view, date, GTK_SORT_ASCENDING);
  g_assert_cmpstr (shown_name (fixture, 0), ==, "Ouverture et fermeture d'un abonnement à l'eau");
  g_clear_object (&last);
  last = g_list_model_get_item (fixture->view_model, 14);
  g_assert_cmpstr (dematerialisation_procedure_get_target_date (last), ==, "");

  gtk_column_view_sort_by_column (view, name, GTK_SORT_DESCENDING);
  g_assert_cmpstr (shown_name (fixture, 14), ==, "Aide à la rénovation énergétique des logements");
}

static DematerialisationProcedureDialog *
open_dialog (Fixture    *fixture,
             const char *action)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  dialog = maillage_test_find_window (DEMATERIALISATION_TYPE_PROCEDURE_DIALOG, fixture->window);
  g_assert_nonnull (dialog);
  maillage_test_wait_for_mapped (GTK_WIDGET (dialog));

  return DEMATERIALISATION_PROCEDURE_DIALOG (dialog);
}

static void
set_text (DematerialisationProcedureDialog *dialog,
          const char                       *field,
          const char                       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (dematerialisation_procedure_dialog_get_widget (dialog, field)), text);
}

static gboolean
ok_sensitive (DematerialisationProcedureDialog *dialog)
{
  return gtk_widget_get_sensitive (dematerialisation_procedure_dialog_get_widget (dialog, "ok"));
}

static gboolean
dialog_gone (gpointer data)
{
  Fixture *fixture = data;

  return maillage_test_find_window (DEMATERIALISATION_TYPE_PROCEDURE_DIALOG, fixture->window) == NULL;
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  GListModel *procedures = dematerialisation_module_get_procedures (fixture->module);
  DematerialisationProcedureDialog *dialog = open_dialog (fixture, "dematerialisation.add");
  g_autoptr(DematerialisationProcedure) added = NULL;
  g_autofree char *screenshot = NULL;

  /* Empty: a name is wanted. */
  g_assert_false (ok_sensitive (dialog));
  g_assert_false (dematerialisation_procedure_dialog_is_valid (dialog));
  g_assert_cmpstr (dematerialisation_procedure_dialog_get_errors (dialog), !=, "");

  set_text (dialog, "name", "Inscription à l'école de musique");
  set_text (dialog, "service", "Conservatoire communautaire");
  set_text (dialog, "platform", "Démarches simplifiées");
  g_assert_true (ok_sensitive (dialog));

  /* What is not a month, a count or a rate is refused, named. */
  set_text (dialog, "target-date", "septembre");
  set_text (dialog, "volume", "beaucoup");
  set_text (dialog, "rate", "150");
  g_assert_false (ok_sensitive (dialog));
  g_assert_true (gtk_widget_has_css_class (dematerialisation_procedure_dialog_get_widget (dialog, "target-date"),
                                           "error"));
  g_assert_true (gtk_widget_has_css_class (dematerialisation_procedure_dialog_get_widget (dialog, "rate"), "error"));
  g_assert_false (gtk_widget_has_css_class (dematerialisation_procedure_dialog_get_widget (dialog, "name"), "error"));
  g_assert_nonnull (strstr (dematerialisation_procedure_dialog_get_errors (dialog), "2027-09"));
  g_assert_false (dematerialisation_procedure_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (procedures), ==, 15);
  g_assert_false (maillage_project_get_dirty (fixture->project));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  screenshot = maillage_test_screenshot (GTK_WIDGET (dialog), "dematerialisation-dialog");

  /* As people write them: 09/2027, 1 200, 72 %. */
  set_text (dialog, "target-date", "09/2027");
  set_text (dialog, "volume", "1 200");
  set_text (dialog, "rate", "72 %");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dematerialisation_procedure_dialog_get_widget (dialog, "individuals")),
                               TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dematerialisation_procedure_dialog_get_widget (dialog, "state")),
                              DEMATERIALISATION_STATE_FORM);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dematerialisation_procedure_dialog_get_widget (dialog, "priority")),
                              DEMATERIALISATION_PRIORITY_HIGH);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dematerialisation_procedure_dialog_get_widget (dialog, "rgaa")),
                              DEMATERIALISATION_RGAA_PARTIAL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
                              dematerialisation_procedure_dialog_get_widget (dialog, "notes"))),
                            "Ouverture à la rentrée.", -1);
  g_assert_true (ok_sensitive (dialog));
  g_assert_cmpstr (dematerialisation_procedure_dialog_get_errors (dialog), ==, "");

  g_signal_emit_by_name (dematerialisation_procedure_dialog_get_widget (dialog, "ok"), "clicked");
  maillage_test_wait_until (dialog_gone, fixture);

  g_assert_cmpuint (g_list_model_get_n_items (procedures), ==, 16);
  g_assert_true (maillage_project_get_dirty (fixture->project));
  added = g_list_model_get_item (procedures, 15);
  g_assert_cmpstr (dematerialisation_procedure_get_name (added), ==, "Inscription à l'école de musique");
  g_assert_cmpstr (dematerialisation_procedure_get_target_date (added), ==, "2027-09");
  g_assert_cmpint (dematerialisation_procedure_get_volume (added), ==, 1200);
  g_assert_cmpint (dematerialisation_procedure_get_rgaa_rate (added), ==, 72);
  g_assert_cmpuint (dematerialisation_procedure_get_audiences (added), ==, DEMATERIALISATION_AUDIENCE_INDIVIDUALS);
  g_assert_cmpint (dematerialisation_procedure_get_state (added), ==, DEMATERIALISATION_STATE_FORM);
  g_assert_cmpint (dematerialisation_procedure_get_priority (added), ==, DEMATERIALISATION_PRIORITY_HIGH);
  g_assert_cmpint (dematerialisation_procedure_get_rgaa (added), ==, DEMATERIALISATION_RGAA_PARTIAL);
  g_assert_cmpstr (dematerialisation_procedure_get_notes (added), ==, "Ouverture à la rentrée.");
  g_assert_cmpuint (n_shown (fixture), ==, 16);
}

static void
select_position (Fixture *fixture,
                 guint    position)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (child (fixture, "column_view"));

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), position);
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *procedures = dematerialisation_module_get_procedures (fixture->module);
  g_autoptr(DematerialisationProcedure) original = g_object_ref (procedure_at (fixture, 2));
  DematerialisationProcedureDialog *dialog;
  DematerialisationProcedure *edited;

  select_position (fixture, 2);
  dialog = open_dialog (fixture, "dematerialisation.edit");

  /* Filled with the procedure; Cancel changes nothing. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dematerialisation_procedure_dialog_get_widget (dialog, "name"))),
                   ==, dematerialisation_procedure_get_name (original));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dematerialisation_procedure_dialog_get_widget (dialog, "rate"))),
                   ==, "61");
  g_assert_true (ok_sensitive (dialog));
  set_text (dialog, "name", "Autre nom");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  maillage_test_wait_until (dialog_gone, fixture);
  g_assert_true (procedure_at (fixture, 2) == original);
  g_assert_false (maillage_project_get_dirty (fixture->project));

  /* Applied: replaced in its place, the rest kept. */
  dialog = open_dialog (fixture, "dematerialisation.edit");
  set_text (dialog, "target-date", "2027-03");
  g_signal_emit_by_name (dematerialisation_procedure_dialog_get_widget (dialog, "ok"), "clicked");
  maillage_test_wait_until (dialog_gone, fixture);
  g_assert_cmpuint (g_list_model_get_n_items (procedures), ==, 15);
  edited = procedure_at (fixture, 2);
  g_assert_true (edited != original);
  g_assert_cmpstr (dematerialisation_procedure_get_target_date (edited), ==, "2027-03");
  g_assert_cmpstr (dematerialisation_procedure_get_name (edited), ==, dematerialisation_procedure_get_name (original));
  g_assert_cmpint (dematerialisation_procedure_get_volume (edited), ==, 3800);
  g_assert_true (maillage_project_get_dirty (fixture->project));
}

static void
test_remove_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *procedures = dematerialisation_module_get_procedures (fixture->module);
  g_autoptr(DematerialisationProcedure) removed = g_object_ref (procedure_at (fixture, 4));
  AdwToast *toast;

  select_position (fixture, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dematerialisation.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (procedures), ==, 14);
  g_assert_true (maillage_project_get_dirty (fixture->project));

  /* Undo puts it back where it was. */
  toast = dematerialisation_page_get_undo_toast (fixture->page);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), dematerialisation_procedure_get_name (removed)));
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (procedures), ==, 15);
  g_assert_true (procedure_at (fixture, 4) == removed);
}

static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  MaillageChart *chart = dematerialisation_page_get_chart (fixture->page);
  GtkLabel *online = GTK_LABEL (child (fixture, "online_label"));
  GtkLabel *unassessed = GTK_LABEL (child (fixture, "unassessed_label"));
  g_autoptr(DematerialisationProcedure) procedure = NULL;
  g_autofree char *screenshot = NULL;

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (child (fixture, "view_stack")), "summary");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "dematerialisation-summary");

  g_assert_nonnull (chart);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 0, DEMATERIALISATION_STATE_ONLINE), ==, 3);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 1, DEMATERIALISATION_STATE_ONLINE), ==, 12);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (online), "3"));
  g_assert_nonnull (strstr (gtk_label_get_text (online), "12"));
  g_assert_cmpstr (gtk_label_get_text (unassessed), ==, "2");

  /* A change of the list redraws it. */
  procedure = dematerialisation_procedure_new ("Déjà en ligne");
  dematerialisation_procedure_set_state (procedure, DEMATERIALISATION_STATE_ONLINE);
  dematerialisation_module_add_procedure (fixture->module, procedure);
  chart = dematerialisation_page_get_chart (fixture->page);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 0, DEMATERIALISATION_STATE_ONLINE), ==, 4);
  g_assert_cmpstr (gtk_label_get_text (unassessed), ==, "3");
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  GtkWidget *page = dematerialisation_page_new (module);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  gpointer weak = page;
  GtkStack *stack;

  g_object_add_weak_pointer (G_OBJECT (page), &weak);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  maillage_test_wait_for_mapped (page);

  stack = GTK_STACK (gtk_widget_get_template_child (page, DEMATERIALISATION_TYPE_PAGE, "list_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  gtk_window_destroy (window);
  maillage_test_wait_finalized (&weak);
  dematerialisation_test_unload (module);
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
  maillage_test_init (&argc, &argv);
  dematerialisation_test_register_types ();

  g_test_add ("/dematerialisation/page/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/dematerialisation/page/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/dematerialisation/page/add", Fixture, NULL, fixture_set_up, test_add, fixture_tear_down);
  g_test_add ("/dematerialisation/page/edit", Fixture, NULL, fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/dematerialisation/page/remove-undo", Fixture, NULL, fixture_set_up, test_remove_undo,
              fixture_tear_down);
  g_test_add ("/dematerialisation/page/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add_func ("/dematerialisation/page/empty", test_empty);

  return maillage_test_run ();
}
