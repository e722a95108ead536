/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-pack-writer.c: writes the whole deliberation pack into a
 * folder: for each assembly, the projet de délibération, the note
 * explicative de synthèse and the annex, each as ODT and PDF, and one
 * SCDL Délibérations table (deliberations.csv) with a row per assembly.
 *
 * The documents are built first, on the caller's thread, since modules
 * belong to it; the files are then written, in a thread for the window,
 * into a temporary folder beside the target, and moved into place only
 * when all are there: a failure or a cancel leaves the target as it was.
 *
 * The PDFs come from the PDF exporter plugin; or, when asked (PDF/A-1b
 * for archiving), from LibreOffice converting the ODT files, with a
 * profile of its own so that a running LibreOffice is not disturbed.
 */
#define G_LOG_DOMAIN "maillage-pack-writer"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "maillage-deliberation-builder.h"
#include "maillage-pack-writer.h"
#include "maillage-scdl.h"

/* LibreOffice's PDF export filter, set to PDF/A-1 (a tagged PDF/A-1b). */
#define PDFA_FILTER "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"1\"}}"

/* Beyond this, some file systems refuse a name: keep well under 255 bytes. */
#define MAX_NAME_BYTES 180

struct _MaillagePackWriter
{
  GObject           parent_instance;
  MaillageProject  *project;
  GListModel       *modules;
  MaillageExporter *odt_exporter;
  MaillageExporter *pdf_exporter;
  gboolean          pdfa;
};

G_DEFINE_FINAL_TYPE (MaillagePackWriter, maillage_pack_writer, G_TYPE_OBJECT)

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One document of the pack: written once, or copied from an earlier entry
 * (the annex, the same for every assembly). */
typedef struct
{
  MaillageDocument *document;
  char             *basename;
  int               copy_of;
} Entry;

typedef struct
{
  MaillagePackWriter *self;
  GFile              *folder;
  GPtrArray          *entries;
  char               *csv;
  gboolean            pdfa;
  GMainContext       *context;
  guint               done;
  guint               total;
} Job;

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->document);
  g_free (entry->basename);
  g_free (entry);
}

static void
job_free (Job *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->folder);
  g_clear_pointer (&job->entries, g_ptr_array_unref);
  g_free (job->csv);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

static void
maillage_pack_writer_finalize (GObject *object)
{
  MaillagePackWriter *self = MAILLAGE_PACK_WRITER (object);

  g_clear_object (&self->project);
  g_clear_object (&self->modules);
  g_clear_object (&self->odt_exporter);
  g_clear_object (&self->pdf_exporter);

  G_OBJECT_CLASS (maillage_pack_writer_parent_class)->finalize (object);
}

