/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-diagnostic-arcep.c: the import of ARCEP's « Ma connexion internet »
 * file by commune, on small made-up files the tests write: rates by
 * commune, the territory weighted by premises, communes outside the
 * territory left out, importing again updates in place, Windows-1252,
 * quoted line breaks, 100,000 rows, and bad files refused with the line
 * and the column named.
 */
#define G_LOG_DOMAIN "test-diagnostic-arcep"

#include "config.h"

#include <math.h>
#include <string.h>

#include "diagnostic-arcep-import.h"
#include "diagnostic-catalogue.h"
#include "diagnostic-import-common.h"
#include "diagnostic-import-plan.h"
#include "diagnostic-indicator.h"
#include "diagnostic-test-utils.h"

/* Three communes of the territory (39801, 39802, 2A004; 39803 is not in
 * the file) and two outside it. */
static const char arcep_csv[] =
  "code_insee;nom_com;nbr;elig_thd30;elig_ftth;elig_4gf\n"
  "39801;Arlenans-le-Bief;200;180;150;20\n"
  "01001;L'Abergement-Clémenciat;400;400;0;0\n"
  "39802;Belvoiset;100;50;25;\n"
  "75056;Paris;1000000;999000;990000;0\n"
  "2A004;Ajaccio-sur-Test;700;700;630;70\n";

static const DiagnosticArcepOptions wired_2025 = { 2025, "ARCEP, T3 2025", TRUE };

static GPtrArray *
parse (const char                   *text,
       gssize                        length,
       const DiagnosticArcepOptions *options,
       DiagnosticArcepStats         *stats,
       GError                      **error)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return diagnostic_arcep_import_parse (bytes, maillage_project_get_territory (project),
                                        options, stats, error);
}

static DiagnosticIndicator *
find (GPtrArray  *indicators,
      const char *name,
      const char *scope)
{
  for (guint i = 0; i < indicators->len; i++)
    {
      DiagnosticIndicator *indicator = g_ptr_array_index (indicators, i);

      if (g_str_equal (diagnostic_indicator_get_name (indicator), name) &&
          g_str_equal (diagnostic_indicator_get_scope (indicator), scope))
        return indicator;
    }

  return NULL;
}

static double
value_of (GPtrArray  *indicators,
          const char *name,
          const char *scope)
{
  DiagnosticIndicator *indicator = find (indicators, name, scope);

  g_assert_nonnull (indicator);
  return diagnostic_indicator_get_value (indicator);
}

static void
test_rates (void)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;
  DiagnosticArcepStats stats;
  DiagnosticIndicator *indicator;

  indicators = parse (arcep_csv, -1, &wired_2025, &stats, &error);
  g_assert_no_error (error);
  g_assert_nonnull (indicators);

  g_assert_cmpuint (stats.n_rows, ==, 5);
  g_assert_cmpuint (stats.n_kept, ==, 3);
  g_assert_cmpuint (stats.n_absent, ==, 1);
  g_assert_cmpuint (stats.n_columns, ==, 3);
  /* thd30 and ftth: the territory and 3 communes; 4gf: Belvoiset's cell
   * is empty, so the territory and 2 communes. */
  g_assert_cmpuint (indicators->len, ==, 4 + 4 + 3);

  /* By commune: elig ÷ nbr. */
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_THD30_WIRED, TEST_INSEE_A), ==, 90.0);
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_THD30_WIRED, TEST_INSEE_B), ==, 50.0);
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_FTTH, TEST_INSEE_D), ==, 90.0);
  g_assert_null (find (indicators, DIAGNOSTIC_NAME_4G_FIXED, TEST_INSEE_B));

  /* The territory: Σ elig ÷ Σ nbr over its communes, not the mean of the
   * rates (which would be 68,33 % for the fibre). */
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_THD30_WIRED, ""), ==, 93.0);
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_FTTH, ""), ==, 80.5);
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_4G_FIXED, ""), ==,
                     round (90.0 / 900.0 * 10000) / 100);

  /* Outside the territory: left out. */
  g_assert_null (find (indicators, DIAGNOSTIC_NAME_FTTH, "01001"));
  g_assert_null (find (indicators, DIAGNOSTIC_NAME_FTTH, "75056"));

  indicator = find (indicators, DIAGNOSTIC_NAME_FTTH, "");
  g_assert_cmpuint (diagnostic_indicator_get_year (indicator), ==, 2025);
  g_assert_cmpstr (diagnostic_indicator_get_source (indicator), ==, "ARCEP, T3 2025");
  g_assert_cmpstr (diagnostic_indicator_get_unit (indicator), ==, "%");
  g_assert_cmpuint (diagnostic_indicator_get_theme (indicator), ==, DIAGNOSTIC_THEME_CONNECTIVITY);
  /* The territory comes first, then the communes in the file's order. */
  g_assert_true (diagnostic_indicator_is_territory (g_ptr_array_index (indicators, 0)));
  g_assert_cmpstr (diagnostic_indicator_get_scope (g_ptr_array_index (indicators, 1)), ==,
                   TEST_INSEE_A);
}

