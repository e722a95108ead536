/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-engine.c: the plugin engine end to end, through the real libpeas
 * engine and the mock plugins of tests/plugins/fixtures/: a C one (mockc),
 * a Python one (mockpy) and two that cannot load.
 */
#define G_LOG_DOMAIN "test-engine"

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "maillage-module-set.h"
#include "maillage-plugin-info.h"
#include "maillage-plugin-manager.h"
#include "maillage-test-utils.h"

static gboolean have_display;
static gboolean in_french;
/* The strings of the mock plugins are in the catalogue too */
static gboolean fixtures_in_french;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

/* Every test starts with every plugin switched on. GTest forgets the fatal
 * handler between tests: set it again. */
static GSettings *
begin_test (void)
{
  GSettings *settings = g_settings_new (APP_ID);

  g_test_log_set_fatal_handler (maillage_test_allow_broken, NULL);

  g_settings_reset (settings, "disabled-plugins");
  return settings;
}

static PeasPluginInfo *
get_info (MaillagePluginManager *manager,
          const char            *module_name)
{
  PeasPluginInfo *info;

  info = peas_engine_get_plugin_info (maillage_plugin_manager_get_engine (manager), module_name);
  g_assert_nonnull (info);
  return info;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  g_assert_nonnull (node);
  return json_object_ref (json_node_get_object (node));
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/* A project as read from a file, holding the mocks' data and that of a
 * module no plugin provides. */
static MaillageProject *
create_project (const char *mockc_data,
                const char *mockpy_data)
{
  g_autoptr(MaillageProject) draft = maillage_project_new ();
  g_autoptr(JsonObject) ghost = parse_object ("{\"version\": 3, \"z\": [1, 2], \"a\": null}");
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  MaillageProject *project;

  maillage_project_set_title (draft, "Projet d’essai");
  if (mockc_data != NULL)
    {
      g_autoptr(JsonObject) object = parse_object (mockc_data);
      maillage_project_set_module_data (draft, "mockc", object);
    }
  if (mockpy_data != NULL)
    {
      g_autoptr(JsonObject) object = parse_object (mockpy_data);
      maillage_project_set_module_data (draft, "mockpy", object);
    }
  maillage_project_set_module_data (draft, "ghost", ghost);

  data = maillage_project_to_data (draft, NULL);
  project = maillage_project_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  return project;
}

static char *
module_data_string (MaillageProject *project,
                    const char      *id)
{
  JsonObject *data = maillage_project_get_module_data (project, id);

  g_assert_nonnull (data);
  return object_to_string (data);
}

static void
count_signal (guint *counter)
{
  (*counter)++;
}

typedef struct
{
  guint  count;
  char  *module_name;
  char  *message;
} Failure;

static void
on_plugin_failed (MaillagePluginManager *manager,
                  PeasPluginInfo        *info,
                  const char            *message,
                  Failure               *failure)
{
  failure->count++;
  g_free (failure->module_name);
  failure->module_name = g_strdup (peas_plugin_info_get_module_name (info));
  g_free (failure->message);
  failure->message = g_strdup (message);
}

static void
failure_clear (Failure *failure)
{
  g_free (failure->module_name);
  g_free (failure->message);
}

/* ------------------------------------------------------------------ */
/* The manager                                                         */

static void
test_discovery (void)
{
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = maillage_plugin_manager_new ();
  GHashTable *failures = maillage_plugin_manager_get_failures (manager);
  const char *message;

  /* Real plugins of the build tree may be found too: only the fixtures
   * are checked. */
  g_assert_cmpuint (g_list_length ((GList *) maillage_plugin_manager_get_plugins (manager)), >=, 4);

  g_assert_true (peas_plugin_info_is_loaded (get_info (manager, "mockc")));
  g_assert_true (peas_plugin_info_is_loaded (get_info (manager, "maillage_mockpy")));
  g_assert_false (peas_plugin_info_is_loaded (get_info (manager, "maillage_brokenpy")));
  g_assert_false (peas_plugin_info_is_loaded (get_info (manager, "brokenc")));

  /* What the .plugin files say */
  g_assert_cmpstr (maillage_plugin_info_get_module_id (get_info (manager, "mockc")), ==, "mockc");
  g_assert_cmpstr (maillage_plugin_info_get_module_id (get_info (manager, "maillage_mockpy")), ==, "mockpy");
  g_assert_cmpint (maillage_plugin_info_get_order (get_info (manager, "maillage_mockpy")), ==, 200);
  g_assert_cmpint (maillage_plugin_info_get_kind (get_info (manager, "brokenc")), ==,
                   MAILLAGE_PLUGIN_KIND_EXPORTER);

  /* Both broken plugins are reported, and why; the mocks did not fail */
  g_assert_false (g_hash_table_contains (failures, "mockc"));
  g_assert_false (g_hash_table_contains (failures, "maillage_mockpy"));
  message = g_hash_table_lookup (failures, "maillage_brokenpy");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "RuntimeError: maillage_brokenpy is broken on purpose"));
  message = maillage_plugin_manager_get_failure (manager, get_info (manager, "brokenc"));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "libbrokenc.so"));
  g_assert_null (strstr (message, "Failed to load module"));

  if (in_french)
    {
      g_assert_true (g_str_has_prefix (message, "Le greffon «\u00a0Export C défectueux\u00a0» n’a pas pu être chargé\u00a0: "));
      g_assert_cmpstr (peas_plugin_info_get_name (get_info (manager, "mockc")), ==, "Module fictif en C");
    }
}

