/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-file.c: a MaillageProject and its file: reading it
 * (bounded in size), writing it canonically, and saving it atomically with
 * a backup. The model itself is in maillage-project.c; the format in
 * maillage-project-reader.c and maillage-project-writer.c.
 */
#define G_LOG_DOMAIN "maillage-project-file"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "maillage-json-private.h"
#include "maillage-project-private.h"

/**
 * maillage_project_new_from_data:
 * @data: (array length=length) (element-type guint8): the text of a project file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #MaillageProjectError
 *
 * Reads a project from the text of a project file, migrating an older
 * format version. A newer version is read as far as it can be and the
 * project is read-only. The error message names the place of the problem:
 * line and column, or the JSON path of the member at fault.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL on error
 */
MaillageProject *
maillage_project_new_from_data (const char  *data,
                                gssize       length,
                                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) module_texts = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Module data is kept as text, untouched until a module asks for it. */
  root = maillage_json_parse_deferred (data, length, "modules", &module_texts, error);
  if (root == NULL)
    return NULL;

  return _maillage_project_read (root, module_texts, error);
}

static void
set_too_large_error (GError  **error,
                     guint64   size)
{
  /* The same message as the JSON reader gives for text it is handed;
   * rounded up, so that a file just over the limit never reads “32.0”. */
  guint64 tenths = (guint64) ceil (size * 10.0 / (1024 * 1024));

  tenths = MIN (tenths, (guint64) G_MAXUINT * 10);
  g_set_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE,
               /* Translators: the size in megabytes (2^20 bytes), whole part and
                * tenth, then the limit. */
               _("The file is too large (%u.%u MB); a project file cannot exceed %u MB"),
               (guint) (tenths / 10), (guint) (tenths % 10),
               (guint) (MAILLAGE_PROJECT_MAX_SIZE / (1024 * 1024)));
}

/* A project that would be written larger than a project file may be is
 * not written: it could not be opened again. The file on disk stays as it
 * was, and the user is told why. */
static gboolean
check_written_size (gsize    length,
                    GError **error)
{
  guint64 tenths;

  if (length <= MAILLAGE_PROJECT_MAX_SIZE)
    return TRUE;

  tenths = (guint64) ceil (length * 10.0 / (1024 * 1024));
  g_set_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_TOO_LARGE,
               /* Translators: the size in megabytes (2^20 bytes), whole part and
                * tenth, then the limit. */
               _("The project would take %u.%u MB, more than the %u MB a project file may hold: it was not written, and the file on disk is unchanged. Remove imported data you do not need, then save again."),
               (guint) (tenths / 10), (guint) (tenths % 10),
               (guint) (MAILLAGE_PROJECT_MAX_SIZE / (1024 * 1024)));
  return FALSE;
}

/* Reads @file whole, but never more than MAILLAGE_PROJECT_MAX_SIZE + 1
 * bytes: the size is checked before reading, and again while reading, for
 * a file that grows meanwhile or has no size (a pipe, /dev/zero). */
static GBytes *
load_bounded (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  size = g_file_info_get_size (info);
  if (size > MAILLAGE_PROJECT_MAX_SIZE)
    {
      set_too_large_error (error, size);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  buffer = g_byte_array_sized_new (size + 1);
  for (;;)
    {
      const gsize chunk = 64 * 1024;
      guint length = buffer->len;
      gssize n_read;

      g_byte_array_set_size (buffer, length + chunk);
      n_read = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + length, chunk,
                                    cancellable, error);
      if (n_read < 0)
        return NULL;

      g_byte_array_set_size (buffer, length + n_read);
      if (n_read == 0)
        break;
      if (buffer->len > MAILLAGE_PROJECT_MAX_SIZE)
        {
          set_too_large_error (error, buffer->len);
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * maillage_project_new_from_file:
 * @file: a project file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #MaillageProjectError or a #GIOError
 *
 * Reads a project file, as maillage_project_new_from_data() does. A file
 * larger than %MAILLAGE_PROJECT_MAX_SIZE is refused before it is read.
 *
 * The error message does not name the file: callers put its name in front.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL on error
 */
MaillageProject *
maillage_project_new_from_file (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GBytes) contents = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = load_bounded (file, cancellable, error);
  if (contents == NULL)
    return NULL;

  data = g_bytes_get_data (contents, &length);
  project = maillage_project_new_from_data (data != NULL ? data : "", length, error);
  if (project == NULL)
    return NULL;

  _maillage_project_set_file (project, file);

  return g_steal_pointer (&project);
}

/**
 * maillage_project_to_data:
 * @self: a #MaillageProject
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the project in the canonical form of the project file: the same
 * project always gives the same bytes. Nothing is stamped: see
 * maillage_project_save().
 *
 * Returns: (transfer full): the text of the project file
 */
char *
maillage_project_to_data (MaillageProject *self,
                          gsize           *length)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) raw = NULL;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  root = _maillage_project_write (self,
                                 maillage_project_get_created (self),
                                 maillage_project_get_modified (self),
                                 &raw);

  return maillage_json_to_string_with_raw (root, raw, length);
}

/* Now, to the second: the file does not keep fractions of a second, and a
 * stamp must read back equal. */
static GDateTime *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now),
                              g_date_time_get_hour (now),
                              g_date_time_get_minute (now),
                              g_date_time_get_second (now));
}

