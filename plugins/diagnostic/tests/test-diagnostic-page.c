/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-diagnostic-page.c: the Diagnostic's page in the real window, on the
 * demo project, with the plugin loaded from the build tree as the program
 * loads it: the indicators shown, the charts, the outlines imported from a
 * GeoJSON and the map drawn, an ARCEP file imported through its dialogs
 * (and again: nothing duplicated), a bad file refused with the line named
 * and the project unchanged; screenshots of each, to look at.
 *
 * The plugin's types live in the loaded module, so this test reaches the
 * page through widget names, template children and actions only.
 */
#define G_LOG_DOMAIN "test-diagnostic-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "maillage-unit-utils.h"
#include "maillage-window.h"

/* The demo's diagnostic: 16 indicators for the territory, 3 by commune. */
#define DEMO_INDICATORS (16 + 3 * 31)

typedef struct
{
  MaillageApplication *app;
  MaillageWindow      *window;
  GtkWidget           *page;
  char                *tmpdir;
} Fixture;

static gpointer
page_child (Fixture    *fixture,
            const char *name)
{
  GObject *child = gtk_widget_get_template_child (fixture->page,
                                                  G_OBJECT_TYPE (fixture->page), name);

  g_assert_nonnull (child);
  return child;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");

  fixture->tmpdir = maillage_unit_make_temp_dir ("diagnostic-page-XXXXXX");
  fixture->app = maillage_test_application_new ();
  fixture->window = maillage_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (fixture->window));

  g_assert_true (maillage_window_open_project (fixture->window, demo));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.select-page", "s",
                              "module:diagnostic");
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));

  fixture->page = maillage_test_find_named (GTK_WIDGET (fixture->window), "DiagnosticPage");
  g_assert_nonnull (fixture->page);
  g_assert_true (gtk_widget_get_mapped (fixture->page));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  maillage_test_close_windows (fixture->app);
  g_clear_object (&fixture->app);
  maillage_unit_remove_temp_dir (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static guint
n_shown (Fixture *fixture)
{
  GtkColumnView *view = page_child (fixture, "column_view");

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static guint
n_indicators_saved (Fixture *fixture)
{
  MaillageProject *project = maillage_window_get_project (fixture->window);
  JsonObject *data = maillage_project_get_module_data (project, "diagnostic");

  return json_array_get_length (json_object_get_array_member (data, "indicators"));
}

/* Scrolls the page so that @name (a template child) is at the top. */
static void
scroll_to (Fixture    *fixture,
           const char *name)
{
  GtkScrolledWindow *scroller = page_child (fixture, "scroller");
  GtkWidget *target = page_child (fixture, name);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  graphene_point_t point;

  /* The charts' heights settle after a first layout. */
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_compute_point (target, gtk_scrolled_window_get_child (scroller),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  /* The point is in the viewport, which shows the page scrolled already. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
  maillage_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static gboolean
message_dialog_shown (gpointer data)
{
  return maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, data) != NULL;
}

static AdwMessageDialog *
wait_message_dialog (Fixture *fixture)
{
  GtkWindow *dialog;

  maillage_test_wait_until (message_dialog_shown, fixture->window);
  dialog = maillage_test_find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (fixture->window));
  maillage_test_wait_for_mapped (GTK_WIDGET (dialog));
  maillage_test_wait_for_frame (GTK_WIDGET (dialog));

  return ADW_MESSAGE_DIALOG (dialog);
}

static gboolean
preview_shown (gpointer data)
{
  GType type = g_type_from_name ("DiagnosticImportPreview");

  return type != 0 && maillage_test_find_window (type, data) != NULL;
}

static GtkWindow *
wait_preview (Fixture *fixture)
{
  GtkWindow *preview;

  maillage_test_wait_until (preview_shown, fixture->window);
  preview = maillage_test_find_window (g_type_from_name ("DiagnosticImportPreview"),
                                       GTK_WINDOW (fixture->window));
  maillage_test_wait_for_frame (GTK_WIDGET (preview));

  return preview;
}

static void
import_file (Fixture    *fixture,
             const char *kind,
             const char *path)
{
  gtk_widget_activate_action (fixture->page, "diagnostic.import-file", "(ss)", kind, path);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *top = NULL;
  g_autofree char *charts = NULL;
  GtkWidget *commune_chart = page_child (fixture, "commune_chart_view");

  g_assert_cmpuint (n_shown (fixture), ==, DEMO_INDICATORS);
  /* Showing the page changes nothing. */
  g_assert_false (maillage_project_get_dirty (maillage_window_get_project (fixture->window)));

  top = maillage_test_screenshot (GTK_WIDGET (fixture->window), "diagnostic");

  scroll_to (fixture, "charts_stack");
  g_assert_true (gtk_widget_get_visible (commune_chart));
  g_assert_cmpint (gtk_widget_get_height (commune_chart), >=, 150);
  charts = maillage_test_screenshot (GTK_WIDGET (fixture->window), "diagnostic-charts");

  scroll_to (fixture, "strengths_list");
  g_free (maillage_test_screenshot (GTK_WIDGET (fixture->window), "diagnostic-swot"));
}

/* A GeoJSON of the demo's 31 communes as a grid of squares, with the INSEE
 * code under INSEE_COM, as IGN's files have it. */
static char *
write_outlines (Fixture *fixture)
{
  MaillageTerritory *territory = maillage_project_get_territory (maillage_window_get_project (fixture->window));
  GListModel *communes = maillage_territory_get_communes (territory);
  g_autoptr(GString) text = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [");
  guint n = g_list_model_get_n_items (communes);
  char *path;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      double west = 5.40 + (i % 6) * 0.05 + (i / 6 % 2) * 0.02;
      double south = 46.60 - (i / 6) * 0.04;
      char west_text[G_ASCII_DTOSTR_BUF_SIZE];
      char east_text[G_ASCII_DTOSTR_BUF_SIZE];
      char south_text[G_ASCII_DTOSTR_BUF_SIZE];
      char north_text[G_ASCII_DTOSTR_BUF_SIZE];

      /* Coordinates with a point whatever the locale: it is JSON. */
      g_ascii_formatd (west_text, sizeof west_text, "%.2f", west);
      g_ascii_formatd (east_text, sizeof east_text, "%.2f", west + 0.05);
      g_ascii_formatd (south_text, sizeof south_text, "%.2f", south);
      g_ascii_formatd (north_text, sizeof north_text, "%.2f", south + 0.04);
      g_string_append_printf (text,
                              "%s{\"type\": \"Feature\", \"properties\": {\"NOM\": \"%s\", "
                              "\"INSEE_COM\": \"%s\"}, \"geometry\": {\"type\": \"Polygon\", "
                              "\"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}",
                              i > 0 ? ", " : "", maillage_commune_get_name (commune),
                              maillage_commune_get_insee (commune),
                              west_text, south_text, east_text, south_text, east_text, north_text,
                              west_text, north_text, west_text, south_text);
    }
  g_string_append (text, "]}");

  path = g_build_filename (fixture->tmpdir, "communes.geojson", NULL);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  return path;
}

static void
test_map (Fixture       *fixture,
          gconstpointer  data)
{
  MaillageTerritory *territory = maillage_project_get_territory (maillage_window_get_project (fixture->window));
  g_autofree char *path = write_outlines (fixture);
  g_autofree char *screenshot = NULL;
  AdwMessageDialog *dialog;
  MaillageOutlines *outlines;

  maillage_territory_set_outlines (territory, NULL);
  import_file (fixture, "outlines", path);
  dialog = wait_message_dialog (fixture);
  g_free (maillage_test_screenshot (GTK_WIDGET (dialog), "diagnostic-outlines-dialog"));
  adw_message_dialog_response (dialog, "import");
  maillage_test_iterate ();

  outlines = maillage_territory_get_outlines (territory);
  g_assert_nonnull (outlines);
  g_assert_cmpuint (maillage_outlines_get_n_areas (outlines), ==, 31);
  g_assert_cmpstr (maillage_outlines_get_insee_property (outlines), ==, "INSEE_COM");

  scroll_to (fixture, "map_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_child (fixture, "map_stack")), ==, "map");
  screenshot = maillage_test_screenshot (GTK_WIDGET (fixture->window), "diagnostic-map");
}

/* A file that is not GeoJSON, then a broken geometry: said, and the
 * outlines already there stay. */
static void
test_bad_outlines (Fixture       *fixture,
                   gconstpointer  data)
{
  MaillageProject *project = maillage_window_get_project (fixture->window);
  MaillageTerritory *territory = maillage_project_get_territory (project);
  MaillageOutlines *before = maillage_territory_get_outlines (territory);
  g_autofree char *not_json = g_build_filename (fixture->tmpdir, "communes.geojson", NULL);
  g_autofree char *broken = g_build_filename (fixture->tmpdir, "cassé.geojson", NULL);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (not_json, "code;nom\n39801;A\n", -1, NULL));
  import_file (fixture, "outlines", not_json);
  dialog = wait_message_dialog (fixture);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "communes.geojson"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  maillage_test_iterate ();

  g_assert_true (g_file_set_contents (broken,
    "{\"type\": \"FeatureCollection\", \"features\": ["
    "{\"type\": \"Feature\", \"properties\": {\"INSEE_COM\": \"39801\"},"
    " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[5, 46], [5.1, 46]]]}}]}",
    -1, NULL));
  import_file (fixture, "outlines", broken);
  /* The property is asked first; the geometry is read on import. */
  dialog = wait_message_dialog (fixture);
  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));
  maillage_test_iterate ();
  dialog = wait_message_dialog (fixture);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "geometry"));
  g_free (maillage_test_screenshot (GTK_WIDGET (dialog), "diagnostic-outlines-error"));

  g_assert_true (maillage_territory_get_outlines (territory) == before);
  g_assert_false (maillage_project_get_dirty (project));
}

