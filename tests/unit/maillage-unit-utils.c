/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-unit-utils"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "maillage-unit-utils.h"

/**
 * maillage_unit_read_file:
 * @path: a file the test needs
 * @length: (out) (optional): where to store the length
 *
 * Reads a whole file. A file a test relies on that cannot be read fails
 * the test, here, rather than as a %NULL further down.
 *
 * Returns: (transfer full): the contents
 */
char *
maillage_unit_read_file (const char *path,
                         gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

/**
 * maillage_unit_fixture_path:
 * @name: the file name of a project in tests/fixtures/projects/
 *
 * The example projects are found from G_TEST_SRCDIR, so the tests run from
 * any build folder.
 *
 * Returns: (transfer full): the path of the fixture
 */
char *
maillage_unit_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "projects", name, NULL);
}

/**
 * maillage_unit_read_fixture:
 * @name: the file name of a project in tests/fixtures/projects/
 * @length: (out) (optional): where to store the length
 *
 * The bytes of an example project, to compare what is written with.
 *
 * Returns: (transfer full): the contents
 */
char *
maillage_unit_read_fixture (const char *name,
                            gsize      *length)
{
  g_autofree char *path = maillage_unit_fixture_path (name);

  return maillage_unit_read_file (path, length);
}

/**
 * maillage_unit_copy_fixture:
 * @name: the file name of a project in tests/fixtures/projects/
 * @path: where to write the copy
 * @length: (out) (optional): where to store the length
 *
 * Copies an example project to @path, so that a test may save over it,
 * and hands back its bytes, to check later that the file is still as it
 * was (see maillage_unit_assert_file_unchanged()).
 *
 * Returns: (transfer full): the contents written
 */
char *
maillage_unit_copy_fixture (const char *name,
                            const char *path,
                            gsize      *length)
{
  g_autoptr(GError) error = NULL;
  gsize contents_length;
  char *contents = maillage_unit_read_fixture (name, &contents_length);

  g_file_set_contents (path, contents, contents_length, &error);
  g_assert_no_error (error);

  if (length != NULL)
    *length = contents_length;
  return contents;
}

/**
 * maillage_unit_load_project:
 * @file: a project file the test expects to be good
 *
 * Reads a project that must load: any error fails the test.
 *
 * Returns: (transfer full): the project
 */
MaillageProject *
maillage_unit_load_project (GFile *file)
{
  g_autoptr(GError) error = NULL;
  MaillageProject *project;

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  return project;
}

/**
 * maillage_unit_make_temp_dir:
 * @tmpl: a g_dir_make_tmp() template, such as "maillage-test-XXXXXX"
 *
 * A fresh, empty folder for the real files a test writes.
 *
 * Returns: (transfer full): its path
 */
char *
maillage_unit_make_temp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/**
 * maillage_unit_remove_temp_dir:
 * @dir: a folder made by maillage_unit_make_temp_dir()
 *
 * Removes the files in @dir, then @dir. Only one level deep on purpose:
 * a folder with something inside, left behind by the code under test,
 * cannot be removed and so fails the test.
 */
void
maillage_unit_remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * maillage_unit_list_dir:
 * @dir: a folder
 *
 * The names in @dir, sorted and joined with "/", so that one string
 * comparison shows that nothing was added (a backup, a temporary file) or
 * removed.
 *
 * Returns: (transfer full): the listing
 */
char *
maillage_unit_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("/", (char **) names->pdata);
}

/**
 * maillage_unit_assert_file_unchanged:
 * @path: a file
 * @original: the bytes it must hold
 * @original_length: their length
 *
 * Fails the test unless @path holds exactly @original. Bytes, not a
 * string: what a failed save must leave alone may hold anything, NULs
 * included.
 */
void
maillage_unit_assert_file_unchanged (const char *path,
                                     const char *original,
                                     gsize       original_length)
{
  gsize length;
  g_autofree char *contents = maillage_unit_read_file (path, &length);

  g_assert_cmpuint (length, ==, original_length);
  g_assert_true (memcmp (contents, original, length) == 0);
}

/**
 * maillage_unit_count_cb:
 * @instance: the emitter
 * @count: the counter to increase
 *
 * For a signal with no argument, such as "changed": counts emissions.
 */
void
maillage_unit_count_cb (gpointer  instance,
                        guint    *count)
{
  (*count)++;
}

/**
 * maillage_unit_count_notify_cb:
 * @object: the emitter
 * @pspec: the property
 * @count: the counter to increase
 *
 * For "notify": the count must come third, after the property.
 */
void
maillage_unit_count_notify_cb (GObject    *object,
                               GParamSpec *pspec,
                               guint      *count)
{
  (*count)++;
}

/**
 * maillage_unit_nest:
 * @open: what opens a level, such as "["
 * @middle: what sits at the bottom
 * @close: what closes a level, or "" to leave them open
 * @depth: how many levels
 * @length: (out) (optional): where to store the length
 *
 * JSON nested @depth levels deep. Too big to keep as fixtures: the depth
 * limit is tested up to 100,000 levels.
 *
 * Returns: (transfer full): the text
 */
char *
maillage_unit_nest (const char *open,
                    const char *middle,
                    const char *close,
                    guint       depth,
                    gsize      *length)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, middle);
  for (guint i = 0; i < depth; i++)
    g_string_append (text, close);

  if (length != NULL)
    *length = text->len;
  return g_string_free (text, FALSE);
}

/**
 * maillage_unit_replace_communes:
 * @project: a project
 * @n_communes: how many communes
 * @name: the name of every one of them
 *
 * Gives @project a territory of @n_communes made-up communes (INSEE codes
 * from 10000, population their rank), to make a project large: with a
 * long @name, 3,000 of them weigh some 300 KB.
 */
void
maillage_unit_replace_communes (MaillageProject *project,
                                guint            n_communes,
                                const char      *name)
{
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_communes; i++)
    {
      g_autofree char *insee = g_strdup_printf ("%05u", 10000 + i);

      g_ptr_array_add (communes, maillage_commune_new (insee, name, i));
    }
  maillage_territory_replace_communes (maillage_project_get_territory (project), communes);
}

/**
 * maillage_unit_limit_file_size:
 * @max_bytes: the largest file this process may write
 *
 * Simulates a full disk, honestly: the kernel limit on file size
 * (RLIMIT_FSIZE) makes write() fail part-way through a file with EFBIG,
 * exactly where a full disk would fail it with ENOSPC, and through the
 * same path in the code. (/dev/full cannot stand in: GLib refuses to
 * replace anything that is not a regular file before writing a byte.)
 * SIGXFSZ is ignored, or the kernel would kill the process instead. The
 * limit lasts as long as the process: call it in a subprocess
 * (g_test_trap_subprocess()) only.
 */
void
maillage_unit_limit_file_size (gsize max_bytes)
{
  struct rlimit limit = { max_bytes, max_bytes };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}
