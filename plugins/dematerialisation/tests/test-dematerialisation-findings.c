/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-dematerialisation-findings.c: each finding, alone, on a procedure
 * made to show it (and not on its neighbours that are right): no target
 * date, a target not beyond today, a high priority overdue, online but
 * not assessed, a rate that contradicts its level, an action without a
 * pilot or a budget; those of the demo; and completeness.
 */
#define G_LOG_DOMAIN "test-dematerialisation-findings"

#include "config.h"

#include <string.h>

#include "dematerialisation-module-private.h"
#include "dematerialisation-test-utils.h"

/* A project with @actions (a JSON array) and @procedures (one too). */
static MaillageProject *
project_with (const char *actions,
              const char *procedures)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  MaillageProject *project;

  text = g_strdup_printf ("{\"format\": \"io.github.maillage.Project\", \"version\": 1,"
                          " \"metadata\": {\"title\": \"Essai\"},"
                          " \"territory\": {\"name\": \"Val de Sorne\", \"kind\": \"epci\"},"
                          " \"actions\": %s,"
                          " \"modules\": {\"dematerialisation\": {\"version\": 1, \"procedures\": %s}}}",
                          actions, procedures);
  project = maillage_project_new_from_data (text, -1, &error);
  g_assert_no_error (error);

  return project;
}

/* The messages of the findings as of the tests' day, one a line, each
 * with its severity first ("W " or "E " or "I "). */
static char *
findings_of (DematerialisationModule *module)
{
  g_autoptr(GListModel) findings = NULL;
  GString *out = g_string_new (NULL);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, DEMATERIALISATION_TEST_TODAY);
  findings = _dematerialisation_module_list_findings_at (module, &today);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MaillageFinding) finding = g_list_model_get_item (findings, i);
      const char *severity = "IWE";

      g_string_append_printf (out, "%c %s\n", severity[maillage_finding_get_severity (finding)],
                              maillage_finding_get_message (finding));
    }

  return g_string_free (out, FALSE);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

/* A procedure with nothing to report, by which the others are judged. */
#define CLEAN "{\"name\": \"Propre\", \"state\": \"partly-online\", \"target_state\": \"fully-online\"," \
              " \"priority\": \"high\", \"target_date\": \"2027-06\", \"accessibility\": \"partially-compliant\"," \
              " \"compliance_rate\": 75}"