static void
test_failure_signal (void)
{
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = NULL;
  const char *disabled[] = { "maillage_brokenpy", NULL };
  g_auto(GStrv) disabled_now = NULL;
  PeasPluginInfo *broken;
  Failure failure = { 0 };

  g_settings_set_strv (settings, "disabled-plugins", disabled);
  manager = maillage_plugin_manager_new ();
  broken = get_info (manager, "maillage_brokenpy");

  /* Switched off: not tried, so not failed */
  g_assert_false (maillage_plugin_manager_get_plugin_enabled (manager, broken));
  g_assert_null (maillage_plugin_manager_get_failure (manager, broken));

  g_signal_connect (manager, "plugin-failed", G_CALLBACK (on_plugin_failed), &failure);
  maillage_plugin_manager_set_plugin_enabled (manager, broken, TRUE);

  g_assert_cmpuint (failure.count, ==, 1);
  g_assert_cmpstr (failure.module_name, ==, "maillage_brokenpy");
  g_assert_cmpstr (failure.message, ==, maillage_plugin_manager_get_failure (manager, broken));
  g_assert_true (maillage_plugin_manager_get_plugin_enabled (manager, broken));
  disabled_now = g_settings_get_strv (settings, "disabled-plugins");
  g_assert_cmpstrv (disabled_now, (const char *[]) { NULL });
  if (in_french)
    g_assert_true (g_str_has_prefix (failure.message,
                                     "Le greffon «\u00a0Module Python défectueux\u00a0» n’a pas pu être chargé\u00a0: "));

  /* The program went on: the others still work */
  g_assert_true (peas_plugin_info_is_loaded (get_info (manager, "mockc")));
  g_assert_true (peas_plugin_info_is_loaded (get_info (manager, "maillage_mockpy")));

  /* Switched off, the failure is forgotten */
  maillage_plugin_manager_set_plugin_enabled (manager, broken, FALSE);
  g_assert_null (maillage_plugin_manager_get_failure (manager, broken));
  g_assert_cmpuint (failure.count, ==, 1);

  g_signal_handlers_disconnect_by_data (manager, &failure);
  failure_clear (&failure);
}

/* ------------------------------------------------------------------ */
/* One module through its whole life, in C and in Python               */

typedef struct
{
  const char *id;
  const char *heading;
} ModuleCase;

static const ModuleCase c_case = { "mockc", "Mock C module" };
static const ModuleCase python_case = { "mockpy", "Mock Python module" };

static void
check_page (MaillageModule  *module,
            MaillageProject *project,
            const char      *id)
{
  g_autofree char *row_name = g_strconcat (id, "-note", NULL);
  g_autofree char *data = NULL;
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *row;
  g_autofree char *note = NULL;

  /* Floating whatever the plugin's language: the invoker sees to it. */
  page = maillage_module_create_page (module);
  g_assert_true (ADW_IS_PREFERENCES_PAGE (page));
  g_assert_true (g_object_is_floating (page));
  g_object_ref_sink (page);

  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  /* The entry shows the note, and typing in it changes the module, which
   * the set stores into the project. */
  row = maillage_test_find_named (page, row_name);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Première note");

  gtk_editable_set_text (GTK_EDITABLE (row), "Écrite dans la page");
  g_object_get (module, "note", &note, NULL);
  g_assert_cmpstr (note, ==, "Écrite dans la page");
  data = module_data_string (project, id);
  g_assert_cmpstr (data, ==, "{\"version\":1,\"note\":\"Écrite dans la page\",\"count\":3}");

  /* Once its window is gone and our reference dropped, nothing (the
   * module, a binding) holds the page. */
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_null (page);
}

