/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-territory-page"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "maillage-commune-dialog.h"
#include "maillage-territory-page.h"
#include "maillage-test-utils.h"

#define N_GENERATED 1000

typedef struct
{
  GtkWindow             *window;
  MaillageTerritoryPage *page;
  MaillageProject       *project;
  MaillageTerritory     *territory;
  GtkColumnView         *column_view;
  GListModel            *view_model;
  char                  *tmpdir;
} Fixture;

/* A territory of a thousand communes, in an order that is neither by code,
 * nor by name, nor by population. */
static MaillageProject *
generated_project (void)
{
  MaillageProject *project = maillage_project_new ();
  MaillageTerritory *territory = maillage_project_get_territory (project);
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);

  maillage_territory_set_name (territory, "Métropole de test");
  for (guint i = 0; i < N_GENERATED; i++)
    {
      guint n = (i * 379) % N_GENERATED;
      g_autofree char *insee = g_strdup_printf ("%05u", 39000 + (i * 613) % N_GENERATED);
      g_autofree char *name = g_strdup_printf ("Commune %03u", n);

      g_ptr_array_add (communes, maillage_commune_new (insee, name, (i * 7919) % 50000));
    }
  maillage_territory_replace_communes (territory, communes);

  return project;
}

static MaillageProject *
demo_project (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autoptr(GError) error = NULL;
  MaillageProject *project;

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (maillage_project_get_dirty (project));

  return project;
}

