/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-page.c: the editor page of the Médiation numérique module
 * on the demo project, in a window of its own: the list and its filters and
 * sorting, 5,000 places, the import report (import the valid places, or
 * nothing), a file refused, export, removing a place, the coverage and
 * strategy views; screenshots of each view.
 */
#define G_LOG_DOMAIN "test-mediation-page"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "mediation-csv.h"
#include "mediation-import-dialog.h"
#include "mediation-json.h"
#include "mediation-page-private.h"
#include "mediation-test-utils.h"

typedef struct
{
  GtkWindow       *window;
  MediationPage   *page;
  MaillageProject *project;
  MediationModule *module;
  GListModel      *view_model;
  char            *tmpdir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(GError) error = NULL;

  fixture->project = mediation_test_demo_project ();
  fixture->module = mediation_test_load_module (fixture->project);
  fixture->tmpdir = g_dir_make_tmp ("mediation-page-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->page = MEDIATION_PAGE (mediation_page_new (fixture->module));
  fixture->view_model = mediation_page_get_view_model (fixture->page);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 760);
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
  g_autoptr(GDir) dir = g_dir_open (fixture->tmpdir, 0, NULL);
  const char *name;

  g_object_add_weak_pointer (G_OBJECT (page), &page);
  gtk_window_destroy (fixture->window);
  maillage_test_wait_finalized (&page);

  maillage_module_unload (MAILLAGE_MODULE (fixture->module));
  g_assert_finalize_object (fixture->module);
  g_assert_finalize_object (fixture->project);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->tmpdir), ==, 0);
  g_free (fixture->tmpdir);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static const char *
view_name (Fixture *fixture,
           guint    position)
{
  g_autoptr(MediationLieu) lieu = g_list_model_get_item (fixture->view_model, position);

  g_assert_nonnull (lieu);
  /* The module keeps it alive. */
  return mediation_lieu_get_nom (lieu);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (fixture->view_model);
}

static void
select_choice (GtkDropDown *dropdown,
               const char  *choice)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), choice) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("no choice “%s”", choice);
}

static void
test_shows_demo (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (fixture->page->strategy_view);
  GtkTextIter start, end;
  g_autofree char *strategy = NULL;
  g_autofree char *screenshot = NULL;
  guint n_rows = 0;

  g_assert_cmpuint (n_shown (fixture), ==, 25);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->list_stack), ==, "list");
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->count_label), "25"));
  /* All communes, then the 16 the places name. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (fixture->page->commune_dropdown)), ==, 17);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (fixture->page->service_dropdown)), ==, 10);
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "mediation-page-places");

  /* Coverage: 15 communes without a place, 8 070 people. */
  adw_view_stack_set_visible_child_name (fixture->page->view_stack, "coverage");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->page));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (fixture->page->coverage_group), "15"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (fixture->page->coverage_group), "8\u202f070"));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (fixture->page->uncovered_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 15);
  /* The demo has the outlines of its communes: the map shows. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->map_stack), ==, "map");
  g_free (screenshot);
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "mediation-page-coverage");

  adw_view_stack_set_visible_child_name (fixture->page->view_stack, "strategy");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->page));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  strategy = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (strategy, ==, mediation_module_get_strategy (fixture->module));
  g_free (screenshot);
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "mediation-page-strategy");

  /* Showing the page changed nothing. */
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  select_choice (fixture->page->commune_dropdown, "Sorneval");
  g_assert_cmpuint (n_shown (fixture), ==, 5);
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->count_label), "5 shown"));

  select_choice (fixture->page->service_dropdown, "Aide aux démarches administratives");
  g_assert_cmpuint (n_shown (fixture), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (fixture->page->search_entry), "france");
  /* The search entry waits a little before it says it changed. */
  g_signal_emit_by_name (fixture->page->search_entry, "search-changed");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_cmpstr (view_name (fixture, 0), ==, "France Services Sorneval");

  gtk_editable_set_text (GTK_EDITABLE (fixture->page->search_entry), "");
  g_signal_emit_by_name (fixture->page->search_entry, "search-changed");
  select_choice (fixture->page->commune_dropdown, "All communes");
  g_assert_cmpuint (n_shown (fixture), ==, 12);
  select_choice (fixture->page->service_dropdown, "All services");
  g_assert_cmpuint (n_shown (fixture), ==, 25);

  /* The filter follows the places: a new one in Sorneval shows. */
  select_choice (fixture->page->commune_dropdown, "Sorneval");
  {
    g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
    MediationLieu *lieu = mediation_lieu_new ();

    mediation_lieu_set_value (lieu, MEDIATION_FIELD_ID, "new-1");
    mediation_lieu_set_value (lieu, MEDIATION_FIELD_NOM, "Nouveau lieu");
    mediation_lieu_set_value (lieu, MEDIATION_FIELD_COMMUNE, "Sorneval");
    g_ptr_array_add (added, lieu);
    mediation_module_merge_lieux (fixture->module, added, NULL, NULL);
  }
  g_assert_cmpuint (n_shown (fixture), ==, 6);
  /* …and the choice of commune survived the new list of communes. */
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (fixture->page->commune_dropdown)),
                   ==, "Sorneval");
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GtkColumnViewColumn *name_column = NULL;
  GListModel *columns = gtk_column_view_get_columns (fixture->page->column_view);
  GtkColumnViewColumn *date_column = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_sorter (column) == NULL)
        continue;
      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Name") == 0)
        name_column = column;
      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Updated") == 0)
        date_column = column;
    }
  g_assert_nonnull (name_column);
  g_assert_nonnull (date_column);

  gtk_column_view_sort_by_column (fixture->page->column_view, name_column, GTK_SORT_ASCENDING);
  g_assert_cmpstr (view_name (fixture, 0), ==, "Agence postale communale");
  gtk_column_view_sort_by_column (fixture->page->column_view, name_column, GTK_SORT_DESCENDING);
  g_assert_cmpstr (view_name (fixture, 0), ==, "Tiers-lieu La Fabrique");

  /* The oldest update first. */
  gtk_column_view_sort_by_column (fixture->page->column_view, date_column, GTK_SORT_ASCENDING);
  g_assert_cmpstr (view_name (fixture, 0), ==, "Mairie de Courtevigne");
}