/* Like g_file_replace_contents() with a backup, but safe when a write
 * fails. GLib 2.74's g_file_replace_contents() then still closes the stream
 * normally, and a local GFileOutputStream's close moves the temporary file,
 * truncated where the write failed, over the original: a full disk would
 * destroy the project. Closing with a cancelled GCancellable instead makes
 * the stream delete the temporary file and leave the original as it was.
 * A save keeps a backup; a draft, rewritten every few seconds, does not. */
static gboolean
replace_file_contents (GFile         *file,
                       const char    *data,
                       gsize          length,
                       gboolean       make_backup,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  stream = g_file_replace (file, NULL, make_backup, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL,
                                  cancellable, error))
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

/**
 * maillage_project_save:
 * @self: a #MaillageProject
 * @file: (nullable): where to save, or %NULL for
 *   [property@Maillage.Project:file]
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #MaillageProjectError or a #GIOError
 *
 * Saves the project to @file, atomically: the text is written to a
 * temporary file that then replaces @file, and the previous content is kept
 * as a backup beside it (`file~`). On any failure, @file is left as it was.
 *
 * When the project has unsaved changes, [property@Maillage.Project:modified]
 * is stamped with the current time (and
 * [property@Maillage.Project:created], the first time); saving an unchanged
 * project writes the same bytes again.
 *
 * A read-only project is not saved: the error is
 * %MAILLAGE_PROJECT_ERROR_READ_ONLY.
 *
 * On success, [property@Maillage.Project:file] is @file and
 * [property@Maillage.Project:dirty] is %FALSE.
 *
 * Returns: %TRUE if the project was saved
 */
gboolean
maillage_project_save (MaillageProject  *self,
                       GFile            *file,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) raw = NULL;
  g_autofree char *data = NULL;
  const char *read_only_reason;
  gsize length;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (file != NULL || maillage_project_get_file (self) != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (file == NULL)
    file = maillage_project_get_file (self);

  read_only_reason = maillage_project_get_read_only_reason (self);
  if (read_only_reason != NULL)
    {
      g_set_error_literal (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_READ_ONLY,
                           read_only_reason);
      return FALSE;
    }

  if (maillage_project_get_created (self) != NULL)
    created = g_date_time_ref (maillage_project_get_created (self));
  if (maillage_project_get_modified (self) != NULL)
    modified = g_date_time_ref (maillage_project_get_modified (self));
  if (_maillage_project_needs_stamp (self))
    {
      g_clear_pointer (&modified, g_date_time_unref);
      modified = now_utc ();
      if (created == NULL)
        created = g_date_time_ref (modified);
    }

  /* All the bytes exist before the disk is touched, and the project
   * itself changes only once they are on it. */
  root = _maillage_project_write (self, created, modified, &raw);
  data = maillage_json_to_string_with_raw (root, raw, &length);
  if (!check_written_size (length, error))
    return FALSE;

  if (!replace_file_contents (file, data, length, TRUE, cancellable, error))
    return FALSE;

  _maillage_project_set_created (self, created);
  _maillage_project_set_modified (self, modified);
  _maillage_project_set_file (self, file);
  _maillage_project_set_file_version (self, MAILLAGE_PROJECT_VERSION);
  _maillage_project_set_clean (self);

  return TRUE;
}

/**
 * maillage_project_write_copy:
 * @self: a #MaillageProject
 * @file: where to write the copy
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError
 *
 * Writes the project as it is in memory to @file, as safely as
 * maillage_project_save() writes: the text goes to a temporary file that
 * replaces @file only once it is complete, so that on any failure @file is
 * left as it was. No backup is kept.
 *
 * Unlike maillage_project_save(), the project itself does not change: its
 * [property@Maillage.Project:file], its dates and
 * [property@Maillage.Project:dirty] stay as they were, and nothing is
 * stamped, since the copy is not a save. This is how autosaved drafts are
 * written.
 *
 * A read-only project is written too, under the format version it was read
 * from, so that the copy reads back read-only, with nothing lost.
 *
 * Returns: %TRUE if the copy was written
 */
gboolean
maillage_project_write_copy (MaillageProject  *self,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) raw = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = _maillage_project_write (self,
                                 maillage_project_get_created (self),
                                 maillage_project_get_modified (self),
                                 &raw);

  /* The writer writes the version it knows; a copy of a newer file
   * written so would read back writable, and a save of it would then drop
   * what this version does not understand. */
  if (maillage_project_get_read_only (self))
    json_object_set_int_member (json_node_get_object (root), "version",
                                maillage_project_get_file_version (self));

  data = maillage_json_to_string_with_raw (root, raw, &length);
  if (!check_written_size (length, error))
    return FALSE;

  return replace_file_contents (file, data, length, FALSE, cancellable, error);
}

/**
 * maillage_project_set_file:
 * @self: a #MaillageProject
 * @file: (nullable): the file to save the project to, or %NULL for a
 *   project never saved
 *
 * Sets [property@Maillage.Project:file] without reading or writing
 * anything, and without changing [property@Maillage.Project:dirty].
 * Loading and saving set the file themselves: this is for a project read
 * from a copy, such as an autosaved draft, whose file is the original the
 * copy was made of, so that saving it writes there.
 */
void
maillage_project_set_file (MaillageProject *self,
                           GFile           *file)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  _maillage_project_set_file (self, file);
}