static gpointer
template_child (Fixture    *fixture,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                  MAILLAGE_TYPE_TERRITORY_PAGE, name);

  g_assert_nonnull (child);
  return child;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(GError) error = NULL;

  fixture->project = g_str_equal (data, "demo") ? demo_project () : generated_project ();
  fixture->territory = maillage_project_get_territory (fixture->project);
  fixture->tmpdir = g_dir_make_tmp ("territory-page-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->page = MAILLAGE_TERRITORY_PAGE (maillage_territory_page_new ());
  g_object_set (fixture->page, "project", fixture->project, NULL);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 780);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->page));

  fixture->column_view = template_child (fixture, "column_view");
  fixture->view_model = G_LIST_MODEL (gtk_column_view_get_model (fixture->column_view));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer page = fixture->page;

  g_object_add_weak_pointer (G_OBJECT (page), &page);
  gtk_window_destroy (fixture->window);
  maillage_test_wait_finalized (&page);

  g_assert_finalize_object (fixture->project);
  g_rmdir (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static MaillageCommune *
view_item (Fixture *fixture,
           guint    position)
{
  g_autoptr(MaillageCommune) commune = g_list_model_get_item (fixture->view_model, position);

  g_assert_nonnull (commune);
  /* The territory keeps it alive. */
  return commune;
}

static void
test_shows_project (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *communes = maillage_territory_get_communes (fixture->territory);
  AdwPreferencesGroup *group = template_child (fixture, "communes_group");
  GtkEditable *name_row = template_child (fixture, "name_row");
  GtkEditable *siren_row = template_child (fixture, "siren_row");
  GtkEditable *departement_row = template_child (fixture, "departement_row");
  AdwComboRow *kind_row = template_child (fixture, "kind_row");
  g_autofree char *screenshot = NULL;
  int min_width = 0;

  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 31);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->view_model), ==, 31);
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, maillage_territory_get_name (fixture->territory));
  g_assert_cmpstr (gtk_editable_get_text (siren_row), ==, "243900529");
  g_assert_cmpstr (gtk_editable_get_text (departement_row), ==, "39");
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row), ==, MAILLAGE_TERRITORY_KIND_EPCI);

  /* The header counts the communes and their people, grouped the French
   * way. */
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "31"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "84\u202f715"));

  /* The window folds to a phone's width: the page must fit in it. */
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_test_message ("Minimum width: %d", min_width);
  g_assert_cmpint (min_width, <=, 360);

  /* Showing the page changed nothing. */
  g_assert_false (maillage_project_get_dirty (fixture->project));

  /* Focus would select the name row's text: not what a person sees first. */
  gtk_window_set_focus (fixture->window, NULL);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "territory");
  g_assert_true (g_file_test (screenshot, G_FILE_TEST_IS_REGULAR));
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *columns = gtk_column_view_get_columns (fixture->column_view);
  g_autoptr(GtkColumnViewColumn) insee_column = g_list_model_get_item (columns, 0);
  g_autoptr(GtkColumnViewColumn) name_column = g_list_model_get_item (columns, 1);
  g_autoptr(GtkColumnViewColumn) population_column = g_list_model_get_item (columns, 2);
  g_autoptr(MaillageCommune) first = NULL;
  g_autoptr(MaillageCommune) second = NULL;
  g_autofree char *screenshot = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->view_model), ==, N_GENERATED);

  gtk_column_view_sort_by_column (fixture->column_view, population_column, GTK_SORT_DESCENDING);
  for (guint i = 1; i < N_GENERATED; i++)
    g_assert_cmpuint (maillage_commune_get_population (view_item (fixture, i - 1)), >=,
                      maillage_commune_get_population (view_item (fixture, i)));

  gtk_column_view_sort_by_column (fixture->column_view, name_column, GTK_SORT_ASCENDING);
  g_assert_cmpstr (maillage_commune_get_name (view_item (fixture, 0)), ==, "Commune 000");
  g_assert_cmpstr (maillage_commune_get_name (view_item (fixture, N_GENERATED - 1)), ==, "Commune 999");
  for (guint i = 1; i < N_GENERATED; i++)
    g_assert_cmpint (g_utf8_collate (maillage_commune_get_name (view_item (fixture, i - 1)),
                                     maillage_commune_get_name (view_item (fixture, i))), <, 0);

  gtk_column_view_sort_by_column (fixture->column_view, insee_column, GTK_SORT_DESCENDING);
  g_assert_cmpstr (maillage_commune_get_insee (view_item (fixture, 0)), ==, "39999");
  g_assert_cmpstr (maillage_commune_get_insee (view_item (fixture, N_GENERATED - 1)), ==, "39000");

  /* Sorting is a view: the territory keeps its order. */
  first = g_list_model_get_item (maillage_territory_get_communes (fixture->territory), 0);
  second = g_list_model_get_item (maillage_territory_get_communes (fixture->territory), 1);
  g_assert_cmpstr (maillage_commune_get_insee (first), ==, "39000");
  g_assert_cmpstr (maillage_commune_get_insee (second), ==, "39613");

  /* A thousand rows, but only the visible ones have widgets. */
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "territory-1000");
  g_assert_true (g_file_test (screenshot, G_FILE_TEST_IS_REGULAR));
}

static gboolean
view_has_n_items (gpointer data)
{
  Fixture *fixture = data;
  guint expected = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->page), "expected"));

  return g_list_model_get_n_items (fixture->view_model) == expected;
}

static void
search (Fixture    *fixture,
        const char *text,
        guint       expected)
{
  GtkSearchEntry *entry = template_child (fixture, "search_entry");

  g_object_set_data (G_OBJECT (fixture->page), "expected", GUINT_TO_POINTER (expected));
  g_test_message ("Searching “%s”, expecting %u communes", text, expected);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry waits a moment after the last key before it searches. */
  maillage_test_wait_until (view_has_n_items, fixture);
}

static void
test_filtering (Fixture       *fixture,
                gconstpointer  data)
{
  GtkStack *list_stack = template_child (fixture, "list_stack");

  /* By name, ignoring case, accents and hyphens. */
  search (fixture, "sorne", 4);
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (strstr (maillage_commune_get_name (view_item (fixture, i)), "Sorne"));

  search (fixture, "breviaux sur", 1);
  g_assert_cmpstr (maillage_commune_get_name (view_item (fixture, 0)), ==, "Bréviaux-sur-Sorne");

  /* By code. */
  search (fixture, "3980", 9);
  search (fixture, "39802", 1);
  g_assert_cmpstr (maillage_commune_get_insee (view_item (fixture, 0)), ==, "39802");

  search (fixture, "Atlantis", 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-match");

  search (fixture, "", 31);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static gboolean
message_dialog_shown (gpointer data)
{
  GtkWindow *dialog = maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, NULL);

  return dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (dialog));
}

