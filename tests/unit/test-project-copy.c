/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-project-copy.c: maillage_project_write_copy() writes what the
 * project holds, safely, and changes nothing of the project; a read-only
 * project's copy loses nothing; maillage_project_set_file() only points the
 * project at a file. Autosaved drafts rest on these.
 */
#define G_LOG_DOMAIN "maillage-test-project-copy"

#include "config.h"

#include <locale.h>
#include <string.h>
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
  GFile           *copy;
  MaillageProject *project;
} Fixture;

/* @data: the name of a fixture project, copied into a fresh folder and
 * loaded; the canonical one by default. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *name = data != NULL ? data : "canonical.maillage";
  g_autofree char *copy_path = NULL;

  f->dir = maillage_unit_make_temp_dir ("maillage-test-copy-XXXXXX");
  f->path = g_build_filename (f->dir, "projet.maillage", NULL);
  f->original = maillage_unit_copy_fixture (name, f->path, &f->original_length);

  copy_path = g_build_filename (f->dir, "brouillon.maillage", NULL);
  f->copy = g_file_new_for_path (copy_path);
  f->file = g_file_new_for_path (f->path);
  f->project = maillage_unit_load_project (f->file);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  maillage_unit_remove_temp_dir (f->dir);

  g_clear_object (&f->project);
  g_clear_object (&f->file);
  g_clear_object (&f->copy);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->original);
}

/* The project's own file holds the bytes it was set up with. */
static void
assert_original_intact (Fixture *f)
{
  maillage_unit_assert_file_unchanged (f->path, f->original, f->original_length);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GPtrArray  *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

/* The copy holds the unsaved change, reads back as the same project, and
 * neither the original file nor anything of the project has moved. */
static void
test_copy_of_dirty_project (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_file_get_path (f->copy);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autofree char *reread_data = NULL;
  g_autofree char *modified_before = NULL;
  g_autofree char *modified_after = NULL;
  g_autofree char *listing = NULL;
  gsize length;

  maillage_project_set_title (f->project, "Stratégie numérique, version de travail");
  g_assert_true (maillage_project_get_dirty (f->project));
  modified_before = g_date_time_format_iso8601 (maillage_project_get_modified (f->project));
  expected = maillage_project_to_data (f->project, NULL);

  g_signal_connect (f->project, "notify", G_CALLBACK (count_notify_cb), notified);
  g_assert_true (maillage_project_write_copy (f->project, f->copy, NULL, &error));
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_func (f->project, count_notify_cb, notified);

  /* The canonical bytes, and nothing stamped. */
  written = maillage_unit_read_file (copy_path, &length);
  g_assert_cmpuint (length, ==, strlen (expected));
  g_assert_cmpstr (written, ==, expected);
  g_assert_nonnull (strstr (written, "version de travail"));

  /* The project is as it was, and said nothing. */
  g_assert_cmpuint (notified->len, ==, 0);
  g_assert_true (maillage_project_get_dirty (f->project));
  g_assert_true (maillage_project_get_file (f->project) == f->file);
  modified_after = g_date_time_format_iso8601 (maillage_project_get_modified (f->project));
  g_assert_cmpstr (modified_after, ==, modified_before);
  g_assert_cmpstr (modified_after, ==, "2026-11-22T10:00:00Z");

  assert_original_intact (f);
  /* No backup of a copy. */
  listing = maillage_unit_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "brouillon.maillage/projet.maillage");

  reread = maillage_project_new_from_file (f->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (maillage_project_get_title (reread), ==, "Stratégie numérique, version de travail");
  reread_data = maillage_project_to_data (reread, NULL);
  g_assert_cmpstr (reread_data, ==, expected);
}

/* A second copy replaces the first, still without a backup. */
static void
test_copy_replaces_copy (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_file_get_path (f->copy);
  g_autofree char *written = NULL;
  g_autofree char *listing = NULL;

  maillage_project_set_title (f->project, "Premier jet");
  g_assert_true (maillage_project_write_copy (f->project, f->copy, NULL, &error));
  g_assert_no_error (error);
  maillage_project_set_title (f->project, "Second jet");
  g_assert_true (maillage_project_write_copy (f->project, f->copy, NULL, &error));
  g_assert_no_error (error);

  written = maillage_unit_read_file (copy_path, NULL);
  g_assert_null (strstr (written, "Premier jet"));
  g_assert_nonnull (strstr (written, "Second jet"));
  listing = maillage_unit_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "brouillon.maillage/projet.maillage");
  assert_original_intact (f);
}

/* A project never saved stays without a file, and the copy does not count
 * as its first save: its first real save still stamps `created`. */