/* The plain file counts satellite: its rates are named apart from the
 * wired file's, and from the catalogue's wired indicator. */
static void
test_plain_file (void)
{
  DiagnosticArcepOptions plain = { 2025, "ARCEP", FALSE };
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain_name = diagnostic_arcep_import_column_name ("elig_thd30", FALSE);
  g_autofree char *wired_name = diagnostic_arcep_import_column_name ("ELIG_THD30", TRUE);
  g_autofree char *other = diagnostic_arcep_import_column_name ("elig_xyz", TRUE);

  g_assert_cmpstr (wired_name, ==, DIAGNOSTIC_NAME_THD30_WIRED);
  g_assert_cmpstr (plain_name, !=, wired_name);
  g_assert_nonnull (strstr (plain_name, "toutes technologies"));
  g_assert_nonnull (diagnostic_catalogue_find (wired_name));
  g_assert_nonnull (strstr (other, "elig_xyz"));

  indicators = parse (arcep_csv, -1, &plain, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (find (indicators, DIAGNOSTIC_NAME_THD30_WIRED, ""));
  g_assert_cmpfloat (value_of (indicators, plain_name, ""), ==, 93.0);
}

static void
test_guesses (void)
{
  g_assert_cmpuint (diagnostic_arcep_import_guess_year ("2025_T3_commune_debit_filaire.csv"), ==, 2025);
  g_assert_cmpuint (diagnostic_arcep_import_guess_year ("commune-2024-t4.csv"), ==, 2024);
  g_assert_cmpuint (diagnostic_arcep_import_guess_year ("commune_123456.csv"), ==, 0);
  g_assert_cmpuint (diagnostic_arcep_import_guess_year ("commune.csv"), ==, 0);
  g_assert_true (diagnostic_arcep_import_guess_wired ("2025_T3_commune_Debit_Filaire.csv"));
  g_assert_false (diagnostic_arcep_import_guess_wired ("2025_T3_commune.csv"));
}

/* Importing the same file twice updates in place; a newer file updates the
 * values that changed. Nothing is ever duplicated. */
static void
test_reimport (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  MaillageTerritory *territory = maillage_project_get_territory (project);
  GListModel *list = diagnostic_module_get_indicators (module);
  g_autoptr(GBytes) first = diagnostic_test_bytes (arcep_csv);
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GPtrArray) incoming = NULL;
  g_autoptr(DiagnosticImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) newer = g_string_new (arcep_csv);

  incoming = diagnostic_arcep_import_parse (first, territory, &wired_2025, NULL, &error);
  g_assert_no_error (error);
  plan = diagnostic_module_plan_import (module, incoming);
  g_assert_cmpuint (diagnostic_import_plan_get_n_added (plan), ==, 11);
  g_assert_true (diagnostic_module_apply_import (module, plan));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);

  /* The same file again. */
  g_clear_pointer (&incoming, g_ptr_array_unref);
  g_clear_object (&plan);
  incoming = diagnostic_arcep_import_parse (first, territory, &wired_2025, NULL, &error);
  plan = diagnostic_module_plan_import (module, incoming);
  g_assert_false (diagnostic_import_plan_has_changes (plan));
  g_assert_cmpuint (diagnostic_import_plan_get_n_unchanged (plan), ==, 11);
  g_assert_true (diagnostic_module_apply_import (module, plan));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);

  /* Belvoiset gains fibre: its rate and the territory's change. */
  g_string_replace (newer, "39802;Belvoiset;100;50;25;", "39802;Belvoiset;100;50;75;", 1);
  changed = g_bytes_new (newer->str, newer->len);
  g_clear_pointer (&incoming, g_ptr_array_unref);
  g_clear_object (&plan);
  incoming = diagnostic_arcep_import_parse (changed, territory, &wired_2025, NULL, &error);
  plan = diagnostic_module_plan_import (module, incoming);
  g_assert_cmpuint (diagnostic_import_plan_get_n_updated (plan), ==, 2);
  g_assert_cmpuint (diagnostic_import_plan_get_n_added (plan), ==, 0);
  g_assert_true (diagnostic_module_apply_import (module, plan));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);
  g_assert_cmpint (diagnostic_module_find_indicator (module, DIAGNOSTIC_NAME_FTTH, TEST_INSEE_B, 2025),
                   >=, 0);
}