static gboolean
message_dialog_gone (gpointer data)
{
  return !message_dialog_shown (data);
}

/* Imports @text through the page and waits for the dialog it answers with. */
static AdwMessageDialog *
import_text (Fixture    *fixture,
             const char *text)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "communes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  maillage_territory_page_import_file (fixture->page, file);
  maillage_test_wait_until (message_dialog_shown, NULL);
  g_unlink (path);

  return ADW_MESSAGE_DIALOG (maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, NULL));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  /* What a click on the button does; the signal alone leaves the dialog
   * open. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  maillage_test_wait_until (message_dialog_gone, NULL);
}

static void
test_import_valid (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *communes = maillage_territory_get_communes (fixture->territory);
  MaillageCommune *updated = maillage_territory_find_commune (fixture->territory, "39801");
  MaillageCommune *unchanged = maillage_territory_find_commune (fixture->territory, "39803");
  g_autoptr(MaillageCommune) first = NULL;
  g_autofree char *screenshot = NULL;
  AdwMessageDialog *dialog;
  MaillageCommune *commune;

  /* Two communes updated, one unchanged, two new; Windows-1252 and commas,
   * as a spreadsheet writes them. */
  dialog = import_text (fixture,
                        "INSEE,Nom_Commune,Population\r\n"
                        "39801,Arlenans-le-Bief,\"1 500\"\r\n"
                        "39802,Belvoiset-Nouveau,980\r\n"
                        "39803,Br\xe9viaux-sur-Sorne,7350\r\n"
                        "39890,Nouvelle-Commune,12\r\n"
                        "2A004,Ajaccio,73570\r\n");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "5"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  screenshot = maillage_test_screenshot (GTK_WIDGET (dialog), "territory-import");

  /* Cancelling changes nothing. */
  respond (dialog, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 31);
  g_assert_false (maillage_project_get_dirty (fixture->project));

  dialog = import_text (fixture,
                        "INSEE,Nom_Commune,Population\r\n"
                        "39801,Arlenans-le-Bief,\"1 500\"\r\n"
                        "39802,Belvoiset-Nouveau,980\r\n"
                        "39803,Br\xe9viaux-sur-Sorne,7350\r\n"
                        "39890,Nouvelle-Commune,12\r\n"
                        "2A004,Ajaccio,73570\r\n");
  respond (dialog, "import");

  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 33);
  g_assert_cmpuint (g_list_model_get_n_items (fixture->view_model), ==, 33);
  g_assert_true (maillage_project_get_dirty (fixture->project));

  commune = maillage_territory_find_commune (fixture->territory, "39801");
  g_assert_cmpuint (maillage_commune_get_population (commune), ==, 1500);
  commune = maillage_territory_find_commune (fixture->territory, "39802");
  g_assert_cmpstr (maillage_commune_get_name (commune), ==, "Belvoiset-Nouveau");
  /* Updated communes keep their place; unchanged ones their object too. */
  first = g_list_model_get_item (communes, 0);
  g_assert_true (first == maillage_territory_find_commune (fixture->territory, "39801"));
  g_assert_false (maillage_territory_find_commune (fixture->territory, "39801") == updated);
  g_assert_true (maillage_territory_find_commune (fixture->territory, "39803") == unchanged);
  g_assert_cmpstr (maillage_commune_get_name (unchanged), ==, "Bréviaux-sur-Sorne");
  commune = maillage_territory_find_commune (fixture->territory, "2A004");
  g_assert_cmpstr (maillage_commune_get_name (commune), ==, "Ajaccio");
  g_assert_cmpuint (maillage_commune_get_population (commune), ==, 73570);
  /* The others stay. */
  g_assert_nonnull (maillage_territory_find_commune (fixture->territory, "39831"));
}

