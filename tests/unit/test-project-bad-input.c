/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-project-bad-input.c: every kind of bad input is refused with an
 * error that names the place (line and column, or JSON path), no project
 * comes out half-loaded, and the file on disk is left exactly as it was.
 *
 * The corpus is tests/fixtures/bad/, listed with the expected error in
 * tests/fixtures/bad/EXPECTED. Inputs too big to commit (50 MB, nesting
 * 100,000 deep) and binary ones are made here, at run time.
 */
#define G_LOG_DOMAIN "maillage-test-project-bad-input"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "maillage.h"
#include "maillage-unit-utils.h"

typedef struct
{
  char  *name;
  int    code;
  char  *expected;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->expected);
  g_free (c);
}

/* Writes @contents to a file of a fresh temporary folder, loads it, and
 * checks the error, that nothing came out, and that neither the file nor
 * the folder changed. */
static void
check_refused (const char *file_name,
               const char *contents,
               gsize       length,
               int         code,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) data_error = NULL;
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageProject) from_data = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-bad-XXXXXX");
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  listing_before = maillage_unit_list_dir (dir);

  file = g_file_new_for_path (path);
  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, code);
  g_test_message ("%s: %s", file_name, error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);

  /* The same text handed over in memory gives the same answer. */
  from_data = maillage_project_new_from_data (contents, length, &data_error);
  g_assert_null (from_data);
  g_assert_error (data_error, MAILLAGE_PROJECT_ERROR, code);
  g_assert_cmpstr (data_error->message, ==, error->message);

  maillage_unit_assert_file_unchanged (path, contents, length);
  listing_after = maillage_unit_list_dir (dir);
  g_assert_cmpstr (listing_after, ==, listing_before);

  maillage_unit_remove_temp_dir (dir);
}

static void
test_corpus_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", c->name, NULL);
  gsize length;
  g_autofree char *contents = maillage_unit_read_file (path, &length);

  check_refused (c->name, contents, length, c->code, c->expected);
}

/* A 50 MB file is refused from its size, before it is read. */
static void
test_huge_file (void)
{
  gsize length = 50 * 1024 * 1024;
  g_autofree char *contents = g_malloc (length);
  const char *head = "{\"format\": \"io.github.maillage.Project\", \"version\": 1, \"pad\": \"";

  memset (contents, 'x', length);
  memcpy (contents, head, strlen (head));
  memcpy (contents + length - 2, "\"}", 2);

  check_refused ("huge.maillage", contents, length, MAILLAGE_PROJECT_ERROR_TOO_LARGE, "50.0 MB");
}

/* json-glib recurses: 100,000 levels would overflow the stack. The depth
 * is refused first, at the first level too many. */
static void
test_deep_arrays (void)
{
  gsize length;
  g_autofree char *text = maillage_unit_nest ("[", "", "]", 100000, &length);

  check_refused ("deep-arrays.maillage", text, length, MAILLAGE_PROJECT_ERROR_TOO_DEEP,
                 "Line 1, column 65");
}

static void
test_deep_objects (void)
{
  gsize length;
  g_autofree char *text = maillage_unit_nest ("{\"a\":", "1", "}", 100000, &length);

  check_refused ("deep-objects.maillage", text, length, MAILLAGE_PROJECT_ERROR_TOO_DEEP,
                 "Line 1, column");
}

/* Deep nesting hidden in a module's data of an otherwise good project. */
static void
test_deep_in_module (void)
{
  gsize inner_length;
  g_autofree char *inner = maillage_unit_nest ("[", "", "]", 100000, &inner_length);
  g_autofree char *text =
    g_strdup_printf ("{\n  \"format\": \"io.github.maillage.Project\",\n  \"version\": 1,\n"
                     "  \"metadata\": { \"title\": \"\" },\n"
                     "  \"territory\": { \"name\": \"\", \"kind\": \"epci\" },\n"
                     "  \"modules\": {\n    \"diagnostic\": { \"data\": %s }\n  }\n}\n", inner);

  check_refused ("deep-module.maillage", text, strlen (text), MAILLAGE_PROJECT_ERROR_TOO_DEEP,
                 "Line 7, column");
}

/* A project whose title holds bytes that are not UTF-8. */
static void
test_invalid_utf8 (void)
{
  gsize length;
  g_autofree char *contents = maillage_unit_read_fixture ("canonical.maillage", &length);
  char *title;

  title = strstr (contents, "Stratégie");
  g_assert_nonnull (title);
  /* “é” becomes a lead byte followed by a byte that cannot continue it. */
  title[5] = (char) 0xC3;
  title[6] = '(';

  check_refused ("latin1.maillage", contents, length, MAILLAGE_PROJECT_ERROR_ENCODING,
                 "Line 5, column");
}

/* Not text at all: the start of a PNG image. */
static void
test_binary (void)
{
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R',
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8,
  };

  check_refused ("image.maillage", (const char *) png, sizeof png, MAILLAGE_PROJECT_ERROR_ENCODING,
                 "Line 1, column 1");
}

