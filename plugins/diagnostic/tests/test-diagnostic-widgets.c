/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-diagnostic-widgets.c: the Diagnostic's widgets in a plain window,
 * without the application: a SWOT list edited, reordered and emptied; the
 * indicator dialog refusing what is wrong and saving what is right; the
 * import preview confirming; the page built and torn down.
 */
#define G_LOG_DOMAIN "test-diagnostic-widgets"

#include "config.h"

#include <adwaita.h>

#include "diagnostic-import-plan.h"
#include "diagnostic-import-preview.h"
#include "diagnostic-indicator-dialog.h"
#include "diagnostic-indicator.h"
#include "diagnostic-page.h"
#include "diagnostic-swot-list.h"
#include "diagnostic-test-utils.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
joined (GtkStringList *list)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", gtk_string_list_get_string (list, i));

  return g_string_free (text, FALSE);
}

static void
assert_list (GtkStringList *list,
             const char    *expected)
{
  g_autofree char *text = joined (list);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_swot_list (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  GtkStringList *list = diagnostic_module_get_swot (module, DIAGNOSTIC_SWOT_THREATS);
  GtkWidget *window = gtk_window_new ();
  DiagnosticSwotList *swot = g_object_new (DIAGNOSTIC_TYPE_SWOT_LIST, "title", "Menaces", NULL);
  gpointer weak = swot;

  g_object_add_weak_pointer (G_OBJECT (swot), &weak);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (swot));
  diagnostic_swot_list_set_list (swot, list);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  diagnostic_swot_list_add (swot, "  Vieillissement ");
  diagnostic_swot_list_add (swot, "   ");
  diagnostic_swot_list_add (swot, "Rançongiciels");
  diagnostic_swot_list_add (swot, "Fin des financements");
  assert_list (list, "Vieillissement|Rançongiciels|Fin des financements");
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 0);

  diagnostic_swot_list_move (swot, 2, -1);
  assert_list (list, "Vieillissement|Fin des financements|Rançongiciels");
  diagnostic_swot_list_move (swot, 0, 1);
  assert_list (list, "Fin des financements|Vieillissement|Rançongiciels");
  /* Past either end: nothing. */
  diagnostic_swot_list_move (swot, 0, -1);
  diagnostic_swot_list_move (swot, 2, 1);
  assert_list (list, "Fin des financements|Vieillissement|Rançongiciels");
  iterate ();

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (weak);
}

static void
test_indicator_dialog (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project,
    "{\"indicators\": [{\"name\": \"Taux de pauvreté\", \"theme\": \"fragilite\", \"value\": 12.5,"
    " \"unit\": \"%\", \"year\": 2021, \"source\": \"Insee\", \"scope\": \"39801\"}]}");
  GListModel *indicators = diagnostic_module_get_indicators (module);
  g_autoptr(DiagnosticIndicator) first = g_list_model_get_item (indicators, 0);
  g_autoptr(DiagnosticIndicator) edited = NULL;
  DiagnosticIndicatorDialog *dialog;
  GtkEditable *value_row;
  GtkEditable *name_row;
  GtkEditable *year_row;
  GtkWidget *error_label;

  /* Editing: the fields show the indicator. */
  dialog = DIAGNOSTIC_INDICATOR_DIALOG (diagnostic_indicator_dialog_new (NULL, module, first));
  value_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "value_row"));
  name_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "name_row"));
  year_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "year_row"));
  error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "error_label"));
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (value_row), ==, "12,5");
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Taux de pauvreté");
  g_assert_cmpstr (gtk_editable_get_text (year_row), ==, "2021");

  /* Wrong values: refused, said, nothing changed. */
  gtk_editable_set_text (value_row, "beaucoup");
  g_assert_false (diagnostic_indicator_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (error_label));
  gtk_editable_set_text (value_row, "13,1");
  gtk_editable_set_text (year_row, "21");
  g_assert_false (diagnostic_indicator_dialog_save (dialog));
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 0);

  /* Right values: replaced in place, and the dialog goes. */
  gtk_editable_set_text (year_row, "2022");
  g_assert_true (diagnostic_indicator_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 1);
  edited = g_list_model_get_item (indicators, 0);
  g_assert_cmpfloat (diagnostic_indicator_get_value (edited), ==, 13.1);
  g_assert_cmpuint (diagnostic_indicator_get_year (edited), ==, 2022);
  g_assert_cmpstr (diagnostic_indicator_get_scope (edited), ==, TEST_INSEE_A);
  g_assert_cmpuint (diagnostic_indicator_get_theme (edited), ==, DIAGNOSTIC_THEME_FRAGILITY);
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 1);
  iterate ();

  /* Adding the same key again is refused. */
  dialog = DIAGNOSTIC_INDICATOR_DIALOG (diagnostic_indicator_dialog_new (NULL, module, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  name_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "name_row"));
  value_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "value_row"));
  year_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "year_row"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "scope_row")), 1);
  gtk_editable_set_text (name_row, "Taux de pauvreté");
  gtk_editable_set_text (value_row, "1");
  gtk_editable_set_text (year_row, "2022");
  g_assert_false (diagnostic_indicator_dialog_save (dialog));
  /* Another year is another indicator. */
  gtk_editable_set_text (year_row, "2023");
  g_assert_true (diagnostic_indicator_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 2);
  iterate ();
}

