/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-participation-json.c: the module's object in the project file:
 * written with its members in a fixed order, read back to the very same
 * canonical bytes (the demo project as a whole, and an object with every
 * member and awkward text), and what a hand-edited file may hold refused
 * with the path of the member at fault, the module left empty.
 */
#define G_LOG_DOMAIN "test-participation-json"

#include "config.h"

#include <string.h>

#include "participation-test-utils.h"

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
test_demo_round_trip (void)
{
  g_autoptr(MaillageProject) project = participation_test_demo_project ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  static const char * const order[] = { "version", "dispositifs", "calendar", "proposals", "results", NULL };
  static const char * const proposal_order[] = {
    "id", "title", "body", "state", "category", "scope", "reference", "votes", "comments",
    "published", "url", "action", NULL
  };
  static const char * const result_order[] = {
    "id", "title", "description", "category", "status", "progress", "start", "end", "url", NULL
  };

  assert_members (saved, order);
  assert_members (json_array_get_object_element (json_object_get_array_member (saved, "proposals"), 0),
                  proposal_order);
  assert_members (json_array_get_object_element (json_object_get_array_member (saved, "results"), 0),
                  result_order);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_dispositifs (module)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_events (module)), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_proposals (module)), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_results (module)), ==, 4);

  /* The whole project, byte for byte. */
  maillage_project_set_module_data (project, "participation", saved);
  g_assert_true (g_file_load_contents (file, NULL, &original, NULL, NULL, NULL));
  written = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (written, ==, original);
}

static const char every_member[] =
  "{\n"
  "  \"version\": 1,\n"
  "  \"dispositifs\": [\n"
  "    {\n"
  "      \"kind\": \"councils\",\n"
  "      \"name\": \"Conseil « citoyen » ; n° 1\",\n"
  "      \"description\": \"Deux lignes\\net un \\\"guillemet\\\"\\t\",\n"
  "      \"audience\": \"\",\n"
  "      \"url\": \"https://example.org/a?b=c&d=é\"\n"
  "    }\n"
  "  ],\n"
  "  \"calendar\": [\n"
  "    {\n"
  "      \"date\": \"2027-02-28\",\n"
  "      \"title\": \"Séance\",\n"
  "      \"dispositif\": \"Conseil « citoyen » ; n° 1\",\n"
  "      \"place\": \"\",\n"
  "      \"status\": \"cancelled\"\n"
  "    }\n"
  "  ],\n"
  "  \"proposals\": [\n"
  "    {\n"
  "      \"id\": 9007199254740991,\n"
  "      \"title\": \"😀 Émoji\",\n"
  "      \"body\": \"\",\n"
  "      \"state\": \"a_voter\",\n"
  "      \"category\": \"\",\n"
  "      \"scope\": \"\",\n"
  "      \"reference\": \"\",\n"
  "      \"votes\": 0,\n"
  "      \"comments\": 3,\n"
  "      \"published\": \"\",\n"
  "      \"url\": \"\",\n"
  "      \"action\": \"A-404\"\n"
  "    }\n"
  "  ],\n"
  "  \"results\": [\n"
  "    {\n"
  "      \"id\": 1,\n"
  "      \"title\": \"R\",\n"
  "      \"description\": \"\",\n"
  "      \"category\": \"\",\n"
  "      \"status\": \"\",\n"
  "      \"progress\": 33.3,\n"
  "      \"start\": \"\",\n"
  "      \"end\": \"2028-01-01\",\n"
  "      \"url\": \"\"\n"
  "    },\n"
  "    {\n"
  "      \"id\": 2,\n"
  "      \"title\": \"S\",\n"
  "      \"description\": \"\",\n"
  "      \"category\": \"\",\n"
  "      \"status\": \"\",\n"
  "      \"progress\": null,\n"
  "      \"start\": \"\",\n"
  "      \"end\": \"\",\n"
  "      \"url\": \"\"\n"
  "    }\n"
  "  ]\n"
  "}";

static char *
canonical (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return maillage_json_write_text (node, NULL);
}

