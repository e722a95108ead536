/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mutualisation-page.c: the editor page on the demo project, in a
 * window of its own: the resources listed, the shares of the one selected
 * with their total (the cost, to the cent), the gap of agreed percentages
 * shown; a resource added through the dialog — a cost typed the French
 * way, what is not a number refused with its message, OK insensitive
 * until it is corrected — edited in place, the dialog cancelled without a
 * trace, removed and put back with Undo; and the shares following a
 * population changed in the territory. Screenshots of the page and of the
 * dialog, in French when the locale is there.
 *
 * Assertions do not depend on the language: messages are compared with
 * the catalogue's own translation, or by what they quote.
 */
#define G_LOG_DOMAIN "test-mutualisation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "mutualisation-page.h"
#include "mutualisation-parse.h"
#include "mutualisation-resource-dialog.h"
#include "mutualisation-share-row.h"
#include "mutualisation-test-utils.h"

typedef struct
{
  GtkWindow           *window;
  MutualisationPage   *page;
  MaillageProject     *project;
  MutualisationModule *module;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->project = mutualisation_test_demo_project ();
  fixture->module = mutualisation_test_load_module (fixture->project);
  fixture->page = MUTUALISATION_PAGE (mutualisation_page_new (fixture->module));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 1000);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->page));
  g_assert_false (maillage_project_get_dirty (fixture->project));
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

static guint
count_rows (Fixture *fixture)
{
  GtkWidget *list = mutualisation_page_get_resource_list (fixture->page);
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

static MutualisationResource *
resource_at (Fixture *fixture,
             guint    position)
{
  g_autoptr(MutualisationResource) resource =
    g_list_model_get_item (mutualisation_module_get_resources (fixture->module), position);

  g_assert_nonnull (resource);
  return resource;
}

/* The shares table's total line says the cost, formatted. */
static void
assert_total (Fixture *fixture,
              gint64   cents)
{
  GListModel *rows = mutualisation_page_get_share_rows (fixture->page);
  guint n = g_list_model_get_n_items (rows);
  g_autoptr(MutualisationShareRow) total = g_list_model_get_item (rows, n - 1);
  g_autofree char *expected = maillage_format_money (cents);

  g_assert_true (mutualisation_share_row_is_total (total));
  g_assert_cmpstr (mutualisation_share_row_get_share (total), ==, expected);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *fragment)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), fragment) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, fragment);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *rows = mutualisation_page_get_share_rows (fixture->page);
  g_autofree char *screenshot = NULL;
  g_autofree char *gap = maillage_format_money (135000);

  g_assert_cmpuint (count_rows (fixture), ==, 6);

  /* The first is shown: 24 communes and the total, 96 000,00 €. */
  g_assert_true (mutualisation_page_get_selected (fixture->page) == resource_at (fixture, 0));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 25);
  assert_total (fixture, 9600000);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "mutualisation-page");

  /* Agreed amounts make the cost; the percentages under negotiation do
   * not, and the page says by how much. */
  mutualisation_page_select (fixture->page, 3);
  g_assert_true (mutualisation_page_get_selected (fixture->page) == resource_at (fixture, 3));
  assert_total (fixture, 2740000);
  g_assert_null (find_label (GTK_WIDGET (fixture->page), gap));

  mutualisation_page_select (fixture->page, 5);
  assert_total (fixture, 5400000 - 135000);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->page), gap));
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_free (screenshot);
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "mutualisation-page-gap");

  /* Looking is not changing. */
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static MutualisationResourceDialog *
wait_for_dialog (Fixture *fixture)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 500 && dialog == NULL; i++)
    {
      maillage_test_iterate ();
      dialog = maillage_test_find_window (MUTUALISATION_TYPE_RESOURCE_DIALOG, fixture->window);
      if (dialog == NULL)
        g_usleep (10000);
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));

  return MUTUALISATION_RESOURCE_DIALOG (dialog);
}

