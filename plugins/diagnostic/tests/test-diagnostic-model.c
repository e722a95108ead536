/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-diagnostic-model.c: the Diagnostic's model: values written the
 * French way, modules.diagnostic read and written (member order, round
 * trip, the benchmark generator's shape, bad data named), "changed" only
 * for real changes, import plans (added, updated, unchanged; in place; a
 * stale plan refused), findings and completeness.
 */
#define G_LOG_DOMAIN "test-diagnostic-model"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "diagnostic-import-plan.h"
#include "diagnostic-indicator.h"
#include "diagnostic-test-utils.h"

static const char full_json[] =
  "{\"version\": 1, \"text\": \"Premier paragraphe.\\n\\nSecond.\","
  " \"indicators\": ["
  "  {\"name\": \"Locaux raccordables à la fibre (FttH)\", \"theme\": \"connectivite\","
  "   \"value\": 87.4, \"unit\": \"%\", \"year\": 2025, \"source\": \"ARCEP\", \"scope\": \"\"},"
  "  {\"name\": \"Locaux raccordables à la fibre (FttH)\", \"theme\": \"connectivite\","
  "   \"value\": 62, \"unit\": \"%\", \"year\": 2025, \"source\": \"ARCEP\", \"scope\": \"39801\"},"
  "  {\"name\": \"Foyers suivis\", \"theme\": \"usages\","
  "   \"value\": 1234.5, \"unit\": \"foyers\", \"year\": null, \"source\": \"\", \"scope\": \"2A004\"}"
  " ],"
  " \"swot\": {\"strengths\": [\"Fibre\", \"Médiathèques\"], \"weaknesses\": [\"Zones blanches\"],"
  "          \"opportunities\": [], \"threats\": [\"Vieillissement\"]},"
  " \"map_indicator\": \"Locaux raccordables à la fibre (FttH)\"}";

/* The module's object as the project writes it: canonical, pretty. */
static const char full_canonical[] =
  "    \"diagnostic\": {\n"
  "      \"version\": 1,\n"
  "      \"text\": \"Premier paragraphe.\\n\\nSecond.\",\n"
  "      \"indicators\": [\n"
  "        {\n"
  "          \"name\": \"Locaux raccordables à la fibre (FttH)\",\n"
  "          \"theme\": \"connectivite\",\n"
  "          \"value\": 87.4,\n"
  "          \"unit\": \"%\",\n"
  "          \"year\": 2025,\n"
  "          \"source\": \"ARCEP\",\n"
  "          \"scope\": \"\"\n"
  "        },\n"
  "        {\n"
  "          \"name\": \"Locaux raccordables à la fibre (FttH)\",\n"
  "          \"theme\": \"connectivite\",\n"
  "          \"value\": 62,\n"
  "          \"unit\": \"%\",\n"
  "          \"year\": 2025,\n"
  "          \"source\": \"ARCEP\",\n"
  "          \"scope\": \"39801\"\n"
  "        },\n"
  "        {\n"
  "          \"name\": \"Foyers suivis\",\n"
  "          \"theme\": \"usages\",\n"
  "          \"value\": 1234.5,\n"
  "          \"unit\": \"foyers\",\n"
  "          \"year\": null,\n"
  "          \"source\": \"\",\n"
  "          \"scope\": \"2A004\"\n"
  "        }\n"
  "      ],\n"
  "      \"swot\": {\n"
  "        \"strengths\": [\n"
  "          \"Fibre\",\n"
  "          \"Médiathèques\"\n"
  "        ],\n"
  "        \"weaknesses\": [\n"
  "          \"Zones blanches\"\n"
  "        ],\n"
  "        \"opportunities\": [],\n"
  "        \"threats\": [\n"
  "          \"Vieillissement\"\n"
  "        ]\n"
  "      },\n"
  "      \"map_indicator\": \"Locaux raccordables à la fibre (FttH)\"\n"
  "    }\n";

static void
test_format (void)
{
  static const struct { double value; const char *unit; const char *expected; } cases[] = {
    { 87.4, "%", "87,4\u00a0%" },
    { 100, "%", "100\u00a0%" },
    { 6.8, "score", "6,8\u00a0score" },
    { 1234, "foyers", "1\u202f234\u00a0foyers" },
    { 0.25, "", "0,25" },
    { 87.456, "%", "87,5\u00a0%" },
    { -3, NULL, "-3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = diagnostic_format_value (cases[i].value, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_themes (void)
{
  for (DiagnosticTheme theme = 0; theme < DIAGNOSTIC_N_THEMES; theme++)
    {
      DiagnosticTheme back = DIAGNOSTIC_N_THEMES;

      g_assert_true (diagnostic_theme_from_string (diagnostic_theme_to_string (theme), &back));
      g_assert_cmpuint (back, ==, theme);
    }
  g_assert_cmpstr (diagnostic_theme_get_french_label (DIAGNOSTIC_THEME_PUBLIC_SERVICES), ==,
                   "Services publics numériques");
}

/* The module's object in the project's canonical text. */
static char *
canonical_module_text (MaillageProject  *project,
                       DiagnosticModule *module)
{
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autofree char *text = NULL;

  maillage_project_set_module_data (project, "diagnostic", saved);
  text = maillage_project_to_data (project, NULL);

  return g_steal_pointer (&text);
}

static void
test_round_trip (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, full_json);
  g_autoptr(DiagnosticModule) again = NULL;
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(DiagnosticIndicator) indicator = NULL;
  GListModel *indicators = diagnostic_module_get_indicators (module);

  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 3);
  indicator = g_list_model_get_item (indicators, 2);
  g_assert_cmpstr (diagnostic_indicator_get_name (indicator), ==, "Foyers suivis");
  g_assert_cmpuint (diagnostic_indicator_get_theme (indicator), ==, DIAGNOSTIC_THEME_USES);
  g_assert_cmpfloat (diagnostic_indicator_get_value (indicator), ==, 1234.5);
  g_assert_cmpuint (diagnostic_indicator_get_year (indicator), ==, 0);
  g_assert_cmpstr (diagnostic_indicator_get_scope (indicator), ==, TEST_INSEE_D);
  g_assert_cmpstr (diagnostic_module_get_text (module), ==, "Premier paragraphe.\n\nSecond.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diagnostic_module_get_swot (module, DIAGNOSTIC_SWOT_STRENGTHS))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diagnostic_module_get_swot (module, DIAGNOSTIC_SWOT_OPPORTUNITIES))), ==, 0);

  /* Written in the fixed order, numbers as they were. */
  first = canonical_module_text (project, module);
  g_assert_nonnull (strstr (first, full_canonical));

  /* Read back through the project file, written again: the same bytes. */
  reread = maillage_project_new_from_data (first, -1, &error);
  g_assert_no_error (error);
  again = diagnostic_module_new ();
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (again), reread,
                                       maillage_project_get_module_data (reread, "diagnostic"),
                                       &error));
  g_assert_no_error (error);
  second = canonical_module_text (reread, again);
  g_assert_cmpstr (first, ==, second);
}

/* The benchmark generator (tests/bench/gen-large-project.py) and older
 * files write no theme: the catalogue's is taken, else "usages". */
static void
test_without_theme (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project,
    "{\"version\": 1, \"indicators\": ["
    " {\"name\": \"Indice de fragilité numérique\", \"value\": 6, \"unit\": \"score\","
    "  \"year\": 2024, \"source\": \"La MedNum\", \"scope\": \"39802\"},"
    " {\"name\": \"Autre chose\", \"value\": 12000, \"unit\": \"foyers\","
    "  \"year\": 2020, \"source\": \"X\", \"scope\": \"\"}]}");
  GListModel *indicators = diagnostic_module_get_indicators (module);
  g_autoptr(DiagnosticIndicator) first = g_list_model_get_item (indicators, 0);
  g_autoptr(DiagnosticIndicator) second = g_list_model_get_item (indicators, 1);

  g_assert_cmpuint (diagnostic_indicator_get_theme (first), ==, DIAGNOSTIC_THEME_FRAGILITY);
  g_assert_cmpuint (diagnostic_indicator_get_theme (second), ==, DIAGNOSTIC_THEME_USES);
  g_assert_cmpfloat (diagnostic_indicator_get_value (second), ==, 12000);
}

