/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-deliberation.c: the délibération and its assemblies: quorum, votes,
 * the @ctes identifier, SIRET keys, and how they go to and come from the
 * project file (round trip, unknown members kept, bad input refused
 * whole, nothing written for a project that has none).
 */
#define G_LOG_DOMAIN "test-deliberation"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "maillage.h"

/* A SIRET with a valid Luhn key, made up: SIREN 243900529, NIC 00013. */
#define SIRET "24390052900013"

static const char *project_head =
  "{\n"
  "  \"format\": \"io.github.maillage.Project\",\n"
  "  \"version\": 1,\n"
  "  \"metadata\": {\"title\": \"Test\", \"authors\": []},\n"
  "  \"territory\": {\"name\": \"Val de Sorne\", \"kind\": \"epci\", \"siren\": \"243900529\",\n"
  "                \"departement\": \"39\", \"communes\": []},\n"
  "  \"actions\": [],\n";
static const char *project_tail =
  "  \"modules\": {}\n"
  "}\n";

static MaillageProject *
project_with (const char  *deliberation,
              GError     **error)
{
  g_autofree char *data = g_strconcat (project_head, deliberation, project_tail, NULL);

  return maillage_project_new_from_data (data, -1, error);
}

static MaillageAssembly *
sample_assembly (void)
{
  MaillageAssembly *assembly = maillage_assembly_new (MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL);

  g_object_set (assembly,
                "name", "Conseil communautaire",
                "collectivite", "Communauté d’agglomération du Val de Sorne",
                "siret", SIRET,
                "number", "2027-014",
                "date", "2027-01-28",
                "time", "18:30",
                "place", "Salle du conseil, Sorneval",
                "members", 52, "present", 38, "represented", 6,
                "votes-for", 40, "votes-against", 2, "abstentions", 2,
                NULL);

  return assembly;
}

static void
test_quorum_and_votes (void)
{
  g_autoptr(MaillageAssembly) assembly = sample_assembly ();
  g_autofree char *problem = NULL;

  g_assert_cmpstr (maillage_assembly_get_president_title (assembly), ==, "Président");
  g_assert_cmpuint (maillage_assembly_get_voters (assembly), ==, 44);
  g_assert_true (maillage_assembly_has_quorum (assembly));
  g_assert_true (maillage_assembly_is_adopted (assembly));
  g_assert_null (maillage_assembly_check (assembly));

  /* 26 of 52 is not a majority: the quorum needs 27. */
  g_object_set (assembly, "present", 26, "represented", 0, "votes-for", 20, NULL);
  g_assert_false (maillage_assembly_has_quorum (assembly));
  problem = maillage_assembly_check (assembly);
  g_assert_nonnull (problem);
  g_clear_pointer (&problem, g_free);
  g_object_set (assembly, "present", 27, NULL);
  g_assert_true (maillage_assembly_has_quorum (assembly));

  /* One proxy per member present at most. */
  g_object_set (assembly, "represented", 28, NULL);
  problem = maillage_assembly_check (assembly);
  g_assert_nonnull (problem);
  g_clear_pointer (&problem, g_free);

  /* More votes than voters. */
  g_object_set (assembly, "represented", 0, "votes-for", 25, "votes-against", 2, "abstentions", 1, NULL);
  problem = maillage_assembly_check (assembly);
  g_assert_nonnull (problem);
  g_clear_pointer (&problem, g_free);

  /* Unanimity needs no count; a tie is not adopted. */
  g_object_set (assembly, "unanimous", TRUE, NULL);
  g_assert_null (maillage_assembly_check (assembly));
  g_object_set (assembly, "unanimous", FALSE, "votes-for", 10, "votes-against", 10, "abstentions", 0, NULL);
  g_assert_false (maillage_assembly_is_adopted (assembly));

  g_object_set (assembly, "members", 0, NULL);
  problem = maillage_assembly_check (assembly);
  g_assert_nonnull (problem);
}

static void
test_actes_id (void)
{
  g_autoptr(MaillageAssembly) assembly = sample_assembly ();
  g_autofree char *id = maillage_assembly_dup_actes_id (assembly, "39");
  g_autofree char *corsica = maillage_assembly_dup_actes_id (assembly, "2A");

  g_assert_cmpstr (id, ==, "039-243900529-20270128-2027_014-DE");
  g_assert_cmpstr (corsica, ==, "02A-243900529-20270128-2027_014-DE");

  g_object_set (assembly, "number", "", NULL);
  g_assert_null (maillage_assembly_dup_actes_id (assembly, "39"));
}