static void
maillage_pack_writer_class_init (MaillagePackWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = maillage_pack_writer_finalize;

  /**
   * MaillagePackWriter::progress:
   * @self: the writer
   * @done: the files written so far
   * @total: the files to write
   *
   * Emitted, in the thread that started the writing, after each file.
   */
  signals[PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
maillage_pack_writer_init (MaillagePackWriter *self)
{
}

/**
 * maillage_pack_writer_new:
 * @project: the project
 * @modules: (nullable): the active modules, in order
 * @odt_exporter: the ODT exporter
 * @pdf_exporter: (nullable): the PDF exporter; without it, the PDFs can
 *   only come from LibreOffice (see maillage_pack_writer_set_pdfa())
 *
 * Returns: (transfer full): a new writer
 */
MaillagePackWriter *
maillage_pack_writer_new (MaillageProject  *project,
                          GListModel       *modules,
                          MaillageExporter *odt_exporter,
                          MaillageExporter *pdf_exporter)
{
  MaillagePackWriter *self;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (modules == NULL || G_IS_LIST_MODEL (modules), NULL);
  g_return_val_if_fail (MAILLAGE_IS_EXPORTER (odt_exporter), NULL);
  g_return_val_if_fail (pdf_exporter == NULL || MAILLAGE_IS_EXPORTER (pdf_exporter), NULL);

  self = g_object_new (MAILLAGE_TYPE_PACK_WRITER, NULL);
  self->project = g_object_ref (project);
  g_set_object (&self->modules, modules);
  self->odt_exporter = g_object_ref (odt_exporter);
  g_set_object (&self->pdf_exporter, pdf_exporter);

  return self;
}

/**
 * maillage_pack_writer_set_pdfa:
 * @self: a #MaillagePackWriter
 * @pdfa: whether the PDFs are PDF/A-1b converted by LibreOffice
 *
 * See maillage_pack_writer_find_soffice().
 */
void
maillage_pack_writer_set_pdfa (MaillagePackWriter *self,
                               gboolean            pdfa)
{
  g_return_if_fail (MAILLAGE_IS_PACK_WRITER (self));

  self->pdfa = !!pdfa;
}

gboolean
maillage_pack_writer_get_pdfa (MaillagePackWriter *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PACK_WRITER (self), FALSE);

  return self->pdfa;
}

/**
 * maillage_pack_writer_find_soffice:
 *
 * Returns: (transfer full) (nullable): the path of LibreOffice's
 *   `soffice`, or %NULL when it is not installed; `MAILLAGE_SOFFICE` names
 *   another one (an empty value: none, for tests)
 */
char *
maillage_pack_writer_find_soffice (void)
{
  const char *forced = g_getenv ("MAILLAGE_SOFFICE");

  if (forced != NULL)
    return *forced != '\0' && g_file_test (forced, G_FILE_TEST_IS_EXECUTABLE) ? g_strdup (forced) : NULL;

  return g_find_program_in_path ("soffice");
}

/**
 * maillage_pack_writer_dup_safe_name:
 * @name: a file name, without folder
 *
 * Makes @name safe on every file system a pack may be copied to (FAT and
 * NTFS on a USB stick, a Windows share): no `/ \ : * ? " < > |` nor
 * control characters, no leading dot, no trailing dot or space, valid
 * UTF-8, and not too long.
 *
 * Returns: (transfer full): the safe name
 */
char *
maillage_pack_writer_dup_safe_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autoptr(GString) safe = g_string_new (NULL);
  gsize length;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", (int) c) != NULL)
        c = c == ':' ? 0x2013 /* – */ : '_';
      if (safe->len + 6 > MAX_NAME_BYTES)
        break;
      g_string_append_unichar (safe, c);
    }

  while (safe->len > 0 && (safe->str[0] == '.' || safe->str[0] == ' '))
    g_string_erase (safe, 0, 1);
  length = safe->len;
  while (length > 0 && (safe->str[length - 1] == '.' || safe->str[length - 1] == ' '))
    length--;
  g_string_truncate (safe, length);

  if (safe->len == 0)
    g_string_append_c (safe, '_');

  return g_string_free (g_steal_pointer (&safe), FALSE);
}

static char *
entry_basename (MaillageAssembly     *assembly,
                MaillagePackDocument  kind)
{
  g_autofree char *name = maillage_deliberation_builder_dup_assembly_name (assembly);
  g_autofree char *full = NULL;
  const char *number = maillage_assembly_get_number (assembly);
  const char *title = maillage_deliberation_builder_get_document_title (kind);

  if (*number != '\0')
    full = g_strdup_printf ("%s – %s – %s", number, name, title);
  else
    full = g_strdup_printf ("%s – %s", name, title);

  return maillage_pack_writer_dup_safe_name (full);
}

/* Two assemblies may give the same name (two « Conseil municipal » without
 * a collectivité): the later ones get « (2) »… */
static char *
unique_basename (GHashTable *taken,
                 char       *basename)
{
  char *unique = basename;

  for (guint n = 2; g_hash_table_contains (taken, unique); n++)
    {
      if (unique != basename)
        g_free (unique);
      unique = g_strdup_printf ("%s (%u)", basename, n);
    }
  if (unique != basename)
    g_free (basename);

  g_hash_table_add (taken, g_utf8_casefold (unique, -1));

  return unique;
}

