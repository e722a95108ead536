/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-project.c: the project model: reading and writing the file format
 * (round trip, migration, unknown data, newer versions) and change
 * tracking. Bad input is in test-project-bad-input.c, saving in
 * test-project-save.c.
 */
#define G_LOG_DOMAIN "maillage-test-project"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "maillage.h"
#include "maillage-unit-utils.h"

static MaillageProject *
load_fixture (const char *name)
{
  g_autofree char *path = maillage_unit_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return maillage_unit_load_project (file);
}

static void
test_canonical_byte_identical (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("canonical.maillage");
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  gsize expected_length;
  gsize written_length;

  expected = maillage_unit_read_fixture ("canonical.maillage", &expected_length);
  written = maillage_project_to_data (project, &written_length);

  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpuint (written_length, ==, expected_length);
  g_assert_false (maillage_project_get_dirty (project));
  g_assert_false (maillage_project_get_read_only (project));
  g_assert_cmpuint (maillage_project_get_file_version (project), ==, 1);
  g_assert_nonnull (maillage_project_get_file (project));
}

static void
test_canonical_values (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("canonical.maillage");
  MaillageTerritory *territory = maillage_project_get_territory (project);
  GListModel *actions = maillage_project_get_actions (project);
  g_autoptr(MaillageAction) action = g_list_model_get_item (actions, 0);
  g_autoptr(MaillageBudgetLine) line = NULL;
  g_autoptr(MaillageCofinancing) cofinancing = NULL;
  g_autofree char *created = NULL;
  g_auto(GStrv) modules = NULL;

  g_assert_cmpstr (maillage_project_get_title (project), ==, "Stratégie numérique 2026-2032");
  g_assert_cmpstr (maillage_project_get_authors (project)[1], ==, "Cabinet « Territoires & Cie »");
  created = g_date_time_format_iso8601 (maillage_project_get_created (project));
  g_assert_cmpstr (created, ==, "2026-11-22T09:00:00Z");

  g_assert_cmpstr (maillage_territory_get_name (territory), ==, "Communauté d'agglomération du Val de Sorne");
  g_assert_cmpint (maillage_territory_get_kind (territory), ==, MAILLAGE_TERRITORY_KIND_EPCI);
  g_assert_cmpuint (g_list_model_get_n_items (maillage_territory_get_communes (territory)), ==, 3);
  g_assert_cmpuint (maillage_territory_get_population (territory), ==, 12345 + 71361);
  g_assert_nonnull (maillage_territory_find_commune (territory, "2A004"));

  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_cmpstr (maillage_action_get_id (action), ==, "A-001");
  g_assert_cmpint (maillage_action_get_status (action), ==, MAILLAGE_ACTION_STATUS_IN_PROGRESS);
  line = g_list_model_get_item (maillage_action_get_budget (action), 1);
  g_assert_cmpuint (maillage_budget_line_get_year (line), ==, 2028);
  g_assert_cmpint (maillage_budget_line_get_operating (line), ==, 260050);
  g_assert_cmpint (maillage_action_get_total_investment (action), ==, 1500000);
  g_assert_cmpint (maillage_action_get_total_operating (action), ==, 510050);
  cofinancing = g_list_model_get_item (maillage_action_get_cofinancing (action), 0);
  g_assert_cmpstr (maillage_cofinancing_get_funder (cofinancing), ==, "État (DSIL)");
  g_assert_cmpint (maillage_action_get_total_cofinancing (action), ==, 500000);

  modules = maillage_project_list_module_ids (project);
  g_assert_cmpstrv (modules, ((const char *[]) { "diagnostic", "mediation", NULL }));
}

/* A project built through the API, saved and read back, gives the same
 * bytes and the same values. */
