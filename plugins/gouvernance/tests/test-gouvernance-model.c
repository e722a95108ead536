/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-gouvernance-model.c: the Gouvernance model and modules.gouvernance:
 * every member read, written back in the fixed order, and read again to
 * the same bytes; an empty module; the module's lists and fields, which
 * say "changed" only for a real change; bad files refused with the path
 * of the member at fault, the module left empty.
 */
#define G_LOG_DOMAIN "test-gouvernance-model"

#include "config.h"

#include <string.h>

#include "gouvernance-module-private.h"
#include "gouvernance-test-utils.h"

static const char full_json[] =
  "{\"version\": 1, \"echelon\": \"epci\", \"perimeter\": \"Les 3 communes de la communauté\","
  " \"context\": \"Premier paragraphe.\\n\\nSecond.\","
  " \"bodies\": ["
  "  {\"name\": \"Comité stratégique du numérique\", \"kind\": \"strategique\","
  "   \"frequency\": \"semestrielle\", \"next_meeting\": \"2027-03-15\","
  "   \"members\": [{\"name\": \"Claire Fontaine\", \"role\": \"présidente\"},"
  "                {\"name\": \"Région\", \"role\": \"\"}]},"
  "  {\"name\": \"Comité technique\", \"kind\": \"technique\", \"frequency\": \"\","
  "   \"next_meeting\": \"\", \"members\": []}"
  " ],"
  " \"members\": ["
  "  {\"name\": \"Arlenans-le-Bief\", \"kind\": \"commune\", \"siren\": \"213908015\","
  "   \"roles\": [\"coporteur\", \"beneficiaire\"]},"
  "  {\"name\": \"Fibre & Co\", \"kind\": \"entreprise\", \"siren\": \"12345\", \"roles\": []}"
  " ],"
  " \"coordinator\": {\"name\": \"Julien Morel\", \"function\": \"Chef de projet\","
  "                   \"organisation\": \"Communauté de test\", \"email\": \"j.morel@example.org\"},"
  " \"councils\": [{\"name\": \"CLN du plateau\", \"status\": \"installe\","
  "                 \"communes\": [\"39801\", \"39803\"], \"area\": \"Le plateau\"}],"
  " \"training\": {\"plan\": \"Former les élus.\","
  "   \"sessions\": [{\"date\": \"2027-02-01\", \"audience\": \"elus\", \"topic\": \"Cybersécurité\"},"
  "                  {\"date\": \"\", \"audience\": \"agents\", \"topic\": \"Données\"}]}}";

/* The module's object as the project writes it: canonical, pretty, the
 * members in the fixed order whatever the order read. */
static const char full_canonical[] =
  "    \"gouvernance\": {\n"
  "      \"version\": 1,\n"
  "      \"echelon\": \"epci\",\n"
  "      \"perimeter\": \"Les 3 communes de la communauté\",\n"
  "      \"context\": \"Premier paragraphe.\\n\\nSecond.\",\n"
  "      \"bodies\": [\n"
  "        {\n"
  "          \"name\": \"Comité stratégique du numérique\",\n"
  "          \"kind\": \"strategique\",\n"
  "          \"frequency\": \"semestrielle\",\n"
  "          \"next_meeting\": \"2027-03-15\",\n"
  "          \"members\": [\n"
  "            {\n"
  "              \"name\": \"Claire Fontaine\",\n"
  "              \"role\": \"présidente\"\n"
  "            },\n"
  "            {\n"
  "              \"name\": \"Région\",\n"
  "              \"role\": \"\"\n"
  "            }\n"
  "          ]\n"
  "        },\n"
  "        {\n"
  "          \"name\": \"Comité technique\",\n"
  "          \"kind\": \"technique\",\n"
  "          \"frequency\": \"\",\n"
  "          \"next_meeting\": \"\",\n"
  "          \"members\": []\n"
  "        }\n"
  "      ],\n"
  "      \"members\": [\n"
  "        {\n"
  "          \"name\": \"Arlenans-le-Bief\",\n"
  "          \"kind\": \"commune\",\n"
  "          \"siren\": \"213908015\",\n"
  "          \"roles\": [\n"
  "            \"coporteur\",\n"
  "            \"beneficiaire\"\n"
  "          ]\n"
  "        },\n"
  "        {\n"
  "          \"name\": \"Fibre & Co\",\n"
  "          \"kind\": \"entreprise\",\n"
  "          \"siren\": \"12345\",\n"
  "          \"roles\": []\n"
  "        }\n"
  "      ],\n"
  "      \"coordinator\": {\n"
  "        \"name\": \"Julien Morel\",\n"
  "        \"function\": \"Chef de projet\",\n"
  "        \"organisation\": \"Communauté de test\",\n"
  "        \"email\": \"j.morel@example.org\"\n"
  "      },\n"
  "      \"councils\": [\n"
  "        {\n"
  "          \"name\": \"CLN du plateau\",\n"
  "          \"status\": \"installe\",\n"
  "          \"communes\": [\n"
  "            \"39801\",\n"
  "            \"39803\"\n"
  "          ],\n"
  "          \"area\": \"Le plateau\"\n"
  "        }\n"
  "      ],\n"
  "      \"training\": {\n"
  "        \"plan\": \"Former les élus.\",\n"
  "        \"sessions\": [\n"
  "          {\n"
  "            \"date\": \"2027-02-01\",\n"
  "            \"audience\": \"elus\",\n"
  "            \"topic\": \"Cybersécurité\"\n"
  "          },\n"
  "          {\n"
  "            \"date\": \"\",\n"
  "            \"audience\": \"agents\",\n"
  "            \"topic\": \"Données\"\n"
  "          }\n"
  "        ]\n"
  "      }\n"
  "    }\n";