static void
set_text (MutualisationResourceDialog *dialog,
          const char                  *row,
          const char                  *text)
{
  GtkWidget *widget = mutualisation_resource_dialog_get_row (dialog, row);

  g_assert_nonnull (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
tick (MutualisationResourceDialog *dialog,
      const char                  *insee,
      const char                  *value)
{
  GtkWidget *check = mutualisation_resource_dialog_get_commune_check (dialog, insee);
  GtkWidget *entry = mutualisation_resource_dialog_get_commune_entry (dialog, insee);

  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (gtk_widget_get_sensitive (entry));
  if (value != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), value);
}

static gboolean
ok_sensitive (MutualisationResourceDialog *dialog)
{
  return gtk_widget_get_sensitive (mutualisation_resource_dialog_get_ok_button (dialog));
}

static void
close_dialog (MutualisationResourceDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_destroy (GTK_WINDOW (dialog));
  maillage_test_wait_finalized (&weak);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  GListModel *resources = mutualisation_module_get_resources (fixture->module);
  MutualisationResourceDialog *dialog;
  MutualisationResource *added;
  GtkWidget *cost_row;
  g_autofree char *screenshot = NULL;
  g_autoptr(JsonObject) saved = NULL;
  JsonObject *object;
  const char *error;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "mutualisation.add", NULL));
  dialog = wait_for_dialog (fixture);
  cost_row = mutualisation_resource_dialog_get_row (dialog, "cost");

  /* Nothing typed: no name, OK insensitive, no message yet. */
  g_assert_false (ok_sensitive (dialog));
  g_assert_null (mutualisation_resource_dialog_get_error (dialog));

  set_text (dialog, "name", "Visioconférence & salles connectées");
  adw_combo_row_set_selected (ADW_COMBO_ROW (mutualisation_resource_dialog_get_row (dialog, "category")),
                              MUTUALISATION_CATEGORY_OTHER);
  g_assert_true (gtk_widget_get_visible (mutualisation_resource_dialog_get_row (dialog, "category-other")));
  set_text (dialog, "category-other", "Visioconférence");
  adw_combo_row_set_selected (ADW_COMBO_ROW (mutualisation_resource_dialog_get_row (dialog, "vehicle")),
                              MUTUALISATION_VEHICLE_AGREEMENT);
  g_assert_true (ok_sensitive (dialog));

  /* Not a number: refused, quoted, OK insensitive. */
  set_text (dialog, "cost", "douze mille");
  error = mutualisation_resource_dialog_get_error (dialog);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "douze mille"));
  g_assert_true (gtk_widget_has_css_class (cost_row, "error"));
  g_assert_false (ok_sensitive (dialog));
  g_assert_false (mutualisation_resource_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 6);

  /* A French amount. */
  set_text (dialog, "cost", "12 500,50");
  g_assert_null (mutualisation_resource_dialog_get_error (dialog));
  g_assert_false (gtk_widget_has_css_class (cost_row, "error"));

  /* By use: a unit, and a number per commune; a wrong one names its
   * commune. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (mutualisation_resource_dialog_get_row (dialog, "key")),
                              MUTUALISATION_KEY_USAGE);
  g_assert_true (gtk_widget_get_visible (mutualisation_resource_dialog_get_row (dialog, "usage-unit")));
  set_text (dialog, "usage-unit", "salles");
  tick (dialog, "39828", "3");
  tick (dialog, "39823", "1,5");
  error = mutualisation_resource_dialog_get_error (dialog);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "Pont-de-Sorne"));
  g_assert_false (ok_sensitive (dialog));
  tick (dialog, "39823", "1");
  tick (dialog, "39803", "douze");
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  screenshot = maillage_test_screenshot (GTK_WIDGET (dialog), "mutualisation-dialog");
  g_assert_false (ok_sensitive (dialog));
  /* Unticked, its value no longer matters. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (mutualisation_resource_dialog_get_commune_check (dialog, "39803")),
                               FALSE);
  g_assert_true (ok_sensitive (dialog));
  g_assert_nonnull (strstr (mutualisation_resource_dialog_get_total (dialog), "4"));

  /* A partner added with the row's button, another left typed. */
  set_text (dialog, "organisation", "Département du Jura");
  g_signal_emit_by_name (mutualisation_resource_dialog_get_row (dialog, "organisation"), "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mutualisation_resource_dialog_get_row (dialog, "organisation"))),
                   ==, "");
  set_text (dialog, "organisation", "Syndicat mixte Jura Numérique");

  g_signal_emit_by_name (mutualisation_resource_dialog_get_ok_button (dialog), "clicked");
  maillage_test_iterate ();
  g_assert_null (maillage_test_find_window (MUTUALISATION_TYPE_RESOURCE_DIALOG, fixture->window));

  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 7);
  g_assert_cmpuint (count_rows (fixture), ==, 7);
  added = resource_at (fixture, 6);
  g_assert_true (mutualisation_page_get_selected (fixture->page) == added);
  g_assert_cmpstr (mutualisation_resource_get_name (added), ==, "Visioconférence & salles connectées");
  g_assert_cmpint (mutualisation_resource_get_cost (added), ==, 1250050);
  g_assert_cmpint (mutualisation_resource_get_key (added), ==, MUTUALISATION_KEY_USAGE);
  g_assert_cmpuint (mutualisation_resource_get_n_members (added), ==, 2);
  g_assert_cmpuint (mutualisation_resource_find_member (added, "39828")->units, ==, 3);
  g_assert_cmpuint (mutualisation_resource_find_member (added, "39823")->units, ==, 1);
  g_assert_cmpstr (mutualisation_resource_get_organisations (added)[0], ==, "Département du Jura");
  g_assert_cmpstr (mutualisation_resource_get_organisations (added)[1], ==, "Syndicat mixte Jura Numérique");

  /* Its shares: 3/4 and 1/4 of 12 500,50 €, to the cent. */
  g_assert_cmpuint (g_list_model_get_n_items (mutualisation_page_get_share_rows (fixture->page)), ==, 3);
  assert_total (fixture, 1250050);

  /* And it reached the project. */
  g_assert_true (maillage_project_get_dirty (fixture->project));
  saved = maillage_module_save (MAILLAGE_MODULE (fixture->module));
  object = json_array_get_object_element (json_object_get_array_member (saved, "resources"), 6);
  g_assert_cmpint (json_object_get_int_member (object, "cost"), ==, 1250050);
  g_assert_cmpstr (json_object_get_string_member (object, "category_other"), ==, "Visioconférence");
  g_assert_cmpstr (json_object_get_string_member (object, "vehicle"), ==, "agreement");
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  MutualisationResource *first = resource_at (fixture, 0);
  g_autoptr(MutualisationResource) kept = g_object_ref (first);
  MutualisationResourceDialog *dialog;
  MutualisationResource *edited;
  g_autofree char *cost = mutualisation_format_amount_input (9600000);

  /* Cancelled: nothing changes. */
  dialog = MUTUALISATION_RESOURCE_DIALOG (mutualisation_page_open_dialog (fixture->page, first));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_true (ok_sensitive (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mutualisation_resource_dialog_get_row (dialog, "cost"))),
                   ==, cost);
  set_text (dialog, "name", "");
  g_assert_false (ok_sensitive (dialog));
  g_assert_nonnull (mutualisation_resource_dialog_get_error (dialog));
  close_dialog (dialog);
  g_assert_true (resource_at (fixture, 0) == kept);
  g_assert_false (maillage_project_get_dirty (fixture->project));

  /* Applied unchanged: still no change. */
  dialog = MUTUALISATION_RESOURCE_DIALOG (mutualisation_page_open_dialog (fixture->page, first));
  g_assert_true (mutualisation_resource_dialog_apply (dialog));
  close_dialog (dialog);
  g_assert_false (maillage_project_get_dirty (fixture->project));

  /* Another key: the same place, still selected, its shares the cost. */
  dialog = MUTUALISATION_RESOURCE_DIALOG (mutualisation_page_open_dialog (fixture->page, first));
  adw_combo_row_set_selected (ADW_COMBO_ROW (mutualisation_resource_dialog_get_row (dialog, "key")),
                              MUTUALISATION_KEY_EQUAL);
  set_text (dialog, "cost", "96 000,01");
  g_assert_true (mutualisation_resource_dialog_apply (dialog));
  close_dialog (dialog);

  g_assert_true (maillage_project_get_dirty (fixture->project));
  g_assert_cmpuint (count_rows (fixture), ==, 6);
  edited = resource_at (fixture, 0);
  g_assert_false (edited == kept);
  g_assert_true (mutualisation_page_get_selected (fixture->page) == edited);
  g_assert_cmpint (mutualisation_resource_get_key (edited), ==, MUTUALISATION_KEY_EQUAL);
  g_assert_cmpuint (mutualisation_resource_get_n_members (edited), ==, 24);
  assert_total (fixture, 9600001);
}