static void
test_round_trip_built (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MaillageProject) loaded = NULL;
  g_autoptr(MaillageAction) action = maillage_action_new ("A-001", "Tiers-lieu numérique");
  g_autoptr(MaillageCofinancing) line = maillage_cofinancing_new ("Région", 12345678);
  g_autoptr(MaillageActionIndicator) indicator = maillage_action_indicator_new ("Visites", "0", "5 000");
  g_autoptr(MaillageCommune) commune = maillage_commune_new ("39300", "Lons-le-Saunier", 17000);
  g_autoptr(JsonObject) module = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(MaillageAction) loaded_action = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-project-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "projet.maillage", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *on_disk = NULL;
  const char *partners[] = { "CAF", "Pôle emploi", NULL };

  maillage_project_set_title (project, "Stratégie « test »\n\ttabulée");
  maillage_territory_set_name (maillage_project_get_territory (project), "CA test");
  maillage_territory_set_kind (maillage_project_get_territory (project), MAILLAGE_TERRITORY_KIND_REGION);
  maillage_territory_add_commune (maillage_project_get_territory (project), commune);
  maillage_action_set_partners (action, partners);
  maillage_action_set_start (action, "2027-03");
  maillage_action_set_status (action, MAILLAGE_ACTION_STATUS_DONE);
  maillage_budget_line_set_investment (maillage_action_ensure_budget_year (action, 2029), 1);
  maillage_budget_line_set_operating (maillage_action_ensure_budget_year (action, 2027), 99);
  maillage_action_add_cofinancing (action, line);
  maillage_action_add_indicator (action, indicator);
  maillage_project_add_action (project, action);
  json_object_set_int_member (module, "version", 3);
  json_object_set_double_member (module, "ratio", 0.1);
  maillage_project_set_module_data (project, "participation", module);

  file = g_file_new_for_path (path);
  g_assert_true (maillage_project_save (project, file, NULL, &error));
  g_assert_no_error (error);

  loaded = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  first = maillage_project_to_data (project, NULL);
  second = maillage_project_to_data (loaded, NULL);
  on_disk = maillage_unit_read_file (path, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (on_disk, ==, second);

  g_assert_cmpstr (maillage_project_get_title (loaded), ==, "Stratégie « test »\n\ttabulée");
  g_assert_cmpint (maillage_territory_get_kind (maillage_project_get_territory (loaded)), ==,
                   MAILLAGE_TERRITORY_KIND_REGION);
  loaded_action = g_list_model_get_item (maillage_project_get_actions (loaded), 0);
  g_assert_cmpstrv (maillage_action_get_partners (loaded_action), partners);
  g_assert_cmpint (maillage_action_get_status (loaded_action), ==, MAILLAGE_ACTION_STATUS_DONE);
  g_assert_cmpint (maillage_action_get_total_cofinancing (loaded_action), ==, 12345678);
  g_assert_cmpint (maillage_action_get_total_operating (loaded_action), ==, 99);
  g_assert_cmpint (json_object_get_int_member (maillage_project_get_module_data (loaded, "participation"),
                                               "version"), ==, 3);
  /* Budget years come out sorted, whatever the order they were added in. */
  g_assert_nonnull (strstr (second, "\"2027\": {\n          \"investment\": 0,\n          \"operating\": 99\n        },\n        \"2029\""));

  maillage_unit_remove_temp_dir (dir);
}

/* Version 0: `collectivite` becomes the territory, euros become cents,
 * exactly (1234.56 € is 123456 cents, not 123455). */