/* The documents, built on the caller's thread (names only if @build is
 * FALSE). */
static GPtrArray *
plan_entries (MaillagePackWriter *self,
              gboolean            build)
{
  g_autoptr(MaillageDeliberationBuilder) builder = maillage_deliberation_builder_new (self->project,
                                                                                     self->modules);
  GListModel *assemblies = maillage_deliberation_get_assemblies (maillage_project_get_deliberation (self->project));
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  guint n_assemblies = g_list_model_get_n_items (assemblies);
  int annex = -1;

  g_hash_table_add (taken, g_utf8_casefold (MAILLAGE_PACK_CSV_NAME, -1));

  for (guint i = 0; i < n_assemblies; i++)
    {
      g_autoptr(MaillageAssembly) assembly = g_list_model_get_item (assemblies, i);

      for (MaillagePackDocument kind = 0; kind < MAILLAGE_PACK_N_DOCUMENTS; kind++)
        {
          Entry *entry = g_new0 (Entry, 1);

          entry->basename = unique_basename (taken, entry_basename (assembly, kind));
          entry->copy_of = -1;
          if (kind == MAILLAGE_PACK_DOCUMENT_ANNEX && annex >= 0)
            entry->copy_of = annex;
          else if (build)
            entry->document = maillage_deliberation_builder_build (builder, kind, assembly);
          if (kind == MAILLAGE_PACK_DOCUMENT_ANNEX && annex < 0)
            annex = (int) entries->len;
          g_ptr_array_add (entries, entry);
        }
    }

  return entries;
}

/**
 * maillage_pack_writer_list_files:
 * @self: a #MaillagePackWriter
 *
 * Returns: (transfer full) (array zero-terminated=1): the names of the
 *   files the pack is made of, in the order they are written
 */
char **
maillage_pack_writer_list_files (MaillagePackWriter *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (MAILLAGE_IS_PACK_WRITER (self), NULL);

  entries = plan_entries (self, FALSE);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *odt = g_strconcat (entry->basename, ".odt", NULL);
      g_autofree char *pdf = g_strconcat (entry->basename, ".pdf", NULL);

      g_strv_builder_add (names, odt);
      g_strv_builder_add (names, pdf);
    }
  g_strv_builder_add (names, MAILLAGE_PACK_CSV_NAME);

  return g_strv_builder_end (names);
}

typedef struct
{
  MaillagePackWriter *self;
  guint               done;
  guint               total;
} Progress;

static gboolean
emit_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  g_signal_emit (progress->self, signals[PROGRESS], 0, progress->done, progress->total);

  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->self);
  g_free (progress);
}

static void
job_step (Job *job)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->self = g_object_ref (job->self);
  progress->done = ++job->done;
  progress->total = job->total;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, emit_progress_cb, progress,
                              (GDestroyNotify) progress_free);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

