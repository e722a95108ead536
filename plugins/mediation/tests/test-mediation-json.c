/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mediation-json.c: the JSON form of the schema (an array of places)
 * read and written, files refused with their line, and the module's own
 * object in the project: written in a fixed order, read back the same.
 */
#define G_LOG_DOMAIN "test-mediation-json"

#include "config.h"

#include <string.h>

#include "mediation-json.h"
#include "mediation-test-utils.h"

static MediationImport *
import_text (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = mediation_test_bytes (text);

  return mediation_json_import (bytes, error);
}

static void
test_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  MediationLieu *lieu;
  double latitude, longitude;

  import = import_text ("[\n"
                        "  {\"id\": \"j-1\", \"pivot\": \"24390052900018\", \"nom\": \"Médiathèque\",\n"
                        "   \"commune\": \"Sorneval\", \"code_postal\": \"39810\", \"adresse\": \"1 rue\",\n"
                        "   \"date_maj\": \"2026-06-02\", \"latitude\": 46.6712, \"longitude\": 5.5541,\n"
                        "   \"services\": \"Aide aux démarches administratives|Loisirs et créations numériques\",\n"
                        "   \"modalites_accompagnement\": [\"En autonomie\", \"À distance\"],\n"
                        "   \"telephone\": null, \"autre\": {\"ignoré\": true}},\n"
                        "  {\"id\": \"j-2\", \"pivot\": \"W391234567\", \"nom\": \"Clic\", \"commune\": \"Pernoz\",\n"
                        "   \"code_postal\": \"39870\", \"adresse\": \"Salle\", \"date_maj\": \"2025-01-31\",\n"
                        "   \"courriel\": \"clic@pernoz.example\"}\n"
                        "]\n",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_rows (import), ==, 2);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);
  g_assert_true (mediation_import_get_legacy (import));

  lieu = g_ptr_array_index (mediation_import_get_lieux (import), 0);
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_SERVICES), ==,
                   "Aide aux démarches administratives|Loisirs et créations numériques");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT), ==,
                   "En autonomie|À distance");
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_LATITUDE), ==, "46.6712");
  g_assert_true (mediation_lieu_get_coordinates (lieu, &latitude, &longitude));
  g_assert_cmpfloat (longitude, ==, 5.5541);
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_TELEPHONE), ==, "");

  lieu = g_ptr_array_index (mediation_import_get_lieux (import), 1);
  g_assert_cmpstr (mediation_lieu_get_value (lieu, MEDIATION_FIELD_COURRIELS), ==, "clic@pernoz.example");
}

static void
test_invalid_entries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(MediationIssue) first = NULL;
  g_autoptr(MediationIssue) second = NULL;
  g_autoptr(MediationIssue) third = NULL;
  g_autofree char *sentence = NULL;

  import = import_text ("[\"pas un lieu\",\n"
                        " {\"id\": \"k-2\", \"pivot\": true, \"nom\": \"N\", \"commune\": \"C\",\n"
                        "  \"code_postal\": \"39100\", \"adresse\": \"A\", \"date_maj\": \"2026-01-01\"},\n"
                        " {\"id\": \"k-3\", \"pivot\": \"243900529\", \"nom\": \"N\", \"commune\": \"C\",\n"
                        "  \"code_postal\": 39100, \"adresse\": \"A\", \"date_maj\": \"2026-01-01\"},\n"
                        " {\"id\": \"k-4\", \"pivot\": \"243900529\", \"nom\": \"N\", \"commune\": \"C\",\n"
                        "  \"code_postal\": 1000, \"adresse\": \"A\", \"date_maj\": \"2026-01-01\"}]",
                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_rows (import), ==, 4);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 3);
  /* A postal code written as a number reads as its digits… */
  g_assert_cmpuint (mediation_import_get_lieux (import)->len, ==, 1);
  g_assert_cmpstr (mediation_lieu_get_id (g_ptr_array_index (mediation_import_get_lieux (import), 0)), ==, "k-3");

  first = g_list_model_get_item (mediation_import_get_issues (import), 0);
  g_assert_cmpuint (mediation_issue_get_row (first), ==, 1);
  g_assert_false (mediation_issue_has_field (first));
  second = g_list_model_get_item (mediation_import_get_issues (import), 1);
  g_assert_cmpuint (mediation_issue_get_row (second), ==, 2);
  g_assert_cmpstr (mediation_issue_get_field_name (second), ==, "pivot");
  /* …but not when its leading zero was lost. */
  third = g_list_model_get_item (mediation_import_get_issues (import), 2);
  g_assert_cmpuint (mediation_issue_get_row (third), ==, 4);
  g_assert_cmpstr (mediation_issue_get_field_name (third), ==, "code_postal");

  sentence = mediation_issue_to_string (second, FALSE);
  g_assert_true (g_str_has_prefix (sentence, "Place 2, field “pivot”: "));
}

static void
test_refused_files (void)
{
  static const struct
  {
    const char *text;
    const char *fragment;
  } cases[] = {
    { "[{\"id\": \"x\",}]", "Line 1" },
    { "{\"lieux\": []}", "array" },
    { "[]", "empty" },
    { "id;pivot\n", "Line 1" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MediationImport) import = import_text (cases[i].text, &error);

      g_assert_null (import);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].fragment);
    }
}