static void
test_canonical_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = maillage_json_parse_text (every_member, -1, &error);
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = g_object_new (PARTICIPATION_TYPE_MODULE, NULL);
  g_autoptr(JsonObject) saved = NULL;
  g_autoptr(JsonObject) saved_again = NULL;
  g_autoptr(ParticipationModule) again = g_object_new (PARTICIPATION_TYPE_MODULE, NULL);
  g_autofree char *in = NULL;
  g_autofree char *out = NULL;
  g_autofree char *out_again = NULL;

  g_assert_no_error (error);
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (module), project, json_node_get_object (root), &error));
  g_assert_no_error (error);
  saved = maillage_module_save (MAILLAGE_MODULE (module));

  in = canonical (json_node_get_object (root));
  out = canonical (saved);
  g_assert_cmpstr (out, ==, in);

  /* And once more, from what was written. */
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (again), project, saved, &error));
  saved_again = maillage_module_save (MAILLAGE_MODULE (again));
  out_again = canonical (saved_again);
  g_assert_cmpstr (out_again, ==, in);
}

/* What a hand-edited file may hold: each is refused, with the member's
 * path, and the module stays empty. */
static void
test_load_errors (void)
{
  static const struct
  {
    const char *json;
    const char *fragment;
  } bad[] = {
    { "{\"version\": 2}", "newer" },
    { "{\"version\": \"1\"}", "“version”" },
    { "{\"dispositifs\": {}}", "“dispositifs”" },
    { "{\"dispositifs\": [3]}", "“dispositifs[0]”" },
    { "{\"dispositifs\": [{\"kind\": \"budget\", \"name\": \"B\"}]}", "“dispositifs[0].kind”" },
    { "{\"dispositifs\": [{\"kind\": \"other\", \"name\": 4}]}", "“dispositifs[0].name”" },
    { "{\"dispositifs\": [{\"kind\": \"other\", \"url\": \"www.example.org\"}]}", "“dispositifs[0].url”" },
    { "{\"calendar\": [{\"date\": \"2027-02-30\", \"title\": \"T\"}]}", "“calendar[0].date”" },
    { "{\"calendar\": [{\"title\": \"T\"}]}", "“calendar[0].date”" },
    { "{\"calendar\": [{\"date\": \"2027-02-03\", \"status\": \"done\"}]}", "“calendar[0].status”" },
    { "{\"proposals\": [{\"title\": \"T\"}]}", "“proposals[0].id”" },
    { "{\"proposals\": [{\"id\": 1}, {\"id\": 1}]}", "“proposals[1].id”" },
    { "{\"proposals\": [{\"id\": \"1\"}]}", "“proposals[0].id”" },
    { "{\"proposals\": [{\"id\": 1, \"votes\": -2}]}", "“proposals[0].votes”" },
    { "{\"proposals\": [{\"id\": 1, \"published\": \"12/05/2027\"}]}", "“proposals[0].published”" },
    { "{\"results\": [{\"id\": 1, \"progress\": 101}]}", "“results[0].progress”" },
    { "{\"results\": [{\"id\": 1, \"progress\": \"40\"}]}", "“results[0].progress”" },
    { "{\"results\": [{\"id\": 1, \"end\": \"2027\"}]}", "“results[0].end”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(MaillageProject) project = maillage_project_new ();
      g_autoptr(ParticipationModule) module = g_object_new (PARTICIPATION_TYPE_MODULE, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;

      /* Good data first, so that "left empty" means something. */
      json = g_strdup_printf ("{\"dispositifs\": [{\"kind\": \"other\", \"name\": \"N\"}], %s",
                              bad[i].json + 1);
      g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
      g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project,
                                            json_node_get_object (json_parser_get_root (parser)), &error));
      g_assert_nonnull (error);
      g_test_message ("%s → %s", bad[i].json, error->message);
      if (strstr (error->message, bad[i].fragment) == NULL)
        g_error ("“%s” does not name %s", error->message, bad[i].fragment);
      g_assert_cmpuint (g_list_model_get_n_items (participation_module_get_dispositifs (module)), ==, 0);
    }
}

static void
test_empty (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(ParticipationModule) module = participation_test_load_module (project);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autofree char *text = canonical (saved);

  g_assert_cmpstr (text, ==,
                   "{\n  \"version\": 1,\n  \"dispositifs\": [],\n  \"calendar\": [],\n"
                   "  \"proposals\": [],\n  \"results\": []\n}\n");
  /* Loading is not a change. */
  g_assert_false (maillage_project_get_dirty (project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  participation_test_register_types ();

  g_test_add_func ("/participation/json/demo-round-trip", test_demo_round_trip);
  g_test_add_func ("/participation/json/canonical-round-trip", test_canonical_round_trip);
  g_test_add_func ("/participation/json/load-errors", test_load_errors);
  g_test_add_func ("/participation/json/empty", test_empty);

  return g_test_run ();
}