static gboolean
write_document (MaillageExporter  *exporter,
                MaillageDocument  *document,
                const char        *folder,
                const char        *basename,
                GCancellable      *cancellable,
                GError           **error)
{
  g_autofree char *name = g_strconcat (basename, ".", maillage_exporter_get_file_extension (exporter), NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return maillage_exporter_write (exporter, document, file, cancellable, error);
}

static gboolean
copy_file (const char    *folder,
           const char    *from,
           const char    *to,
           const char    *extension,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *from_name = g_strconcat (from, ".", extension, NULL);
  g_autofree char *to_name = g_strconcat (to, ".", extension, NULL);
  g_autofree char *from_path = g_build_filename (folder, from_name, NULL);
  g_autofree char *to_path = g_build_filename (folder, to_name, NULL);
  g_autoptr(GFile) source = g_file_new_for_path (from_path);
  g_autoptr(GFile) target = g_file_new_for_path (to_path);

  return g_file_copy (source, target, G_FILE_COPY_NONE, cancellable, NULL, NULL, error);
}

/* LibreOffice converts every ODT of @folder to PDF/A-1b beside it. */
static gboolean
convert_pdfa (Job           *job,
              const char    *folder,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *soffice = maillage_pack_writer_find_soffice ();
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *profile_arg = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (soffice == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("LibreOffice is not installed: the PDF/A files cannot be made."));
      return FALSE;
    }

  profile = g_dir_make_tmp ("maillage-soffice-XXXXXX", error);
  if (profile == NULL)
    return FALSE;
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  profile_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);

  g_ptr_array_add (argv, g_strdup (soffice));
  g_ptr_array_add (argv, g_strdup ("--headless"));
  g_ptr_array_add (argv, g_strdup ("--norestore"));
  g_ptr_array_add (argv, g_strdup (profile_arg));
  g_ptr_array_add (argv, g_strdup ("--convert-to"));
  g_ptr_array_add (argv, g_strdup (PDFA_FILTER));
  g_ptr_array_add (argv, g_strdup ("--outdir"));
  g_ptr_array_add (argv, g_strdup (folder));
  for (guint i = 0; i < job->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (job->entries, i);
      g_autofree char *name = g_strconcat (entry->basename, ".odt", NULL);

      if (entry->copy_of < 0)
        g_ptr_array_add (argv, g_build_filename (folder, name, NULL));
    }
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &local_error);
  ok = process != NULL &&
       g_subprocess_communicate_utf8 (process, NULL, cancellable, &output, NULL, &local_error) &&
       g_subprocess_get_if_exited (process) && g_subprocess_get_exit_status (process) == 0;
  if (process != NULL && local_error != NULL)
    g_subprocess_force_exit (process);
  remove_tree (profile);

  if (local_error != NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!ok)
    {
      g_debug ("soffice said: %s", output != NULL ? output : "");
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("LibreOffice could not convert the documents to PDF/A: %s"),
                   local_error != NULL ? local_error->message : _("it stopped with an error."));
      return FALSE;
    }

  /* LibreOffice says 0 even when it converted nothing: check each file. */
  for (guint i = 0; i < job->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (job->entries, i);
      g_autofree char *name = g_strconcat (entry->basename, ".pdf", NULL);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *head = NULL;
      gsize length = 0;

      if (entry->copy_of >= 0)
        continue;
      if (!g_file_get_contents (path, &head, &length, NULL) || length < 5 ||
          memcmp (head, "%PDF-", 5) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("LibreOffice did not write the PDF/A file “%s”."), name);
          return FALSE;
        }
      job_step (job);
    }

  return TRUE;
}

static gboolean
write_files (Job           *job,
             const char    *folder,
             GCancellable  *cancellable,
             GError       **error)
{
  MaillagePackWriter *self = job->self;
  g_autofree char *csv_path = NULL;

  for (guint i = 0; i < job->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (job->entries, i);

      if (entry->copy_of >= 0)
        continue;

      if (!write_document (self->odt_exporter, entry->document, folder, entry->basename,
                           cancellable, error))
        return FALSE;
      job_step (job);

      if (!job->pdfa)
        {
          if (!write_document (self->pdf_exporter, entry->document, folder, entry->basename,
                               cancellable, error))
            return FALSE;
          job_step (job);
        }
    }

  if (job->pdfa && !convert_pdfa (job, folder, cancellable, error))
    return FALSE;

  for (guint i = 0; i < job->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (job->entries, i);
      Entry *source;

      if (entry->copy_of < 0)
        continue;

      source = g_ptr_array_index (job->entries, entry->copy_of);
      if (!copy_file (folder, source->basename, entry->basename, "odt", cancellable, error) ||
          !copy_file (folder, source->basename, entry->basename, "pdf", cancellable, error))
        return FALSE;
      job_step (job);
      job_step (job);
    }

  csv_path = g_build_filename (folder, MAILLAGE_PACK_CSV_NAME, NULL);
  if (!g_file_set_contents (csv_path, job->csv, -1, error))
    return FALSE;
  job_step (job);

  return TRUE;
}

/* Moves every file of @from into @to, which exists; a file of the same
 * name is replaced. */
