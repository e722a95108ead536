/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-project-save.c: saving is atomic, keeps a backup, stamps the dates
 * as the format says, and a save that fails, whatever the reason, leaves
 * the old file and the project in memory as they were.
 */
#define G_LOG_DOMAIN "maillage-test-project-save"

#include "config.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <locale.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "maillage.h"
#include "maillage-unit-utils.h"

typedef struct
{
  char            *dir;
  char            *path;
  char            *original;
  gsize            original_length;
  GFile           *file;
  MaillageProject *project;
} Fixture;

/* A copy of the canonical fixture in a fresh folder, loaded. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = maillage_unit_make_temp_dir ("maillage-test-save-XXXXXX");
  f->path = g_build_filename (f->dir, "projet.maillage", NULL);
  f->original = maillage_unit_copy_fixture ("canonical.maillage", f->path, &f->original_length);

  f->file = g_file_new_for_path (f->path);
  f->project = maillage_unit_load_project (f->file);
}

/* Unlike maillage_unit_remove_temp_dir(), the whole tree: some cases here
 * put a folder with a file in it where the save must write. */
static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_clear_object (&f->file);
  g_chmod (f->dir, 0755);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->original);
}

/* The project's file holds the bytes it was set up with. */
static void
assert_original_intact (Fixture *f)
{
  maillage_unit_assert_file_unchanged (f->path, f->original, f->original_length);
}

/* After a failed save the project is as it was: still dirty, same file,
 * same dates. */
static void
assert_project_unsaved (Fixture *f)
{
  g_autofree char *modified = g_date_time_format_iso8601 (maillage_project_get_modified (f->project));

  g_assert_true (maillage_project_get_dirty (f->project));
  g_assert_true (maillage_project_get_file (f->project) == f->file);
  g_assert_cmpstr (modified, ==, "2026-11-22T10:00:00Z");
}

/* A new project: the first save stamps `created` and `modified`, to the
 * second, and leaves no backup since there was nothing before. */
