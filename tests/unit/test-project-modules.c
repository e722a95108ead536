/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-project-modules.c: module data read from a file is kept as its
 * text, parsed only when asked for, and written back byte for byte until a
 * module sets different data; the reader sets it aside without changing a
 * single error message.
 */
#define G_LOG_DOMAIN "maillage-test-project-modules"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "maillage.h"
#include "maillage-json-private.h"
#include "maillage-unit-utils.h"

/* A canonical envelope; the modules, written by hand, are not. */
#define HEAD \
  "{\n" \
  "  \"format\": \"io.github.maillage.Project\",\n" \
  "  \"version\": 1,\n" \
  "  \"metadata\": {\n" \
  "    \"title\": \"Essai\",\n" \
  "    \"authors\": []\n" \
  "  },\n" \
  "  \"territory\": {\n" \
  "    \"name\": \"Val de Sorne\",\n" \
  "    \"kind\": \"epci\",\n" \
  "    \"siren\": \"\",\n" \
  "    \"departement\": \"\",\n" \
  "    \"communes\": []\n" \
  "  },\n" \
  "  \"actions\": [],\n" \
  "  \"modules\": {\n"
#define TAIL \
  "  }\n" \
  "}\n"

#define COMPACT "{\"version\":1,\"x\":[1,2]}"
#define CRLF "{\r\n      \"version\": 1,\r\n      \"y\": \"\\u00e9\\/\"\r\n    }"
#define CANONICAL "{\n      \"version\": 1\n    }"

static const char mixed[] =
  HEAD
  "    \"compact\": " COMPACT ",\n"
  "    \"crlf\": " CRLF ",\n"
  "    \"diagnostic\": " CANONICAL "\n"
  TAIL;

static MaillageProject *
load (const char *text,
      gssize      length)
{
  g_autoptr(GError) error = NULL;
  MaillageProject *project = maillage_project_new_from_data (text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);

  return project;
}

static void
assert_writes (MaillageProject *project,
               const char      *expected)
{
  gsize length;
  g_autofree char *written = maillage_project_to_data (project, &length);

  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse (text, -1, &error);

  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (node));
}

static void
assert_set_aside (GHashTable *texts,
                  const char *name,
                  const char *expected)
{
  GBytes *text = g_hash_table_lookup (texts, name);
  gsize length;
  const char *data;

  g_assert_nonnull (text);
  data = g_bytes_get_data (text, &length);
  g_assert_cmpmem (data, length, expected, strlen (expected));
}

/* The parser sets aside each object under `modules`, exactly as written,
 * and leaves the rest, other values under `modules` included, in the tree. */
static void
test_parse_deferred (void)
{
  const char *text =
    "\xEF\xBB\xBF{\"modules\": {\"a\": {\"n\": {\"modules\": {\"b\": {}}}},\r\n"
    "\"b\": [1], \"c\":{ } , \"d\" : 2, \"\\u0065\": {\"x\": \"}\"}},"
    " \"other\": {\"modules\": {\"z\": {\"k\": 1}}}}";
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *modules;
  JsonObject *other;

  root = maillage_json_parse_deferred (text, -1, "modules", &texts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (texts);

  g_assert_cmpuint (g_hash_table_size (texts), ==, 3);
  assert_set_aside (texts, "a", "{\"n\": {\"modules\": {\"b\": {}}}}");
  assert_set_aside (texts, "c", "{ }");
  /* The name is decoded, as json-glib decodes it. */
  assert_set_aside (texts, "e", "{\"x\": \"}\"}");

  modules = json_object_get_object_member (json_node_get_object (root), "modules");
  g_assert_cmpuint (json_object_get_size (modules), ==, 5);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (modules, "a")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (modules, "b")), ==, 1);
  g_assert_cmpint (json_object_get_int_member (modules, "d"), ==, 2);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (modules, "e")), ==, 0);
  /* Only the member of the root is set aside. */
  other = json_object_get_object_member (json_node_get_object (root), "other");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_object_get_object_member (other, "modules"),
                                                                              "z"),
                                               "k"), ==, 1);
}

/* A root that is not an object, or has no such member: nothing set aside. */
static void
test_parse_deferred_nothing (void)
{
  const char *texts_in[] = { "[{\"modules\": {\"a\": {}}}]", "{\"modules\": [{}]}", "{}", "1" };

  for (guint i = 0; i < G_N_ELEMENTS (texts_in); i++)
    {
      g_autoptr(GHashTable) texts = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = maillage_json_parse_deferred (texts_in[i], -1, "modules", &texts, &error);
      g_autoptr(JsonNode) plain = maillage_json_parse (texts_in[i], -1, NULL);

      g_assert_no_error (error);
      g_assert_nonnull (texts);
      g_assert_cmpuint (g_hash_table_size (texts), ==, 0);
      g_assert_true (json_node_equal (root, plain));
    }
}