/* 5,000 places: filtering and drawing stay quick, only the rows on screen
 * are made. */
static void
test_many_places (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) lieux = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimer) timer = g_timer_new ();
  double merge_ms, filter_ms, frame_ms;

  for (guint i = 0; i < 5000; i++)
    {
      MediationLieu *lieu = mediation_lieu_new ();
      g_autofree char *id = g_strdup_printf ("gen-%04u", i);
      g_autofree char *nom = g_strdup_printf ("Lieu généré %04u", (i * 7919) % 5000);
      g_autofree char *commune = g_strdup_printf ("Commune %03u", i % 400);

      mediation_lieu_set_value (lieu, MEDIATION_FIELD_ID, id);
      mediation_lieu_set_value (lieu, MEDIATION_FIELD_NOM, nom);
      mediation_lieu_set_value (lieu, MEDIATION_FIELD_COMMUNE, commune);
      mediation_lieu_set_value (lieu, MEDIATION_FIELD_SERVICES,
                                i % 3 == 0 ? "Loisirs et créations numériques" : "Aide aux démarches administratives");
      g_ptr_array_add (lieux, lieu);
    }

  g_timer_start (timer);
  mediation_module_merge_lieux (fixture->module, lieux, NULL, NULL);
  merge_ms = g_timer_elapsed (timer, NULL) * 1000;
  g_assert_cmpuint (n_shown (fixture), ==, 5025);

  g_timer_start (timer);
  select_choice (fixture->page->service_dropdown, "Loisirs et créations numériques");
  filter_ms = g_timer_elapsed (timer, NULL) * 1000;
  g_assert_cmpuint (n_shown (fixture), ==,
                    mediation_module_count_lieux_with (fixture->module, MEDIATION_FIELD_SERVICES,
                                                       "Loisirs et créations numériques"));
  g_assert_cmpuint (n_shown (fixture), >, 1667);

  g_timer_start (timer);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->page));
  frame_ms = g_timer_elapsed (timer, NULL) * 1000;
  g_timer_start (timer);
  mediation_module_set_strategy (fixture->module, "Une lettre de plus");
  g_test_message ("5,025 places: merged and listed in %.0f ms, filtered in %.0f ms, drawn in %.0f ms, "
                  "a change saved in %.0f ms",
                  merge_ms, filter_ms, frame_ms, g_timer_elapsed (timer, NULL) * 1000);
  g_assert_cmpfloat (filter_ms, <, 500);
}

static MediationImportDialog *
wait_for_import_dialog (Fixture *fixture)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 500 && dialog == NULL; i++)
    {
      maillage_test_iterate ();
      dialog = maillage_test_find_window (MEDIATION_TYPE_IMPORT_DIALOG, fixture->window);
      if (dialog == NULL)
        g_usleep (10000);
    }
  g_assert_nonnull (dialog);
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));

  return MEDIATION_IMPORT_DIALOG (dialog);
}

#define REPORT_CSV \
  "id;pivot;nom;commune;code_postal;adresse;date_maj;services\n" \
  "vds-001;24390052900007;France Services Sorneval (nouvelle adresse);Sorneval;39810;2 rue Neuve;2026-11-02;" \
  "Aide aux démarches administratives\n" \
  "imp-1;24390052900099;Espace numérique de Pernoz;Pernoz;39870;1 place;2026-11-02;Accès internet et matériel informatique\n" \
  "imp-2;;Lieu sans pivot;Pernoz;39870;1 place;2026-11-02;\n" \
  "imp-3;24390052900098;Lieu au code postal faux;Pernoz;3987;1 place;2026-11-02;Cuisine\n"