static void
test_new_project_stamped (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autofree char *path = g_build_filename (f->dir, "nouveau.maillage", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *needle = NULL;
  GDateTime *created;

  g_assert_null (maillage_project_get_created (project));
  g_assert_true (maillage_project_save (project, file, NULL, &error));
  g_assert_no_error (error);
  after = g_date_time_new_now_utc ();

  created = maillage_project_get_created (project);
  g_assert_nonnull (created);
  g_assert_true (g_date_time_equal (created, maillage_project_get_modified (project)));
  g_assert_cmpint (g_date_time_to_unix (created), >=, g_date_time_to_unix (before));
  g_assert_cmpint (g_date_time_to_unix (created), <=, g_date_time_to_unix (after));
  g_assert_cmpint (g_date_time_get_microsecond (created), ==, 0);

  stamp = g_date_time_format (created, "%Y-%m-%dT%H:%M:%SZ");
  needle = g_strdup_printf ("\"created\": \"%s\",\n    \"modified\": \"%s\"", stamp, stamp);
  contents = maillage_unit_read_file (path, NULL);
  g_assert_nonnull (strstr (contents, needle));

  g_assert_false (maillage_project_get_dirty (project));
  g_assert_true (maillage_project_get_file (project) == file);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* Saving an unchanged project writes the same bytes: no new stamp. */
static void
test_unchanged_same_bytes (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_project_save (f->project, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_original_intact (f);
}

/* A changed project: `modified` is stamped, `created` stays, the previous
 * file is kept as `file~`, and the project is clean again. */
static void
test_changed_stamped_with_backup (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_path = g_strconcat (f->path, "~", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *created = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  guint dirty_notifies = 0;
  guint modified_notifies = 0;

  g_signal_connect (f->project, "notify::dirty", G_CALLBACK (maillage_unit_count_notify_cb), &dirty_notifies);
  g_signal_connect (f->project, "notify::modified", G_CALLBACK (maillage_unit_count_notify_cb), &modified_notifies);

  maillage_project_set_title (f->project, "Nouveau titre");
  g_assert_true (maillage_project_save (f->project, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (maillage_project_get_dirty (f->project));
  g_assert_cmpuint (dirty_notifies, ==, 2);
  g_assert_cmpuint (modified_notifies, ==, 1);
  created = g_date_time_format_iso8601 (maillage_project_get_created (f->project));
  g_assert_cmpstr (created, ==, "2026-11-22T09:00:00Z");
  g_assert_cmpint (g_date_time_to_unix (maillage_project_get_modified (f->project)), >=,
                   g_date_time_to_unix (before));

  saved = maillage_unit_read_file (f->path, NULL);
  g_assert_nonnull (strstr (saved, "\"title\": \"Nouveau titre\""));
  g_assert_nonnull (strstr (saved, "\"created\": \"2026-11-22T09:00:00Z\""));
  g_assert_null (strstr (saved, "\"modified\": \"2026-11-22T10:00:00Z\""));

  /* The backup is the previous file, byte for byte. */
  maillage_unit_assert_file_unchanged (backup_path, f->original, f->original_length);

  /* No temporary file left behind. */
  listing = maillage_unit_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "projet.maillage/projet.maillage~");
}

static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  int fd = open (path, O_RDONLY | O_DIRECTORY);
  int flags;
  gboolean ok;

  if (fd < 0)
    return FALSE;

  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok)
    {
      flags = immutable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);

  return ok;
}

/* A folder where nothing may be created. For a normal user, chmod 0555
 * does it. Root ignores permissions (tests may run as root in CI), so
 * there the folder is made immutable, which stops root too; a file system
 * without that flag cannot host this case, and the other failures below
 * still run. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *listing_before = maillage_unit_list_dir (f->dir);
  g_autofree char *listing_after = NULL;
  gboolean immutable = FALSE;
  gboolean saved;

  if (geteuid () != 0)
    g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  else if (!(immutable = set_immutable (f->dir, TRUE)))
    {
      g_test_skip ("Running as root on a file system without the immutable flag: "
                   "no way to make a folder read-only for root");
      return;
    }

  maillage_project_set_title (f->project, "Ne sera pas écrit");
  saved = maillage_project_save (f->project, NULL, NULL, &error);
  listing_after = maillage_unit_list_dir (f->dir);

  /* Undo before asserting, so a failure does not leave a folder that
   * cannot be removed. */
  if (immutable)
    set_immutable (f->dir, FALSE);
  g_chmod (f->dir, 0755);

  g_assert_false (saved);
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("read-only folder: %s", error->message);
  assert_original_intact (f);
  assert_project_unsaved (f);
  g_assert_cmpstr (listing_after, ==, listing_before);
}

/* The folder of the target is in fact a regular file. */
static void
test_parent_is_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->path, "dedans.maillage", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  maillage_project_set_title (f->project, "Ne sera pas écrit");
  g_assert_false (maillage_project_save (f->project, file, NULL, &error));
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("parent is a file: %s", error->message);
  assert_original_intact (f);
  assert_project_unsaved (f);
}

/* The target is a folder. */
static void
test_target_is_directory (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "dossier.maillage", NULL);
  g_autofree char *inside = g_build_filename (path, "garde.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_file_set_contents (inside, "garde", -1, &error);
  g_assert_no_error (error);

  maillage_project_set_title (f->project, "Ne sera pas écrit");
  g_assert_false (maillage_project_save (f->project, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  kept = maillage_unit_read_file (inside, NULL);
  g_assert_cmpstr (kept, ==, "garde");
  assert_project_unsaved (f);
}

/* The backup cannot be made (a folder holds its name): the new text has
 * been written to a temporary file, but it must not replace the old one. */
static void
test_backup_blocked (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup, "occupe.txt", NULL);
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (backup, 0755), ==, 0);
  g_file_set_contents (inside, "occupé", -1, &error);
  g_assert_no_error (error);
  listing_before = maillage_unit_list_dir (f->dir);

  maillage_project_set_title (f->project, "Ne sera pas écrit");
  g_assert_false (maillage_project_save (f->project, NULL, NULL, &error));
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("backup blocked: %s", error->message);
  assert_original_intact (f);
  assert_project_unsaved (f);
  listing_after = maillage_unit_list_dir (f->dir);
  g_assert_cmpstr (listing_after, ==, listing_before);
}

/* A full disk, simulated honestly (see maillage_unit_limit_file_size()):
 * write() fails part-way through the file, through the same path in the
 * save as ENOSPC would. It runs in a subprocess so the limit dies with it.
 * This case once caught g_file_replace_contents() moving the truncated
 * text over the project. */
static void
test_disk_full_subprocess (void)
{
  Fixture fixture = { 0 };
  Fixture *f = &fixture;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *listing = NULL;

  fixture_set_up (f, NULL);

  /* Some 300 KB of project, far past the limit. */
  maillage_unit_replace_communes (f->project, 3000, "Commune au nom assez long pour peser");
  maillage_unit_limit_file_size (16 * 1024);

  g_assert_false (maillage_project_save (f->project, NULL, NULL, &error));
  g_assert_true (error->domain == G_IO_ERROR);
  g_printerr ("disk full: %s\n", error->message);

  assert_original_intact (f);
  assert_project_unsaved (f);
  backup = g_strconcat (f->path, "~", NULL);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  listing = maillage_unit_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "projet.maillage");

  fixture_tear_down (f, NULL);
}

