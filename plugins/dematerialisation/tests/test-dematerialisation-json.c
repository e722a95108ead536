/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-dematerialisation-json.c: the module's object in the project file:
 * the demo loaded and saved gives the same bytes, members in a fixed
 * order, unknown numbers as null, absent members as their defaults; and
 * bad data refused with a message that names the member, the module left
 * as it was and the project's text kept.
 */
#define G_LOG_DOMAIN "test-dematerialisation-json"

#include "config.h"

#include <string.h>

#include "dematerialisation-test-utils.h"

/* Loaded, saved into the project, written: byte for byte the demo. */
static void
test_round_trip (void)
{
  g_autoptr(MaillageProject) project = dematerialisation_test_demo_project ();
  DematerialisationModule *module = dematerialisation_test_load_module (project);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  g_autoptr(JsonObject) resaved = NULL;
  g_autoptr(JsonNode) node_a = NULL;
  g_autoptr(JsonNode) node_b = NULL;
  DematerialisationModule *reloaded;

  g_assert_true (g_file_load_contents (file, NULL, &original, NULL, NULL, NULL));

  /* Stored as a change: the project writes it canonically, and the
   * canonical text is the demo's. */
  maillage_project_set_module_data (project, "dematerialisation", saved);
  written = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (written, ==, original);

  /* And through a second module: the same object again. */
  reloaded = g_object_new (DEMATERIALISATION_TYPE_MODULE, NULL);
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (reloaded), project, saved, NULL));
  resaved = maillage_module_save (MAILLAGE_MODULE (reloaded));
  node_a = json_node_init_object (json_node_alloc (), saved);
  node_b = json_node_init_object (json_node_alloc (), resaved);
  g_assert_true (json_node_equal (node_a, node_b));
  dematerialisation_test_unload (reloaded);

  dematerialisation_test_unload (module);
}

static void
assert_members (JsonObject         *object,
                const char * const *order)
{
  g_autoptr(GList) members = json_object_get_members (object);
  guint i = 0;

  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, order[i]);
  g_assert_null (order[i]);
}

static void
test_member_order (void)
{
  static const char * const module_order[] = { "version", "procedures", NULL };
  static const char * const procedure_order[] = {
    "name", "audiences", "service", "state", "target_state", "priority", "target_date",
    "accessibility", "compliance_rate", "volume", "platform", "notes", NULL
  };
  /* Members shuffled, some absent: written in order, all of them. */
  DematerialisationModule *module =
    dematerialisation_test_module_from ("{\"procedures\": [{\"volume\": 12, \"name\": \"Cantine\","
                                        " \"priority\": \"low\", \"audiences\": [\"staff\", \"individuals\"]}],"
                                        " \"version\": 1}");
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  JsonObject *procedure;
  JsonArray *audiences;

  assert_members (saved, module_order);
  g_assert_cmpint (json_object_get_int_member (saved, "version"), ==, DEMATERIALISATION_DATA_VERSION);
  procedure = json_array_get_object_element (json_object_get_array_member (saved, "procedures"), 0);
  assert_members (procedure, procedure_order);

  /* Defaults for what was absent, null for an unknown number. */
  g_assert_cmpstr (json_object_get_string_member (procedure, "state"), ==, "paper");
  g_assert_cmpstr (json_object_get_string_member (procedure, "target_state"), ==, "fully-online");
  g_assert_cmpstr (json_object_get_string_member (procedure, "priority"), ==, "low");
  g_assert_cmpstr (json_object_get_string_member (procedure, "accessibility"), ==, "not-assessed");
  g_assert_cmpstr (json_object_get_string_member (procedure, "target_date"), ==, "");
  g_assert_true (json_object_get_null_member (procedure, "compliance_rate"));
  g_assert_cmpint (json_object_get_int_member (procedure, "volume"), ==, 12);

  /* Audiences in the list's order. */
  audiences = json_object_get_array_member (procedure, "audiences");
  g_assert_cmpuint (json_array_get_length (audiences), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (audiences, 0), ==, "individuals");
  g_assert_cmpstr (json_array_get_string_element (audiences, 1), ==, "staff");

  dematerialisation_test_unload (module);
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  DematerialisationModule *module = g_object_new (DEMATERIALISATION_TYPE_MODULE, NULL);
  g_autoptr(JsonObject) saved = NULL;
  g_autoptr(GError) error = NULL;

  /* A project without the module's object: an empty module. */
  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "dematerialisation", project, &error));
  g_assert_no_error (error);
  saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (saved, "procedures")), ==, 0);

  dematerialisation_test_unload (module);
}

static const char good[] =
  "{\"version\": 1, \"procedures\": [{\"name\": \"Cantine\", \"state\": \"partly-online\"}]}";