static void
test_remove_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MutualisationResource) third = g_object_ref (resource_at (fixture, 2));

  mutualisation_page_select (fixture->page, 2);
  mutualisation_page_remove (fixture->page, third);
  maillage_test_iterate ();
  g_assert_cmpuint (count_rows (fixture), ==, 5);
  g_assert_true (maillage_project_get_dirty (fixture->project));
  /* Its neighbour is shown. */
  g_assert_true (mutualisation_page_get_selected (fixture->page) == resource_at (fixture, 2));

  mutualisation_page_undo_remove (fixture->page);
  g_assert_cmpuint (count_rows (fixture), ==, 6);
  g_assert_true (resource_at (fixture, 2) == third);
  g_assert_true (mutualisation_page_get_selected (fixture->page) == third);

  /* Undo once is all. */
  mutualisation_page_undo_remove (fixture->page);
  g_assert_cmpuint (count_rows (fixture), ==, 6);

  /* Every resource removed: the empty state. */
  while (g_list_model_get_n_items (mutualisation_module_get_resources (fixture->module)) > 0)
    mutualisation_page_remove (fixture->page, resource_at (fixture, 0));
  g_assert_null (mutualisation_page_get_selected (fixture->page));
  g_assert_cmpuint (g_list_model_get_n_items (mutualisation_page_get_share_rows (fixture->page)), ==, 0);
}

/* A population changed in the Territory page changes the shares shown,
 * and their total is still the cost. */
static void
test_territory (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *rows = mutualisation_page_get_share_rows (fixture->page);
  MaillageTerritory *territory = maillage_project_get_territory (fixture->project);
  MaillageCommune *sorneval = maillage_territory_find_commune (territory, "39828");
  g_autoptr(MutualisationShareRow) before = NULL;
  g_autoptr(MutualisationShareRow) after = NULL;
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MutualisationShareRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (mutualisation_share_row_get_insee (row), "39828") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  before = g_list_model_get_item (rows, position);

  maillage_commune_set_population (sorneval, 2 * maillage_commune_get_population (sorneval));
  after = g_list_model_get_item (rows, position);
  g_assert_cmpstr (mutualisation_share_row_get_share (after), !=, mutualisation_share_row_get_share (before));
  assert_total (fixture, 9600000);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

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
  mutualisation_test_register_types ();

  ADD ("/mutualisation/page/list", test_list);
  ADD ("/mutualisation/page/add", test_add);
  ADD ("/mutualisation/page/edit", test_edit);
  ADD ("/mutualisation/page/remove-undo", test_remove_undo);
  ADD ("/mutualisation/page/territory", test_territory);

  return maillage_test_run ();
}