/* Text, but in UTF-16, as some Windows editors save it. */
static void
test_utf16 (void)
{
  static const char utf16[] = "\xFF\xFE{\0\"\0f\0o\0r\0m\0a\0t\0\"\0:\0 \0" "1\0}\0";

  check_refused ("utf16.maillage", utf16, sizeof utf16 - 1, MAILLAGE_PROJECT_ERROR_ENCODING,
                 "Line 1, column 1");
}

/* Random bytes, with NULs: never a crash, always an error. */
static void
test_random_bytes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint round = 0; round < 20; round++)
    {
      guint8 bytes[512];
      g_autoptr(GError) error = NULL;
      g_autoptr(MaillageProject) project = NULL;

      for (guint i = 0; i < sizeof bytes; i++)
        bytes[i] = g_rand_int_range (rand, 0, 256);

      project = maillage_project_new_from_data ((const char *) bytes, sizeof bytes, &error);
      g_assert_null (project);
      g_assert_true (error->domain == MAILLAGE_PROJECT_ERROR);
      g_assert_nonnull (strstr (error->message, "Line 1, column"));
    }
}

/* Every prefix of a good project is refused, with a line and a column. */
static void
test_truncated (void)
{
  gsize length;
  g_autofree char *contents = maillage_unit_read_fixture ("canonical.maillage", &length);

  /* Up to the last “}”: what remains after it is only the final newline. */
  for (gsize cut = 1; cut < length - 1; cut++)
    {
      g_autoptr(GError) cut_error = NULL;
      g_autoptr(MaillageProject) project = maillage_project_new_from_data (contents, cut, &cut_error);

      g_assert_null (project);
      g_assert_true (cut_error->domain == MAILLAGE_PROJECT_ERROR);
      /* A cut inside a multi-byte character is an encoding error. */
      g_assert_true (cut_error->code == MAILLAGE_PROJECT_ERROR_SYNTAX ||
                     cut_error->code == MAILLAGE_PROJECT_ERROR_ENCODING);
      g_assert_nonnull (strstr (cut_error->message, "Line "));
    }
}

/* A file with no size that never ends: reading stops at the limit. */
static void
test_endless_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageProject) project = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("No /dev/zero here");
      return;
    }

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE);
}

/* A folder, or nothing at all, where the file should be. */
static void
test_not_a_file (void)
{
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-bad-XXXXXX");
  g_autofree char *missing_path = g_build_filename (dir, "absent.maillage", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;

  g_assert_null (maillage_project_new_from_file (folder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_null (maillage_project_new_from_file (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static int
code_from_name (const char *name)
{
  static const struct {
    const char *name;
    int         code;
  } codes[] = {
    { "too-large", MAILLAGE_PROJECT_ERROR_TOO_LARGE },
    { "encoding", MAILLAGE_PROJECT_ERROR_ENCODING },
    { "syntax", MAILLAGE_PROJECT_ERROR_SYNTAX },
    { "too-deep", MAILLAGE_PROJECT_ERROR_TOO_DEEP },
    { "not-a-project", MAILLAGE_PROJECT_ERROR_NOT_A_PROJECT },
    { "invalid", MAILLAGE_PROJECT_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      if (strcmp (name, codes[i].name) == 0)
        return codes[i].code;
    }

  g_error ("Unknown error code “%s” in the corpus list", name);
}

static void
add_corpus_tests (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", "EXPECTED", NULL);
  g_autofree char *contents = maillage_unit_read_file (path, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_cases = 0;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;
      Case *c;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      c = g_new0 (Case, 1);
      c->name = g_strdup (fields[0]);
      c->code = code_from_name (fields[1]);
      c->expected = g_strdup (fields[2]);
      test_path = g_strdup_printf ("/project/bad-input/corpus/%s", c->name);
      g_test_add_data_func_full (test_path, c, test_corpus_case, case_free);
      n_cases++;
    }

  g_assert_cmpuint (n_cases, >, 50);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_corpus_tests ();
  g_test_add_func ("/project/bad-input/huge-file", test_huge_file);
  g_test_add_func ("/project/bad-input/deep-arrays", test_deep_arrays);
  g_test_add_func ("/project/bad-input/deep-objects", test_deep_objects);
  g_test_add_func ("/project/bad-input/deep-in-module", test_deep_in_module);
  g_test_add_func ("/project/bad-input/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/project/bad-input/binary", test_binary);
  g_test_add_func ("/project/bad-input/utf16", test_utf16);
  g_test_add_func ("/project/bad-input/random-bytes", test_random_bytes);
  g_test_add_func ("/project/bad-input/truncated", test_truncated);
  g_test_add_func ("/project/bad-input/endless-file", test_endless_file);
  g_test_add_func ("/project/bad-input/not-a-file", test_not_a_file);

  return g_test_run ();
}
