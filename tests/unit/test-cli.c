/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-cli.c: `maillage --export FORMAT --output PATH PROJECT` and
 * `maillage --export-pack DIR PROJECT`, run as processes without any
 * display (DISPLAY and WAYLAND_DISPLAY unset, so a window could not even
 * open), in French: exit status 0 and the files on success; a message on
 * stderr naming what is wrong and a non-zero status for an unknown
 * format, a project that cannot be read, an output that cannot be
 * written, and a command line missing a piece. `--help` lists the options.
 */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "maillage-unit-utils.h"

#define DEMO SOURCE_ROOT "/data/demo.maillage"

/* The folders these tests make hold folders: the pack's. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs maillage with @args (NULL-terminated), headless and in French. */
static void
run_maillage (Run        *run,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) MAILLAGE_EXE);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANG", "fr_FR.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "fr", TRUE);
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_unsetenv (envp, "LC_MESSAGES");
  /* A message from the plugin engine is not an error of the export. */
  envp = g_environ_unsetenv (envp, "G_DEBUG");

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("status %d, stderr: %s", run->status, run->err);
}

static char *
make_dir (void)
{
  return maillage_unit_make_temp_dir ("cli-XXXXXX");
}

static void
assert_not_empty (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 0);
}

static void
test_export_formats (void)
{
  g_autofree char *dir = make_dir ();
  const char *formats[] = { "pdf", "odt", "markdown", "html" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) run = { 0, };
      g_autofree char *name = g_strdup_printf ("stratégie.%s", formats[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      run_maillage (&run, "--export", formats[i], "--output", path, DEMO, NULL);
      g_assert_cmpint (run.status, ==, 0);
      assert_not_empty (path);
    }

  remove_tree (dir);
}

static void
test_export_pack (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *pack = g_build_filename (dir, "dossier", NULL);
  g_autofree char *csv = g_build_filename (pack, "deliberations.csv", NULL);
  g_autofree char *listing = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(Run) run = { 0, };

  run_maillage (&run, "--export-pack", pack, DEMO, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_not_empty (csv);

  listing = maillage_unit_list_dir (pack);
  names = g_strsplit (listing, "/", -1);
  g_assert_cmpuint (g_strv_length (names), ==, 19);

  remove_tree (dir);
}

static void
test_unknown_format (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "x.doc", NULL);
  g_auto(Run) run = { 0, };

  run_maillage (&run, "--export", "doc97", "--output", path, DEMO, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "doc97"));
  /* The formats there are, so that the user can pick one. */
  g_assert_nonnull (strstr (run.err, "odt"));
  g_assert_nonnull (strstr (run.err, "pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

static void
test_unreadable_project (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *project = g_build_filename (dir, "cassé.maillage", NULL);
  g_autofree char *missing = g_build_filename (dir, "absent.maillage", NULL);
  g_autofree char *path = g_build_filename (dir, "x.pdf", NULL);

  g_assert_true (g_file_set_contents (project, "{ \"format\": ", -1, NULL));

  {
    g_auto(Run) run = { 0, };

    run_maillage (&run, "--export", "pdf", "--output", path, project, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "cassé.maillage"));
  }
  {
    g_auto(Run) run = { 0, };

    run_maillage (&run, "--export-pack", dir, missing, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "absent.maillage"));
  }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

static void
test_unwritable_output (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "un-fichier", NULL);
  g_autofree char *inside = g_build_filename (file, "x.pdf", NULL);

  g_assert_true (g_file_set_contents (file, "x", -1, NULL));

  {
    g_auto(Run) run = { 0, };

    run_maillage (&run, "--export", "pdf", "--output", inside, DEMO, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_cmpstr (run.err, !=, "");
  }
  {
    g_auto(Run) run = { 0, };

    run_maillage (&run, "--export-pack", file, DEMO, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "un-fichier"));
  }
  maillage_unit_assert_file_unchanged (file, "x", 1);

  remove_tree (dir);
}

static void
test_usage_errors (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "x.pdf", NULL);

  {
    g_auto(Run) run = { 0, };

    /* No --output. */
    run_maillage (&run, "--export", "pdf", DEMO, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "--output"));
  }
  {
    g_auto(Run) run = { 0, };

    /* No project. */
    run_maillage (&run, "--export", "pdf", "--output", path, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_cmpstr (run.err, !=, "");
  }
  {
    g_auto(Run) run = { 0, };

    run_maillage (&run, "--export", "pdf", "--output", path, "--export-pack", dir, DEMO, NULL);
    g_assert_cmpint (run.status, !=, 0);
  }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

static void
test_help (void)
{
  g_auto(Run) run = { 0, };

  run_maillage (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--export="));
  g_assert_nonnull (strstr (run.out, "--export-pack="));
  g_assert_nonnull (strstr (run.out, "--output="));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/export-formats", test_export_formats);
  g_test_add_func ("/cli/export-pack", test_export_pack);
  g_test_add_func ("/cli/unknown-format", test_unknown_format);
  g_test_add_func ("/cli/unreadable-project", test_unreadable_project);
  g_test_add_func ("/cli/unwritable-output", test_unwritable_output);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/help", test_help);

  return g_test_run ();
}