static void
test_disk_full (void)
{
  g_test_trap_subprocess ("/project/save/disk-full/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*disk full: *");
}

/* A project that does not fit in a module-sized write buffer goes through
 * intact: the save writes all of it. */
static void
test_large_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(MaillageProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *on_disk = NULL;

  maillage_unit_replace_communes (f->project, 3000, "Commune");

  g_assert_true (maillage_project_save (f->project, NULL, NULL, &error));
  g_assert_no_error (error);
  written = maillage_project_to_data (f->project, NULL);
  on_disk = maillage_unit_read_file (f->path, NULL);
  g_assert_cmpstr (on_disk, ==, written);

  reloaded = maillage_project_new_from_file (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (maillage_territory_get_communes (maillage_project_get_territory (reloaded))),
                    ==, 3000);
}

/* Module data too large for a project file: the module's data is kept in
 * the project, but a save refuses to write a file that could not be read
 * back, says why, and leaves the file on disk as it was. */
static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(JsonObject) module = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.maillage", NULL);
  char *big = g_malloc (MAILLAGE_PROJECT_MAX_SIZE + 2);

  memset (big, 'x', MAILLAGE_PROJECT_MAX_SIZE + 1);
  big[MAILLAGE_PROJECT_MAX_SIZE + 1] = '\0';
  json_object_set_int_member (module, "version", 1);
  json_object_set_string_member (module, "blob", big);
  g_free (big);

  maillage_project_set_module_data (f->project, "huge", module);
  g_assert_nonnull (maillage_project_get_module_data (f->project, "huge"));

  g_assert_false (maillage_project_save (f->project, NULL, NULL, &error));
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  assert_original_intact (f);
  assert_project_unsaved (f);
  g_clear_error (&error);

  copy = g_file_new_for_path (copy_path);
  g_assert_false (maillage_project_write_copy (f->project, copy, NULL, &error));
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE);
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/project/save/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("new-project-stamped", test_new_project_stamped);
  ADD ("unchanged-same-bytes", test_unchanged_same_bytes);
  ADD ("changed-stamped-with-backup", test_changed_stamped_with_backup);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("parent-is-file", test_parent_is_file);
  ADD ("target-is-directory", test_target_is_directory);
  ADD ("backup-blocked", test_backup_blocked);
  ADD ("large-round-trip", test_large_round_trip);
  ADD ("too-large", test_too_large);
  g_test_add_func ("/project/save/disk-full", test_disk_full);
  g_test_add_func ("/project/save/disk-full/subprocess", test_disk_full_subprocess);

#undef ADD

  return g_test_run ();
}