static gpointer
item_at (GouvernanceModule *module,
         GouvernanceList    list,
         guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (gouvernance_module_get_list (module, list), position);

  g_assert_nonnull (item);
  /* The module keeps it alive. */
  return item;
}

static guint
n_items (GouvernanceModule *module,
         GouvernanceList    list)
{
  return g_list_model_get_n_items (gouvernance_module_get_list (module, list));
}

static void
test_read (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  GouvernanceBody *body;
  GouvernanceMember *member;
  GouvernanceCouncil *council;
  GouvernanceSession *session;
  const char *communes[] = { TEST_INSEE_A, TEST_INSEE_C, NULL };

  g_assert_cmpint (gouvernance_module_get_echelon (module), ==, GOUVERNANCE_ECHELON_EPCI);
  g_assert_cmpstr (gouvernance_module_get_perimeter (module), ==, "Les 3 communes de la communauté");
  g_assert_cmpstr (gouvernance_module_get_context (module), ==, "Premier paragraphe.\n\nSecond.");

  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_BODIES), ==, 2);
  body = item_at (module, GOUVERNANCE_LIST_BODIES, 0);
  g_assert_cmpstr (gouvernance_body_get_name (body), ==, "Comité stratégique du numérique");
  g_assert_cmpint (gouvernance_body_get_kind (body), ==, GOUVERNANCE_BODY_STRATEGIC);
  g_assert_cmpstr (gouvernance_body_get_frequency (body), ==, "semestrielle");
  g_assert_cmpstr (gouvernance_body_get_next_meeting (body), ==, "2027-03-15");
  g_assert_cmpuint (gouvernance_body_get_n_participants (body), ==, 2);
  g_assert_cmpstr (gouvernance_body_get_participant (body, 0)->role, ==, "présidente");

  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_MEMBERS), ==, 2);
  member = item_at (module, GOUVERNANCE_LIST_MEMBERS, 0);
  g_assert_cmpint (gouvernance_member_get_kind (member), ==, GOUVERNANCE_MEMBER_COMMUNE);
  g_assert_cmpuint (gouvernance_member_get_roles (member), ==, GOUVERNANCE_ROLE_COPORTEUR | GOUVERNANCE_ROLE_BENEFICIAIRE);
  g_assert_true (gouvernance_member_siren_is_valid (member));
  /* A wrong number is kept, for the findings to report. */
  member = item_at (module, GOUVERNANCE_LIST_MEMBERS, 1);
  g_assert_cmpstr (gouvernance_member_get_siren (member), ==, "12345");
  g_assert_false (gouvernance_member_siren_is_valid (member));

  g_assert_true (gouvernance_module_has_coordinator (module));
  g_assert_cmpstr (gouvernance_module_get_coordinator (module, GOUVERNANCE_COORDINATOR_EMAIL), ==,
                   "j.morel@example.org");

  council = item_at (module, GOUVERNANCE_LIST_COUNCILS, 0);
  g_assert_cmpint (gouvernance_council_get_status (council), ==, GOUVERNANCE_COUNCIL_ACTIVE);
  g_assert_true (g_strv_equal (gouvernance_council_get_communes (council), communes));

  g_assert_cmpstr (gouvernance_module_get_training_plan (module), ==, "Former les élus.");
  session = item_at (module, GOUVERNANCE_LIST_SESSIONS, 1);
  g_assert_cmpint (gouvernance_session_get_audience (session), ==, GOUVERNANCE_AUDIENCE_STAFF);
  g_assert_cmpstr (gouvernance_session_get_date (session), ==, "");

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_round_trip (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(GouvernanceModule) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  first = gouvernance_test_canonical (project, module);
  if (strstr (first, full_canonical) == NULL)
    g_error ("not canonical:\n%s", first);

  /* Read back through the project file, written again: the same bytes. */
  reread = maillage_project_new_from_data (first, -1, &error);
  g_assert_no_error (error);
  again = gouvernance_test_module (reread, NULL);
  second = gouvernance_test_canonical (reread, again);
  g_assert_cmpstr (first, ==, second);

  maillage_module_unload (MAILLAGE_MODULE (module));
  maillage_module_unload (MAILLAGE_MODULE (again));
}