static void
test_migration_version_0 (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("version-0.maillage");
  g_autoptr(MaillageAction) action = g_list_model_get_item (maillage_project_get_actions (project), 0);
  GListModel *budget = maillage_action_get_budget (action);
  g_autoptr(MaillageBudgetLine) year_2026 = g_list_model_get_item (budget, 0);
  g_autoptr(MaillageBudgetLine) year_2027 = g_list_model_get_item (budget, 1);
  g_autoptr(MaillageCofinancing) state = g_list_model_get_item (maillage_action_get_cofinancing (action), 0);
  g_autoptr(MaillageCofinancing) region = g_list_model_get_item (maillage_action_get_cofinancing (action), 1);
  g_autofree char *expected = maillage_unit_read_fixture ("version-0-migrated.maillage", NULL);
  g_autofree char *written = maillage_project_to_data (project, NULL);

  g_assert_cmpuint (maillage_project_get_file_version (project), ==, 0);
  g_assert_false (maillage_project_get_read_only (project));
  g_assert_cmpstr (maillage_territory_get_name (maillage_project_get_territory (project)), ==,
                   "Commune de Sornay");
  g_assert_cmpint (maillage_territory_get_kind (maillage_project_get_territory (project)), ==,
                   MAILLAGE_TERRITORY_KIND_COMMUNE);

  g_assert_cmpuint (maillage_budget_line_get_year (year_2026), ==, 2026);
  g_assert_cmpint (maillage_budget_line_get_investment (year_2026), ==, 1500000);
  g_assert_cmpint (maillage_budget_line_get_operating (year_2026), ==, 250050);
  g_assert_cmpint (maillage_budget_line_get_investment (year_2027), ==, 123456);
  g_assert_cmpint (maillage_budget_line_get_operating (year_2027), ==, 10);
  g_assert_cmpint (maillage_cofinancing_get_amount (state), ==, 29);
  g_assert_cmpint (maillage_cofinancing_get_amount (region), ==, 9999999999);

  /* Written as version 1, with the territory under its new name. */
  g_assert_cmpstr (written, ==, expected);
}

/* Saving a migrated project writes version 1, which reads back as such. */
static void
test_migration_saved (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("version-0.maillage");
  g_autoptr(MaillageProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-project-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "migre.maillage", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (maillage_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_project_get_file_version (project), ==, 1);

  reloaded = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maillage_project_get_file_version (reloaded), ==, 1);
  g_assert_cmpstr (maillage_territory_get_name (maillage_project_get_territory (reloaded)), ==,
                   "Commune de Sornay");

  maillage_unit_remove_temp_dir (dir);
}

/* Unknown members at every level, and the data of a module whose plugin is
 * not there, come back byte for byte, also after an edit. */
static void
test_unknown_preserved (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("unknown-data.maillage");
  g_autofree char *original = maillage_unit_read_fixture ("unknown-data.maillage", NULL);
  g_autofree char *written = maillage_project_to_data (project, NULL);
  g_autofree char *edited = NULL;
  g_autoptr(GString) expected = NULL;
  JsonObject *absent;

  g_assert_cmpstr (written, ==, original);

  absent = maillage_project_get_module_data (project, "absent-plugin");
  g_assert_nonnull (absent);
  g_assert_cmpint (json_object_get_int_member (absent, "big"), ==, G_GINT64_CONSTANT (123456789012345678));

  maillage_project_set_title (project, "Titre modifié");
  maillage_commune_set_population (maillage_territory_find_commune (maillage_project_get_territory (project), "2B033"), 1);
  edited = maillage_project_to_data (project, NULL);

  expected = g_string_new (original);
  g_assert_cmpuint (g_string_replace (expected, "Projet avec des données inconnues", "Titre modifié", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (expected, "\"population\": 48503", "\"population\": 1", 1), ==, 1);
  g_assert_cmpstr (edited, ==, expected->str);
}

/* A newer version opens, read-only, says why, and refuses to be saved over
 * the file, which stays as it was. */
static void
test_newer_version_read_only (void)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-project-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "futur.maillage", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = maillage_unit_copy_fixture ("newer-version.maillage", path, NULL);
  g_autofree char *after = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (maillage_project_get_read_only (project));
  g_assert_cmpuint (maillage_project_get_file_version (project), ==, 2);
  g_assert_nonnull (strstr (maillage_project_get_read_only_reason (project), "format version 2"));
  g_assert_nonnull (strstr (maillage_project_get_read_only_reason (project), "newer version"));
  g_assert_cmpstr (maillage_territory_get_name (maillage_project_get_territory (project)), ==,
                   "Département du Jura");

  /* What this version does not know is still there. */
  written = maillage_project_to_data (project, NULL);
  g_assert_nonnull (strstr (written, "\"timeline\""));
  g_assert_nonnull (strstr (written, "\"CA du Grand Dole\""));
  g_assert_nonnull (strstr (written, "\"language\": \"fr\""));

  maillage_project_set_title (project, "Modifié quand même");
  g_assert_false (maillage_project_save (project, NULL, NULL, &error));
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "format version 2"));

  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, original);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (maillage_project_get_dirty (project));

  maillage_unit_remove_temp_dir (dir);
}