/* Windows-1252 (Latin-1 for these letters) is converted, with a BOM-less
 * CRLF file as older spreadsheets write. */
static void
test_windows_1252 (void)
{
  static const char latin1[] =
    "code_insee;nom_com;nbr;elig_ftth\r\n"
    "39801;Arl\xe9nans;200;100\r\n"
    "39802;Belvoiset \x96 Sud;100;100\r\n";
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  indicators = parse (latin1, -1, &wired_2025, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_FTTH, TEST_INSEE_A), ==, 50.0);
  g_assert_cmpfloat (value_of (indicators, DIAGNOSTIC_NAME_FTTH, ""), ==, 66.67);
}

/* A name with a line break in quotes: the row is read whole and the line
 * numbers after it stay those of the file. */
static void
test_quoted_newline (void)
{
  static const char quoted[] =
    "code_insee,nom_com,nbr,elig_ftth\n"
    "39801,\"Arlenans\nle Bief\",200,100\n"
    "39802,Belvoiset,100,abc\n";
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  indicators = parse (quoted, -1, &wired_2025, NULL, &error);
  g_assert_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==, "Line 4, column “elig_ftth”: “abc” is not a number");
  g_assert_null (indicators);
}

static void
test_bad_files (void)
{
  /* Not static: MAILLAGE_COMMUNE_ERROR is known when the test runs. The
   * domain is the import's when 0. */
  const struct { const char *text; GQuark domain; int code; const char *message; } cases[] = {
    { "code_insee;nom_com;nbr;elig_ftth\n39801;A;deux cents;100\n",
      0, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “nbr”: “deux cents” is not a number" },
    { "code_insee;nom_com;nbr;elig_ftth\n39801;A;-3;0\n",
      0, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “nbr”: “-3” is negative: a number of premises is 0 or more" },
    { "code_insee;nom_com;nbr;elig_ftth\n39801;A;200;100\n39802;B;100;120\n",
      0, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
      "Line 3, column “elig_ftth”: 120 eligible premises, more than the 100 premises of the commune" },
    { "code_insee;nom_com;nbr;elig_ftth\n39801;A;200;100\n9801;B;100;50\n",
      MAILLAGE_COMMUNE_ERROR, MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
      "Line 3, column “code_insee”: “9801” is not an INSEE code: it has 4 digits instead of 5 "
      "(a spreadsheet may have dropped a leading zero: 09801?)" },
    { "code_insee;nom_com;nbr;elig_ftth\n39801;A;200;100\n39801;A;200;100\n",
      0, DIAGNOSTIC_IMPORT_ERROR_DUPLICATE,
      "Line 3, column “code_insee”: the commune 39801 is already on line 2" },
    { "code_insee;nom_com;elig_ftth\n39801;A;100\n",
      0, DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
      "The column “nbr” is missing. The columns of the file are: “code_insee”, “nom_com”, “elig_ftth”." },
    { "code_insee|nom_com|nbr|elig_ftth\n39801|A|200|100\n",
      0, DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
      "The column “code_insee” is missing: the header line was read as one single column "
      "(“code_insee|nom_com|nbr|elig_ftth”). The fields must be separated by “;”, “,” or a tab." },
    { "code_insee;nom_com;nbr\n39801;A;200\n",
      0, DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
      "The file has no eligibility column (elig_ftth, elig_thd30…): it is not an ARCEP "
      "« Ma connexion internet » file by commune." },
    { "code_insee;nom_com;nbr;elig_ftth\n01001;A;200;100\n75056;P;10;1\n",
      0, DIAGNOSTIC_IMPORT_ERROR_NO_DATA,
      "None of the 2 communes of the file is a member of the territory." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) indicators = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      indicators = parse (cases[i].text, -1, &wired_2025, NULL, &error);
      g_assert_null (indicators);
      g_assert_error (error, (cases[i].domain != 0 ? cases[i].domain : DIAGNOSTIC_IMPORT_ERROR), cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_reader_errors (void)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  indicators = parse ("code_insee;nom_com;nbr;elig_ftth\n39801;\"A;200;100\n", -1, &wired_2025,
                      NULL, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_null (indicators);
  g_clear_error (&error);

  indicators = parse ("", 0, &wired_2025, NULL, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  indicators = parse ("code_insee;nom_com;nbr;elig_ftth\n39801;A;200;100;7\n", -1, &wired_2025,
                      NULL, &error);
  g_assert_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_MANY_FIELDS);
}

static void
test_no_communes (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(GBytes) bytes = diagnostic_test_bytes (arcep_csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = NULL;

  indicators = diagnostic_arcep_import_parse (bytes, maillage_project_get_territory (project),
                                              &wired_2025, NULL, &error);
  g_assert_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_NO_DATA);
  g_assert_null (indicators);
}

/* 100,000 rows: read whole, the territory's kept. */
static void
test_large_file (void)
{
  g_autoptr(GString) text = g_string_new ("code_insee;nom_com;nbr;elig_thd30;elig_ftth\n");
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;
  DiagnosticArcepStats stats;
  gint64 start;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%05u;Commune %u;%u;%u;%u\n",
                            i, i, 100 + i % 50, 90 + i % 10, i % 100);

  start = g_get_monotonic_time ();
  indicators = parse (text->str, text->len, &wired_2025, &stats, &error);
  g_test_message ("100,000 rows in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.n_rows, ==, 100000);
  /* 39801, 39802 and 39803 are among 00000-99999; 2A004 is not. */
  g_assert_cmpuint (stats.n_kept, ==, 3);
  g_assert_cmpuint (indicators->len, ==, 2 * 4);
}

int
main (int   argc,
      char *argv[])
{
  diagnostic_test_init (&argc, &argv);

  g_test_add_func ("/diagnostic/arcep/rates", test_rates);
  g_test_add_func ("/diagnostic/arcep/plain-file", test_plain_file);
  g_test_add_func ("/diagnostic/arcep/guesses", test_guesses);
  g_test_add_func ("/diagnostic/arcep/reimport", test_reimport);
  g_test_add_func ("/diagnostic/arcep/windows-1252", test_windows_1252);
  g_test_add_func ("/diagnostic/arcep/quoted-newline", test_quoted_newline);
  g_test_add_func ("/diagnostic/arcep/bad-files", test_bad_files);
  g_test_add_func ("/diagnostic/arcep/reader-errors", test_reader_errors);
  g_test_add_func ("/diagnostic/arcep/no-communes", test_no_communes);
  g_test_add_func ("/diagnostic/arcep/large-file", test_large_file);

  return g_test_run ();
}
