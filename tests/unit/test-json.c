/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-json.c: the JSON gate (maillage_json_parse) and the canonical writer
 * (maillage_json_to_string), and their public face for plugins
 * (maillage_json_parse_text, maillage_json_write_text).
 */
#define G_LOG_DOMAIN "maillage-test-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "maillage-project.h"
#include "maillage-json.h"
#include "maillage-json-private.h"
#include "maillage-unit-utils.h"

static char *
round_trip (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return maillage_json_to_string (node, NULL);
}

static void
test_canonical_document (void)
{
  const char *input =
    "{\"format\":\"io.github.maillage.Project\",\"version\":1,"
    "\"metadata\":{\"title\":\"Stratégie numérique\",\"authors\":[]},"
    "\"zeta\":{},\"alpha\":[true,false,null,{\"k\":[1,[]]}]}";
  const char *expected =
    "{\n"
    "  \"format\": \"io.github.maillage.Project\",\n"
    "  \"version\": 1,\n"
    "  \"metadata\": {\n"
    "    \"title\": \"Stratégie numérique\",\n"
    "    \"authors\": []\n"
    "  },\n"
    "  \"zeta\": {},\n"
    "  \"alpha\": [\n"
    "    true,\n"
    "    false,\n"
    "    null,\n"
    "    {\n"
    "      \"k\": [\n"
    "        1,\n"
    "        []\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autofree char *once = round_trip (input);
  g_autofree char *twice = round_trip (once);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse (expected, -1, &error);
  gsize length = 0;
  g_autofree char *again = maillage_json_to_string (node, &length);

  g_assert_cmpstr (once, ==, expected);
  g_assert_cmpstr (twice, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_cmpstr (again, ==, expected);
}

static void
test_scalars (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "0.1", "0.1\n" },
    { "1e300", "1e+300\n" },
    { "-0.0", "-0.0\n" },
    { "87.0", "87.0\n" },
    { "87", "87\n" },
    { "-0", "0\n" },
    { "1E5", "100000.0\n" },
    { "0.000001", "1e-06\n" },
    { "3.141592653589793", "3.141592653589793\n" },
    { "0.30000000000000004", "0.30000000000000004\n" },
    { "9223372036854775807", "9223372036854775807\n" },
    { "-9223372036854775808", "-9223372036854775808\n" },
    { "true", "true\n" },
    { "null", "null\n" },
    { "\"\"", "\"\"\n" },
    { "\"q\\\" b\\\\ s\\/ n\\n t\\t r\\r b\\b f\\f\"", "\"q\\\" b\\\\ s/ n\\n t\\t r\\r b\\b f\\f\"\n" },
    { "\"\\u0001\\u001f\\u007f\\u0085 \\u00e9\"", "\"\\u0001\\u001f\\u007f\\u0085 é\"\n" },
    { "\"😀 et \\ud83d\\ude00 et \\uD83D\\uDE00\"", "\"😀 et 😀 et 😀\"\n" },
    { "\"\\u2028 ‘’ « » \"", "\"\u2028 ‘’ « » \"\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = round_trip (cases[i].in);
      g_autofree char *again = round_trip (out);

      g_test_message ("%s", cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpstr (again, ==, cases[i].out);
    }
}

static void
test_values_read_back (void)
{
  const char *text = "[0.1, 1e300, -0.0, 87.0, 9223372036854775807, \"\\ud83d\\ude00\", 1e-320]";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse (text, -1, &error);
  g_autofree char *written = NULL;
  g_autoptr(JsonNode) back = NULL;
  JsonArray *array;

  g_assert_no_error (error);
  written = maillage_json_to_string (node, NULL);
  back = maillage_json_parse (written, -1, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (node, back));

  array = json_node_get_array (back);
  g_assert_cmpfloat (json_array_get_double_element (array, 0), ==, 0.1);
  g_assert_cmpfloat (json_array_get_double_element (array, 1), ==, 1e300);
  g_assert_cmpfloat (json_array_get_double_element (array, 2), ==, 0.0);
  g_assert_true (signbit (json_array_get_double_element (array, 2)));
  g_assert_cmpint (json_node_get_value_type (json_array_get_element (array, 3)), ==, G_TYPE_DOUBLE);
  g_assert_cmpint (json_array_get_int_element (array, 4), ==, G_MAXINT64);
  g_assert_cmpstr (json_array_get_string_element (array, 5), ==, "\xF0\x9F\x98\x80");
  g_assert_cmpfloat (json_array_get_double_element (array, 6), ==, 1e-320);
}

static void
test_writer_built_tree (void)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autofree char *text = NULL;

  /* Insertion order is kept, also when a member is replaced. */
  json_object_set_int_member (object, "z", 1);
  json_object_set_double_member (object, "a", NAN);
  json_object_set_double_member (object, "m", INFINITY);
  json_object_set_int_member (object, "z", 2);
  json_array_add_string_element (array, "tab\there");
  json_array_add_double_element (array, 1e21);
  json_array_add_double_element (array, 123456789.25);
  json_object_set_array_member (object, "list", json_array_ref (array));
  json_node_set_object (node, object);

  text = maillage_json_to_string (node, NULL);
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"z\": 2,\n"
                   "  \"a\": null,\n"
                   "  \"m\": null,\n"
                   "  \"list\": [\n"
                   "    \"tab\\there\",\n"
                   "    1e+21,\n"
                   "    123456789.25\n"
                   "  ]\n"
                   "}\n");
}

