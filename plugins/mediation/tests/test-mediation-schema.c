/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-schema.c: every rule of the national schema v1.0.2, one
 * test each: required fields, the patterns of pivot, code_postal,
 * code_insee and telephone, the length of presentation_resume, numbers,
 * dates, the strict vocabularies; and how values are normalized.
 */
#define G_LOG_DOMAIN "test-mediation-schema"

#include "config.h"

#include <string.h>

#include "mediation-issue.h"
#include "mediation-lieu.h"
#include "mediation-schema.h"
#include "mediation-test-utils.h"

/* A lieu that follows every rule. */
static MediationLieu *
valid_lieu (void)
{
  MediationLieu *lieu = mediation_lieu_new ();

  mediation_lieu_set_value (lieu, MEDIATION_FIELD_ID, "lieu-1");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_PIVOT, "24390052900018");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_NOM, "Médiathèque des Tanneurs");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_COMMUNE, "Sorneval");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_CODE_POSTAL, "39810");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_ADRESSE, "12 rue des Tanneurs");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_DATE_MAJ, "2026-06-02");
  g_assert_cmpuint (mediation_lieu_count_problems (lieu), ==, 0);

  return lieu;
}

/* The problems of a valid lieu once @field is set to @value, as read
 * (normalized). */
static GPtrArray *
check_with (MediationField  field,
            const char     *value)
{
  g_autoptr(MediationLieu) lieu = valid_lieu ();

  mediation_lieu_set_value (lieu, field, value);
  return mediation_lieu_check (lieu, 7);
}

static void
assert_valid (MediationField  field,
              const char     *value)
{
  g_autoptr(GPtrArray) issues = check_with (field, value);

  if (issues->len > 0)
    g_error ("“%s” in %s: unexpected “%s”", value, mediation_schema_field_name (field),
             mediation_issue_get_message (g_ptr_array_index (issues, 0)));
}

/* Exactly one problem, on @field, whose message holds @fragment. */
static void
assert_invalid (MediationField  field,
                const char     *value,
                const char     *fragment)
{
  g_autoptr(GPtrArray) issues = check_with (field, value);
  MediationIssue *issue;

  if (issues->len != 1)
    g_error ("“%s” in %s: %u problems, 1 expected", value, mediation_schema_field_name (field), issues->len);
  issue = g_ptr_array_index (issues, 0);
  g_assert_cmpuint (mediation_issue_get_row (issue), ==, 7);
  g_assert_cmpint (mediation_issue_get_field (issue), ==, field);
  g_assert_cmpstr (mediation_issue_get_field_name (issue), ==, mediation_schema_field_name (field));
  if (fragment != NULL && strstr (mediation_issue_get_message (issue), fragment) == NULL)
    g_error ("“%s”: message “%s” lacks “%s”", value, mediation_issue_get_message (issue), fragment);
}