static void
test_import_arcep (Fixture       *fixture,
                   gconstpointer  data)
{
  MaillageProject *project = maillage_window_get_project (fixture->window);
  GListModel *communes = maillage_territory_get_communes (maillage_project_get_territory (project));
  g_autoptr(GString) csv = g_string_new ("code_insee;nom_com;nbr;elig_thd30;elig_ftth;elig_4gf\n");
  g_autofree char *path = NULL;
  GtkWindow *preview;
  GtkWidget *button;
  guint n_before = n_shown (fixture);

  g_string_append (csv, "01001;Hors territoire;400;400;0;0\n");
  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      guint premises = maillage_commune_get_population (commune) / 2 + 10;

      g_string_append_printf (csv, "%s;%s;%u;%u;%u;%u\n", maillage_commune_get_insee (commune),
                              maillage_commune_get_name (commune), premises,
                              premises * (70 + i % 30) / 100, premises * (40 + i * 2) / 100,
                              premises / 10);
    }
  path = g_build_filename (fixture->tmpdir, "2025_T3_commune_debit_filaire.csv", NULL);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  /* The year and the wired file are guessed from the name. */
  import_file (fixture, "arcep", path);
  g_free (maillage_test_screenshot (GTK_WIDGET (wait_message_dialog (fixture)), "diagnostic-arcep-options"));
  adw_message_dialog_response (wait_message_dialog (fixture), "import");
  preview = wait_preview (fixture);
  g_free (maillage_test_screenshot (GTK_WIDGET (preview), "diagnostic-import-preview"));
  g_assert_false (maillage_project_get_dirty (project));

  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview), G_OBJECT_TYPE (preview),
                                                      "import_button"));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  maillage_test_iterate ();

  /* FttH 2025 (territory and 31 communes) and the territory's 30 Mbit/s
   * were in the demo: updated in place. Added: 30 Mbit/s for the 31
   * communes, 4G fixe for the territory and the 31 communes. */
  g_assert_cmpuint (n_shown (fixture), ==, n_before + 31 + 32);
  g_assert_cmpuint (n_indicators_saved (fixture), ==, n_before + 31 + 32);
  g_assert_true (maillage_project_get_dirty (project));

  /* Again: nothing would change, nothing can be imported twice. */
  import_file (fixture, "arcep", path);
  adw_message_dialog_response (wait_message_dialog (fixture), "import");
  preview = wait_preview (fixture);
  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview), G_OBJECT_TYPE (preview),
                                                      "import_button"));
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_window_destroy (preview);
  maillage_test_iterate ();
  g_assert_cmpuint (n_shown (fixture), ==, n_before + 31 + 32);
}