/* The demo project's object comes back byte for byte. */
static void
test_round_trip_demo (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_demo_project ();
  g_autofree char *before = maillage_project_to_data (project, NULL);
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  g_autofree char *after = gouvernance_test_canonical (project, module);

  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_BODIES), >, 0);
  g_assert_cmpstr (before, ==, after);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, NULL);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *json = NULL;

  json_node_set_object (node, saved);
  json = json_to_string (node, FALSE);
  g_assert_cmpstr (json, ==,
                   "{\"version\":1,\"echelon\":\"\",\"perimeter\":\"\",\"context\":\"\",\"bodies\":[],"
                   "\"members\":[],\"coordinator\":{\"name\":\"\",\"function\":\"\",\"organisation\":\"\","
                   "\"email\":\"\"},\"councils\":[],\"training\":{\"plan\":\"\",\"sessions\":[]}}");

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* Members left out take their defaults; an older hand-written file
 * without a version reads as version 1. */
static void
test_defaults (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project,
    "{\"bodies\": [{\"name\": \"Comité\"}], \"members\": [{\"name\": \"X\"}],"
    " \"councils\": [{\"name\": \"CLN\"}], \"training\": {\"sessions\": [{\"topic\": \"T\"}]}}");
  GouvernanceBody *body = item_at (module, GOUVERNANCE_LIST_BODIES, 0);
  GouvernanceMember *member = item_at (module, GOUVERNANCE_LIST_MEMBERS, 0);
  GouvernanceCouncil *council = item_at (module, GOUVERNANCE_LIST_COUNCILS, 0);
  GouvernanceSession *session = item_at (module, GOUVERNANCE_LIST_SESSIONS, 0);

  g_assert_cmpint (gouvernance_module_get_echelon (module), ==, GOUVERNANCE_ECHELON_NONE);
  g_assert_cmpint (gouvernance_body_get_kind (body), ==, GOUVERNANCE_BODY_OTHER);
  g_assert_cmpint (gouvernance_member_get_kind (member), ==, GOUVERNANCE_MEMBER_OTHER);
  g_assert_cmpstr (gouvernance_member_get_siren (member), ==, "");
  g_assert_cmpint (gouvernance_council_get_status (council), ==, GOUVERNANCE_COUNCIL_PLANNED);
  g_assert_cmpint (gouvernance_session_get_audience (session), ==, GOUVERNANCE_AUDIENCE_BOTH);
  g_assert_false (gouvernance_module_has_coordinator (module));

  maillage_module_unload (MAILLAGE_MODULE (module));
}

