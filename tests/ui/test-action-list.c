/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-action-list.c: the list of a module's actions that every module
 * page embeds, and the dialog that edits an action: what the list shows
 * follows the plan, adding goes through the dialog, amounts are read the
 * French way and refused when they are not amounts, and cancelling
 * changes nothing.
 */
#define G_LOG_DOMAIN "test-action-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "maillage-test-utils.h"

typedef struct
{
  MaillageProject    *project;
  GtkWindow          *window;
  MaillageActionList *list;
} Fixture;

static MaillageAction *
add_action (MaillageProject *project,
            const char      *id,
            const char      *title,
            const char      *module)
{
  g_autoptr(MaillageAction) action = maillage_action_new (id, title);

  maillage_action_set_module (action, module);
  maillage_project_add_action (project, action);

  return action;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  MaillageAction *action;
  MaillageBudgetLine *line;

  fixture->project = maillage_project_new ();
  action = add_action (fixture->project, "A-001", "Conseillers numériques itinérants", "mediation");
  maillage_action_set_axis (action, "Axe 2 – Inclure et accompagner");
  maillage_action_set_start (action, "2027-01");
  maillage_action_set_end (action, "2029-12");
  maillage_action_set_status (action, MAILLAGE_ACTION_STATUS_IN_PROGRESS);
  line = maillage_action_ensure_budget_year (action, 2027);
  maillage_budget_line_set_investment (line, 1250050);
  maillage_budget_line_set_operating (line, 4500000);
  add_action (fixture->project, "A-002", "Observatoire des usages", "diagnostic");
  add_action (fixture->project, "A-003", "Espaces numériques en médiathèque", "mediation");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 640, 360);
  fixture->list = MAILLAGE_ACTION_LIST (maillage_action_list_new (fixture->project, "mediation"));
  gtk_widget_set_margin_top (GTK_WIDGET (fixture->list), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (fixture->list), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (fixture->list), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (fixture->list), 18);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->list));
  gtk_window_present (fixture->window);
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer weak = fixture->list;

  g_object_add_weak_pointer (G_OBJECT (fixture->list), &weak);
  gtk_window_destroy (fixture->window);
  maillage_test_wait_finalized (&weak);
  g_clear_object (&fixture->project);
}

static guint
n_listed (Fixture *fixture)
{
  return g_list_model_get_n_items (maillage_action_list_get_actions (fixture->list));
}

/* Every label under @widget, joined: what a person reads there. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_string_append (text, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
shown_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

static void
test_lists_module (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *budget = maillage_format_money (1250050 + 4500000);
  g_autofree char *path = NULL;
  MaillageAction *moved;

  g_assert_cmpuint (n_listed (fixture), ==, 2);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));

  text = shown_text (GTK_WIDGET (fixture->list));
  g_assert_nonnull (strstr (text, "Conseillers numériques itinérants"));
  g_assert_nonnull (strstr (text, "Espaces numériques en médiathèque"));
  g_assert_null (strstr (text, "Observatoire"));
  g_assert_nonnull (strstr (text, budget));
  g_assert_nonnull (strstr (text, C_("action status", "In progress")));

  path = maillage_test_screenshot (GTK_WIDGET (fixture->window), "action-list");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Moved in, moved out, added, removed: the list follows. */
  moved = maillage_project_find_action (fixture->project, "A-002");
  maillage_action_set_module (moved, "mediation");
  g_assert_cmpuint (n_listed (fixture), ==, 3);
  maillage_action_set_module (moved, "gouvernance");
  g_assert_cmpuint (n_listed (fixture), ==, 2);
  add_action (fixture->project, "A-004", "Pass numériques", "mediation");
  g_assert_cmpuint (n_listed (fixture), ==, 3);
  maillage_project_remove_action (fixture->project, maillage_project_find_action (fixture->project, "A-001"));
  g_assert_cmpuint (n_listed (fixture), ==, 2);

  /* An edit shows at once. */
  maillage_action_set_title (maillage_project_find_action (fixture->project, "A-003"), "Médiathèques connectées");
  maillage_test_iterate ();
  g_clear_pointer (&text, g_free);
  text = shown_text (GTK_WIDGET (fixture->list));
  g_assert_nonnull (strstr (text, "Médiathèques connectées"));
}

static MaillageActionDialog *
wait_for_dialog (Fixture *fixture)
{
  GtkWindow *dialog = maillage_test_find_window (MAILLAGE_TYPE_ACTION_DIALOG, fixture->window);

  g_assert_nonnull (dialog);
  maillage_test_wait_for_mapped (GTK_WIDGET (dialog));

  return MAILLAGE_ACTION_DIALOG (dialog);
}