static void
test_bad_file (Fixture       *fixture,
               gconstpointer  data)
{
  MaillageProject *project = maillage_window_get_project (fixture->window);
  g_autofree char *path = g_build_filename (fixture->tmpdir, "indicateurs.csv", NULL);
  static const char csv[] =
    "code_insee;indicateur;valeur;unite;annee;source\n"
    "39801;Bornes wifi;3;bornes;2025;Commune\n"
    "39802;Bornes wifi;trois;bornes;2025;Commune\n";
  AdwMessageDialog *dialog;
  guint n_before = n_shown (fixture);

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  import_file (fixture, "csv", path);
  dialog = wait_message_dialog (fixture);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "3"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "valeur"));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "indicateurs.csv"));
  g_free (maillage_test_screenshot (GTK_WIDGET (dialog), "diagnostic-import-error"));

  g_assert_cmpuint (n_shown (fixture), ==, n_before);
  g_assert_false (maillage_project_get_dirty (project));
}

int
main (int   argc,
      char *argv[])
{
  maillage_test_init (&argc, &argv);

  g_test_add ("/diagnostic-page/demo", Fixture, NULL, fixture_set_up, test_demo, fixture_tear_down);
  g_test_add ("/diagnostic-page/map", Fixture, NULL, fixture_set_up, test_map, fixture_tear_down);
  g_test_add ("/diagnostic-page/bad-outlines", Fixture, NULL, fixture_set_up, test_bad_outlines,
              fixture_tear_down);
  g_test_add ("/diagnostic-page/import-arcep", Fixture, NULL, fixture_set_up, test_import_arcep,
              fixture_tear_down);
  g_test_add ("/diagnostic-page/bad-file", Fixture, NULL, fixture_set_up, test_bad_file,
              fixture_tear_down);

  return maillage_test_run ();
}
