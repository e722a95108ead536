/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mutualisation-json.c: the module's object in the project file:
 * written in a fixed order, read back into the same model, saved again
 * into the same canonical bytes; the demo's object kept byte for byte;
 * members left out take their defaults; and every wrong value a
 * hand-edited file may hold refused by its path, leaving the module as it
 * was.
 */
#define G_LOG_DOMAIN "test-mutualisation-json"

#include "config.h"

#include <string.h>

#include "mutualisation-module-private.h"
#include "mutualisation-test-utils.h"

static char *
canonical (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  return maillage_json_write_text (node, NULL);
}

/* A module read from @text, with no project around it. */
static MutualisationModule *
module_from_text (const char  *text,
                  GError     **error)
{
  g_autoptr(MutualisationModule) module = g_object_new (MUTUALISATION_TYPE_MODULE, NULL);
  g_autoptr(JsonObject) data = mutualisation_test_parse_object (text);

  if (!_mutualisation_module_read (module, data, error))
    return NULL;
  return g_steal_pointer (&module);
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

/* The demo's object: version first, members in a fixed order; saved
 * into the project, the file is the same to the byte. */
static void
test_demo_object (void)
{
  static const char * const top[] = { "version", "resources", NULL };
  static const char * const resource_order[] = {
    "name", "category", "category_other", "description", "vehicle", "vehicle_other", "cost", "key",
    "usage_unit", "communes", "organisations", NULL
  };
  static const char * const commune_order[] = { "insee", "units", "basis_points", "amount", NULL };
  g_autoptr(MaillageProject) project = mutualisation_test_demo_project ();
  g_autoptr(MutualisationModule) module = mutualisation_test_load_module (project);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  JsonArray *resources;
  JsonObject *first;

  assert_members (saved, top);
  g_assert_cmpint (json_object_get_int_member (saved, "version"), ==, MUTUALISATION_DATA_VERSION);
  resources = json_object_get_array_member (saved, "resources");
  g_assert_cmpuint (json_array_get_length (resources), ==, 6);
  first = json_array_get_object_element (resources, 0);
  assert_members (first, resource_order);
  assert_members (json_array_get_object_element (json_object_get_array_member (first, "communes"), 0),
                  commune_order);
  g_assert_cmpint (json_object_get_int_member (first, "cost"), ==, 9600000);

  maillage_project_set_module_data (project, "mutualisation", saved);
  g_assert_true (g_file_load_contents (file, NULL, &original, NULL, NULL, NULL));
  written = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (written, ==, original);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* Every kind of value, read and written back to the same canonical text,
 * twice over. */
static void
test_round_trip (void)
{
  static const char *text =
    "{\n"
    "  \"version\": 1,\n"
    "  \"resources\": [\n"
    "    {\n"
    "      \"name\": \"Visioconférence « pour tous »\",\n"
    "      \"category\": \"other\",\n"
    "      \"category_other\": \"Visioconférence\",\n"
    "      \"description\": \"Deux lignes\\net des \\\"guillemets\\\"\",\n"
    "      \"vehicle\": \"other\",\n"
    "      \"vehicle_other\": \"Entente intercommunale\",\n"
    "      \"cost\": 9223372036854775,\n"
    "      \"key\": \"custom-percent\",\n"
    "      \"usage_unit\": \"salles\",\n"
    "      \"communes\": [\n"
    "        {\n"
    "          \"insee\": \"2A004\",\n"
    "          \"units\": 4294967295,\n"
    "          \"basis_points\": 10000,\n"
    "          \"amount\": 0\n"
    "        },\n"
    "        {\n"
    "          \"insee\": \"39801\",\n"
    "          \"units\": 0,\n"
    "          \"basis_points\": 0,\n"
    "          \"amount\": 9223372036854775\n"
    "        }\n"
    "      ],\n"
    "      \"organisations\": [\n"
    "        \"Département du Jura\",\n"
    "        \"\"\n"
    "      ]\n"
    "    },\n"
    "    {\n"
    "      \"name\": \"\",\n"
    "      \"category\": \"hosting\",\n"
    "      \"category_other\": \"\",\n"
    "      \"description\": \"\",\n"
    "      \"vehicle\": \"shared-service\",\n"
    "      \"vehicle_other\": \"\",\n"
    "      \"cost\": 0,\n"
    "      \"key\": \"population\",\n"
    "      \"usage_unit\": \"\",\n"
    "      \"communes\": [],\n"
    "      \"organisations\": []\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualisationModule) module = module_from_text (text, &error);
  g_autoptr(JsonObject) saved = NULL;
  g_autoptr(MutualisationModule) again = NULL;
  g_autoptr(JsonObject) saved_again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(MutualisationResource) resource = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (module);

  resource = g_list_model_get_item (mutualisation_module_get_resources (module), 0);
  g_assert_cmpint (mutualisation_resource_get_key (resource), ==, MUTUALISATION_KEY_CUSTOM_PERCENT);
  g_assert_cmpint (mutualisation_resource_get_cost (resource), ==, MUTUALISATION_MAX_CENTS);
  g_assert_cmpstr (mutualisation_resource_get_category_label (resource, FALSE), ==, "Visioconférence");
  g_assert_cmpstr (mutualisation_resource_get_member (resource, 0)->insee, ==, "2A004");

  saved = maillage_module_save (MAILLAGE_MODULE (module));
  first = canonical (saved);
  g_assert_cmpstr (first, ==, text);

  again = module_from_text (first, &error);
  g_assert_no_error (error);
  saved_again = maillage_module_save (MAILLAGE_MODULE (again));
  second = canonical (saved_again);
  g_assert_cmpstr (second, ==, first);
}

/* What is left out takes its default; communes come back sorted. */
static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualisationModule) empty = module_from_text ("{}", &error);
  g_autoptr(MutualisationModule) module = NULL;
  g_autoptr(MutualisationResource) resource = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mutualisation_module_get_resources (empty)), ==, 0);

  module = module_from_text ("{\"resources\": [{\"communes\": [{\"insee\": \"39805\"}, {\"insee\": \"39802\"}]}]}",
                             &error);
  g_assert_no_error (error);
  resource = g_list_model_get_item (mutualisation_module_get_resources (module), 0);
  g_assert_cmpstr (mutualisation_resource_get_name (resource), ==, "");
  g_assert_cmpint (mutualisation_resource_get_category (resource), ==, MUTUALISATION_CATEGORY_OTHER);
  g_assert_cmpint (mutualisation_resource_get_vehicle (resource), ==, MUTUALISATION_VEHICLE_OTHER);
  g_assert_cmpint (mutualisation_resource_get_key (resource), ==, MUTUALISATION_KEY_POPULATION);
  g_assert_cmpint (mutualisation_resource_get_cost (resource), ==, 0);
  g_assert_cmpuint (mutualisation_resource_get_n_members (resource), ==, 2);
  g_assert_cmpstr (mutualisation_resource_get_member (resource, 0)->insee, ==, "39802");
  g_assert_cmpstr (mutualisation_resource_get_member (resource, 1)->insee, ==, "39805");
  g_assert_null (mutualisation_resource_get_organisations (resource)[0]);
}