static gboolean
move_files (const char  *from,
            const char  *to,
            GError     **error)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, error);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);

      if (g_rename (source, target) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The file “%s” could not be put in place: %s"), name, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
run_job (Job           *job,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autofree char *target = g_file_get_path (job->folder);
  g_autofree char *display = g_file_get_parse_name (job->folder);
  g_autofree char *temp_template = NULL;
  g_autofree char *temp = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists;

  if (target == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The pack can only be written into a local folder, not into “%s”."), display);
      return FALSE;
    }

  exists = g_file_test (target, G_FILE_TEST_EXISTS);
  if (exists && !g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("“%s” is a file, not a folder."), display);
      return FALSE;
    }

  /* On the same file system as the target, so that moving is renaming. */
  if (exists)
    {
      temp_template = g_build_filename (target, ".maillage-pack-XXXXXX", NULL);
    }
  else
    {
      g_autofree char *parent = g_path_get_dirname (target);
      g_autofree char *base = g_path_get_basename (target);
      g_autofree char *hidden = g_strdup_printf (".%s-XXXXXX", base);

      if (g_mkdir_with_parents (parent, 0755) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The folder “%s” could not be created: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      temp_template = g_build_filename (parent, hidden, NULL);
    }

  temp = g_mkdtemp_full (g_strdup (temp_template), 0755);
  if (temp == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The pack cannot be written into “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (!write_files (job, temp, cancellable, &local_error) ||
      g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      remove_tree (temp);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code,
                     _("The pack could not be written into “%s”: %s"), display, local_error->message);
      return FALSE;
    }

  if (!exists)
    {
      if (g_rename (temp, target) != 0)
        {
          int saved_errno = errno;

          remove_tree (temp);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("The folder “%s” could not be created: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  if (!move_files (temp, target, error))
    {
      remove_tree (temp);
      return FALSE;
    }
  remove_tree (temp);

  return TRUE;
}

static Job *
job_new (MaillagePackWriter *self,
         GFile              *folder)
{
  Job *job = g_new0 (Job, 1);
  guint n_written = 0;
  guint n_copied = 0;

  job->self = g_object_ref (self);
  job->folder = g_object_ref (folder);
  job->entries = plan_entries (self, TRUE);
  job->csv = maillage_scdl_deliberations_csv (self->project);
  job->pdfa = self->pdfa || self->pdf_exporter == NULL;
  job->context = g_main_context_ref_thread_default ();

  for (guint i = 0; i < job->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (job->entries, i);

      if (entry->copy_of < 0)
        n_written++;
      else
        n_copied++;
    }
  job->total = 2 * (n_written + n_copied) + 1;

  return job;
}

/**
 * maillage_pack_writer_write:
 * @self: a #MaillagePackWriter
 * @folder: the folder to write into; created if need be
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the pack into @folder, blocking; files of the same names there
 * are replaced, others stay. On failure nothing in @folder has changed.
 *
 * Returns: whether the pack was written
 */
gboolean
maillage_pack_writer_write (MaillagePackWriter  *self,
                            GFile               *folder,
                            GCancellable        *cancellable,
                            GError             **error)
{
  Job *job;
  gboolean ok;

  g_return_val_if_fail (MAILLAGE_IS_PACK_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  job = job_new (self, folder);
  ok = run_job (job, cancellable, error);
  job_free (job);

  /* The progress was queued on this thread's context: deliver it. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return ok;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_job (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * maillage_pack_writer_write_async:
 * @self: a #MaillagePackWriter
 * @folder: the folder to write into
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: for @callback
 *
 * Builds the documents now, then writes them in a thread; see
 * maillage_pack_writer_write().
 */
void
maillage_pack_writer_write_async (MaillagePackWriter  *self,
                                  GFile               *folder,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MAILLAGE_IS_PACK_WRITER (self));
  g_return_if_fail (G_IS_FILE (folder));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, maillage_pack_writer_write_async);
  g_task_set_task_data (task, job_new (self, folder), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
maillage_pack_writer_write_finish (MaillagePackWriter  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
