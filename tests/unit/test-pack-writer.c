/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-pack-writer.c: the deliberation pack of the demo project written
 * into a folder by the real plugins (modules, ODT and PDF exporters): all
 * the files there and not empty, the SCDL table with a row per assembly,
 * the folder created if need be, files of the same name replaced and
 * others kept; a target that is a file, and a cancel, leave nothing
 * behind. When LibreOffice is installed, one ODT is converted to text and
 * checked (LibreOffice "converts" a broken file too: the text tells).
 */
#define G_LOG_DOMAIN "test-pack-writer"

#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <string.h>

#include "maillage-module-set.h"
#include "maillage-pack-writer.h"
#include "maillage-plugin-manager.h"
#include "maillage-unit-utils.h"

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
  MaillagePluginManager *manager;
  MaillageProject       *project;
  MaillageModuleSet     *modules;
  MaillagePackWriter    *writer;
  char                  *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autoptr(MaillageExporter) odt = NULL;
  g_autoptr(MaillageExporter) pdf = NULL;
  g_autoptr(GError) error = NULL;

  fixture->manager = maillage_plugin_manager_new ();
  fixture->project = maillage_project_new_from_file (demo, NULL, &error);
  g_assert_no_error (error);
  fixture->modules = maillage_module_set_new (fixture->manager, fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->modules)), >=, 6);

  odt = maillage_plugin_manager_find_exporter (fixture->manager, "odt");
  pdf = maillage_plugin_manager_find_exporter (fixture->manager, "pdf");
  g_assert_nonnull (odt);
  g_assert_nonnull (pdf);
  fixture->writer = maillage_pack_writer_new (fixture->project, G_LIST_MODEL (fixture->modules), odt, pdf);
  fixture->dir = maillage_unit_make_temp_dir ("pack-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->writer);
  g_clear_object (&fixture->modules);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->manager);
}

static void
assert_file_not_empty (const char *folder,
                       const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 0);
}

static void
progress_cb (MaillagePackWriter *writer,
             guint               done,
             guint               total,
             guint              *last)
{
  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >, *last);
  *last = done;
}

static void
test_write (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "new", "pack", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (target);
  g_auto(GStrv) files = maillage_pack_writer_list_files (fixture->writer);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) names = NULL;
  guint last = 0;

  /* Three assemblies, three documents each, ODT and PDF, and the table. */
  g_assert_cmpuint (g_strv_length (files), ==, 3 * 3 * 2 + 1);
  g_assert_true (g_strv_contains ((const char * const *) files, MAILLAGE_PACK_CSV_NAME));
  g_assert_true (g_str_has_prefix (files[0], "2027-014 – Conseil communautaire – "));
  g_assert_true (g_str_has_suffix (files[0], ".odt"));
  g_assert_true (g_str_has_suffix (files[1], ".pdf"));

  g_signal_connect (fixture->writer, "progress", G_CALLBACK (progress_cb), &last);
  g_assert_true (maillage_pack_writer_write (fixture->writer, folder, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last, ==, g_strv_length (files));

  for (guint i = 0; files[i] != NULL; i++)
    assert_file_not_empty (target, files[i]);
  /* Nothing else: no temporary folder left. */
  listing = maillage_unit_list_dir (target);
  names = g_strsplit (listing, "/", -1);
  g_assert_cmpuint (g_strv_length (names), ==, g_strv_length (files));

  csv_path = g_build_filename (target, MAILLAGE_PACK_CSV_NAME, NULL);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_utf8_validate (csv, -1, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 3 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,"));
  g_assert_nonnull (strstr (lines[1], ",24390052900021,2027-014,2027-01-28,8.4,"));

  /* The PDFs are PDFs. */
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (target, files[i], NULL);
      g_autofree char *contents = NULL;

      if (!g_str_has_suffix (files[i], ".pdf"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    }
}

static void
test_write_into_existing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autofree char *mine = g_build_filename (fixture->dir, "mes notes.txt", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->dir, MAILLAGE_PACK_CSV_NAME, NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (mine, "à garder", -1, NULL));
  g_assert_true (g_file_set_contents (csv_path, "ancien", -1, NULL));

  g_assert_true (maillage_pack_writer_write (fixture->writer, folder, NULL, &error));
  g_assert_no_error (error);

  maillage_unit_assert_file_unchanged (mine, "à garder", strlen ("à garder"));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "COLL_NOM,"));
}