/* Each wrong value is refused, named by its path, and the module keeps
 * what it had. */
static void
test_refused (void)
{
  static const struct { const char *text; const char *path; } bad[] = {
    { "{\"version\": 2}", "version 2" },
    { "{\"version\": \"1\"}", "“version”" },
    { "{\"resources\": {}}", "“resources”" },
    { "{\"resources\": [3]}", "“resources[0]”" },
    { "{\"resources\": [{}, {\"name\": 3}]}", "“resources[1].name”" },
    { "{\"resources\": [{\"category\": \"castle\"}]}", "“resources[0].category”" },
    { "{\"resources\": [{\"vehicle\": \"shared service\"}]}", "“resources[0].vehicle”" },
    { "{\"resources\": [{\"key\": \"Population\"}]}", "“resources[0].key”" },
    { "{\"resources\": [{\"cost\": -1}]}", "“resources[0].cost”" },
    { "{\"resources\": [{\"cost\": 1.5}]}", "“resources[0].cost”" },
    { "{\"resources\": [{\"cost\": \"100\"}]}", "“resources[0].cost”" },
    { "{\"resources\": [{\"cost\": 9223372036854776}]}", "“resources[0].cost”" },
    { "{\"resources\": [{\"cost\": null}]}", "“resources[0].cost”" },
    { "{\"resources\": [{\"communes\": {}}]}", "“resources[0].communes”" },
    { "{\"resources\": [{\"communes\": [\"39801\"]}]}", "“resources[0].communes[0]”" },
    { "{\"resources\": [{\"communes\": [{\"units\": 1}]}]}", "“resources[0].communes[0].insee”" },
    { "{\"resources\": [{\"communes\": [{\"insee\": \"3980\"}]}]}", "“resources[0].communes[0].insee”" },
    { "{\"resources\": [{\"communes\": [{\"insee\": 39801}]}]}", "“resources[0].communes[0].insee”" },
    { "{\"resources\": [{\"communes\": [{\"insee\": \"39801\"}, {\"insee\": \"39801\"}]}]}",
      "“resources[0].communes”" },
    { "{\"resources\": [{\"communes\": [{\"insee\": \"39801\", \"units\": 4294967296}]}]}",
      "“resources[0].communes[0].units”" },
    { "{\"resources\": [{\"communes\": [{\"insee\": \"39801\", \"basis_points\": 10001}]}]}",
      "“resources[0].communes[0].basis_points”" },
    { "{\"resources\": [{\"communes\": [{\"insee\": \"39801\", \"amount\": -5}]}]}",
      "“resources[0].communes[0].amount”" },
    { "{\"resources\": [{\"organisations\": \"Département\"}]}", "“resources[0].organisations”" },
    { "{\"resources\": [{\"organisations\": [\"Département\", 3]}]}", "“resources[0].organisations”" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualisationModule) module =
    module_from_text ("{\"resources\": [{\"name\": \"Gardé\", \"cost\": 100}]}", &error);
  g_autoptr(JsonObject) before = maillage_module_save (MAILLAGE_MODULE (module));
  g_autofree char *before_text = canonical (before);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonObject) data = mutualisation_test_parse_object (bad[i].text);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonObject) after = NULL;
      g_autofree char *after_text = NULL;

      g_assert_false (_mutualisation_module_read (module, data, &local_error));
      g_assert_nonnull (local_error);
      g_test_message ("%s → %s", bad[i].text, local_error->message);
      if (strstr (local_error->message, bad[i].path) == NULL)
        g_error ("“%s” does not name %s", local_error->message, bad[i].path);

      after = maillage_module_save (MAILLAGE_MODULE (module));
      after_text = canonical (after);
      g_assert_cmpstr (after_text, ==, before_text);
    }
}

/* Through the application's entry point: a refused object leaves the
 * project's data as it was. */
static void
test_load_refused (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MutualisationModule) module = g_object_new (MUTUALISATION_TYPE_MODULE, NULL);
  g_autoptr(JsonObject) data = mutualisation_test_parse_object ("{\"resources\": [{\"key\": 3}]}");
  g_autoptr(GError) error = NULL;

  g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (g_list_model_get_n_items (mutualisation_module_get_resources (module)), ==, 0);
  g_assert_null (mutualisation_module_get_territory (module));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mutualisation_test_register_types ();

  g_test_add_func ("/mutualisation/json/demo-object", test_demo_object);
  g_test_add_func ("/mutualisation/json/round-trip", test_round_trip);
  g_test_add_func ("/mutualisation/json/defaults", test_defaults);
  g_test_add_func ("/mutualisation/json/refused", test_refused);
  g_test_add_func ("/mutualisation/json/load-refused", test_load_refused);

  return g_test_run ();
}