static void
test_field_names (void)
{
  MediationField field;

  g_assert_cmpstr (mediation_schema_field_name (MEDIATION_FIELD_ID), ==, "id");
  g_assert_cmpstr (mediation_schema_field_name (MEDIATION_FIELD_PRISE_RDV), ==, "prise_rdv");
  g_assert_cmpint (MEDIATION_N_FIELDS, ==, 32);

  g_assert_true (mediation_schema_field_from_name ("dispositif_programmes_nationaux", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX);

  /* The six names of v0.1. */
  g_assert_true (mediation_schema_field_from_name ("publics_accueillis", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_PUBLICS_SPECIFIQUEMENT_ADRESSES);
  g_assert_true (mediation_schema_field_from_name ("conditions_acces", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_FRAIS_A_CHARGE);
  g_assert_true (mediation_schema_field_from_name ("labels_nationaux", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX);
  g_assert_true (mediation_schema_field_from_name ("labels_autres", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_AUTRES_FORMATIONS_LABELS);
  g_assert_true (mediation_schema_field_from_name ("accessibilite", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_FICHE_ACCES_LIBRE);
  g_assert_true (mediation_schema_field_from_name ("courriel", &field));
  g_assert_cmpint (field, ==, MEDIATION_FIELD_COURRIELS);

  g_assert_false (mediation_schema_field_from_name ("siret", &field));
}

static void
test_required (void)
{
  static const MediationField required[] = {
    MEDIATION_FIELD_ID, MEDIATION_FIELD_PIVOT, MEDIATION_FIELD_NOM, MEDIATION_FIELD_COMMUNE,
    MEDIATION_FIELD_CODE_POSTAL, MEDIATION_FIELD_ADRESSE, MEDIATION_FIELD_DATE_MAJ,
  };
  g_autoptr(MediationLieu) empty = mediation_lieu_new ();
  g_autoptr(GPtrArray) issues = mediation_lieu_check (empty, 3);
  guint n_required = 0;

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    n_required += mediation_schema_field_required (f);
  g_assert_cmpuint (n_required, ==, G_N_ELEMENTS (required));

  g_assert_cmpuint (issues->len, ==, G_N_ELEMENTS (required));
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      MediationIssue *issue = g_ptr_array_index (issues, i);

      g_assert_cmpint (mediation_issue_get_field (issue), ==, required[i]);
      g_assert_cmpuint (mediation_issue_get_row (issue), ==, 3);
      g_assert_cmpstr (mediation_issue_get_value (issue), ==, "");
      g_assert_nonnull (strstr (mediation_issue_get_message (issue), "required"));
    }

  /* Spaces alone are empty. */
  assert_invalid (MEDIATION_FIELD_NOM, "   ", "required");
}

static void
test_pivot (void)
{
  assert_valid (MEDIATION_FIELD_PIVOT, "24390052900018");  /* SIRET */
  assert_valid (MEDIATION_FIELD_PIVOT, "243900529");       /* SIREN */
  assert_valid (MEDIATION_FIELD_PIVOT, "W391234567");      /* RNA */
  assert_invalid (MEDIATION_FIELD_PIVOT, "12345678", "SIRET");
  assert_invalid (MEDIATION_FIELD_PIVOT, "123456789012345", "SIRET");
  assert_invalid (MEDIATION_FIELD_PIVOT, "243 900 529 00018", "SIRET");
  assert_invalid (MEDIATION_FIELD_PIVOT, "24390-0529", "SIRET");
}

static void
test_code_postal (void)
{
  assert_valid (MEDIATION_FIELD_CODE_POSTAL, "01000");
  assert_invalid (MEDIATION_FIELD_CODE_POSTAL, "3981", "5 digits");
  assert_invalid (MEDIATION_FIELD_CODE_POSTAL, "398100", "5 digits");
  assert_invalid (MEDIATION_FIELD_CODE_POSTAL, "39 81", "5 digits");
  assert_invalid (MEDIATION_FIELD_CODE_POSTAL, "2A004", "5 digits");
}

static void
test_code_insee (void)
{
  assert_valid (MEDIATION_FIELD_CODE_INSEE, "39801");
  assert_valid (MEDIATION_FIELD_CODE_INSEE, "2A004");
  /* Read in capitals. */
  assert_valid (MEDIATION_FIELD_CODE_INSEE, "2b033");
  assert_valid (MEDIATION_FIELD_CODE_INSEE, "97105");
  /* 20 is no département since Corsica was split. */
  assert_invalid (MEDIATION_FIELD_CODE_INSEE, "20004", "INSEE");
  assert_invalid (MEDIATION_FIELD_CODE_INSEE, "2C004", "INSEE");
  assert_invalid (MEDIATION_FIELD_CODE_INSEE, "3980", "INSEE");
}

static void
test_telephone (void)
{
  g_autofree char *national = mediation_schema_normalize (MEDIATION_FIELD_TELEPHONE, "03 84 12 34 56");
  g_autofree char *dotted = mediation_schema_normalize (MEDIATION_FIELD_TELEPHONE, "03.84.12.34.56");
  g_autofree char *zeros = mediation_schema_normalize (MEDIATION_FIELD_TELEPHONE, "0033 3 84 12 34 56");
  g_autofree char *with_zero = mediation_schema_normalize (MEDIATION_FIELD_TELEPHONE, "+33 (0)3 84 12 34 56");
  g_autofree char *words = mediation_schema_normalize (MEDIATION_FIELD_TELEPHONE, "voir site");

  /* The schema's pattern. */
  assert_valid (MEDIATION_FIELD_TELEPHONE, "+33384123456");
  assert_valid (MEDIATION_FIELD_TELEPHONE, "+590590123456");
  assert_valid (MEDIATION_FIELD_TELEPHONE, "+687123456");
  assert_invalid (MEDIATION_FIELD_TELEPHONE, "+4412345678", "international");
  assert_invalid (MEDIATION_FIELD_TELEPHONE, "+33123", "international");
  assert_invalid (MEDIATION_FIELD_TELEPHONE, "+3312345678901", "international");
  assert_invalid (MEDIATION_FIELD_TELEPHONE, "3949", "international");

  /* French national numbers are put in international form… */
  g_assert_cmpstr (national, ==, "+33384123456");
  g_assert_cmpstr (dotted, ==, "+33384123456");
  g_assert_cmpstr (zeros, ==, "+33384123456");
  g_assert_cmpstr (with_zero, ==, "+33384123456");
  assert_valid (MEDIATION_FIELD_TELEPHONE, "03 84 12 34 56");
  /* …and anything else is kept, to be refused by name. */
  g_assert_cmpstr (words, ==, "voir site");
  assert_invalid (MEDIATION_FIELD_TELEPHONE, "voir site", "international");
}

static void
test_resume_length (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Characters, not bytes: “é” is two bytes. */
  for (guint i = 0; i < MEDIATION_SCHEMA_RESUME_MAX_LENGTH; i++)
    g_string_append (text, "é");
  assert_valid (MEDIATION_FIELD_PRESENTATION_RESUME, text->str);

  g_string_append (text, "e");
  assert_invalid (MEDIATION_FIELD_PRESENTATION_RESUME, text->str, "281");
}

static void
test_vocabularies (void)
{
  assert_valid (MEDIATION_FIELD_SERVICES, "Aide aux démarches administratives|Loisirs et créations numériques");
  assert_invalid (MEDIATION_FIELD_SERVICES, "Aide aux démarches administratives|Cuisine", "Cuisine");
  assert_valid (MEDIATION_FIELD_FRAIS_A_CHARGE, "Gratuit sous condition");
  assert_invalid (MEDIATION_FIELD_FRAIS_A_CHARGE, "Libre", "Gratuit, Gratuit sous condition, Payant");
  assert_valid (MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "En autonomie|À distance");
  assert_invalid (MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "Par courrier", "Par courrier");
  assert_valid (MEDIATION_FIELD_ITINERANCE, "Itinérant");
  assert_invalid (MEDIATION_FIELD_ITINERANCE, "Mobile", "Mobile");

  /* Lists that grow from version to version keep unknown values. */
  assert_valid (MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "Conseillers numériques|Mon dispositif local");
  assert_valid (MEDIATION_FIELD_PUBLICS_SPECIFIQUEMENT_ADRESSES, "Seniors|Personnes détenues");
}

static void
test_normalize_lists (void)
{
  static const struct
  {
    MediationField  field;
    const char     *in;
    const char     *out;
  } cases[] = {
    /* Spelling: case, accents, spaces. */
    { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, " a distance |  EN AUTONOMIE ", "À distance|En autonomie" },
    /* v0.2 separated with “;”. */
    { MEDIATION_FIELD_SERVICES, "Aide aux démarches administratives;Loisirs et créations numériques",
      "Aide aux démarches administratives|Loisirs et créations numériques" },
    /* v0.1 values with their explanation, commas inside parentheses. */
    { MEDIATION_FIELD_FRAIS_A_CHARGE,
      "Gratuit : Je peux accéder gratuitement au lieu et à ses services,"
      "Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, "
      "convention avec un organisme social...)", "Gratuit|Gratuit sous condition" },
    { MEDIATION_FIELD_FRAIS_A_CHARGE, "Adhésion : L'accès au lieu nécessite d'y adhérer", "Gratuit sous condition" },
    { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT,
      "Seul : j'ai accès à du matériel et une connexion,Dans un atelier : j'apprends collectivement",
      "En autonomie|Dans un atelier collectif" },
    { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, "À distance (par téléphone ou en visioconférence)", "À distance" },
    { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, "France Services,CNFS,APTIC",
      "France Services|Conseillers numériques|APTIC" },
    /* A value of the schema with parentheses stays whole. */
    { MEDIATION_FIELD_PRISE_EN_CHARGE_SPECIFIQUE, "Langues étrangères (anglais)", "Langues étrangères (anglais)" },
    /* Once is enough; empty values go. */
    { MEDIATION_FIELD_SERVICES, "Loisirs et créations numériques||loisirs et creations numeriques|",
      "Loisirs et créations numériques" },
    /* Unknown values stay, for check() to name. */
    { MEDIATION_FIELD_SERVICES, "Cuisine", "Cuisine" },
    { MEDIATION_FIELD_COURRIELS, "a@example.org;b@example.org", "a@example.org|b@example.org" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = mediation_schema_normalize (cases[i].field, cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_numbers (void)
{
  g_autoptr(MediationLieu) lieu = valid_lieu ();
  g_autoptr(GPtrArray) issues = NULL;
  double latitude, longitude;

  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LATITUDE, "46,6712");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LONGITUDE, "5.5541");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_LATITUDE), ==, "46.6712");
  g_assert_cmpuint (mediation_lieu_count_problems (lieu), ==, 0);
  g_assert_true (mediation_lieu_get_coordinates (lieu, &latitude, &longitude));
  g_assert_cmpfloat_with_epsilon (latitude, 46.6712, 1e-9);
  g_assert_cmpfloat_with_epsilon (longitude, 5.5541, 1e-9);

  /* Out of range, or not a number. */
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LATITUDE, "95");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LONGITUDE, "est");
  issues = mediation_lieu_check (lieu, 1);
  g_assert_cmpuint (issues->len, ==, 2);
  g_assert_cmpint (mediation_issue_get_field (g_ptr_array_index (issues, 0)), ==, MEDIATION_FIELD_LATITUDE);
  g_assert_nonnull (strstr (mediation_issue_get_message (g_ptr_array_index (issues, 0)), "-90"));
  g_assert_cmpint (mediation_issue_get_field (g_ptr_array_index (issues, 1)), ==, MEDIATION_FIELD_LONGITUDE);
  g_assert_cmpstr (mediation_issue_get_value (g_ptr_array_index (issues, 1)), ==, "est");
  g_assert_false (mediation_lieu_get_coordinates (lieu, NULL, NULL));

  /* A point needs both: the one missing is named. */
  g_clear_pointer (&issues, g_ptr_array_unref);
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LATITUDE, "46.5");
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_LONGITUDE, "");
  issues = mediation_lieu_check (lieu, 1);
  g_assert_cmpuint (issues->len, ==, 1);
  g_assert_cmpint (mediation_issue_get_field (g_ptr_array_index (issues, 0)), ==, MEDIATION_FIELD_LONGITUDE);
  g_assert_nonnull (strstr (mediation_issue_get_message (g_ptr_array_index (issues, 0)), "without a longitude"));
}

static void
test_dates (void)
{
  g_autofree char *french = mediation_schema_normalize (MEDIATION_FIELD_DATE_MAJ, "02/06/2022");
  g_autofree char *stamp = mediation_schema_normalize (MEDIATION_FIELD_DATE_MAJ, "2022-06-02T10:00:00Z");

  g_assert_cmpstr (french, ==, "2022-06-02");
  g_assert_cmpstr (stamp, ==, "2022-06-02");
  assert_valid (MEDIATION_FIELD_DATE_MAJ, "2024-02-29");
  assert_invalid (MEDIATION_FIELD_DATE_MAJ, "2026-02-30", "YYYY-MM-DD");
  assert_invalid (MEDIATION_FIELD_DATE_MAJ, "2026-13-01", "YYYY-MM-DD");
  assert_invalid (MEDIATION_FIELD_DATE_MAJ, "juin 2022", "YYYY-MM-DD");
}

static void
test_problem_summary (void)
{
  g_autoptr(MediationLieu) lieu = valid_lieu ();

  g_assert_null (mediation_lieu_get_problem (lieu));
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_CODE_POSTAL, "391");
  g_assert_cmpuint (mediation_lieu_count_problems (lieu), ==, 1);
  g_assert_nonnull (strstr (mediation_lieu_get_problem (lieu), "code_postal"));
  mediation_lieu_set_value (lieu, MEDIATION_FIELD_CODE_POSTAL, "39100");
  g_assert_cmpuint (mediation_lieu_count_problems (lieu), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mediation_test_register_types ();

  g_test_add_func ("/mediation/schema/field-names", test_field_names);
  g_test_add_func ("/mediation/schema/required", test_required);
  g_test_add_func ("/mediation/schema/pivot", test_pivot);
  g_test_add_func ("/mediation/schema/code-postal", test_code_postal);
  g_test_add_func ("/mediation/schema/code-insee", test_code_insee);
  g_test_add_func ("/mediation/schema/telephone", test_telephone);
  g_test_add_func ("/mediation/schema/resume-length", test_resume_length);
  g_test_add_func ("/mediation/schema/vocabularies", test_vocabularies);
  g_test_add_func ("/mediation/schema/normalize-lists", test_normalize_lists);
  g_test_add_func ("/mediation/schema/numbers", test_numbers);
  g_test_add_func ("/mediation/schema/dates", test_dates);
  g_test_add_func ("/mediation/schema/problem-summary", test_problem_summary);

  return g_test_run ();
}