/* The benchmark's generator writes modules.diagnostic: it must load. */
static void
test_generator (void)
{
  g_autofree char *dir = g_dir_make_tmp ("diagnostic-generator-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.maillage", NULL);
  const char *argv[] = { "/usr/bin/python3", SOURCE_ROOT "/tests/bench/gen-large-project.py", path,
                         "--communes", "40", "--actions", "3", "--indicators", "500", NULL };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(DiagnosticModule) module = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3");
      return;
    }

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  module = diagnostic_module_new ();
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (module), project,
                                       maillage_project_get_module_data (project, "diagnostic"),
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (diagnostic_module_get_indicators (module)), ==, 500);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autofree char *json = diagnostic_test_to_json (saved);

  g_assert_cmpstr (json, ==,
                   "{\"version\":1,\"text\":\"\",\"indicators\":[],\"swot\":{\"strengths\":[],"
                   "\"weaknesses\":[],\"opportunities\":[],\"threats\":[]},\"map_indicator\":\"\"}");
}

static void
test_load_errors (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{\"indicators\": [{\"name\": \"A\", \"value\": \"12\"}]}",
      "Member “indicators[0].value”: a number is expected" },
    { "{\"indicators\": [{\"name\": \"A\", \"value\": 1}, {\"value\": 2}]}",
      "Member “indicators[1].name”: the name is missing" },
    { "{\"indicators\": [{\"name\": \"A\", \"value\": 1, \"scope\": \"territory\"}]}",
      "Member “indicators[0].scope”: an INSEE code, or an empty string for the whole territory, is expected" },
    { "{\"indicators\": [{\"name\": \"A\", \"value\": 1, \"year\": 1066}]}",
      "Member “indicators[0].year”: the year is out of range" },
    { "{\"indicators\": [{\"name\": \"A\", \"value\": 1, \"theme\": \"sport\"}]}",
      "Member “indicators[0].theme”: unknown theme" },
    { "{\"indicators\": {}}", "Member “indicators”: an array is expected" },
    { "{\"swot\": {\"threats\": [1]}}", "Member “swot.threats”: an array of strings is expected" },
    { "{\"text\": 3}", "Member “text”: a string is expected" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MaillageProject) project = diagnostic_test_project ();
      g_autoptr(DiagnosticModule) module = diagnostic_module_new ();
      g_autoptr(JsonObject) data = diagnostic_test_parse (cases[i].json);
      g_autoptr(GError) error = NULL;

      g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      /* Nothing half-loaded. */
      g_assert_cmpuint (g_list_model_get_n_items (diagnostic_module_get_indicators (module)), ==, 0);
    }
}