/* An edit deep down (a budget line of an action) makes the project dirty
 * and emits "changed"; setting the same value again does nothing. */
static void
test_tracking_nested_budget (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("canonical.maillage");
  g_autoptr(MaillageAction) action = g_list_model_get_item (maillage_project_get_actions (project), 0);
  g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (maillage_action_get_budget (action), 0);
  g_autoptr(MaillageCofinancing) cofinancing = NULL;
  guint project_changes = 0;
  guint action_changes = 0;
  guint dirty_notifies = 0;

  g_signal_connect (project, "changed", G_CALLBACK (maillage_unit_count_cb), &project_changes);
  g_signal_connect (action, "changed", G_CALLBACK (maillage_unit_count_cb), &action_changes);
  g_signal_connect (project, "notify::dirty", G_CALLBACK (maillage_unit_count_notify_cb), &dirty_notifies);

  maillage_budget_line_set_investment (line, maillage_budget_line_get_investment (line));
  g_assert_false (maillage_project_get_dirty (project));
  g_assert_cmpuint (project_changes, ==, 0);

  maillage_budget_line_set_investment (line, 42);
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_cmpuint (action_changes, ==, 1);
  g_assert_cmpuint (project_changes, ==, 1);
  g_assert_cmpuint (dirty_notifies, ==, 1);

  /* Already dirty: "changed" again, but no second notify. */
  cofinancing = g_list_model_get_item (maillage_action_get_cofinancing (action), 0);
  maillage_cofinancing_set_funder (cofinancing, "Europe");
  g_assert_cmpuint (project_changes, ==, 2);
  g_assert_cmpuint (dirty_notifies, ==, 1);
}

static void
test_tracking_module_data (void)
{
  g_autoptr(MaillageProject) project = load_fixture ("canonical.maillage");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *copy;
  guint changes = 0;

  g_signal_connect (project, "changed", G_CALLBACK (maillage_unit_count_cb), &changes);

  /* Equal data, in a fresh object: nothing happens. */
  json_parser_load_from_data (parser,
                              "{\"version\": 1, \"taux\": 0.5, \"entier\": 2.0,"
                              " \"notes\": [\"ligne\\nnouvelle\", null, true]}",
                              -1, &error);
  g_assert_no_error (error);
  copy = json_node_get_object (json_parser_get_root (parser));
  maillage_project_set_module_data (project, "diagnostic", copy);
  g_assert_false (maillage_project_get_dirty (project));
  g_assert_cmpuint (changes, ==, 0);

  /* Different data: dirty. The project keeps its own copy, so later
   * changes to the caller's object do not leak in. */
  json_object_set_int_member (copy, "version", 2);
  maillage_project_set_module_data (project, "diagnostic", copy);
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_cmpuint (changes, ==, 1);
  json_object_set_int_member (copy, "version", 3);
  g_assert_cmpint (json_object_get_int_member (maillage_project_get_module_data (project, "diagnostic"),
                                               "version"), ==, 2);

  /* Removing data that is there is a change; removing nothing is not. */
  maillage_project_set_module_data (project, "mediation", NULL);
  g_assert_cmpuint (changes, ==, 2);
  maillage_project_set_module_data (project, "mediation", NULL);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_null (maillage_project_get_module_data (project, "mediation"));
}

/* Module data that could not be read back from a file (too deep once it
 * sits under `modules`) is refused, and the project keeps what it had. */
