/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-diagnostic-csv.c: the import of the plain indicators CSV
 * (`code_insee;indicateur;valeur;unite;annee;source`, optional `theme`):
 * the whole territory and communes, French numbers, the catalogue's unit
 * and theme, and bad rows refused with the line and the column named.
 */
#define G_LOG_DOMAIN "test-diagnostic-csv"

#include "config.h"

#include <string.h>

#include "diagnostic-csv-import.h"
#include "diagnostic-import-common.h"
#include "diagnostic-import-plan.h"
#include "diagnostic-indicator.h"
#include "diagnostic-test-utils.h"

static GPtrArray *
parse (const char  *text,
       GListModel  *existing,
       GError     **error)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(GBytes) bytes = diagnostic_test_bytes (text);

  return diagnostic_csv_import_parse (bytes, maillage_project_get_territory (project), existing,
                                      error);
}

static DiagnosticIndicator *
at (GPtrArray *indicators,
    guint      i)
{
  g_assert_cmpuint (i, <, indicators->len);
  return g_ptr_array_index (indicators, i);
}

static void
test_rows (void)
{
  static const char csv[] =
    "code_insee;indicateur;valeur;unite;annee;source\n"
    ";Part des 65 ans et plus;23,9;;2021;Insee\n"
    "39801;Part des 65 ans et plus;31.5;%;2021;Insee\n"
    " 2a004 ;Foyers suivis;1\u202f234,5;foyers;;\n"
    "39802;Indice de fragilité numérique;7;score;2025;La MedNum\n";
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  indicators = parse (csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (indicators->len, ==, 4);

  g_assert_true (diagnostic_indicator_is_territory (at (indicators, 0)));
  g_assert_cmpfloat (diagnostic_indicator_get_value (at (indicators, 0)), ==, 23.9);
  /* From the catalogue: unit and theme. */
  g_assert_cmpstr (diagnostic_indicator_get_unit (at (indicators, 0)), ==, "%");
  g_assert_cmpuint (diagnostic_indicator_get_theme (at (indicators, 0)), ==, DIAGNOSTIC_THEME_FRAGILITY);
  g_assert_cmpuint (diagnostic_indicator_get_year (at (indicators, 0)), ==, 2021);

  g_assert_cmpstr (diagnostic_indicator_get_scope (at (indicators, 1)), ==, TEST_INSEE_A);
  g_assert_cmpfloat (diagnostic_indicator_get_value (at (indicators, 1)), ==, 31.5);

  /* Spaces around the code, Corsica in lower case, grouped thousands, no
   * year, no source, a free name: theme "usages". */
  g_assert_cmpstr (diagnostic_indicator_get_scope (at (indicators, 2)), ==, TEST_INSEE_D);
  g_assert_cmpfloat (diagnostic_indicator_get_value (at (indicators, 2)), ==, 1234.5);
  g_assert_cmpuint (diagnostic_indicator_get_year (at (indicators, 2)), ==, 0);
  g_assert_cmpstr (diagnostic_indicator_get_source (at (indicators, 2)), ==, "");
  g_assert_cmpuint (diagnostic_indicator_get_theme (at (indicators, 2)), ==, DIAGNOSTIC_THEME_USES);
}

static void
test_theme_column (void)
{
  static const char csv[] =
    "insee,indicator,value,theme\n"
    ",Bornes wifi publiques,14,équipement\n"
    ",Agents formés,30,competences\n"
    ",Sans thème,1,\n";
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project,
    "{\"indicators\": [{\"name\": \"Sans thème\", \"theme\": \"fragilite\", \"value\": 0}]}");
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  indicators = parse (csv, diagnostic_module_get_indicators (module), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diagnostic_indicator_get_theme (at (indicators, 0)), ==, DIAGNOSTIC_THEME_EQUIPMENT);
  g_assert_cmpuint (diagnostic_indicator_get_theme (at (indicators, 1)), ==, DIAGNOSTIC_THEME_SKILLS);
  /* Not given: the one the project already uses for that name. */
  g_assert_cmpuint (diagnostic_indicator_get_theme (at (indicators, 2)), ==, DIAGNOSTIC_THEME_FRAGILITY);
}