/* What a hand-edited file may hold: each refused with a message naming
 * the member, and a module that had data keeps it. */
static void
test_bad_data (void)
{
  static const struct
  {
    const char *json;
    const char *named;
  } bad[] = {
    { "{\"version\": 2}", "version 2" },
    { "{\"version\": \"1\"}", "version" },
    { "{\"procedures\": {}}", "procedures" },
    { "{\"procedures\": [1]}", "procedures[0]" },
    { "{\"procedures\": [{\"name\": 3}]}", "procedures[0].name" },
    { "{\"procedures\": [{}, {\"audiences\": \"staff\"}]}", "procedures[1].audiences" },
    { "{\"procedures\": [{\"audiences\": [\"staff\", \"kids\"]}]}", "procedures[0].audiences[1]" },
    { "{\"procedures\": [{\"state\": \"online\"}]}", "paper, downloadable-form, partly-online, fully-online" },
    { "{\"procedures\": [{\"target_state\": null}]}", "procedures[0].target_state" },
    { "{\"procedures\": [{\"priority\": \"urgent\"}]}", "high, medium, low" },
    { "{\"procedures\": [{\"target_date\": \"2027-13\"}]}", "procedures[0].target_date" },
    { "{\"procedures\": [{\"target_date\": \"09/2027\"}]}", "09/2027" },
    { "{\"procedures\": [{\"accessibility\": \"AA\"}]}", "procedures[0].accessibility" },
    { "{\"procedures\": [{\"compliance_rate\": 120}]}", "procedures[0].compliance_rate" },
    { "{\"procedures\": [{\"compliance_rate\": 50.5}]}", "procedures[0].compliance_rate" },
    { "{\"procedures\": [{\"volume\": -1}]}", "-1" },
    { "{\"procedures\": [{\"volume\": \"1200\"}]}", "procedures[0].volume" },
    { "{\"procedures\": [{\"notes\": null}]}", "procedures[0].notes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      DematerialisationModule *module = dematerialisation_test_module_from (good);
      g_autoptr(MaillageProject) project = maillage_project_new ();
      g_autoptr(JsonObject) data = dematerialisation_test_parse_object (bad[i].json);
      g_autoptr(JsonObject) saved = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
      g_assert_nonnull (error);
      g_test_message ("%s → %s", bad[i].json, error->message);
      if (strstr (error->message, bad[i].named) == NULL)
        g_error ("case %u: “%s” does not name “%s”", i, error->message, bad[i].named);

      /* Nothing half-read: the module is as it was. */
      saved = maillage_module_save (MAILLAGE_MODULE (module));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (saved, "procedures")), ==, 1);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                         json_object_get_array_member (saved, "procedures"), 0), "state"), ==, "partly-online");

      dematerialisation_test_unload (module);
    }
}

/* A project whose module object is refused keeps its text, byte for byte
 * and layout included, when it is written again. */
static void
test_bad_data_kept (void)
{
  static const char text[] =
    "{\n"
    "  \"format\": \"io.github.maillage.Project\",\n"
    "  \"version\": 1,\n"
    "  \"metadata\": {\n"
    "    \"title\": \"Essai\",\n"
    "    \"authors\": []\n"
    "  },\n"
    "  \"territory\": {\n"
    "    \"name\": \"Val de Sorne\",\n"
    "    \"kind\": \"epci\",\n"
    "    \"siren\": \"\",\n"
    "    \"departement\": \"\",\n"
    "    \"communes\": []\n"
    "  },\n"
    "  \"actions\": [],\n"
    "  \"modules\": {\n"
    "    \"dematerialisation\": {\"version\": 1,  \"procedures\": [{\"state\": \"en ligne\"}]}\n"
    "  }\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = maillage_project_new_from_data (text, -1, &error);
  DematerialisationModule *module = g_object_new (DEMATERIALISATION_TYPE_MODULE, NULL);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  g_assert_false (maillage_module_attach (MAILLAGE_MODULE (module), "dematerialisation", project, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "en ligne"));

  written = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (written, ==, text);
  g_assert_false (maillage_project_get_dirty (project));

  g_assert_finalize_object (module);
}

int
main (int   argc,
      char *argv[])
{
  dematerialisation_test_init (&argc, &argv);

  g_test_add_func ("/dematerialisation/json/round-trip", test_round_trip);
  g_test_add_func ("/dematerialisation/json/member-order", test_member_order);
  g_test_add_func ("/dematerialisation/json/empty", test_empty);
  g_test_add_func ("/dematerialisation/json/bad-data", test_bad_data);
  g_test_add_func ("/dematerialisation/json/bad-data-kept", test_bad_data_kept);

  return g_test_run ();
}