static void
test_module_data_too_deep_subprocess (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(JsonObject) ok = json_object_new ();
  g_autoptr(JsonObject) deep = json_object_new ();
  JsonObject *level = deep;

  json_object_set_int_member (ok, "version", 1);
  maillage_project_set_module_data (project, "diagnostic", ok);

  /* The project and `modules` take two levels: 62 are left for the module. */
  for (guint i = 1; i < MAILLAGE_PROJECT_MAX_DEPTH - 2; i++)
    {
      JsonObject *child = json_object_new ();

      json_object_set_object_member (level, "n", child);
      level = child;
    }
  maillage_project_set_module_data (project, "profond", deep);
  g_assert_nonnull (maillage_project_get_module_data (project, "profond"));

  json_object_set_object_member (level, "n", json_object_new ());
  /* The library logs structured messages, which g_test_expect_message()
   * does not see in GLib 2.74: let the critical through, not fatal, and
   * let the parent check it. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  maillage_project_set_module_data (project, "diagnostic", deep);
  g_assert_cmpint (json_object_get_int_member (maillage_project_get_module_data (project, "diagnostic"),
                                               "version"), ==, 1);
}

static void
test_module_data_too_deep (void)
{
  g_test_trap_subprocess ("/project/module-data/too-deep/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*data of module “diagnostic” cannot be stored*nested more than 64 levels*");
}

/* Text that is not UTF-8 would make a file that cannot be read back: the
 * setters refuse it. */
static void
test_refuses_invalid_utf8 (void)
{
  g_autoptr(MaillageCommune) commune = maillage_commune_new ("39001", "Abbans", 0);
  const char *latin1 = "Vall\xe9" "e";

  g_test_expect_message ("maillage-commune", G_LOG_LEVEL_CRITICAL, "*utf8*");
  maillage_commune_set_name (commune, latin1);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (maillage_commune_get_name (commune), ==, "Abbans");
}

/* Properties notify only on a real change, and the territory relays every
 * change of its communes as "changed". */
static void
test_tracking_territory (void)
{
  g_autoptr(MaillageTerritory) territory = maillage_territory_new ();
  g_autoptr(MaillageCommune) commune = maillage_commune_new ("39001", "Abbans", 10);
  guint notifies = 0;
  guint changes = 0;
  guint population_notifies = 0;

  maillage_territory_add_commune (territory, commune);
  g_signal_connect (commune, "notify", G_CALLBACK (maillage_unit_count_notify_cb), &notifies);
  g_signal_connect (territory, "changed", G_CALLBACK (maillage_unit_count_cb), &changes);
  g_signal_connect (territory, "notify::population", G_CALLBACK (maillage_unit_count_notify_cb), &population_notifies);

  maillage_commune_set_name (commune, "Abbans");
  maillage_commune_set_population (commune, 10);
  maillage_territory_set_name (territory, "");
  g_assert_cmpuint (notifies, ==, 0);
  g_assert_cmpuint (changes, ==, 0);

  maillage_commune_set_population (commune, 11);
  g_assert_cmpuint (notifies, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (population_notifies, ==, 1);
  g_assert_cmpuint (maillage_territory_get_population (territory), ==, 11);

  maillage_territory_set_siren (territory, "200000000");
  g_assert_cmpuint (changes, ==, 2);

  /* Once removed, the commune is no longer listened to. */
  maillage_territory_remove_commune (territory, commune);
  g_assert_cmpuint (changes, ==, 3);
  maillage_commune_set_name (commune, "Ailleurs");
  g_assert_cmpuint (changes, ==, 3);
}

/* Removed items are disconnected: editing them no longer reaches the
 * action nor the project. */
static void
test_tracking_disconnect (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MaillageAction) action = maillage_action_new ("A-001", "Action");
  g_autoptr(MaillageCofinancing) line = maillage_cofinancing_new ("État", 1);
  g_autoptr(MaillageActionIndicator) indicator = maillage_action_indicator_new ("n", "", "");
  g_autoptr(MaillageBudgetLine) year = NULL;
  guint action_changes = 0;
  guint project_changes = 0;

  maillage_project_add_action (project, action);
  maillage_action_add_cofinancing (action, line);
  maillage_action_add_indicator (action, indicator);
  year = g_object_ref (maillage_action_ensure_budget_year (action, 2030));
  g_assert_true (maillage_action_ensure_budget_year (action, 2030) == year);

  g_signal_connect (action, "changed", G_CALLBACK (maillage_unit_count_cb), &action_changes);
  g_signal_connect (project, "changed", G_CALLBACK (maillage_unit_count_cb), &project_changes);

  maillage_action_indicator_set_target (indicator, "100");
  g_assert_cmpuint (action_changes, ==, 1);
  g_assert_cmpuint (project_changes, ==, 1);

  maillage_action_remove_cofinancing (action, line);
  maillage_action_remove_indicator (action, indicator);
  maillage_action_remove_budget_year (action, 2030);
  g_assert_cmpuint (action_changes, ==, 4);
  maillage_cofinancing_set_amount (line, 2);
  maillage_action_indicator_set_name (indicator, "m");
  maillage_budget_line_set_operating (year, 5);
  g_assert_cmpuint (action_changes, ==, 4);

  maillage_project_remove_action (project, action);
  g_assert_cmpuint (project_changes, ==, 5);
  maillage_action_set_title (action, "Plus dans le projet");
  g_assert_cmpuint (action_changes, ==, 5);
  g_assert_cmpuint (project_changes, ==, 5);
}

/* Changing the year of a budget line keeps the budget sorted. */
static void
test_budget_sorted (void)
{
  g_autoptr(MaillageAction) action = maillage_action_new ("A-001", "");
  GListModel *budget = maillage_action_get_budget (action);
  MaillageBudgetLine *line;
  g_autoptr(MaillageBudgetLine) first = NULL;

  maillage_action_ensure_budget_year (action, 2030);
  maillage_action_ensure_budget_year (action, 2026);
  line = maillage_action_ensure_budget_year (action, 2028);
  g_assert_cmpuint (g_list_model_get_n_items (budget), ==, 3);

  maillage_budget_line_set_year (line, 2020);
  first = g_list_model_get_item (budget, 0);
  g_assert_true (first == line);
}

static void
test_next_action_id (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MaillageAction) first = maillage_action_new ("A-001", "");
  g_autoptr(MaillageAction) third = maillage_action_new ("A-003", "");
  g_autoptr(MaillageAction) second = NULL;
  g_autofree char *id = NULL;

  id = maillage_project_next_action_id (project);
  g_assert_cmpstr (id, ==, "A-001");
  g_clear_pointer (&id, g_free);

  maillage_project_add_action (project, first);
  maillage_project_add_action (project, third);
  id = maillage_project_next_action_id (project);
  g_assert_cmpstr (id, ==, "A-002");

  second = maillage_action_new (id, "");
  maillage_project_add_action (project, second);
  g_clear_pointer (&id, g_free);
  id = maillage_project_next_action_id (project);
  g_assert_cmpstr (id, ==, "A-004");
  g_assert_true (maillage_project_find_action (project, "A-002") == second);
  g_assert_null (maillage_project_find_action (project, "A-999"));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* 5,000 communes arrive in one items-changed, and every one of them is
 * found through the index, which follows renames and removals. */
static void
test_find_commune_fast (void)
{
  g_autoptr(MaillageTerritory) territory = maillage_territory_new ();
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MaillageCommune) twin = NULL;
  MaillageCommune *renamed;
  guint items_changed = 0;
  guint changes = 0;
  gint64 start;
  gint64 elapsed;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *insee = g_strdup_printf ("%05u", 10000 + i);

      g_ptr_array_add (communes, maillage_commune_new (insee, insee, i));
    }

  g_signal_connect (maillage_territory_get_communes (territory), "items-changed",
                    G_CALLBACK (items_changed_cb), &items_changed);
  g_signal_connect (territory, "changed", G_CALLBACK (maillage_unit_count_cb), &changes);
  maillage_territory_replace_communes (territory, communes);
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (changes, ==, 1);

  start = g_get_monotonic_time ();
  for (guint round = 0; round < 20; round++)
    for (guint i = 0; i < 5000; i++)
      {
        char insee[8];

        g_snprintf (insee, sizeof insee, "%05u", 10000 + i);
        g_assert_true (maillage_territory_find_commune (territory, insee) == g_ptr_array_index (communes, i));
      }
  elapsed = g_get_monotonic_time () - start;
  /* 100,000 lookups: a hash table does this in a few milliseconds; a scan
   * of the list would take seconds. The bound is loose on purpose. */
  g_test_message ("100,000 lookups in %" G_GINT64_FORMAT " µs", elapsed);
  g_assert_cmpint (elapsed, <, G_USEC_PER_SEC / 2);

  renamed = g_ptr_array_index (communes, 42);
  maillage_commune_set_insee (renamed, "2A042");
  g_assert_true (maillage_territory_find_commune (territory, "2A042") == renamed);
  g_assert_null (maillage_territory_find_commune (territory, "10042"));

  /* A duplicate code: the commune indexed first is found; when it goes, the
   * other takes its place. */
  twin = maillage_commune_new ("10007", "Jumelle", 0);
  maillage_territory_add_commune (territory, twin);
  g_assert_true (maillage_territory_find_commune (territory, "10007") == g_ptr_array_index (communes, 7));
  maillage_territory_remove_commune (territory, g_ptr_array_index (communes, 7));
  g_assert_true (maillage_territory_find_commune (territory, "10007") == twin);

  g_ptr_array_set_size (communes, 0);
  maillage_territory_replace_communes (territory, communes);
  g_assert_null (maillage_territory_find_commune (territory, "10001"));
  g_assert_cmpuint (maillage_territory_get_population (territory), ==, 0);
}