static void
check_chapter (MaillageModule   *module,
               const ModuleCase *mcase)
{
  g_autoptr(MaillageDocument) document = maillage_document_new ("Annexe");
  g_autoptr(MaillageBlock) heading = NULL;
  g_autoptr(MaillageBlock) paragraph = NULL;
  g_autoptr(MaillageBlock) list = NULL;
  const char * const *items;

  maillage_module_build_chapter (module, document);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 3);
  heading = g_list_model_get_item (G_LIST_MODEL (document), 0);
  paragraph = g_list_model_get_item (G_LIST_MODEL (document), 1);
  list = g_list_model_get_item (G_LIST_MODEL (document), 2);

  g_assert_cmpint (maillage_block_get_kind (heading), ==, MAILLAGE_BLOCK_HEADING);
  g_assert_cmpuint (maillage_block_get_level (heading), ==, 1);
  g_assert_cmpstr (maillage_block_get_text (heading), ==, _(mcase->heading));

  g_assert_cmpint (maillage_block_get_kind (paragraph), ==, MAILLAGE_BLOCK_PARAGRAPH);
  g_assert_cmpstr (maillage_block_get_text (paragraph), ==, "Première note");

  g_assert_cmpint (maillage_block_get_kind (list), ==, MAILLAGE_BLOCK_LIST);
  g_assert_false (maillage_block_get_ordered (list));
  items = maillage_block_get_items (list);
  g_assert_cmpuint (g_strv_length ((char **) items), ==, 2);
  g_assert_nonnull (strstr (items[0], "3"));
  g_assert_nonnull (strstr (items[1], "13"));
  if (fixtures_in_french)
    g_assert_cmpstr (items[0], ==, "Compteur\u00a0: 3");
}

static void
check_findings (MaillageModule *module)
{
  g_autoptr(GListModel) before = maillage_module_list_findings (module);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(MaillageFinding) finding = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 0);
  g_assert_cmpfloat_with_epsilon (maillage_module_get_completeness (module), 1.0, 1e-9);

  g_object_set (module, "note", "", NULL);
  after = maillage_module_list_findings (module);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);
  finding = g_list_model_get_item (after, 0);
  g_assert_cmpint (maillage_finding_get_severity (finding), ==, MAILLAGE_SEVERITY_WARNING);
  g_assert_cmpstr (maillage_finding_get_message (finding), ==, _("The note is empty."));
  g_assert_cmpfloat_with_epsilon (maillage_module_get_completeness (module), 0.5, 1e-9);
}

static void
test_module_lifecycle (gconstpointer data)
{
  const ModuleCase *mcase = data;
  const char *stored = "{\"version\":1,\"note\":\"Première note\",\"count\":3}";
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = maillage_plugin_manager_new ();
  g_autoptr(MaillageProject) project = create_project (stored, stored);
  g_autoptr(MaillageModuleSet) set = maillage_module_set_new (manager, project);
  g_autoptr(JsonObject) saved = NULL;
  g_autofree char *saved_text = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *note = NULL;
  MaillageModule *module;
  guint changes = 0;
  int count;

  module = maillage_module_set_find (set, mcase->id);
  g_assert_nonnull (module);
  g_assert_cmpstr (maillage_module_get_id (module), ==, mcase->id);
  g_assert_true (maillage_module_get_project (module) == project);

  /* Loaded from the project… */
  g_object_get (module, "note", &note, "count", &count, NULL);
  g_assert_cmpstr (note, ==, "Première note");
  g_assert_cmpint (count, ==, 3);

  /* …and saved back to the same JSON, members in the same order */
  saved = maillage_module_save (module);
  saved_text = object_to_string (saved);
  g_assert_cmpstr (saved_text, ==, stored);
  g_assert_false (maillage_project_get_dirty (project));

  check_chapter (module, mcase);

  /* An edit goes into the project */
  g_signal_connect_swapped (module, "changed", G_CALLBACK (count_signal), &changes);
  g_object_set (module, "count", 4, NULL);
  g_assert_cmpuint (changes, ==, 1);
  edited = module_data_string (project, mcase->id);
  g_assert_cmpstr (edited, ==, "{\"version\":1,\"note\":\"Première note\",\"count\":4}");
  g_assert_true (maillage_project_get_dirty (project));
  g_object_set (module, "count", 3, NULL);

  if (have_display)
    check_page (module, project, mcase->id);

  g_object_set (module, "note", "Première note", NULL);
  check_findings (module);

  g_signal_handlers_disconnect_by_data (module, &changes);
}