/* Compact text and CRLF line ends inside a module are written back as they
 * were: the rest of the file is canonical as ever. */
static void
test_text_kept (void)
{
  g_autoptr(MaillageProject) project = load (mixed, -1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-modules-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "essai.maillage", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  g_auto(GStrv) ids = maillage_project_list_module_ids (project);

  g_assert_cmpstrv (ids, ((const char * const[]) { "compact", "crlf", "diagnostic", NULL }));
  assert_writes (project, mixed);

  /* Saving an unchanged project writes the same bytes. */
  g_assert_true (maillage_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  saved = maillage_unit_read_file (path, NULL);
  g_assert_cmpstr (saved, ==, mixed);

  g_remove (backup);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The text is parsed on the first demand, and the object kept. */
static void
test_get_parses (void)
{
  g_autoptr(MaillageProject) project = load (mixed, -1);
  JsonObject *compact = maillage_project_get_module_data (project, "compact");
  JsonObject *crlf = maillage_project_get_module_data (project, "crlf");
  JsonArray *x;

  g_assert_nonnull (compact);
  g_assert_cmpint (json_object_get_int_member (compact, "version"), ==, 1);
  x = json_object_get_array_member (compact, "x");
  g_assert_cmpuint (json_array_get_length (x), ==, 2);
  g_assert_cmpint (json_array_get_int_element (x, 1), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (crlf, "y"), ==, "é/");
  g_assert_true (maillage_project_get_module_data (project, "compact") == compact);
  g_assert_null (maillage_project_get_module_data (project, "absent"));

  /* Asking changes nothing: the text is still what is written. */
  g_assert_false (maillage_project_get_dirty (project));
  assert_writes (project, mixed);
}

/* Equal data, however it is laid out, or the very object handed out: not
 * a change, and the text stays. */
static void
test_set_equal (void)
{
  g_autoptr(MaillageProject) project = load (mixed, -1);
  g_autoptr(JsonObject) compact = parse_object ("{\n\"version\": 1, \"x\": [1, 2]}");
  g_autoptr(JsonObject) diagnostic = parse_object ("{\"version\": 1}");
  guint changes = 0;

  g_signal_connect (project, "changed", G_CALLBACK (maillage_unit_count_cb), &changes);

  maillage_project_set_module_data (project, "compact", compact);
  maillage_project_set_module_data (project, "diagnostic", diagnostic);
  maillage_project_set_module_data (project, "crlf",
                                    maillage_project_get_module_data (project, "crlf"));

  g_assert_false (maillage_project_get_dirty (project));
  g_assert_cmpuint (changes, ==, 0);
  assert_writes (project, mixed);
}

/* Different data is written canonically, in its place; the other modules
 * keep their text. */
static void
test_set_different (void)
{
  static const char expected[] =
    HEAD
    "    \"compact\": {\n"
    "      \"version\": 2,\n"
    "      \"x\": [\n"
    "        1,\n"
    "        2\n"
    "      ]\n"
    "    },\n"
    "    \"crlf\": " CRLF ",\n"
    "    \"diagnostic\": " CANONICAL "\n"
    TAIL;
  g_autoptr(MaillageProject) project = load (mixed, -1);
  g_autoptr(JsonObject) compact = parse_object (COMPACT);
  guint changes = 0;

  g_signal_connect (project, "changed", G_CALLBACK (maillage_unit_count_cb), &changes);

  json_object_set_int_member (compact, "version", 2);
  maillage_project_set_module_data (project, "compact", compact);
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_cmpuint (changes, ==, 1);
  assert_writes (project, expected);

  /* The project kept a copy. */
  json_object_set_int_member (compact, "version", 3);
  assert_writes (project, expected);
}

/* The object handed out must not be changed; one that was changed anyway,
 * and is set back, is still seen as a change, not lost. */
static void
test_set_changed_in_place (void)
{
  static const char expected[] =
    HEAD
    "    \"compact\": " COMPACT ",\n"
    "    \"crlf\": {\n"
    "      \"version\": 1,\n"
    "      \"y\": \"é/\",\n"
    "      \"z\": true\n"
    "    },\n"
    "    \"diagnostic\": " CANONICAL "\n"
    TAIL;
  g_autoptr(MaillageProject) project = load (mixed, -1);
  JsonObject *crlf = maillage_project_get_module_data (project, "crlf");

  json_object_set_boolean_member (crlf, "z", TRUE);
  maillage_project_set_module_data (project, "crlf", crlf);
  g_assert_true (maillage_project_get_dirty (project));
  assert_writes (project, expected);
}

static void
test_remove (void)
{
  static const char expected[] =
    HEAD
    "    \"crlf\": " CRLF ",\n"
    "    \"diagnostic\": " CANONICAL "\n"
    TAIL;
  g_autoptr(MaillageProject) project = load (mixed, -1);

  maillage_project_set_module_data (project, "compact", NULL);
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_null (maillage_project_get_module_data (project, "compact"));
  assert_writes (project, expected);
}

static void
assert_refused (const char *modules,
                int         code,
                const char *message)
{
  g_autofree char *text = g_strconcat (HEAD, modules, TAIL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = maillage_project_new_from_data (text, -1, &error);

  g_assert_null (project);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* A module whose value is not an object, or whose id is not one, is
 * refused with its path, as before. */
static void
test_not_an_object (void)
{
  assert_refused ("    \"diagnostic\": {},\n    \"mediation\": [1]\n",
                  MAILLAGE_PROJECT_ERROR_INVALID,
                  "$.modules.mediation: expected an object, found an array");
  assert_refused ("    \"diagnostic\": \"texte\"\n",
                  MAILLAGE_PROJECT_ERROR_INVALID,
                  "$.modules.diagnostic: expected an object, found “texte”");
  assert_refused ("    \"Diagnostic\": {\"version\": 1}\n",
                  MAILLAGE_PROJECT_ERROR_INVALID,
                  "$.modules.Diagnostic: “Diagnostic” is not a module id (a lowercase letter, then lowercase letters, digits, “-” or “_”)");
}

/* A syntax error inside module data is placed as it always was: the whole
 * text is scanned before anything is set aside. */
static void
test_error_position (void)
{
  static const struct
  {
    const char *modules;
    int         code;
    const char *message;
  } cases[] = {
    { "    \"diagnostic\": {\"version\": 1,}\n", MAILLAGE_PROJECT_ERROR_SYNTAX,
      "Line 17, column 32: superfluous comma before “}”" },
    { "    \"diagnostic\": {\n      \"élément\": « 1 »\n    }\n", MAILLAGE_PROJECT_ERROR_SYNTAX,
      "Line 18, column 18: a value (object, array, string, number, true, false or null) expected, “«” found" },
    { "    \"diagnostic\": {\"a\": 1, \"a\": 2}\n", MAILLAGE_PROJECT_ERROR_SYNTAX,
      "Line 17, column 28: the member “a” appears twice in the same object" },
    { "    \"diagnostic\": {\"a\": 1e999}\n", MAILLAGE_PROJECT_ERROR_SYNTAX,
      "Line 17, column 25: the number 1e999 is too large to be read" },
    { "    \"diagnostic\": {},\n    \"diagnostic\": {}\n", MAILLAGE_PROJECT_ERROR_SYNTAX,
      "Line 18, column 5: the member “diagnostic” appears twice in the same object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (HEAD, cases[i].modules, TAIL, NULL);
      g_autoptr(GError) plain_error = NULL;
      g_autoptr(JsonNode) plain = maillage_json_parse (text, -1, &plain_error);

      /* The same message the plain reader gives. */
      g_assert_null (plain);
      g_assert_nonnull (plain_error);
      g_assert_cmpstr (plain_error->message, ==, cases[i].message);
      assert_refused (cases[i].modules, cases[i].code, cases[i].message);
    }
}

/* A byte order mark and CRLF throughout: read, its modules kept as they
 * stand (with their CRLF), the rest written canonically. */
static void
test_bom_crlf (void)
{
  static const char expected[] =
    HEAD
    "    \"diagnostic\": {\r\n      \"version\": 1,\r\n      \"taux\": 0.5\r\n    }\n"
    TAIL;
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageProject) again = NULL;
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  g_autofree char *written = NULL;
  JsonObject *data;

  g_string_append (text, expected);
  g_string_replace (text, "\n", "\r\n", 0);
  g_string_replace (text, "\r\r\n", "\r\n", 0);

  project = load (text->str, text->len);
  data = maillage_project_get_module_data (project, "diagnostic");
  g_assert_cmpint (json_object_get_int_member (data, "version"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (data, "taux"), ==, 0.5);
  g_assert_cmpstr (maillage_project_get_title (project), ==, "Essai");
  assert_writes (project, expected);

  written = maillage_project_to_data (project, NULL);
  again = load (written, -1);
  assert_writes (again, expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/json/parse-deferred", test_parse_deferred);
  g_test_add_func ("/json/parse-deferred/nothing", test_parse_deferred_nothing);
  g_test_add_func ("/project/modules/text-kept", test_text_kept);
  g_test_add_func ("/project/modules/get-parses", test_get_parses);
  g_test_add_func ("/project/modules/set-equal", test_set_equal);
  g_test_add_func ("/project/modules/set-different", test_set_different);
  g_test_add_func ("/project/modules/set-changed-in-place", test_set_changed_in_place);
  g_test_add_func ("/project/modules/remove", test_remove);
  g_test_add_func ("/project/modules/not-an-object", test_not_an_object);
  g_test_add_func ("/project/modules/error-position", test_error_position);
  g_test_add_func ("/project/modules/bom-crlf", test_bom_crlf);

  return g_test_run ();
}