static void
test_import_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "lieux.csv", REPORT_CSV);
  MediationImportDialog *dialog;
  g_autofree char *screenshot = NULL;

  mediation_page_import_file (fixture->page, file);
  dialog = wait_for_import_dialog (fixture);
  g_assert_true (mediation_import_dialog_can_import (dialog));
  g_assert_cmpuint (mediation_import_get_n_invalid (mediation_import_dialog_get_import (dialog)), ==, 2);
  g_assert_cmpuint (mediation_import_get_n_issues (mediation_import_dialog_get_import (dialog)), ==, 3);
  screenshot = maillage_test_screenshot (GTK_WIDGET (dialog), "mediation-import-report");

  /* Until the user answers, and when the answer is no, nothing changed. */
  g_assert_cmpuint (g_list_model_get_n_items (mediation_module_get_lieux (fixture->module)), ==, 25);
  mediation_import_dialog_response (dialog, "cancel");
  maillage_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (mediation_module_get_lieux (fixture->module)), ==, 25);
  g_assert_false (maillage_project_get_dirty (fixture->project));
}

static void
test_import_valid (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "lieux.csv", REPORT_CSV);
  g_autoptr(MediationLieu) first = NULL;
  MediationImportDialog *dialog;

  mediation_page_import_file (fixture->page, file);
  dialog = wait_for_import_dialog (fixture);
  mediation_import_dialog_response (dialog, "import");
  maillage_test_iterate ();

  /* One place replaced by its id, one added, the two invalid left out. */
  g_assert_cmpuint (g_list_model_get_n_items (mediation_module_get_lieux (fixture->module)), ==, 26);
  first = g_list_model_get_item (mediation_module_get_lieux (fixture->module), 0);
  g_assert_cmpstr (mediation_lieu_get_nom (first), ==, "France Services Sorneval (nouvelle adresse)");
  g_assert_true (maillage_project_get_dirty (fixture->project));
  g_assert_cmpuint (n_shown (fixture), ==, 26);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "autre.csv", "code_insee;nom;population\n39801;Arlenans;1435\n");
  GtkWindow *message = NULL;

  mediation_page_import_file (fixture->page, file);
  for (guint i = 0; i < 500 && message == NULL; i++)
    {
      maillage_test_iterate ();
      message = maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, fixture->window);
      if (message == NULL)
        g_usleep (10000);
    }
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "pivot"));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), "autre.csv"));
  g_assert_cmpuint (g_list_model_get_n_items (mediation_module_get_lieux (fixture->module)), ==, 25);
  gtk_window_destroy (message);
}

typedef struct
{
  GFile      *file;
  const char *expected;
} Written;

static gboolean
file_written (gpointer data)
{
  Written *written = data;
  g_autofree char *contents = NULL;

  return g_file_load_contents (written->file, NULL, &contents, NULL, NULL, NULL) &&
         g_strcmp0 (contents, written->expected) == 0;
}

/* Both forms are written whole, as the schema's exporters write them. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "export.csv", NULL);
  g_autofree char *json_path = g_build_filename (fixture->tmpdir, "export.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  GListModel *lieux = mediation_module_get_lieux (fixture->module);
  g_autofree char *csv = mediation_csv_export (lieux, NULL);
  g_autofree char *json = mediation_json_export (lieux, NULL);
  Written csv_written = { file, csv };
  Written json_written = { json_file, json };

  mediation_page_export_file (fixture->page, file, MEDIATION_EXPORT_CSV);
  mediation_page_export_file (fixture->page, json_file, MEDIATION_EXPORT_JSON);
  maillage_test_wait_until (file_written, &csv_written);
  maillage_test_wait_until (file_written, &json_written);
  maillage_test_iterate ();
  g_assert_true (g_str_has_prefix (csv, "id,pivot,nom,"));
  g_assert_true (g_str_has_prefix (json, "[\n"));
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (fixture->page->column_view));
  g_autofree char *removed = NULL;

  gtk_single_selection_set_selected (selection, 3);
  removed = g_strdup (view_name (fixture, 3));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "mediation.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (mediation_module_get_lieux (fixture->module)), ==, 24);
  for (guint i = 0; i < n_shown (fixture); i++)
    g_assert_cmpstr (view_name (fixture, i), !=, removed);
  g_assert_true (maillage_project_get_dirty (fixture->project));
}

static void
test_strategy_edits (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (fixture->page->strategy_view);

  gtk_text_buffer_set_text (buffer, "Une stratégie nouvelle.", -1);
  g_assert_cmpstr (mediation_module_get_strategy (fixture->module), ==, "Une stratégie nouvelle.");
  g_assert_true (maillage_project_get_dirty (fixture->project));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);
  mediation_test_register_types ();

  ADD ("/mediation/page/shows-demo", test_shows_demo);
  ADD ("/mediation/page/filters", test_filters);
  ADD ("/mediation/page/sort", test_sort);
  ADD ("/mediation/page/many-places", test_many_places);
  ADD ("/mediation/page/import-nothing", test_import_nothing);
  ADD ("/mediation/page/import-valid", test_import_valid);
  ADD ("/mediation/page/import-refused", test_import_refused);
  ADD ("/mediation/page/export", test_export);
  ADD ("/mediation/page/remove", test_remove);
  ADD ("/mediation/page/strategy-edits", test_strategy_edits);

  return maillage_test_run ();
}