static void
test_newer_version (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_module_new ();
  g_autoptr(JsonObject) data = diagnostic_test_parse ("{\"version\": 2, \"text\": \"x\"}");
  g_autoptr(GError) error = NULL;

  g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (diagnostic_module_get_text (module), ==, "");
}

static void
test_changed (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_module_new ();
  g_autoptr(JsonObject) data = diagnostic_test_parse (full_json);
  g_autoptr(DiagnosticIndicator) indicator = NULL;
  g_autoptr(GError) error = NULL;

  /* Loading is not a change. */
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 0);
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 0);

  diagnostic_module_set_text (module, "Autre texte");
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 1);
  diagnostic_module_set_text (module, "Autre texte");
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 1);

  indicator = diagnostic_indicator_new ("Nouveau", DIAGNOSTIC_THEME_SKILLS, 3, "", 2026, "", "");
  diagnostic_module_add_indicator (module, indicator);
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 2);
  diagnostic_module_remove_indicator (module, indicator);
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 3);

  gtk_string_list_append (diagnostic_module_get_swot (module, DIAGNOSTIC_SWOT_OPPORTUNITIES), "X");
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 4);

  diagnostic_module_set_map_indicator (module, "Autre");
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 5);
}

static GPtrArray *
incoming (double first_value)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (array, diagnostic_indicator_new ("Locaux raccordables à la fibre (FttH)",
                                                    DIAGNOSTIC_THEME_CONNECTIVITY, first_value,
                                                    "%", 2025, "ARCEP", ""));
  g_ptr_array_add (array, diagnostic_indicator_new ("Locaux raccordables à la fibre (FttH)",
                                                    DIAGNOSTIC_THEME_CONNECTIVITY, 62, "%", 2025,
                                                    "ARCEP", TEST_INSEE_A));
  g_ptr_array_add (array, diagnostic_indicator_new ("Locaux raccordables à la fibre (FttH)",
                                                    DIAGNOSTIC_THEME_CONNECTIVITY, 70, "%", 2025,
                                                    "ARCEP", TEST_INSEE_B));
  return array;
}