static void
test_validation (void)
{
  g_assert_true (maillage_assembly_siret_is_valid (SIRET));
  g_assert_false (maillage_assembly_siret_is_valid ("24390052900012"));
  g_assert_false (maillage_assembly_siret_is_valid ("2439005290001"));
  g_assert_false (maillage_assembly_siret_is_valid ("2439005290001a"));
  g_assert_true (maillage_assembly_siret_is_valid ("35600000000047"));
  g_assert_true (maillage_assembly_date_is_valid ("2028-02-29"));
  g_assert_false (maillage_assembly_date_is_valid ("2027-02-29"));
  g_assert_false (maillage_assembly_date_is_valid ("28/01/2027"));
  g_assert_true (maillage_assembly_time_is_valid ("18:30"));
  g_assert_false (maillage_assembly_time_is_valid ("24:00"));
  g_assert_false (maillage_assembly_time_is_valid ("18:60"));
  g_assert_true (maillage_deliberation_matiere_code_is_valid ("8.4"));
  g_assert_true (maillage_deliberation_matiere_code_is_valid ("5.10"));
  g_assert_false (maillage_deliberation_matiere_code_is_valid ("8"));
  g_assert_false (maillage_deliberation_matiere_code_is_valid ("0.4"));
  g_assert_false (maillage_deliberation_matiere_code_is_valid ("8.123"));
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = project_with ("", &error);
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(MaillageAssembly) assembly = sample_assembly ();
  g_autofree char *empty = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  MaillageDeliberation *deliberation;
  const char *visas[] = { "le code général des collectivités territoriales, notamment son article L1425-2", NULL };
  const char *articles[] = { "Approuve la stratégie numérique territoriale annexée.", "Autorise le président à signer tout document.", NULL };
  g_autoptr(MaillageAssembly) read_back = NULL;

  g_assert_no_error (error);
  /* Nothing for a project without one. */
  empty = maillage_project_to_data (project, NULL);
  g_assert_null (strstr (empty, "deliberation"));

  deliberation = maillage_project_get_deliberation (project);
  g_assert_true (maillage_deliberation_is_empty (deliberation));
  g_assert_false (maillage_project_get_dirty (project));
  maillage_deliberation_set_object (deliberation, "Adoption de la stratégie numérique territoriale");
  g_assert_true (maillage_project_get_dirty (project));
  maillage_deliberation_set_matiere_code (deliberation, "8.4");
  maillage_deliberation_set_visas (deliberation, visas);
  maillage_deliberation_set_articles (deliberation, articles);
  maillage_deliberation_add_assembly (deliberation, assembly);

  data = maillage_project_to_data (project, NULL);
  reread = maillage_project_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  again = maillage_project_to_data (reread, NULL);
  g_assert_cmpstr (again, ==, data);

  deliberation = maillage_project_get_deliberation (reread);
  g_assert_cmpstr (maillage_deliberation_get_matiere_code (deliberation), ==, "8.4");
  g_assert_cmpstr (maillage_deliberation_get_articles (deliberation)[1], ==, articles[1]);
  g_assert_cmpuint (g_list_model_get_n_items (maillage_deliberation_get_assemblies (deliberation)), ==, 1);
  read_back = g_list_model_get_item (maillage_deliberation_get_assemblies (deliberation), 0);
  g_assert_cmpstr (maillage_assembly_get_time (read_back), ==, "18:30");
  g_assert_cmpuint (maillage_assembly_get_represented (read_back), ==, 6);
  g_assert_cmpuint (maillage_assembly_get_abstentions (read_back), ==, 2);
  g_assert_false (maillage_project_get_dirty (reread));

  /* A change to an assembly makes the project dirty. */
  g_object_set (read_back, "place", "Mairie", NULL);
  g_assert_true (maillage_project_get_dirty (reread));
}

static void
test_unknown_members_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project =
    project_with ("  \"deliberation\": {\"object\": \"Objet\", \"future\": [1, 2],\n"
                  "    \"assemblies\": [{\"kind\": \"conseil-municipal\", \"name\": \"Conseil municipal\", \"later\": true}]},\n",
                  &error);
  g_autofree char *data = NULL;
  g_autoptr(MaillageAssembly) assembly = NULL;

  g_assert_no_error (error);
  assembly = g_list_model_get_item (maillage_deliberation_get_assemblies (maillage_project_get_deliberation (project)), 0);
  g_assert_cmpint (maillage_assembly_get_kind (assembly), ==, MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL);
  /* Left out of the file: the default title of its kind. */
  g_assert_cmpstr (maillage_assembly_get_president_title (assembly), ==, "Maire");

  data = maillage_project_to_data (project, NULL);
  g_assert_nonnull (strstr (data, "\"future\": [\n"));
  g_assert_nonnull (strstr (data, "\"later\": true"));
}

static void
test_bad_input (void)
{
  const char *cases[] = {
    "  \"deliberation\": [],\n",
    "  \"deliberation\": {\"matiere_code\": \"84\"},\n",
    "  \"deliberation\": {\"visas\": \"Vu\"},\n",
    "  \"deliberation\": {\"assemblies\": [{\"kind\": \"senat\"}]},\n",
    "  \"deliberation\": {\"assemblies\": [{\"name\": \"Sans type\"}]},\n",
    "  \"deliberation\": {\"assemblies\": [{\"kind\": \"autre\", \"date\": \"28/01/2027\"}]},\n",
    "  \"deliberation\": {\"assemblies\": [{\"kind\": \"autre\", \"time\": \"25:00\"}]},\n",
    "  \"deliberation\": {\"assemblies\": [{\"kind\": \"autre\", \"siret\": \"12345678901234\"}]},\n",
    "  \"deliberation\": {\"assemblies\": [{\"kind\": \"autre\", \"present\": -1}]},\n",
    "  \"deliberation\": {\"assemblies\": [{\"kind\": \"autre\", \"unanimous\": \"oui\"}]},\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MaillageProject) project = project_with (cases[i], &error);

      g_assert_null (project);
      g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_INVALID);
      /* The message names where in the file. */
      g_assert_nonnull (strstr (error->message, "$.deliberation"));
      g_test_message ("%s", error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deliberation/quorum-and-votes", test_quorum_and_votes);
  g_test_add_func ("/deliberation/actes-id", test_actes_id);
  g_test_add_func ("/deliberation/validation", test_validation);
  g_test_add_func ("/deliberation/round-trip", test_round_trip);
  g_test_add_func ("/deliberation/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/deliberation/bad-input", test_bad_input);

  return g_test_run ();
}