/* ------------------------------------------------------------------ */
/* The set follows the plugins                                          */

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *counter)
{
  (*counter)++;
}

static int
find_position (GListModel *model,
               const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (model, i);

      if (g_strcmp0 (maillage_module_get_id (module), id) == 0)
        return i;
    }

  return -1;
}

static int
find_heading (MaillageDocument *document,
              const char       *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (document)); i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (document), i);

      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_HEADING &&
          g_strcmp0 (maillage_block_get_text (block), text) == 0)
        return i;
    }

  return -1;
}

static void
test_set_order (void)
{
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = maillage_plugin_manager_new ();
  g_autoptr(MaillageProject) project = create_project (NULL, NULL);
  g_autoptr(MaillageModuleSet) set = maillage_module_set_new (manager, project);
  g_autoptr(MaillageDocument) document = maillage_document_new ("Annexe");
  MaillageModule *mockpy;
  int c_position;
  int python_position;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (set)) == MAILLAGE_TYPE_MODULE);

  /* Sorted by X-Maillage-Order: mockc (100) before mockpy (200) */
  c_position = find_position (G_LIST_MODEL (set), "mockc");
  python_position = find_position (G_LIST_MODEL (set), "mockpy");
  g_assert_cmpint (c_position, >=, 0);
  g_assert_cmpint (python_position, >, c_position);

  mockpy = maillage_module_set_find (set, "mockpy");
  g_assert_cmpstr (peas_plugin_info_get_module_name (maillage_module_set_get_plugin_info (set, mockpy)),
                   ==, "maillage_mockpy");
  g_assert_null (maillage_module_set_find (set, "ghost"));
  g_assert_null (maillage_module_set_find (set, "brokenpy"));

  /* A project without their data: empty modules, nothing written */
  g_assert_null (maillage_project_get_module_data (project, "mockc"));
  g_assert_false (maillage_project_get_dirty (project));

  /* Chapters in the same order */
  maillage_module_set_build_chapters (set, document);
  c_position = find_heading (document, _("Mock C module"));
  python_position = find_heading (document, _("Mock Python module"));
  g_assert_cmpint (c_position, >=, 0);
  g_assert_cmpint (python_position, >, c_position);
}

static void
test_set_disable_enable (void)
{
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = maillage_plugin_manager_new ();
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageModuleSet) set = NULL;
  const char *disabled[] = { "mockc", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *note = NULL;
  GWeakRef old_module;
  MaillageModule *module;
  guint changes = 0;
  guint n_modules;

  project = create_project ("{\"version\":1,\"note\":\"Gardée\",\"count\":7,\"extra\":true}",
                            "{\"version\":1,\"note\":\"Python\",\"count\":1}");
  set = maillage_module_set_new (manager, project);
  n_modules = g_list_model_get_n_items (G_LIST_MODEL (set));
  g_signal_connect (set, "items-changed", G_CALLBACK (on_items_changed), &changes);
  module = maillage_module_set_find (set, "mockc");
  g_assert_nonnull (module);
  g_weak_ref_init (&old_module, module);
  before = maillage_project_to_data (project, NULL);

  /* Switched off through the setting, as another window would */
  g_settings_set_strv (settings, "disabled-plugins", disabled);
  while (g_main_context_iteration (NULL, FALSE));

  g_assert_false (peas_plugin_info_is_loaded (get_info (manager, "mockc")));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (set)), ==, n_modules - 1);
  g_assert_null (maillage_module_set_find (set, "mockc"));
  g_assert_nonnull (maillage_module_set_find (set, "mockpy"));

  /* The module is gone, its data is not: the file is the same, byte for
   * byte, the member the module does not know included */
  g_assert_null (g_weak_ref_get (&old_module));
  after = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (after, "extra"));

  /* Switched on again: back with its data */
  g_settings_set_strv (settings, "disabled-plugins", NULL);
  while (g_main_context_iteration (NULL, FALSE));

  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (set)), ==, n_modules);
  module = maillage_module_set_find (set, "mockc");
  g_assert_nonnull (module);
  g_object_get (module, "note", &note, NULL);
  g_assert_cmpstr (note, ==, "Gardée");
  g_assert_cmpint (find_position (G_LIST_MODEL (set), "mockc"), <,
                   find_position (G_LIST_MODEL (set), "mockpy"));

  g_weak_ref_clear (&old_module);
}