static void
set_named (GtkWidget  *root,
           const char *name,
           const char *text)
{
  GtkWidget *entry = maillage_test_find_named (root, name);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
click (GtkWidget  *root,
       const char *name)
{
  GtkWidget *button = maillage_test_find_named (root, name);

  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  GtkWidget *add = maillage_test_find_named (GTK_WIDGET (fixture->list), "add-action");
  MaillageActionDialog *dialog;
  MaillageAction *action;
  MaillageBudgetLine *line;
  guint n_actions = g_list_model_get_n_items (maillage_project_get_actions (fixture->project));

  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  dialog = wait_for_dialog (fixture);
  g_assert_null (maillage_action_dialog_get_action (dialog));

  /* The module is the list's; not offered as a choice here. */
  g_assert_false (gtk_widget_get_visible (maillage_test_find_named (GTK_WIDGET (dialog), "module")));

  set_named (GTK_WIDGET (dialog), "title", "Ateliers numériques pour les seniors");
  set_named (GTK_WIDGET (dialog), "start", "2027-09");
  set_named (GTK_WIDGET (dialog), "end", "2028-06");
  set_named (GTK_WIDGET (dialog), "budget-0-0", "2027");
  set_named (GTK_WIDGET (dialog), "budget-0-1", "1 234,56");
  set_named (GTK_WIDGET (dialog), "budget-0-2", "1234.56");
  g_assert_true (maillage_action_dialog_save (dialog));

  g_assert_cmpuint (g_list_model_get_n_items (maillage_project_get_actions (fixture->project)), ==, n_actions + 1);
  action = maillage_project_find_action (fixture->project, "A-004");
  g_assert_nonnull (action);
  g_assert_cmpstr (maillage_action_get_title (action), ==, "Ateliers numériques pour les seniors");
  g_assert_cmpstr (maillage_action_get_module (action), ==, "mediation");
  g_assert_cmpstr (maillage_action_get_start (action), ==, "2027-09");
  g_assert_cmpstr (maillage_action_get_end (action), ==, "2028-06");
  line = maillage_action_ensure_budget_year (action, 2027);
  g_assert_cmpint (maillage_budget_line_get_investment (line), ==, 123456);
  g_assert_cmpint (maillage_budget_line_get_operating (line), ==, 123456);
  g_assert_cmpuint (n_listed (fixture), ==, 3);
}

static void
test_refuses_bad_amount (Fixture       *fixture,
                         gconstpointer  data)
{
  MaillageAction *action = maillage_project_find_action (fixture->project, "A-001");
  g_autofree char *before = maillage_project_to_data (fixture->project, NULL);
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  GtkListBoxRow *row;
  MaillageActionDialog *dialog;
  GtkWidget *investment;

  /* Activating the first row edits its action. */
  row = GTK_LIST_BOX_ROW (gtk_widget_get_first_child (maillage_test_find_named (GTK_WIDGET (fixture->list),
                                                                                 "action-rows")));
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  dialog = wait_for_dialog (fixture);
  g_assert_true (maillage_action_dialog_get_action (dialog) == action);

  investment = maillage_test_find_named (GTK_WIDGET (dialog), "budget-0-1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (investment)), ==, "12\u202f500,50");

  gtk_editable_set_text (GTK_EDITABLE (investment), "12a");
  set_named (GTK_WIDGET (dialog), "title", "Autre titre");
  g_assert_true (gtk_widget_has_css_class (investment, "error"));
  g_assert_false (maillage_action_dialog_save (dialog));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  text = shown_text (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (text, "12a"));
  path = maillage_test_screenshot (GTK_WIDGET (dialog), "action-dialog-refused");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Nothing was written, and cancelling keeps it so. */
  after = maillage_project_to_data (fixture->project, NULL);
  g_assert_cmpstr (before, ==, after);
  gtk_window_close (GTK_WINDOW (dialog));
  maillage_test_iterate ();
  g_clear_pointer (&after, g_free);
  after = maillage_project_to_data (fixture->project, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (maillage_action_get_title (action), ==, "Conseillers numériques itinérants");
}

static void
test_edit_every_field (Fixture       *fixture,
                       gconstpointer  data)
{
  MaillageAction *action = maillage_project_find_action (fixture->project, "A-001");
  GtkWidget *widget = maillage_action_dialog_new (fixture->project, action, NULL);
  MaillageActionDialog *dialog = MAILLAGE_ACTION_DIALOG (widget);
  const char *ids[] = { "diagnostic", "mediation", NULL };
  const char *names[] = { "Diagnostic", "Médiation numérique", NULL };
  g_autoptr(MaillageCofinancing) cofinancing = NULL;
  g_autoptr(MaillageActionIndicator) indicator = NULL;
  const char * const *partners;
  GListModel *budget;

  maillage_action_dialog_set_modules (dialog, ids, names);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), fixture->window);
  gtk_window_present (GTK_WINDOW (dialog));
  maillage_test_wait_for_mapped (widget);

  /* "No module", then the modules: the action's is selected. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (maillage_test_find_named (widget, "module"))), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (maillage_test_find_named (widget, "module")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (maillage_test_find_named (widget, "status")),
                              MAILLAGE_ACTION_STATUS_DONE);
  set_named (widget, "axis", "Axe 1 – Connaître et piloter");
  set_named (widget, "pilot", "Direction du numérique");

  /* A second budget year, a partner, a co-financing line, an indicator. */
  set_named (widget, "budget-0-1", "");
  click (widget, "budget-add");
  click (widget, "partner-add");
  set_named (widget, "partner-0-0", "Département du Jura");
  click (widget, "cofinancing-add");
  set_named (widget, "cofinancing-0-0", "État (DSIL)");
  set_named (widget, "cofinancing-0-1", "2 500,5");
  click (widget, "indicator-add");
  set_named (widget, "indicator-0-0", "Personnes accompagnées");
  set_named (widget, "indicator-0-2", "1 200 par an");
  set_named (widget, "budget-1-0", "2028");
  set_named (widget, "budget-1-1", "1 000 €");

  g_assert_true (maillage_action_dialog_save (dialog));

  g_assert_cmpstr (maillage_action_get_module (action), ==, "diagnostic");
  g_assert_cmpint (maillage_action_get_status (action), ==, MAILLAGE_ACTION_STATUS_DONE);
  g_assert_cmpstr (maillage_action_get_axis (action), ==, "Axe 1 – Connaître et piloter");
  g_assert_cmpstr (maillage_action_get_pilot (action), ==, "Direction du numérique");
  budget = maillage_action_get_budget (action);
  g_assert_cmpuint (g_list_model_get_n_items (budget), ==, 2);
  g_assert_cmpint (maillage_action_get_total_investment (action), ==, 100000);
  g_assert_cmpint (maillage_action_get_total_operating (action), ==, 4500000);
  partners = maillage_action_get_partners (action);
  g_assert_cmpstr (partners[0], ==, "Département du Jura");
  g_assert_null (partners[1]);
  g_assert_cmpuint (g_list_model_get_n_items (maillage_action_get_cofinancing (action)), ==, 1);
  cofinancing = g_list_model_get_item (maillage_action_get_cofinancing (action), 0);
  g_assert_cmpstr (maillage_cofinancing_get_funder (cofinancing), ==, "État (DSIL)");
  g_assert_cmpint (maillage_cofinancing_get_amount (cofinancing), ==, 250050);
  indicator = g_list_model_get_item (maillage_action_get_indicators (action), 0);
  g_assert_cmpstr (maillage_action_indicator_get_name (indicator), ==, "Personnes accompagnées");
  g_assert_cmpstr (maillage_action_indicator_get_baseline (indicator), ==, "");
  g_assert_cmpstr (maillage_action_indicator_get_target (indicator), ==, "1 200 par an");
  /* Moved to another module: no longer in this list. */
  g_assert_cmpuint (n_listed (fixture), ==, 1);
}

/* What the budget's amount cells accept, and what they refuse. */
static void
test_amounts (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct {
    const char *text;
    gint64      cents;   /* -1: refused */
  } amounts[] = {
    { "1 234,56", 123456 },
    { "1234.56", 123456 },
    { "1\u202f234,56\u00a0€", 123456 },
    { "12 500,5", 1250050 },
    { "0,01", 1 },
    { "", 0 },
    { "12a", -1 },
    { "1,234", -1 },
    { "-5", -1 },
    { "12,50,3", -1 },
    { "douze", -1 },
  };
  MaillageAction *action = maillage_project_find_action (fixture->project, "A-001");

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      GtkWidget *widget = maillage_action_dialog_new (fixture->project, action, NULL);
      MaillageActionDialog *dialog = MAILLAGE_ACTION_DIALOG (widget);
      GtkWidget *entry;
      gboolean saved;

      gtk_window_set_transient_for (GTK_WINDOW (dialog), fixture->window);
      gtk_window_present (GTK_WINDOW (dialog));
      entry = maillage_test_find_named (widget, "budget-0-1");
      gtk_editable_set_text (GTK_EDITABLE (entry), amounts[i].text);
      saved = maillage_action_dialog_save (dialog);

      g_test_message ("“%s”: %s", amounts[i].text, saved ? "saved" : "refused");
      if (amounts[i].cents < 0)
        {
          g_assert_false (saved);
          g_assert_true (gtk_widget_has_css_class (entry, "error"));
          gtk_window_destroy (GTK_WINDOW (dialog));
          /* Refused: the action keeps its amount. */
          g_assert_cmpint (maillage_action_get_total_investment (action), ==, 1250050);
        }
      else
        {
          g_assert_true (saved);
          g_assert_cmpint (maillage_action_get_total_investment (action), ==, amounts[i].cents);
          maillage_budget_line_set_investment (maillage_action_ensure_budget_year (action, 2027), 1250050);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);

  g_test_add ("/action-list/lists-module", Fixture, NULL,
              fixture_set_up, test_lists_module, fixture_tear_down);
  g_test_add ("/action-list/add", Fixture, NULL,
              fixture_set_up, test_add, fixture_tear_down);
  g_test_add ("/action-list/refuses-bad-amount", Fixture, NULL,
              fixture_set_up, test_refuses_bad_amount, fixture_tear_down);
  g_test_add ("/action-list/edit-every-field", Fixture, NULL,
              fixture_set_up, test_edit_every_field, fixture_tear_down);
  g_test_add ("/action-dialog/amounts", Fixture, NULL,
              fixture_set_up, test_amounts, fixture_tear_down);

  return maillage_test_run ();
}