static void
test_reimport (void)
{
  static const char csv[] =
    "code_insee;indicateur;valeur;unite;annee;source\n"
    ";Démarches disponibles en ligne;6;démarches;2026;Collectivité\n"
    "39801;Démarches disponibles en ligne;2;démarches;2026;Collectivité\n";
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  g_autoptr(GBytes) bytes = diagnostic_test_bytes (csv);
  MaillageTerritory *territory = maillage_project_get_territory (project);
  GListModel *list = diagnostic_module_get_indicators (module);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) incoming = diagnostic_csv_import_parse (bytes, territory, list, &error);
      g_autoptr(DiagnosticImportPlan) plan = NULL;

      g_assert_no_error (error);
      plan = diagnostic_module_plan_import (module, incoming);
      g_assert_cmpuint (diagnostic_import_plan_get_n_added (plan), ==, round == 0 ? 2 : 0);
      g_assert_cmpuint (diagnostic_import_plan_get_n_unchanged (plan), ==, round == 0 ? 0 : 2);
      g_assert_true (diagnostic_module_apply_import (module, plan));
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
    }
}

static void
test_bad_rows (void)
{
  static const struct { const char *text; int code; const char *message; } cases[] = {
    { "code_insee;indicateur;valeur\n39801;A;12\n39899;A;3\n",
      DIAGNOSTIC_IMPORT_ERROR_UNKNOWN_COMMUNE,
      "Line 3, column “code_insee”: the commune 39899 is not a member of the territory "
      "(leave the cell empty for the whole territory)" },
    { "code_insee;indicateur;valeur\n39801;A;douze\n",
      DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE, "Line 2, column “valeur”: “douze” is not a number" },
    { "code_insee;indicateur;valeur\n39801;A;1e400\n",
      DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE, "Line 2, column “valeur”: “1e400” is not a number" },
    { "code_insee;indicateur;valeur\n39801;A;\n",
      DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE, "Line 2, column “valeur”: the value is empty" },
    { "code_insee;indicateur;valeur;annee\n39801;A;1;25\n",
      DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “annee”: “25” is not a year (four digits, from 1900 to 2100)" },
    { "code_insee;indicateur;valeur\n39801; ;1\n",
      DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE, "Line 2, column “indicateur”: the indicator has no name" },
    { "code_insee;indicateur;valeur;theme\n39801;A;1;sport\n",
      DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
      "Line 2, column “theme”: “sport” is not a theme (connectivite, equipement, usages, "
      "competences, services-publics or fragilite)" },
    { "code_insee;indicateur;valeur;annee\n39801;A;1;2024\n\n39801;A;2;2024\n",
      DIAGNOSTIC_IMPORT_ERROR_DUPLICATE,
      "Line 4, column “indicateur”: “A” is given twice for the same place and year (first on line 2)" },
    { "code_insee;indicateur;unite\n39801;A;%\n",
      DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
      "The column “valeur” is missing. The columns of the file are: “code_insee”, “indicateur”, “unite”." },
    { "code_insee;indicateur;valeur\n",
      DIAGNOSTIC_IMPORT_ERROR_NO_DATA, "The file has a header line but no indicator." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) indicators = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      indicators = parse (cases[i].text, NULL, &error);
      g_assert_null (indicators);
      g_assert_error (error, DIAGNOSTIC_IMPORT_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_numbers (void)
{
  static const struct { const char *text; double value; } good[] = {
    { "87,4", 87.4 }, { "87.4", 87.4 }, { " 12 ", 12 }, { "-3,5", -3.5 }, { "1 234", 1234 },
    { "1\u00a0234,5", 1234.5 }, { "45 %", 45 }, { "+7", 7 },
  };
  static const char * const bad[] = { "", "abc", "1,2,3", "1e5", "nan", "inf", "0x10", "12a", "-", "," };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 0;

      g_assert_true (diagnostic_import_parse_number (good[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (value, ==, good[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 0;

      g_assert_false (diagnostic_import_parse_number (bad[i], &value, &error));
      g_assert_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  diagnostic_test_init (&argc, &argv);

  g_test_add_func ("/diagnostic/csv/rows", test_rows);
  g_test_add_func ("/diagnostic/csv/theme-column", test_theme_column);
  g_test_add_func ("/diagnostic/csv/reimport", test_reimport);
  g_test_add_func ("/diagnostic/csv/bad-rows", test_bad_rows);
  g_test_add_func ("/diagnostic/csv/numbers", test_numbers);

  return g_test_run ();
}