static void
test_bad_data (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{\"version\": \"1\"}", "Member “version”: a whole number, 1 or more, is expected" },
    { "{\"version\": 0}", "Member “version”: a whole number, 1 or more, is expected" },
    { "{\"echelon\": 3}", "Member “echelon”: a string is expected" },
    { "{\"echelon\": \"canton\"}",
      "Member “echelon”: one of “”, “epci”, “bassins-de-vie”, “departement”, “region”, “autre” is expected" },
    { "{\"perimeter\": null}", "Member “perimeter”: a string is expected" },
    { "{\"bodies\": {}}", "Member “bodies”: an array is expected" },
    { "{\"bodies\": [\"Comité\"]}", "Member “bodies[0]”: an object is expected" },
    { "{\"bodies\": [{\"name\": \"A\"}, {\"kind\": \"technique\"}]}", "Member “bodies[1].name”: a value is required" },
    { "{\"bodies\": [{\"name\": \"A\", \"kind\": \"pilotage\"}]}",
      "Member “bodies[0].kind”: one of “strategique”, “technique”, “consultatif”, “autre” is expected" },
    { "{\"bodies\": [{\"name\": \"A\", \"next_meeting\": \"15/03/2027\"}]}",
      "Member “bodies[0].next_meeting”: a date in the form YYYY-MM-DD, or an empty string, is expected" },
    { "{\"bodies\": [{\"name\": \"A\", \"members\": [{\"name\": \"B\", \"role\": 2}]}]}",
      "Member “bodies[0].members[0].role”: a string is expected" },
    { "{\"members\": [{\"name\": \"A\", \"siren\": 213908015}]}", "Member “members[0].siren”: a string is expected" },
    { "{\"members\": [{\"name\": \"A\", \"roles\": \"coporteur\"}]}", "Member “members[0].roles”: an array is expected" },
    { "{\"members\": [{\"name\": \"A\", \"roles\": [\"pilote\"]}]}",
      "Member “members[0].roles[0]”: one of “coporteur”, “cofinanceur”, “beneficiaire”, “observateur” is expected" },
    { "{\"coordinator\": []}", "Member “coordinator”: an object is expected" },
    { "{\"coordinator\": {\"email\": true}}", "Member “coordinator.email”: a string is expected" },
    { "{\"councils\": [{\"name\": \"A\", \"communes\": [\"Sorneval\"]}]}",
      "Member “councils[0].communes[0]”: an INSEE code of five characters is expected" },
    { "{\"councils\": [{\"name\": \"A\", \"status\": \"actif\"}]}",
      "Member “councils[0].status”: one of “en-projet”, “installe”, “en-sommeil” is expected" },
    { "{\"training\": \"Former\"}", "Member “training”: an object is expected" },
    { "{\"training\": {\"sessions\": [{\"topic\": \"A\", \"date\": \"2027-02-30\"}]}}",
      "Member “training.sessions[0].date”: a date in the form YYYY-MM-DD, or an empty string, is expected" },
    { "{\"training\": {\"sessions\": [{\"date\": \"\"}]}}", "Member “training.sessions[0].topic”: a value is required" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MaillageProject) project = gouvernance_test_project ();
      g_autoptr(GouvernanceModule) module = gouvernance_module_new ();
      g_autoptr(JsonObject) data = gouvernance_test_parse (cases[i].json);
      g_autoptr(GError) error = NULL;

      /* Good parts before the fault: nothing of them may stay. */
      if (!json_object_has_member (data, "perimeter"))
        json_object_set_string_member (data, "perimeter", "Périmètre lu avant la faute");
      if (!json_object_has_member (data, "bodies"))
        {
          JsonArray *bodies = json_array_new ();
          JsonObject *body = json_object_new ();

          json_object_set_string_member (body, "name", "Comité lu avant la faute");
          json_array_add_object_element (bodies, body);
          json_object_set_array_member (data, "bodies", bodies);
        }

      g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, cases[i].message);

      /* The module is left empty. */
      g_assert_cmpstr (gouvernance_module_get_perimeter (module), ==, "");
      for (GouvernanceList list = 0; list < GOUVERNANCE_N_LISTS; list++)
        g_assert_cmpuint (n_items (module, list), ==, 0);
      g_assert_false (gouvernance_module_has_coordinator (module));
    }
}

static void
test_newer_version (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_module_new ();
  g_autoptr(JsonObject) data = gouvernance_test_parse ("{\"version\": 2, \"perimeter\": \"Nouveau\"}");
  g_autoptr(GError) error = NULL;

  g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_assert_cmpstr (gouvernance_module_get_perimeter (module), ==, "");
}

/* Through the project, as the application does: a faulty object stays in
 * the file byte for byte. */