static void
test_deep_tree_written (void)
{
  /* Module data built in code is not bounded by the parser, so the writer
   * does not recurse. (json-glib frees a tree recursively: keep it at a
   * depth its own code survives.) */
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  JsonArray *inner = json_array_new ();
  g_autofree char *text = NULL;
  gsize length;

  json_node_take_array (root, inner);
  for (guint i = 1; i < 2000; i++)
    {
      JsonArray *deeper = json_array_new ();

      json_array_add_array_element (inner, deeper);
      inner = deeper;
    }
  text = maillage_json_to_string (root, &length);
  g_assert_cmpuint (length, >, 2000 * 2000);
  /* Level i opens with 2i spaces and “[\n”; the innermost is empty. */
  g_assert_true (g_str_has_prefix (text, "[\n  [\n    [\n"));
  g_assert_cmpuint (strstr (text, "[]") - text, ==, 1998 * 1999 + 2 * 1999 + 2 * 1999);
  g_assert_true (g_str_has_suffix (text, "\n  ]\n]\n"));
}

typedef struct
{
  const char *text;
  gssize      length;
  int         code;
  const char *message;
} BadInput;

static void
assert_refused (const BadInput *bad)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse (bad->text, bad->length, &error);
  g_autofree char *start = g_strndup (bad->text, bad->length < 0 ? 60 : 0);
  g_autofree char *shown = g_strescape (start, NULL);

  g_test_message ("input: %s", shown);
  g_assert_null (node);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, bad->code);
  g_assert_cmpstr (error->message, ==, bad->message);
}