static void
test_write_onto_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "un-fichier", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (path, "x", -1, NULL));

  g_assert_false (maillage_pack_writer_write (fixture->writer, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "un-fichier"));

  maillage_unit_assert_file_unchanged (path, "x", 1);
  listing = maillage_unit_list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "un-fichier");
}

static void
test_write_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "pack", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (target);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (maillage_pack_writer_write (fixture->writer, folder, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Nothing half-written, not even the folder. */
  listing = maillage_unit_list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (maillage_pack_writer_write_finish (MAILLAGE_PACK_WRITER (source), result, error));
}

static void
test_write_async_unwritable (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "f", NULL);
  g_autofree char *target = g_build_filename (file, "pack", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (target);
  GError *error = NULL;

  /* A folder inside a file cannot be made. */
  g_assert_true (g_file_set_contents (file, "x", -1, NULL));
  maillage_pack_writer_write_async (fixture->writer, folder, NULL, write_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (strstr (error->message, target));
  g_error_free (error);
  maillage_unit_assert_file_unchanged (file, "x", 1);
}

static void
test_odt_opens (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *soffice = maillage_pack_writer_find_soffice ();
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *profile_arg = NULL;
  g_autofree char *odt = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  int status;

  if (soffice == NULL || pdftotext == NULL)
    {
      g_test_skip ("LibreOffice (soffice) or pdftotext is not installed");
      return;
    }

  folder = g_file_new_for_path (fixture->dir);
  g_assert_true (maillage_pack_writer_write (fixture->writer, folder, NULL, &error));
  g_assert_no_error (error);

  files = maillage_pack_writer_list_files (fixture->writer);
  /* The projet de délibération of the conseil communautaire. */
  odt = g_build_filename (fixture->dir, files[0], NULL);
  profile = maillage_unit_make_temp_dir ("soffice-XXXXXX");
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  {
    g_autofree char *outdir = g_build_filename (fixture->dir, "converted", NULL);
    const char *argv[] = { soffice, "--headless", "--norestore", profile_arg, "--convert-to", "pdf",
                           "--outdir", outdir, odt, NULL };
    g_autofree char *base = g_path_get_basename (odt);

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
    name = g_strndup (base, strlen (base) - strlen (".odt"));
    pdf = g_strdup_printf ("%s/%s.pdf", outdir, name);
  }
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &text, NULL, &status, &error));
    g_assert_no_error (error);
  }
  remove_tree (profile);

  g_test_message ("%s", text);
  /* Words of the document, and none of a zip read as text. */
  g_assert_nonnull (strstr (text, "Hélène Jacquemin"));
  g_assert_nonnull (strstr (text, "039-243900529-20270128-2027_014-DE"));
  g_assert_nonnull (strstr (text, "Adoption de la stratégie numérique territoriale 2027-2032"));
  g_assert_null (strstr (text, "META-INF"));
  g_assert_null (strstr (text, "content.xml"));
}

int
main (int   argc,
      char *argv[])
{
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/pack-writer/write", Fixture, NULL, fixture_set_up, test_write, fixture_tear_down);
  g_test_add ("/pack-writer/write-into-existing", Fixture, NULL, fixture_set_up,
              test_write_into_existing, fixture_tear_down);
  g_test_add ("/pack-writer/write-onto-file", Fixture, NULL, fixture_set_up,
              test_write_onto_file, fixture_tear_down);
  g_test_add ("/pack-writer/write-cancelled", Fixture, NULL, fixture_set_up,
              test_write_cancelled, fixture_tear_down);
  g_test_add ("/pack-writer/write-async-unwritable", Fixture, NULL, fixture_set_up,
              test_write_async_unwritable, fixture_tear_down);
  g_test_add ("/pack-writer/odt-opens", Fixture, NULL, fixture_set_up, test_odt_opens, fixture_tear_down);

  return g_test_run ();
}