static void
test_import_invalid (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *communes = maillage_territory_get_communes (fixture->territory);
  g_autofree char *before = maillage_project_to_data (fixture->project, NULL);
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  const char *body;

  dialog = import_text (fixture,
                        "code_insee;nom;population\n"
                        "39801;Arlenans-le-Bief;9999\n"
                        "39890;Nouvelle;12a\n");
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("%s", body);
  /* The line, the column and the value. */
  g_assert_nonnull (strstr (body, "3"));
  g_assert_nonnull (strstr (body, "population"));
  g_assert_nonnull (strstr (body, "12a"));
  g_assert_false (adw_message_dialog_has_response (dialog, "import"));
  respond (dialog, "close");

  /* Nothing applied, not even the valid first row. */
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 31);
  g_assert_cmpuint (maillage_commune_get_population (maillage_territory_find_commune (fixture->territory, "39801")),
                    ==, 1435);
  g_assert_false (maillage_project_get_dirty (fixture->project));
  after = maillage_project_to_data (fixture->project, NULL);
  g_assert_cmpstr (before, ==, after);

  dialog = import_text (fixture, "code_insee;nom;population\n39890;\"Nouvelle;12\n");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2"));
  respond (dialog, "close");
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 31);
}

static void
test_edit_fields (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkEditable *name_row = template_child (fixture, "name_row");
  GtkEditable *siren_row = template_child (fixture, "siren_row");
  GtkEditable *departement_row = template_child (fixture, "departement_row");
  AdwComboRow *kind_row = template_child (fixture, "kind_row");
  GtkWidget *error_label = template_child (fixture, "identity_error_label");
  g_autofree char *screenshot = NULL;

  gtk_editable_set_text (name_row, "Communauté de communes du Haut-Sorne");
  g_assert_cmpstr (maillage_territory_get_name (fixture->territory), ==,
                   "Communauté de communes du Haut-Sorne");
  g_assert_true (maillage_project_get_dirty (fixture->project));

  /* An invalid SIREN is shown as such and never reaches the model. */
  gtk_editable_set_text (siren_row, "24390052");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (siren_row), "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (siren_row)));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (maillage_territory_get_siren (fixture->territory), ==, "243900529");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "territory-invalid-siren");

  gtk_editable_set_text (siren_row, "200 000 172");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (siren_row), "error"));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (maillage_territory_get_siren (fixture->territory), ==, "200000172");
  /* The row keeps what was typed. */
  g_assert_cmpstr (gtk_editable_get_text (siren_row), ==, "200 000 172");

  gtk_editable_set_text (departement_row, "2C");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (departement_row), "error"));
  g_assert_cmpstr (maillage_territory_get_departement (fixture->territory), ==, "39");
  gtk_editable_set_text (departement_row, "2a");
  g_assert_cmpstr (maillage_territory_get_departement (fixture->territory), ==, "2A");

  adw_combo_row_set_selected (kind_row, MAILLAGE_TERRITORY_KIND_REGION);
  g_assert_cmpint (maillage_territory_get_kind (fixture->territory), ==, MAILLAGE_TERRITORY_KIND_REGION);

  /* And the other way: the model changed elsewhere shows in the rows. */
  maillage_territory_set_name (fixture->territory, "Autre nom");
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Autre nom");
  maillage_territory_set_kind (fixture->territory, MAILLAGE_TERRITORY_KIND_COMMUNE);
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row), ==, MAILLAGE_TERRITORY_KIND_COMMUNE);
}

static gboolean
commune_dialog_shown (gpointer data)
{
  return maillage_test_find_window (MAILLAGE_TYPE_COMMUNE_DIALOG, NULL) != NULL;
}

static gboolean
commune_dialog_gone (gpointer data)
{
  return !commune_dialog_shown (data);
}

static MaillageCommuneDialog *
open_dialog (Fixture    *fixture,
             const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), action, NULL));
  maillage_test_wait_until (commune_dialog_shown, NULL);

  return MAILLAGE_COMMUNE_DIALOG (maillage_test_find_window (MAILLAGE_TYPE_COMMUNE_DIALOG, NULL));
}