static void
test_validators (void)
{
  g_assert_true (maillage_commune_insee_is_valid ("39001"));
  g_assert_true (maillage_commune_insee_is_valid ("2B033"));
  g_assert_false (maillage_commune_insee_is_valid ("2C033"));
  g_assert_false (maillage_commune_insee_is_valid ("3900"));
  g_assert_false (maillage_commune_insee_is_valid ("390011"));
  g_assert_false (maillage_commune_insee_is_valid (NULL));
  g_assert_true (maillage_territory_siren_is_valid ("200000000"));
  g_assert_false (maillage_territory_siren_is_valid ("20000000A"));
  g_assert_false (maillage_territory_siren_is_valid (""));
  g_assert_true (maillage_action_year_month_is_valid ("2027-12"));
  g_assert_false (maillage_action_year_month_is_valid ("2027-00"));
  g_assert_false (maillage_action_year_month_is_valid ("2027-1"));
  g_assert_cmpstr (maillage_action_status_to_string (MAILLAGE_ACTION_STATUS_IN_PROGRESS), ==, "in-progress");
  g_assert_cmpstr (maillage_territory_kind_to_string (MAILLAGE_TERRITORY_KIND_DEPARTEMENT), ==, "departement");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/project/round-trip/canonical-bytes", test_canonical_byte_identical);
  g_test_add_func ("/project/round-trip/canonical-values", test_canonical_values);
  g_test_add_func ("/project/round-trip/built", test_round_trip_built);
  g_test_add_func ("/project/migration/version-0", test_migration_version_0);
  g_test_add_func ("/project/migration/saved", test_migration_saved);
  g_test_add_func ("/project/unknown/preserved", test_unknown_preserved);
  g_test_add_func ("/project/newer-version/read-only", test_newer_version_read_only);
  g_test_add_func ("/project/tracking/nested-budget", test_tracking_nested_budget);
  g_test_add_func ("/project/tracking/module-data", test_tracking_module_data);
  g_test_add_func ("/project/tracking/territory", test_tracking_territory);
  g_test_add_func ("/project/module-data/too-deep", test_module_data_too_deep);
  g_test_add_func ("/project/module-data/too-deep/subprocess", test_module_data_too_deep_subprocess);
  g_test_add_func ("/project/refuses-invalid-utf8", test_refuses_invalid_utf8);
  g_test_add_func ("/project/tracking/disconnect", test_tracking_disconnect);
  g_test_add_func ("/project/budget/sorted", test_budget_sorted);
  g_test_add_func ("/project/actions/next-id", test_next_action_id);
  g_test_add_func ("/project/territory/find-commune-fast", test_find_commune_fast);
  g_test_add_func ("/project/validators", test_validators);

  return g_test_run ();
}