/* Picking a standard indicator fills its unit, theme and source. */
static void
test_catalogue_pick (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  GtkWidget *dialog = diagnostic_indicator_dialog_new (NULL, module, NULL);
  AdwComboRow *catalogue = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "catalogue_row"));
  AdwComboRow *theme = ADW_COMBO_ROW (gtk_widget_get_template_child (dialog, DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "theme_row"));
  GtkEditable *name = GTK_EDITABLE (gtk_widget_get_template_child (dialog, DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "name_row"));
  GtkEditable *unit = GTK_EDITABLE (gtk_widget_get_template_child (dialog, DIAGNOSTIC_TYPE_INDICATOR_DIALOG, "unit_row"));

  gtk_window_present (GTK_WINDOW (dialog));
  /* Item 0 is the free indicator; the catalogue's first is the fibre. */
  adw_combo_row_set_selected (catalogue, 1);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Locaux raccordables à la fibre (FttH)");
  g_assert_cmpstr (gtk_editable_get_text (unit), ==, "%");
  g_assert_cmpuint (adw_combo_row_get_selected (theme), ==, DIAGNOSTIC_THEME_CONNECTIVITY);
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (catalogue)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

static void
test_preview (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  g_autoptr(GPtrArray) incoming = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DiagnosticImportPlan) plan = NULL;
  GtkWidget *preview;
  gpointer weak;

  g_ptr_array_add (incoming, diagnostic_indicator_new ("A", DIAGNOSTIC_THEME_USES, 1, "", 2025, "", ""));
  plan = diagnostic_module_plan_import (module, incoming);
  preview = diagnostic_import_preview_new (NULL, module, plan, "Import", "Note");
  weak = preview;
  g_object_add_weak_pointer (G_OBJECT (preview), &weak);
  gtk_window_present (GTK_WINDOW (preview));
  iterate ();

  g_assert_true (diagnostic_import_preview_confirm (DIAGNOSTIC_IMPORT_PREVIEW (preview)));
  iterate ();
  g_assert_null (weak);
  g_assert_cmpuint (g_list_model_get_n_items (diagnostic_module_get_indicators (module)), ==, 1);
}

static void
test_page (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project,
    "{\"text\": \"Texte\", \"indicators\": [{\"name\": \"A\", \"value\": 1, \"scope\": \"39801\"}],"
    " \"swot\": {\"strengths\": [\"Fibre\"]}}");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = maillage_module_create_page (MAILLAGE_MODULE (module));
  gpointer weak = page;

  g_object_add_weak_pointer (G_OBJECT (page), &weak);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (weak);
}

int
main (int   argc,
      char *argv[])
{
  diagnostic_test_init_gtk (&argc, &argv);

  g_test_add_func ("/diagnostic/widgets/swot-list", test_swot_list);
  g_test_add_func ("/diagnostic/widgets/indicator-dialog", test_indicator_dialog);
  g_test_add_func ("/diagnostic/widgets/catalogue-pick", test_catalogue_pick);
  g_test_add_func ("/diagnostic/widgets/preview", test_preview);
  g_test_add_func ("/diagnostic/widgets/page", test_page);

  return g_test_run ();
}