static void
test_set_bad_data (void)
{
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = maillage_plugin_manager_new ();
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageModuleSet) set = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *message;
  guint failures = 0;

  /* Written by a newer mock for one, of the wrong type for the other */
  project = create_project ("{\"version\":99,\"note\":\"Du futur\"}",
                            "{\"version\":1,\"note\":42}");
  before = maillage_project_to_data (project, NULL);

  g_signal_connect_swapped (manager, "plugin-failed", G_CALLBACK (count_signal), &failures);
  set = maillage_module_set_new (manager, project);

  g_assert_cmpuint (failures, ==, 2);
  message = maillage_plugin_manager_get_failure (manager, get_info (manager, "mockc"));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "99"));
  message = maillage_plugin_manager_get_failure (manager, get_info (manager, "maillage_mockpy"));
  g_assert_nonnull (message);
  if (fixtures_in_french)
    g_assert_cmpstr (message, ==,
                     "Le module «\u00a0Module fictif en Python\u00a0» n’a pas pu lire ses données\u00a0: "
                     "Le membre «\u00a0note\u00a0» n’a pas le bon type.");

  /* Neither is listed, and their data is kept as it was */
  g_assert_null (maillage_module_set_find (set, "mockc"));
  g_assert_null (maillage_module_set_find (set, "mockpy"));
  after = maillage_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (maillage_project_get_dirty (project));

  g_signal_handlers_disconnect_by_data (manager, &failures);
}

static void
test_set_dispose (void)
{
  g_autoptr(GSettings) settings = begin_test ();
  g_autoptr(MaillagePluginManager) manager = maillage_plugin_manager_new ();
  g_autoptr(MaillageProject) project = create_project (NULL, NULL);
  MaillageModuleSet *set = maillage_module_set_new (manager, project);
  g_autoptr(MaillageModule) module = g_object_ref (maillage_module_set_find (set, "mockpy"));

  g_assert_true (maillage_module_get_project (module) == project);

  /* Closing the project unloads its modules */
  g_object_unref (set);
  g_assert_null (maillage_module_get_project (module));
}

int
main (int   argc,
      char *argv[])
{
  /* Every fixture, the broken ones included */
  g_setenv ("MAILLAGE_PLUGIN_PATH", ALL_FIXTURE_PLUGIN_PATH, TRUE);

  /* The failure messages are checked in French when the locale exists. */
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  in_french = setlocale (LC_ALL, "") != NULL;
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  in_french = in_french && g_strcmp0 (_("Preferences"), "Préférences") == 0;
  fixtures_in_french = in_french && g_strcmp0 (_("The note is empty."), "La note est vide.") == 0;
  if (!in_french)
    g_printerr ("# No French locale or catalogue: messages not checked in French\n");
  else if (!fixtures_in_french)
    g_printerr ("# The mock plugins' strings are not in the catalogue: not checked in French\n");

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/plugins/manager/discovery", test_discovery);
  g_test_add_func ("/plugins/manager/failure-signal", test_failure_signal);
  g_test_add_data_func ("/plugins/module/c", &c_case, test_module_lifecycle);
  g_test_add_data_func ("/plugins/module/python", &python_case, test_module_lifecycle);
  g_test_add_func ("/plugins/module-set/order", test_set_order);
  g_test_add_func ("/plugins/module-set/disable-enable", test_set_disable_enable);
  g_test_add_func ("/plugins/module-set/bad-data", test_set_bad_data);
  g_test_add_func ("/plugins/module-set/dispose", test_set_dispose);

  return g_test_run ();
}