/* Exported, then imported: the same places, every field. */
static void
test_export_round_trip (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  GListModel *lieux = mediation_module_get_lieux (module);
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GListStore) reimported = g_list_store_new (MEDIATION_TYPE_LIEU);
  GPtrArray *imported;
  gsize length;

  text = mediation_json_export (lieux, &length);
  g_assert_cmpuint (strlen (text), ==, length);
  g_assert_true (g_str_has_prefix (text, "[\n  {\n    \"id\": \"vds-001\",\n    \"pivot\": "));
  /* Several values in one string, as in the CSV form. */
  g_assert_nonnull (strstr (text, "\"services\": \"Aide aux démarches administratives|"));

  import = import_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);
  imported = mediation_import_get_lieux (import);
  g_assert_cmpuint (imported->len, ==, g_list_model_get_n_items (lieux));
  for (guint i = 0; i < imported->len; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);

      for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
        g_assert_cmpstr (mediation_lieu_get_value (g_ptr_array_index (imported, i), f), ==,
                         mediation_lieu_get_value (lieu, f));
      g_list_store_append (reimported, g_ptr_array_index (imported, i));
    }

  /* And written again, byte for byte the same. */
  again = mediation_json_export (G_LIST_MODEL (reimported), NULL);
  g_assert_cmpstr (again, ==, text);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* The module's object, saved, is the demo's: version first, members in a
 * fixed order, lists as arrays; and the project writes the same bytes. */
static void
test_module_object (void)
{
  g_autoptr(MaillageProject) project = mediation_test_demo_project ();
  g_autoptr(MediationModule) module = mediation_test_load_module (project);
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GList) members = json_object_get_members (saved);
  const char *order[] = { "version", "strategy", "publics", "dispositifs", "lieux" };
  JsonArray *lieux;
  JsonObject *first;
  guint i = 0;

  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, order[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (order));
  g_assert_cmpint (json_object_get_int_member (saved, "version"), ==, MEDIATION_DATA_VERSION);

  lieux = json_object_get_array_member (saved, "lieux");
  g_assert_cmpuint (json_array_get_length (lieux), ==, 25);
  first = json_array_get_object_element (lieux, 0);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (first, "services")));
  g_assert_cmpstr (json_object_get_string_member (first, "code_insee"), ==, "39828");

  maillage_project_set_module_data (project, "mediation", saved);
  g_assert_true (g_file_load_contents (file, NULL, &original, NULL, NULL, NULL));
  written = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (written, ==, original);

  maillage_module_unload (MAILLAGE_MODULE (module));
}

/* What a hand-edited file may hold: each wrong type is refused, named. */
static void
test_module_load_errors (void)
{
  static const char * const bad[] = {
    "{\"version\": 2}",
    "{\"version\": \"1\"}",
    "{\"strategy\": 3}",
    "{\"publics\": [\"Seniors\", 4]}",
    "{\"dispositifs\": [{\"name\": \"France Services\", \"count\": -1}]}",
    "{\"lieux\": [{\"id\": \"x\", \"services\": {\"a\": 1}}]}",
    "{\"lieux\": {}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(MaillageProject) project = maillage_project_new ();
      g_autoptr(MediationModule) module = g_object_new (MEDIATION_TYPE_MODULE, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      g_assert_true (json_parser_load_from_data (parser, bad[i], -1, NULL));
      g_assert_false (maillage_module_load (MAILLAGE_MODULE (module), project,
                                            json_node_get_object (json_parser_get_root (parser)), &error));
      g_assert_nonnull (error);
      g_test_message ("%s → %s", bad[i], error->message);
    }
}

/* A place the schema refuses is kept as it was, not lost. */
static void
test_module_keeps_invalid (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MediationModule) module = g_object_new (MEDIATION_TYPE_MODULE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MediationLieu) lieu = NULL;
  JsonObject *object;

  g_assert_true (json_parser_load_from_data (parser,
                                             "{\"version\": 1, \"lieux\": [{\"id\": \"z\", \"code_postal\": \"391\", "
                                             "\"latitude\": \"nord\", \"services\": [\"Cuisine\"]}]}",
                                             -1, NULL));
  g_assert_true (maillage_module_load (MAILLAGE_MODULE (module), project,
                                       json_node_get_object (json_parser_get_root (parser)), &error));
  g_assert_no_error (error);

  lieu = g_list_model_get_item (mediation_module_get_lieux (module), 0);
  g_assert_cmpuint (mediation_lieu_count_problems (lieu), >, 0);

  saved = maillage_module_save (MAILLAGE_MODULE (module));
  object = json_array_get_object_element (json_object_get_array_member (saved, "lieux"), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "code_postal"), ==, "391");
  g_assert_cmpstr (json_object_get_string_member (object, "latitude"), ==, "nord");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (object, "services"), 0), ==,
                   "Cuisine");
  g_assert_false (json_object_has_member (object, "nom"));

  maillage_module_unload (MAILLAGE_MODULE (module));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mediation_test_register_types ();

  g_test_add_func ("/mediation/json/import", test_import);
  g_test_add_func ("/mediation/json/invalid-entries", test_invalid_entries);
  g_test_add_func ("/mediation/json/refused-files", test_refused_files);
  g_test_add_func ("/mediation/json/export-round-trip", test_export_round_trip);
  g_test_add_func ("/mediation/json/module-object", test_module_object);
  g_test_add_func ("/mediation/json/module-load-errors", test_module_load_errors);
  g_test_add_func ("/mediation/json/module-keeps-invalid", test_module_keeps_invalid);

  return g_test_run ();
}