static void
test_each_rule (void)
{
  static const struct
  {
    const char *procedure;
    char        severity;
    const char *fragment;
  } cases[] = {
    /* Something to do, but no date. */
    { "{\"name\": \"Sans date\", \"state\": \"paper\", \"target_state\": \"fully-online\"}", 'W', "Sans date" },
    /* Going back. */
    { "{\"name\": \"À rebours\", \"state\": \"fully-online\", \"target_state\": \"partly-online\","
      " \"accessibility\": \"fully-compliant\"}", 'E', "À rebours" },
    /* Standing still, and not online. */
    { "{\"name\": \"Immobile\", \"state\": \"downloadable-form\", \"target_state\": \"downloadable-form\"}",
      'W', "Immobile" },
    /* High priority, due last month, not there yet. */
    { "{\"name\": \"En retard\", \"state\": \"paper\", \"target_state\": \"fully-online\","
      " \"priority\": \"high\", \"target_date\": \"2026-10\"}", 'W', "En retard" },
    /* Online, never assessed. */
    { "{\"name\": \"Non évaluée\", \"state\": \"fully-online\", \"target_state\": \"fully-online\"}",
      'W', "Non évaluée" },
    /* A rate the level cannot have. */
    { "{\"name\": \"Incohérente\", \"state\": \"fully-online\", \"target_state\": \"fully-online\","
      " \"accessibility\": \"fully-compliant\", \"compliance_rate\": 80}",
      'W', "80" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *procedures = g_strdup_printf ("[" CLEAN ", %s]", cases[i].procedure);
      g_autoptr(MaillageProject) project = project_with ("[]", procedures);
      DematerialisationModule *module = dematerialisation_test_load_module (project);
      g_autofree char *findings = findings_of (module);

      g_test_message ("case %u:\n%s", i, findings);
      g_assert_cmpint (findings[0], ==, cases[i].severity);
      g_assert_nonnull (strstr (findings, cases[i].fragment));
      g_assert_null (strstr (findings, "Propre"));

      dematerialisation_test_unload (module);
    }
}

static void
test_not_reported (void)
{
  /* Fully online already, nothing to do: no date needed. A high priority
   * due this month is not late yet; one done is not late at all. */
  g_autoptr(MaillageProject) project =
    project_with ("[]",
                  "[" CLEAN ","
                  " {\"name\": \"Fait\", \"state\": \"fully-online\", \"target_state\": \"fully-online\","
                  "  \"accessibility\": \"fully-compliant\", \"compliance_rate\": 100},"
                  " {\"name\": \"Ce mois\", \"state\": \"paper\", \"target_state\": \"downloadable-form\","
                  "  \"priority\": \"high\", \"target_date\": \"2026-11\"},"
                  " {\"name\": \"Atteint\", \"state\": \"partly-online\", \"target_state\": \"partly-online\","
                  "  \"priority\": \"high\", \"target_date\": \"2025-01\", \"accessibility\": \"non-compliant\"}]");
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autofree char *findings = findings_of (module);

  /* Only that the target of “Atteint” is where it stands. */
  g_test_message ("%s", findings);
  g_assert_cmpuint (count_lines (findings), ==, 1);
  g_assert_nonnull (strstr (findings, "Atteint"));

  dematerialisation_test_unload (module);
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = project_with ("[]", "[]");
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autofree char *findings = findings_of (module);

  g_assert_cmpuint (count_lines (findings), ==, 1);
  g_assert_cmpint (findings[0], ==, 'W');
  g_assert_cmpfloat (maillage_module_get_completeness (MAILLAGE_MODULE (module)), ==, 0.0);

  dematerialisation_test_unload (module);
}

#define ACTION(id, title, module, pilot, budget) \
  "{\"id\": \"" id "\", \"title\": \"" title "\", \"module\": \"" module "\", \"pilot\": \"" pilot "\"," \
  " \"budget\": " budget "}"

static void
test_actions (void)
{
  g_autoptr(MaillageProject) project =
    project_with ("[" ACTION ("A-001", "Pilotée et financée", "dematerialisation", "DSI",
                              "{\"2027\": {\"investment\": 100000, \"operating\": 0}}") ","
                  ACTION ("A-002", "Sans pilote", "dematerialisation", " ",
                          "{\"2027\": {\"investment\": 0, \"operating\": 50000}}") ","
                  ACTION ("A-003", "Sans budget", "dematerialisation", "DSI",
                          "{\"2027\": {\"investment\": 0, \"operating\": 0}}") ","
                  ACTION ("A-004", "", "dematerialisation", "", "{}") ","
                  ACTION ("A-005", "D'un autre module", "mediation", "", "{}") "]",
                  "[" CLEAN "]");
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autofree char *findings = findings_of (module);
  double completeness;

  g_test_message ("%s", findings);
  g_assert_cmpuint (count_lines (findings), ==, 3);
  g_assert_nonnull (strstr (findings, "Sans pilote"));
  g_assert_nonnull (strstr (findings, "Sans budget"));
  /* An action without a title is named by its id. */
  g_assert_nonnull (strstr (findings, "A-004"));
  g_assert_null (strstr (findings, "Pilotée"));
  g_assert_null (strstr (findings, "autre module"));

  /* The procedure is right, one action in four too. */
  completeness = maillage_module_get_completeness (MAILLAGE_MODULE (module));
  g_assert_cmpfloat_with_epsilon (completeness, 0.2 + 0.6 + 0.2 * 1 / 4, 1e-9);

  dematerialisation_test_unload (module);
}

/* What the demo is made to show. */
static void
test_demo (void)
{
  g_autoptr(MaillageProject) project = dematerialisation_test_demo_project ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autofree char *findings = findings_of (module);
  static const char * const expected[] = {
    "Consultation des archives communautaires",             /* target where it stands */
    "Ouverture et fermeture d'un abonnement à l'eau",       /* high, overdue */
    "Inscription au transport scolaire",                    /* online, not assessed */
    "Demande d'intervention informatique des communes membres",
    "Permis de stationnement et autorisation de voirie",    /* no target date */
    "Guichet en ligne des associations",                    /* action without a pilot */
    "Former les agents d'accueil",                          /* action without a budget */
  };
  double completeness = maillage_module_get_completeness (MAILLAGE_MODULE (module));

  g_test_message ("%s", findings);
  g_assert_cmpuint (count_lines (findings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (findings, expected[i]) == NULL)
      g_error ("no finding names “%s”", expected[i]);

  g_assert_cmpfloat (completeness, >, 0.5);
  g_assert_cmpfloat (completeness, <, 1.0);

  dematerialisation_test_unload (module);
}

int
main (int   argc,
      char *argv[])
{
  dematerialisation_test_init (&argc, &argv);

  g_test_add_func ("/dematerialisation/findings/each-rule", test_each_rule);
  g_test_add_func ("/dematerialisation/findings/not-reported", test_not_reported);
  g_test_add_func ("/dematerialisation/findings/empty", test_empty);
  g_test_add_func ("/dematerialisation/findings/actions", test_actions);
  g_test_add_func ("/dematerialisation/findings/demo", test_demo);

  return g_test_run ();
}