static void
test_copy_of_new_project (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "nouveau.maillage", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (path);

  maillage_project_set_title (project, "Projet tout neuf");
  g_assert_true (maillage_project_write_copy (project, f->copy, NULL, &error));
  g_assert_no_error (error);

  g_assert_null (maillage_project_get_file (project));
  g_assert_true (maillage_project_get_dirty (project));
  g_assert_null (maillage_project_get_created (project));
  g_assert_null (maillage_project_get_modified (project));

  reread = maillage_project_new_from_file (f->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (maillage_project_get_title (reread), ==, "Projet tout neuf");
  g_assert_null (maillage_project_get_created (reread));

  g_assert_true (maillage_project_save (project, target, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (maillage_project_get_created (project));
}

/* A project written by a newer version is read-only; its copy keeps that
 * version and everything this version does not know, so that the copy
 * reads back read-only too and can never be saved over the original. */
static void
test_copy_of_read_only_project (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(MaillageProject) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_file_get_path (f->copy);
  g_autofree char *written = NULL;
  g_autofree char *reread_data = NULL;
  g_autofree char *project_data = NULL;

  g_assert_true (maillage_project_get_read_only (f->project));
  g_assert_cmpuint (maillage_project_get_file_version (f->project), ==, 2);

  g_assert_true (maillage_project_write_copy (f->project, f->copy, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (maillage_project_get_read_only (f->project));

  /* Nothing was changed, and the copy is the file itself. */
  written = maillage_unit_read_file (copy_path, NULL);
  g_assert_cmpstr (written, ==, f->original);
  g_assert_nonnull (strstr (written, "\"version\": 2"));
  g_assert_nonnull (strstr (written, "\"timeline\""));
  g_assert_nonnull (strstr (written, "CA du Grand Dole"));

  reread = maillage_project_new_from_file (f->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (maillage_project_get_read_only (reread));
  g_assert_cmpuint (maillage_project_get_file_version (reread), ==, 2);
  g_assert_cmpstr (maillage_project_get_read_only_reason (reread), ==,
                   maillage_project_get_read_only_reason (f->project));
  reread_data = maillage_project_to_data (reread, NULL);
  project_data = maillage_project_to_data (f->project, NULL);
  g_assert_cmpstr (reread_data, ==, project_data);

  g_assert_false (maillage_project_save (reread, f->file, NULL, &error));
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_READ_ONLY);
  assert_original_intact (f);
}

/* A copy that cannot be written leaves the previous copy as it was. */
static void
test_copy_fails_cleanly (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_file_get_path (f->copy);
  g_autofree char *missing_path = g_build_filename (f->dir, "absent", "brouillon.maillage", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autofree char *kept = NULL;

  g_file_set_contents (copy_path, "ancien brouillon", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);

  maillage_project_set_title (f->project, "Ne sera pas écrit");
  /* As root, permissions do not stop anyone: then only the missing folder
   * is tried. */
  if (access (f->dir, W_OK) != 0)
    {
      g_assert_false (maillage_project_write_copy (f->project, f->copy, NULL, &error));
      g_assert_true (error->domain == G_IO_ERROR);
      g_clear_error (&error);
    }
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);

  g_assert_false (maillage_project_write_copy (f->project, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  kept = maillage_unit_read_file (copy_path, NULL);
  g_assert_cmpstr (kept, ==, "ancien brouillon");
  g_assert_true (maillage_project_get_dirty (f->project));
  g_assert_true (maillage_project_get_file (f->project) == f->file);
  assert_original_intact (f);
}

/* A full disk, simulated as maillage_unit_limit_file_size() says: the
 * write fails part-way, and the previous copy must survive it. */
static void
test_disk_full_subprocess (void)
{
  Fixture fixture = { 0 };
  Fixture *f = &fixture;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;

  fixture_set_up (f, NULL);
  copy_path = g_file_get_path (f->copy);
  g_file_set_contents (copy_path, "ancien brouillon", -1, &error);
  g_assert_no_error (error);

  maillage_unit_replace_communes (f->project, 3000, "Commune au nom assez long pour peser");
  maillage_unit_limit_file_size (16 * 1024);

  g_assert_false (maillage_project_write_copy (f->project, f->copy, NULL, &error));
  g_assert_true (error->domain == G_IO_ERROR);
  g_printerr ("disk full: %s\n", error->message);

  kept = maillage_unit_read_file (copy_path, NULL);
  g_assert_cmpstr (kept, ==, "ancien brouillon");
  listing = maillage_unit_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "brouillon.maillage/projet.maillage");
  assert_original_intact (f);

  fixture_tear_down (f, NULL);
}

static void
test_disk_full (void)
{
  g_test_trap_subprocess ("/project/copy/disk-full/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*disk full: *");
}

/* set_file() points the project at a file and does nothing else: a save
 * with no file named then goes there. */
static void
test_set_file (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MaillageProject) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  maillage_project_set_title (f->project, "Repris d'un brouillon");
  g_assert_true (maillage_project_write_copy (f->project, f->copy, NULL, &error));
  g_assert_no_error (error);

  draft = maillage_project_new_from_file (f->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (maillage_project_get_file (draft), f->copy));
  g_assert_false (maillage_project_get_dirty (draft));

  g_signal_connect (draft, "notify", G_CALLBACK (count_notify_cb), notified);
  maillage_project_set_file (draft, f->file);
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "file");
  g_assert_true (maillage_project_get_file (draft) == f->file);
  g_assert_false (maillage_project_get_dirty (draft));

  /* The same file again is no change. */
  maillage_project_set_file (draft, f->file);
  g_assert_cmpuint (notified->len, ==, 1);
  g_signal_handlers_disconnect_by_func (draft, count_notify_cb, notified);

  maillage_project_mark_dirty (draft);
  g_assert_true (maillage_project_save (draft, NULL, NULL, &error));
  g_assert_no_error (error);
  saved = maillage_unit_read_file (f->path, NULL);
  g_assert_nonnull (strstr (saved, "Repris d'un brouillon"));

  maillage_project_set_file (draft, NULL);
  g_assert_null (maillage_project_get_file (draft));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fixture, func) \
  g_test_add ("/project/copy/" path, Fixture, fixture, fixture_set_up, func, fixture_tear_down)

  ADD ("dirty-project", NULL, test_copy_of_dirty_project);
  ADD ("replaces-copy", NULL, test_copy_replaces_copy);
  ADD ("new-project", NULL, test_copy_of_new_project);
  ADD ("read-only-project", "newer-version.maillage", test_copy_of_read_only_project);
  ADD ("fails-cleanly", NULL, test_copy_fails_cleanly);
  ADD ("set-file", NULL, test_set_file);
  g_test_add_func ("/project/copy/disk-full", test_disk_full);
  g_test_add_func ("/project/copy/disk-full/subprocess", test_disk_full_subprocess);

#undef ADD

  return g_test_run ();
}