static void
test_syntax_errors (void)
{
  const int SYNTAX = MAILLAGE_PROJECT_ERROR_SYNTAX;
  const BadInput cases[] = {
    { "", -1, SYNTAX, "The file is empty" },
    { " \r\n\t\n", -1, SYNTAX, "The file is empty" },
    { "{\n  \"a\": [1, 2}\n}", -1, SYNTAX, "Line 2, column 13: “,” or “]” expected, “}” found" },
    { "[\"é€😀\", x]", -1, SYNTAX,
      "Line 1, column 9: a value (object, array, string, number, true, false or null) expected, “x” found" },
    { "{} x", -1, SYNTAX, "Line 1, column 4: unexpected “x” after the end of the JSON value" },
    { "{}\n{}", -1, SYNTAX, "Line 2, column 1: unexpected “{” after the end of the JSON value" },
    { "[1,]", -1, SYNTAX, "Line 1, column 3: superfluous comma before “]”" },
    { "{\"a\": 1,\r\n}", -1, SYNTAX, "Line 1, column 8: superfluous comma before “}”" },
    { "{\"a\" 1}", -1, SYNTAX, "Line 1, column 6: “:” expected, “1” found" },
    { "{1: 2}", -1, SYNTAX, "Line 1, column 2: a member name in double quotes or “}” expected, “1” found" },
    { "{\"a\": 1 \"b\": 2}", -1, SYNTAX, "Line 1, column 9: “,” or “}” expected, “\"” found" },
    { "{'a': 1}", -1, SYNTAX, "Line 1, column 2: a member name in double quotes or “}” expected, “'” found" },
    { "[1 // note\n]", -1, SYNTAX, "Line 1, column 4: “,” or “]” expected, “/” found" },
    { "{\"a\": [1, 2", -1, SYNTAX, "Line 1, column 12: the file ends too early, “,” or “]” expected" },
    { "{\"a\"", -1, SYNTAX, "Line 1, column 5: the file ends too early, “:” expected" },
    { "[", -1, SYNTAX, "Line 1, column 2: the file ends too early, a value or “]” expected" },
    { "[True]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “True” found" },
    { "[nul]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “nul” found" },
    { "[nullx]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “nullx” found" },
    { "[NaN]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “NaN” found" },
    { "[\x01]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “U+0001” found" },
    { "[01]", -1, SYNTAX, "Line 1, column 2: malformed number: a number cannot start with 0 followed by other digits" },
    { "[-]", -1, SYNTAX, "Line 1, column 3: malformed number: a digit must follow “-”" },
    { "[1.]", -1, SYNTAX, "Line 1, column 4: malformed number: a digit must follow “.”" },
    { "[.5]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “.” found" },
    { "[1e]", -1, SYNTAX, "Line 1, column 4: malformed number: a digit must follow “e”" },
    { "[1E+]", -1, SYNTAX, "Line 1, column 5: malformed number: a digit must follow “+”" },
    { "[+1]", -1, SYNTAX, "Line 1, column 2: a value (object, array, string, number, true, false or null) expected, “+” found" },
    { "[9223372036854775808]", -1, SYNTAX, "Line 1, column 2: the number 9223372036854775808 is too large to be read" },
    { "[-9223372036854775809]", -1, SYNTAX, "Line 1, column 2: the number -9223372036854775809 is too large to be read" },
    { "[12345678901234567890123456789012345678901234567890]", -1, SYNTAX,
      "Line 1, column 2: the number 1234567890123456789012345678901234567890… is too large to be read" },
    { "[1e400]", -1, SYNTAX, "Line 1, column 2: the number 1e400 is too large to be read" },
    { "[\"a\\x\"]", -1, SYNTAX, "Line 1, column 4: unknown escape sequence “\\x” in a string" },
    { "[\"\\u12\"]", -1, SYNTAX, "Line 1, column 3: “\\u” must be followed by four hexadecimal digits" },
    { "[\"\\u00G0\"]", -1, SYNTAX, "Line 1, column 3: “\\u” must be followed by four hexadecimal digits" },
    { "[\"\\u0000\"]", -1, SYNTAX, "Line 1, column 3: a string cannot contain the character U+0000" },
    { "[\"\\ud800\"]", -1, SYNTAX,
      "Line 1, column 3: “\\ud800” is one half of a UTF-16 surrogate pair, and the other half is missing" },
    { "[\"x\\uDC00\"]", -1, SYNTAX,
      "Line 1, column 4: “\\uDC00” is one half of a UTF-16 surrogate pair, and the other half is missing" },
    { "[\"\\ud83d\\u0041\"]", -1, SYNTAX,
      "Line 1, column 3: “\\ud83d” is one half of a UTF-16 surrogate pair, and the other half is missing" },
    { "[\"\\ud83d\\ud83d\"]", -1, SYNTAX,
      "Line 1, column 3: “\\ud83d” is one half of a UTF-16 surrogate pair, and the other half is missing" },
    { "{\"a\": \"one\ntwo\"}", -1, SYNTAX,
      "Line 1, column 11: line break inside a string (the closing “\"” may be missing)" },
    { "[\"a\tb\"]", -1, SYNTAX,
      "Line 1, column 4: control character U+0009 inside a string; it must be written as an escape" },
    { "\n\n  [\"abc", -1, SYNTAX, "Line 3, column 4: this string is never closed" },
    { "[\"abc\\", -1, SYNTAX, "Line 1, column 2: this string is never closed" },
    { "{\"a\": 1, \"b\": 2, \"a\": 3}", -1, SYNTAX,
      "Line 1, column 18: the member “a” appears twice in the same object" },
    { "{\"é\": 1, \"\\u00e9\": 2}", -1, SYNTAX,
      "Line 1, column 10: the member “é” appears twice in the same object" },
    { "<!DOCTYPE html>\n<html></html>", -1, SYNTAX, "Line 1, column 1: the file is not JSON (it begins with “<”)" },
    { "Bonjour, ceci est un texte.", -1, SYNTAX, "Line 1, column 1: the file is not JSON (it begins with “Bonjour”)" },
    { "code_insee;nom;population\n39001;Abbans;12", -1, SYNTAX,
      "Line 1, column 1: the file is not JSON (it begins with “code_insee”)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (&cases[i]);
}

static void
test_duplicate_in_large_object (void)
{
  g_autoptr(GString) text = g_string_new ("{");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (text, "\"key%u\": %u,\n", i, i);
  g_string_append (text, "\"key7\": 0}");

  node = maillage_json_parse (text->str, text->len, &error);
  g_assert_null (node);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "Line 41, column 1: the member “key7” appears twice in the same object");

  /* The same names in different objects are no duplicates. */
  g_clear_error (&error);
  node = maillage_json_parse ("[{\"a\": {\"a\": 1}}, {\"a\": 2}]", -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
}

static void
test_encoding (void)
{
  const int ENCODING = MAILLAGE_PROJECT_ERROR_ENCODING;
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  static const char nul[] = "{\"a\": \"b\0\"}";
  const BadInput cases[] = {
    { "{\"a\": \"caf\xe9\"}", -1, ENCODING, "Line 1, column 11: the file is not valid UTF-8 text" },
    { "[\n\"é\",\n\"\xc3\x28\"]", -1, ENCODING, "Line 3, column 2: the file is not valid UTF-8 text" },
    { "[\"\xed\xa0\x80\"]", -1, ENCODING, "Line 1, column 3: the file is not valid UTF-8 text" },
    { "[\"\xc0\xaf\"]", -1, ENCODING, "Line 1, column 3: the file is not valid UTF-8 text" },
    { "\xEF\xBB\xBF\xEF\xBB", -1, ENCODING, "Line 1, column 1: the file is not valid UTF-8 text" },
    { nul, sizeof nul - 1, ENCODING,
      "Line 1, column 9: the file is not valid UTF-8 text; it looks like binary data, not a project" },
    { png, sizeof png - 1, ENCODING,
      "Line 1, column 1: the file is not valid UTF-8 text; it looks like binary data, not a project" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (&cases[i]);
}

static void
test_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse ("\xEF\xBB\xBF{\"a\": 1}", -1, &error);
  g_autofree char *text = NULL;
  const BadInput bad = { "\xEF\xBB\xBF{x}", -1, MAILLAGE_PROJECT_ERROR_SYNTAX,
                         "Line 1, column 2: a member name in double quotes or “}” expected, “x” found" };
  const BadInput only_bom = { "\xEF\xBB\xBF", -1, MAILLAGE_PROJECT_ERROR_SYNTAX, "The file is empty" };

  g_assert_no_error (error);
  text = maillage_json_to_string (node, NULL);
  g_assert_cmpstr (text, ==, "{\n  \"a\": 1\n}\n");

  /* Columns do not count the invisible BOM. */
  assert_refused (&bad);
  assert_refused (&only_bom);
}

static void
test_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  /* Only @length bytes are read: what follows is not the file's. */
  node = maillage_json_parse ("[1, 2]garbage", 6, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
}

static void
test_depth (void)
{
  g_autofree char *at_limit = maillage_unit_nest ("[", "1", "]", MAILLAGE_PROJECT_MAX_DEPTH, NULL);
  g_autofree char *objects = maillage_unit_nest ("{\"a\":", "[]", "}", MAILLAGE_PROJECT_MAX_DEPTH - 1, NULL);
  g_autofree char *over = maillage_unit_nest ("[", "", "]", MAILLAGE_PROJECT_MAX_DEPTH + 1, NULL);
  g_autofree char *huge = maillage_unit_nest ("[", "", "", 100000, NULL);
  g_autofree char *huge_objects = maillage_unit_nest ("{\"a\":\n", "", "", 100000, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) node2 = NULL;
  const BadInput too_deep = { over, -1, MAILLAGE_PROJECT_ERROR_TOO_DEEP,
                              "Line 1, column 65: arrays and objects are nested more than 64 levels deep" };
  const BadInput huge_deep = { huge, -1, MAILLAGE_PROJECT_ERROR_TOO_DEEP,
                               "Line 1, column 65: arrays and objects are nested more than 64 levels deep" };
  const BadInput huge_objects_deep = { huge_objects, -1, MAILLAGE_PROJECT_ERROR_TOO_DEEP,
                                       "Line 65, column 1: arrays and objects are nested more than 64 levels deep" };

  node = maillage_json_parse (at_limit, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  node2 = maillage_json_parse (objects, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node2);

  assert_refused (&too_deep);
  assert_refused (&huge_deep);
  assert_refused (&huge_objects_deep);
}

static void
test_too_large (void)
{
  gsize size = 33 * 1024 * 1024;
  g_autofree char *big = g_malloc (size);
  const BadInput cases[] = {
    { big, size, MAILLAGE_PROJECT_ERROR_TOO_LARGE,
      "The file is too large (33.0 MB); a project file cannot exceed 32 MB" },
    { big, MAILLAGE_PROJECT_MAX_SIZE + 1, MAILLAGE_PROJECT_ERROR_TOO_LARGE,
      "The file is too large (32.1 MB); a project file cannot exceed 32 MB" },
  };

  /* Valid JSON, so that only the size can be the reason. */
  memset (big, ' ', size);
  big[0] = '0';
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (&cases[i]);
}

static void
test_large_file (void)
{
  /* Just under the limit, a long file goes through quickly. */
  g_autoptr(GString) text = g_string_sized_new (MAILLAGE_PROJECT_MAX_SIZE);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  gint64 start;

  g_string_append (text, "[\n");
  while (text->len < 4 * 1024 * 1024)
    g_string_append (text, "  {\"id\": \"A-001\", \"title\": \"Médiation numérique « France services »\", "
                           "\"amount\": 1500000, \"ratio\": 0.25, \"done\": false},\n");
  g_string_append (text, "  null\n]\n");

  start = g_get_monotonic_time ();
  node = maillage_json_parse (text->str, text->len, &error);
  g_test_message ("parsed %zu bytes in %.1f ms", text->len,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_no_error (error);
  g_assert_nonnull (node);
}

/* The public entry points are the private gate and writer: the same
 * tree, the same bytes, the same refusals with the same messages. */
static void
test_public (void)
{
  const char *good = "{\"b\":[1,2.5,\"é\"],\"a\":{}}";
  const char * const bad[] = {
    "",
    "{\n  \"a\": [1, 2}\n}",
    "{\"a\": 1, \"b\": 2, \"a\": 3}",
    "[\"\\ud800\"]",
    "\xff[]",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = maillage_json_parse_text (good, -1, &error);
  g_autoptr(JsonNode) private_node = maillage_json_parse (good, -1, NULL);
  g_autofree char *text = NULL;
  g_autofree char *private_text = maillage_json_to_string (private_node, NULL);
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_nonnull (node);
  text = maillage_json_write_text (node, &length);
  g_assert_cmpstr (text, ==, private_text);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (g_str_has_prefix (text, "{\n  \"b\": [\n    1,\n    2.5,"));

  /* A length shorter than the text: only that much is read. */
  g_clear_pointer (&node, json_node_unref);
  node = maillage_json_parse_text ("[1] garbage", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_array_get_length (json_node_get_array (node)), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) public_error = NULL;
      g_autoptr(GError) private_error = NULL;
      g_autoptr(JsonNode) public_node = maillage_json_parse_text (bad[i], -1, &public_error);
      g_autoptr(JsonNode) refused = maillage_json_parse (bad[i], -1, &private_error);

      g_test_message ("%s", public_error != NULL ? public_error->message : "(accepted)");
      g_assert_null (public_node);
      g_assert_null (refused);
      g_assert_nonnull (private_error);
      g_assert_error (public_error, private_error->domain, private_error->code);
      g_assert_cmpstr (public_error->message, ==, private_error->message);
    }
}

/* The version every module keeps in its object: absent is the version
 * the module reads; a newer one is refused as such, a wrong one as wrong. */
static void
test_check_version (void)
{
  static const struct { const char *text; guint version; int code; } cases[] = {
    { "{}", 3, -1 }, { "{\"version\": 1}", 1, -1 }, { "{\"version\": 3}", 3, -1 },
    { "{\"version\": 4}", 0, G_IO_ERROR_NOT_SUPPORTED },
    { "{\"version\": 9223372036854775807}", 0, G_IO_ERROR_NOT_SUPPORTED },
    { "{\"version\": 0}", 0, G_IO_ERROR_INVALID_DATA }, { "{\"version\": -2}", 0, G_IO_ERROR_INVALID_DATA },
    { "{\"version\": \"1\"}", 0, G_IO_ERROR_INVALID_DATA }, { "{\"version\": 1.0}", 0, G_IO_ERROR_INVALID_DATA },
    { "{\"version\": null}", 0, G_IO_ERROR_INVALID_DATA }, { "{\"version\": [1]}", 0, G_IO_ERROR_INVALID_DATA },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = maillage_json_parse_text (cases[i].text, -1, &error);
      guint version = 99;
      gboolean ok;

      g_assert_no_error (error);
      ok = maillage_json_check_version (json_node_get_object (node), 3, &version, &error);
      g_test_message ("%s: %s", cases[i].text, error != NULL ? error->message : "ok");
      if (cases[i].code < 0)
        {
          g_assert_true (ok);
          g_assert_no_error (error);
          g_assert_cmpuint (version, ==, cases[i].version);
          continue;
        }
      g_assert_false (ok);
      g_assert_error (error, G_IO_ERROR, cases[i].code);
      g_assert_cmpuint (version, ==, 99);
      if (cases[i].code == G_IO_ERROR_INVALID_DATA)
        g_assert_cmpstr (error->message, ==, "Member “version”: a whole number, 1 or more, is expected");
      else
        g_assert_nonnull (strstr (error->message, "newer version"));
    }
}

/* The members of a module's data, read by type, the one at fault named by
 * its path. */
static void
test_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node =
    maillage_json_parse_text ("{\"name\": \"Sorneval\", \"count\": 12, \"ratio\": 1.5, \"none\": null,"
                              " \"list\": [1], \"object\": {\"a\": 1}}", -1, &error);
  JsonObject *object = json_node_get_object (node);
  const char *text = NULL;
  gint64 number = 0;
  JsonArray *array = NULL;
  JsonObject *member = NULL;

  g_assert_no_error (error);

  g_assert_true (maillage_json_get_string (object, NULL, "name", NULL, &text, &error));
  g_assert_cmpstr (text, ==, "Sorneval");
  g_assert_true (maillage_json_get_string (object, "items[2]", "absent", "défaut", &text, &error));
  g_assert_cmpstr (text, ==, "défaut");
  g_assert_false (maillage_json_get_string (object, "items[2]", "absent", NULL, &text, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "Member “items[2].absent”: a value is required");
  g_clear_error (&error);
  g_assert_false (maillage_json_get_string (object, NULL, "count", "", &text, &error));
  g_assert_cmpstr (error->message, ==, "Member “count”: a string is expected");
  g_clear_error (&error);

  g_assert_true (maillage_json_get_integer (object, NULL, "count", 0, 100, -1, &number, &error));
  g_assert_cmpint (number, ==, 12);
  g_assert_true (maillage_json_get_integer (object, NULL, "absent", 0, 100, -1, &number, &error));
  g_assert_cmpint (number, ==, -1);
  g_assert_false (maillage_json_get_integer (object, NULL, "count", 0, 10, -1, &number, &error));
  g_assert_cmpstr (error->message, ==, "Member “count”: a whole number from 0 to 10 is expected, not 12");
  g_clear_error (&error);
  g_assert_false (maillage_json_get_integer (object, NULL, "count", 20, G_MAXINT64, -1, &number, &error));
  g_assert_cmpstr (error->message, ==, "Member “count”: a whole number, 20 or more, is expected, not 12");
  g_clear_error (&error);
  g_assert_false (maillage_json_get_integer (object, NULL, "ratio", 0, 10, -1, &number, &error));
  g_assert_cmpstr (error->message, ==, "Member “ratio”: a whole number is expected");
  g_clear_error (&error);
  g_assert_false (maillage_json_get_integer (object, NULL, "none", 0, 10, -1, &number, &error));
  g_clear_error (&error);

  g_assert_true (maillage_json_get_array (object, NULL, "list", &array, &error));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_true (maillage_json_get_array (object, NULL, "absent", &array, &error));
  g_assert_null (array);
  g_assert_false (maillage_json_get_array (object, "data", "object", &array, &error));
  g_assert_cmpstr (error->message, ==, "Member “data.object”: an array is expected");
  g_clear_error (&error);

  g_assert_true (maillage_json_get_object (object, NULL, "object", &member, &error));
  g_assert_true (json_object_has_member (member, "a"));
  g_assert_true (maillage_json_get_object (object, NULL, "absent", &member, &error));
  g_assert_null (member);
  g_assert_false (maillage_json_get_object (object, NULL, "list", &member, &error));
  g_assert_cmpstr (error->message, ==, "Member “list”: an object is expected");
  g_clear_error (&error);

  g_assert_false (maillage_json_set_member_error (&error, "list[0]", NULL, "a string is expected"));
  g_assert_cmpstr (error->message, ==, "Member “list[0]”: a string is expected");
}

/* A plugin's user reads the gate's messages in French, with the line and
 * the column. */
static void
test_public_french (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  node = maillage_json_parse_text ("{\n  \"a\": [1, 2}\n}", -1, &error);
  g_assert_null (node);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_SYNTAX);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Ligne 2, colonne 13"));
}

int
main (int   argc,
      char *argv[])
{
  /* Messages are asserted in English: keep gettext out of the way. */
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/json/canonical-document", test_canonical_document);
  g_test_add_func ("/json/scalars", test_scalars);
  g_test_add_func ("/json/values-read-back", test_values_read_back);
  g_test_add_func ("/json/writer-built-tree", test_writer_built_tree);
  g_test_add_func ("/json/deep-tree-written", test_deep_tree_written);
  g_test_add_func ("/json/syntax-errors", test_syntax_errors);
  g_test_add_func ("/json/duplicate-in-large-object", test_duplicate_in_large_object);
  g_test_add_func ("/json/encoding", test_encoding);
  g_test_add_func ("/json/bom", test_bom);
  g_test_add_func ("/json/length", test_length);
  g_test_add_func ("/json/depth", test_depth);
  g_test_add_func ("/json/too-large", test_too_large);
  g_test_add_func ("/json/large-file", test_large_file);
  g_test_add_func ("/json/public", test_public);
  g_test_add_func ("/json/public-french", test_public_french);
  g_test_add_func ("/json/check-version", test_check_version);
  g_test_add_func ("/json/members", test_members);

  return g_test_run ();
}