static void
fill_dialog (MaillageCommuneDialog *dialog,
             const char            *insee,
             const char            *name,
             const char            *population)
{
  const char *rows[] = { "insee_row", "name_row", "population_row" };
  const char *values[] = { insee, name, population };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GObject *row = gtk_widget_get_template_child (GTK_WIDGET (dialog), MAILLAGE_TYPE_COMMUNE_DIALOG, rows[i]);

      gtk_editable_set_text (GTK_EDITABLE (row), values[i]);
    }
}

/* The toast's own button, found by its label: libadwaita does not expose
 * the widgets of a toast. */
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

static void
test_add_edit_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *communes = maillage_territory_get_communes (fixture->territory);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (fixture->view_model);
  MaillageCommuneDialog *dialog;
  MaillageCommune *commune;
  GObject *insee_row;
  g_autofree char *screenshot = NULL;
  g_autoptr(MaillageCommune) last = NULL;
  GtkWidget *undo;

  /* Nothing selected: nothing to edit or remove. */
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "territory.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 31);

  dialog = open_dialog (fixture, "territory.add");
  insee_row = gtk_widget_get_template_child (GTK_WIDGET (dialog), MAILLAGE_TYPE_COMMUNE_DIALOG, "insee_row");

  /* A code already taken is refused, with a reason. */
  fill_dialog (dialog, "39801", "Doublon", "10");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (insee_row), "error"));
  g_assert_false (maillage_commune_dialog_apply (dialog));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));
  screenshot = maillage_test_screenshot (GTK_WIDGET (dialog), "territory-commune-dialog");
  fill_dialog (dialog, "39899", "Nouvelle", "12 500");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (insee_row), "error"));
  g_assert_true (maillage_commune_dialog_apply (dialog));
  maillage_test_wait_until (commune_dialog_gone, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 32);
  commune = maillage_territory_find_commune (fixture->territory, "39899");
  g_assert_nonnull (commune);
  g_assert_cmpuint (maillage_commune_get_population (commune), ==, 12500);
  g_assert_true (maillage_project_get_dirty (fixture->project));
  /* The new commune is selected, ready to be edited. */
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) commune);

  dialog = open_dialog (fixture, "territory.edit");
  g_assert_true (maillage_commune_dialog_get_commune (dialog) == commune);
  /* Its own code is not a duplicate. */
  fill_dialog (dialog, "39899", "Nouvelle-sur-Sorne", "12 600");
  g_assert_true (maillage_commune_dialog_apply (dialog));
  maillage_test_wait_until (commune_dialog_gone, NULL);
  g_assert_cmpstr (maillage_commune_get_name (commune), ==, "Nouvelle-sur-Sorne");
  g_assert_cmpuint (maillage_commune_get_population (commune), ==, 12600);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "territory.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 31);
  g_assert_null (maillage_territory_find_commune (fixture->territory, "39899"));

  /* The toast puts it back, in its place. */
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  undo = find_button (GTK_WIDGET (fixture->window), _("_Undo"));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 32);
  last = g_list_model_get_item (communes, 31);
  g_assert_true (last == commune);
}

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);

  g_test_add ("/territory-page/shows-project", Fixture, "demo",
              fixture_set_up, test_shows_project, fixture_tear_down);
  g_test_add ("/territory-page/sorting", Fixture, "generated",
              fixture_set_up, test_sorting, fixture_tear_down);
  g_test_add ("/territory-page/filtering", Fixture, "demo",
              fixture_set_up, test_filtering, fixture_tear_down);
  g_test_add ("/territory-page/import-valid", Fixture, "demo",
              fixture_set_up, test_import_valid, fixture_tear_down);
  g_test_add ("/territory-page/import-invalid", Fixture, "demo",
              fixture_set_up, test_import_invalid, fixture_tear_down);
  g_test_add ("/territory-page/edit-fields", Fixture, "demo",
              fixture_set_up, test_edit_fields, fixture_tear_down);
  g_test_add ("/territory-page/add-edit-remove", Fixture, "demo",
              fixture_set_up, test_add_edit_remove, fixture_tear_down);

  return maillage_test_run ();
}