static void
test_bad_data_kept (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(JsonObject) data = gouvernance_test_parse ("{\"version\": 1, \"bodies\": [{\"name\": 7}]}");
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(GouvernanceModule) module = gouvernance_module_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;

  maillage_project_set_module_data (project, "gouvernance", data);
  text = maillage_project_to_data (project, NULL);
  reread = maillage_project_new_from_data (text, -1, &error);
  g_assert_no_error (error);

  g_assert_false (maillage_module_attach (MAILLAGE_MODULE (module), "gouvernance", reread, &error));
  g_assert_cmpstr (error->message, ==, "Member “bodies[0].name”: a string is expected");

  saved = maillage_project_to_data (reread, NULL);
  g_assert_cmpstr (saved, ==, text);
  g_assert_nonnull (strstr (saved, "\"name\": 7"));
}

static void
test_changes (void)
{
  g_autoptr(MaillageProject) project = gouvernance_test_project ();
  g_autoptr(GouvernanceModule) module = gouvernance_test_module (project, full_json);
  g_autoptr(GouvernanceBody) same = NULL;
  g_autoptr(GouvernanceBody) other = NULL;
  g_autoptr(GouvernanceSession) session = gouvernance_session_new (GOUVERNANCE_AUDIENCE_BOTH, "RGPD", "");
  GouvernanceBody *first;

  /* Loading is not a change. */
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 0);

  gouvernance_module_set_echelon (module, GOUVERNANCE_ECHELON_EPCI);
  gouvernance_module_set_perimeter (module, "Les 3 communes de la communauté");
  gouvernance_module_set_coordinator (module, "Julien Morel", "Chef de projet", "Communauté de test",
                                      "j.morel@example.org");
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 0);

  gouvernance_module_set_echelon (module, GOUVERNANCE_ECHELON_BASSINS_DE_VIE);
  gouvernance_module_set_training_plan (module, "Autre plan");
  gouvernance_module_set_coordinator (module, "Julien Morel", "Directeur", "Communauté de test",
                                      "j.morel@example.org");
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 3);

  /* Replacing a body by one that says the same is no change; by another,
   * one change, in its place. */
  first = item_at (module, GOUVERNANCE_LIST_BODIES, 0);
  same = gouvernance_body_new (gouvernance_body_get_name (first), GOUVERNANCE_BODY_STRATEGIC);
  gouvernance_body_set_frequency (same, "semestrielle");
  gouvernance_body_set_next_meeting (same, "2027-03-15");
  gouvernance_body_add_participant (same, "Claire Fontaine", "présidente");
  gouvernance_body_add_participant (same, "Région", "");
  gouvernance_module_replace_item (module, GOUVERNANCE_LIST_BODIES, first, same);
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 3);
  g_assert_true (item_at (module, GOUVERNANCE_LIST_BODIES, 0) == first);

  other = gouvernance_body_new ("Comité de pilotage", GOUVERNANCE_BODY_STRATEGIC);
  gouvernance_module_replace_item (module, GOUVERNANCE_LIST_BODIES, first, other);
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 4);
  g_assert_true (item_at (module, GOUVERNANCE_LIST_BODIES, 0) == other);
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_BODIES), ==, 2);

  gouvernance_module_add_item (module, GOUVERNANCE_LIST_SESSIONS, session);
  gouvernance_module_remove_item (module, GOUVERNANCE_LIST_BODIES, other);
  g_assert_cmpuint (gouvernance_test_count_changes (module), ==, 6);
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_SESSIONS), ==, 3);
  g_assert_cmpuint (n_items (module, GOUVERNANCE_LIST_BODIES), ==, 1);

  /* Each change reached the project. */
  {
    JsonObject *data = maillage_project_get_module_data (project, "gouvernance");

    g_assert_cmpstr (json_object_get_string_member (data, "echelon"), ==, "bassins-de-vie");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (data, "bodies")), ==, 1);
  }

  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  gouvernance_test_init (&argc, &argv);

  g_test_add_func ("/gouvernance/model/read", test_read);
  g_test_add_func ("/gouvernance/model/round-trip", test_round_trip);
  g_test_add_func ("/gouvernance/model/round-trip-demo", test_round_trip_demo);
  g_test_add_func ("/gouvernance/model/empty", test_empty);
  g_test_add_func ("/gouvernance/model/defaults", test_defaults);
  g_test_add_func ("/gouvernance/model/bad-data", test_bad_data);
  g_test_add_func ("/gouvernance/model/newer-version", test_newer_version);
  g_test_add_func ("/gouvernance/model/bad-data-kept", test_bad_data_kept);
  g_test_add_func ("/gouvernance/model/changes", test_changes);

  return g_test_run ();
}