static void
test_plan (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, full_json);
  g_autoptr(GPtrArray) first = incoming (88.1);
  g_autoptr(GPtrArray) second = incoming (88.1);
  g_autoptr(DiagnosticImportPlan) plan = NULL;
  g_autoptr(DiagnosticImportPlan) again = NULL;
  g_autoptr(DiagnosticImportPlan) stale = NULL;
  g_autoptr(DiagnosticIndicator) updated = NULL;
  g_autoptr(DiagnosticIndicator) item = NULL;
  GListModel *indicators = diagnostic_module_get_indicators (module);

  plan = diagnostic_module_plan_import (module, first);
  g_assert_cmpuint (diagnostic_import_plan_get_n_updated (plan), ==, 1);
  g_assert_cmpuint (diagnostic_import_plan_get_n_unchanged (plan), ==, 1);
  g_assert_cmpuint (diagnostic_import_plan_get_n_added (plan), ==, 1);
  /* Updated first, then added, then unchanged. */
  item = g_list_model_get_item (G_LIST_MODEL (plan), 0);
  g_assert_cmpuint (diagnostic_import_plan_get_status (plan, item), ==, DIAGNOSTIC_IMPORT_UPDATED);
  g_assert_cmpfloat (diagnostic_indicator_get_value (diagnostic_import_plan_get_previous (plan, item)), ==, 87.4);
  /* Planning changes nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 3);
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 0);

  stale = diagnostic_module_plan_import (module, first);
  g_assert_true (diagnostic_module_apply_import (module, plan));
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 4);
  /* Updated in place, added at the end. */
  updated = g_list_model_get_item (indicators, 0);
  g_assert_cmpfloat (diagnostic_indicator_get_value (updated), ==, 88.1);
  g_clear_object (&item);
  item = g_list_model_get_item (indicators, 3);
  g_assert_cmpstr (diagnostic_indicator_get_scope (item), ==, TEST_INSEE_B);

  /* The same again: nothing to do, nothing duplicated. */
  again = diagnostic_module_plan_import (module, second);
  g_assert_false (diagnostic_import_plan_has_changes (again));
  g_assert_cmpuint (diagnostic_import_plan_get_n_unchanged (again), ==, 3);

  /* A plan made before the change is refused. */
  g_assert_false (diagnostic_module_apply_import (module, stale));
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 4);
  g_assert_cmpuint (diagnostic_test_count_changes (module), ==, 1);
}

static gboolean
has_finding (GListModel       *findings,
             MaillageSeverity  severity,
             const char       *part)
{
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, i);

      if (maillage_finding_get_severity (finding) == severity &&
          strstr (maillage_finding_get_message (finding), part) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_findings (void)
{
  g_autoptr(MaillageProject) project = diagnostic_test_project ();
  g_autoptr(DiagnosticModule) empty = diagnostic_test_module (project, NULL);
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, full_json);
  g_autoptr(GListModel) empty_findings = maillage_module_list_findings (MAILLAGE_MODULE (empty));
  g_autoptr(GListModel) findings = maillage_module_list_findings (MAILLAGE_MODULE (module));

  g_assert_true (has_finding (empty_findings, MAILLAGE_SEVERITY_WARNING, "written diagnostic is empty"));
  g_assert_true (has_finding (empty_findings, MAILLAGE_SEVERITY_WARNING, "no indicator"));
  g_assert_true (has_finding (empty_findings, MAILLAGE_SEVERITY_WARNING, "SWOT is empty"));
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (empty)), ==, 0.0);

  /* Foyers suivis has neither source nor year. */
  g_assert_true (has_finding (findings, MAILLAGE_SEVERITY_WARNING, "1 indicator has no source"));
  g_assert_true (has_finding (findings, MAILLAGE_SEVERITY_WARNING, "1 indicator has no year"));
  /* Only 39801 and 2A004 have data. */
  g_assert_true (has_finding (findings, MAILLAGE_SEVERITY_WARNING,
                              "2 communes have no indicator: Belvoiset, Bréviaux-sur-Sorne."));
  g_assert_true (has_finding (findings, MAILLAGE_SEVERITY_INFO, "no opportunities"));
  g_assert_false (has_finding (findings, MAILLAGE_SEVERITY_WARNING, "SWOT is empty"));
  g_assert_false (has_finding (findings, MAILLAGE_SEVERITY_WARNING, "written diagnostic"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 4);

  /* Text 1, indicators 1, sourced and dated 2/3, communes 2/4, SWOT 3/4. */
  g_assert_cmpfloat_with_epsilon (maillage_module_get_completeness (MAILLAGE_MODULE (module)),
                                  (1 + 1 + 2.0 / 3 + 0.5 + 0.75) / 5, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  diagnostic_test_init (&argc, &argv);

  g_test_add_func ("/diagnostic/format", test_format);
  g_test_add_func ("/diagnostic/themes", test_themes);
  g_test_add_func ("/diagnostic/json/round-trip", test_round_trip);
  g_test_add_func ("/diagnostic/json/without-theme", test_without_theme);
  g_test_add_func ("/diagnostic/json/generator", test_generator);
  g_test_add_func ("/diagnostic/json/empty", test_empty);
  g_test_add_func ("/diagnostic/json/errors", test_load_errors);
  g_test_add_func ("/diagnostic/json/newer-version", test_newer_version);
  g_test_add_func ("/diagnostic/module/changed", test_changed);
  g_test_add_func ("/diagnostic/module/plan", test_plan);
  g_test_add_func ("/diagnostic/module/findings", test_findings);

  return g_test_run ();
}
