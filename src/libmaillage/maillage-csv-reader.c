/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-csv-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "maillage-csv-reader.h"

/**
 * MaillageCsvReader:
 *
 * Reads the CSV files people bring from elsewhere — a list of communes from a
 * spreadsheet, an ARCEP open data file, the national schema of lieux de
 * médiation, a Decidim export — one row at a time.
 *
 * The reader takes what spreadsheets actually write: UTF-8 with or without a
 * byte order mark, or Windows-1252 (converted to UTF-8); `;`, `,` or tab as
 * separator, found from the header line; RFC 4180 quoting, with separators,
 * doubled quotes and line breaks inside quoted fields; CRLF, LF or CR line
 * ends; no final line end. Blank lines, and rows whose fields are all empty
 * (`;;;`, as spreadsheets leave below a table), are skipped.
 *
 * The first non-blank line is the header. Rows come next, each with the line
 * where it starts in the file (1-based, counting physical lines, so a quoted
 * line break counts) for messages a person can act on. A row shorter than the
 * header is padded with empty fields; a row longer than the header is an
 * error, as is a quote that is never closed, a file larger than the limit the
 * caller sets, and a binary file.
 *
 * The whole file is held in memory and the rows are cut from it as they are
 * asked for, reusing one buffer, so 100,000 rows cost no more than the file.
 *
 * ```c
 * static const char * const insee_names[] = { "code_insee", "insee", NULL };
 * g_autoptr(MaillageCsvReader) reader = NULL;
 * const char * const *row;
 * guint line;
 * int insee;
 *
 * reader = maillage_csv_reader_new_from_bytes (bytes, 0, 0, error);
 * if (reader == NULL)
 *   return FALSE;
 * insee = maillage_csv_reader_find_column (reader, insee_names);
 * while ((row = maillage_csv_reader_next_row (reader, &line, &local_error)))
 *   g_print ("%u: %s\n", line, row[insee]);
 * if (local_error != NULL)
 *   …
 * ```
 */
struct _MaillageCsvReader
{
  GObject              parent_instance;

  /* The text, in UTF-8, and the cursor in it. */
  GBytes              *text;
  const char          *cursor;
  const char          *end;
  guint                line;

  char                 separator;
  MaillageCsvEncoding  encoding;

  char               **header;
  char               **header_keys;
  guint                n_columns;

  /* The current row: its fields one after another, NUL-terminated, in one
   * buffer reused from row to row; where each starts; and the pointers
   * handed out, rebuilt after the buffer has stopped moving. */
  GString             *fields;
  GArray              *offsets;
  GPtrArray           *row;

  gboolean             done;
};

G_DEFINE_FINAL_TYPE (MaillageCsvReader, maillage_csv_reader, G_TYPE_OBJECT)

/**
 * maillage_csv_error_quark:
 *
 * The error domain of #MaillageCsvReader.
 *
 * Returns: the quark of %MAILLAGE_CSV_ERROR
 */
G_DEFINE_QUARK (maillage-csv-error-quark, maillage_csv_error)

G_DEFINE_ENUM_TYPE (MaillageCsvEncoding, maillage_csv_encoding,
  G_DEFINE_ENUM_VALUE (MAILLAGE_CSV_ENCODING_UTF8, "utf8"),
  G_DEFINE_ENUM_VALUE (MAILLAGE_CSV_ENCODING_UTF8_BOM, "utf8-bom"),
  G_DEFINE_ENUM_VALUE (MAILLAGE_CSV_ENCODING_WINDOWS_1252, "windows-1252"))

typedef enum
{
  RECORD_READ,
  RECORD_END,
  RECORD_ERROR,
} RecordResult;

static const char utf8_bom[] = "\xEF\xBB\xBF";

static void
maillage_csv_reader_finalize (GObject *object)
{
  MaillageCsvReader *self = MAILLAGE_CSV_READER (object);

  g_clear_pointer (&self->text, g_bytes_unref);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_pointer (&self->header_keys, g_strfreev);
  g_string_free (self->fields, TRUE);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->row);

  G_OBJECT_CLASS (maillage_csv_reader_parent_class)->finalize (object);
}

static void
maillage_csv_reader_class_init (MaillageCsvReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_csv_reader_finalize;
}

static void
maillage_csv_reader_init (MaillageCsvReader *self)
{
  self->fields = g_string_sized_new (256);
  self->offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 16);
  self->row = g_ptr_array_sized_new (16);
}

static guint
count_lines (const char *start,
             const char *stop)
{
  guint line = 1;

  for (const char *p = start; p < stop; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= stop || p[1] != '\n')))
      line++;

  return line;
}

static char *
separator_display_name (char separator)
{
  if (separator == '\t')
    return g_strdup (_("tab"));

  /* Only ASCII separators are accepted: one byte each. */
  return g_strndup (&separator, 1);
}

/* Turns the bytes into UTF-8 text: refuses what is not text, drops a byte
 * order mark, and converts from Windows-1252 what is not valid UTF-8. */
static gboolean
decode (MaillageCsvReader  *self,
        GBytes             *bytes,
        GError            **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *invalid = NULL;
  g_autofree char *converted = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  gsize converted_size = 0;

  if (size > 0 && memchr (data, '\0', size) != NULL)
    {
      g_set_error_literal (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_BINARY,
                           _("The file contains NUL bytes: it is not a text file "
                             "(or it is in UTF-16, which is not supported; save it as CSV UTF-8)."));
      return FALSE;
    }

  if (size >= 3 && memcmp (data, utf8_bom, 3) == 0)
    {
      if (!g_utf8_validate (data + 3, size - 3, &invalid))
        {
          g_set_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_ENCODING,
                       _("Line %u: the file starts as UTF-8 but holds a byte that is not UTF-8."),
                       count_lines (data, invalid));
          return FALSE;
        }
      self->encoding = MAILLAGE_CSV_ENCODING_UTF8_BOM;
      self->text = g_bytes_new_from_bytes (bytes, 3, size - 3);
      return TRUE;
    }

  if (g_utf8_validate (data, size, NULL))
    {
      self->encoding = MAILLAGE_CSV_ENCODING_UTF8;
      self->text = g_bytes_ref (bytes);
      return TRUE;
    }

  converted = g_convert (data, size, "UTF-8", "WINDOWS-1252",
                         &bytes_read, &converted_size, &local_error);
  if (converted == NULL)
    {
      /* The five bytes Windows-1252 leaves undefined: not text we know. */
      g_set_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_ENCODING,
                   _("Line %u: the file is neither in UTF-8 nor in Windows-1252 (byte 0x%02X)."),
                   count_lines (data, data + MIN (bytes_read, size)),
                   bytes_read < size ? (guint) (guchar) data[bytes_read] : 0u);
      return FALSE;
    }

  self->encoding = MAILLAGE_CSV_ENCODING_WINDOWS_1252;
  self->text = g_bytes_new_take (g_steal_pointer (&converted), converted_size);
  return TRUE;
}

static inline gboolean
is_line_end (char c)
{
  return c == '\n' || c == '\r';
}

/* Steps over one line end (CRLF, LF or CR) at @p, counting it. */
static const char *
skip_line_end (MaillageCsvReader *self,
               const char        *p)
{
  if (*p == '\r' && p + 1 < self->end && p[1] == '\n')
    p++;
  self->line++;
  return p + 1;
}

/* The separator is the candidate seen most often on the first line, outside
 * quotes; `;` wins a tie, as French spreadsheets write it. */
static char
detect_separator (MaillageCsvReader *self)
{
  static const char candidates[] = { ';', '\t', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  char best = ';';
  guint best_count = 0;

  for (const char *p = self->cursor; p < self->end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && is_line_end (*p))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > best_count)
      {
        best = candidates[i];
        best_count = counts[i];
      }

  return best;
}

static void
skip_blank_lines (MaillageCsvReader *self)
{
  while (self->cursor < self->end && is_line_end (*self->cursor))
    self->cursor = skip_line_end (self, self->cursor);
}

static void
end_field (MaillageCsvReader *self,
           gsize              start)
{
  g_string_append_c (self->fields, '\0');
  g_array_append_val (self->offsets, start);
}

/* Reads a quoted field from just after its opening quote up to its closing
 * quote, line breaks inside normalised to LF. */
static gboolean
read_quoted (MaillageCsvReader  *self,
             GError            **error)
{
  const char *p = self->cursor;
  const char *run = p;
  guint opened_at = self->line;

  for (;;)
    {
      if (p >= self->end)
        {
          g_set_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE,
                       _("Line %u: a quoted field is never closed (a \" is missing)."),
                       opened_at);
          return FALSE;
        }

      if (*p != '"' && !is_line_end (*p))
        {
          p++;
          continue;
        }

      g_string_append_len (self->fields, run, p - run);

      if (is_line_end (*p))
        {
          g_string_append_c (self->fields, '\n');
          p = skip_line_end (self, p);
        }
      else if (p + 1 < self->end && p[1] == '"')
        {
          g_string_append_c (self->fields, '"');
          p += 2;
        }
      else
        {
          self->cursor = p + 1;
          return TRUE;
        }
      run = p;
    }
}

/* Reads one record into self->fields and self->offsets. */
static RecordResult
read_record (MaillageCsvReader  *self,
             guint              *start_line,
             GError            **error)
{
  g_string_truncate (self->fields, 0);
  g_array_set_size (self->offsets, 0);

  skip_blank_lines (self);
  if (self->cursor >= self->end)
    return RECORD_END;

  *start_line = self->line;

  for (;;)
    {
      gsize start = self->fields->len;
      const char *run;

      if (self->cursor < self->end && *self->cursor == '"')
        {
          self->cursor++;
          if (!read_quoted (self, error))
            return RECORD_ERROR;
        }

      /* Unquoted text, or what follows a closing quote (kept as is, as
       * spreadsheets do, rather than refused). */
      run = self->cursor;
      while (self->cursor < self->end &&
             *self->cursor != self->separator &&
             !is_line_end (*self->cursor))
        self->cursor++;
      g_string_append_len (self->fields, run, self->cursor - run);
      end_field (self, start);

      if (self->cursor < self->end && *self->cursor == self->separator)
        {
          self->cursor++;
          continue;
        }

      if (self->cursor < self->end)
        self->cursor = skip_line_end (self, self->cursor);
      return RECORD_READ;
    }
}

static gboolean
record_is_blank (MaillageCsvReader *self)
{
  for (const char *p = self->fields->str; p < self->fields->str + self->fields->len; p++)
    if (*p != '\0' && !g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static RecordResult
read_nonblank_record (MaillageCsvReader  *self,
                      guint              *start_line,
                      GError            **error)
{
  RecordResult result;

  do
    result = read_record (self, start_line, error);
  while (result == RECORD_READ && record_is_blank (self));

  return result;
}

static char *
make_key (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *normalized = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normalized != NULL ? normalized : stripped, -1);
}

static gboolean
read_header (MaillageCsvReader  *self,
             GError            **error)
{
  guint line;
  RecordResult result;

  skip_blank_lines (self);
  if (self->separator == 0)
    self->separator = detect_separator (self);

  result = read_nonblank_record (self, &line, error);
  if (result == RECORD_ERROR)
    return FALSE;
  if (result == RECORD_END)
    {
      g_set_error_literal (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_EMPTY,
                           _("The file is empty: a header line naming the columns is expected."));
      return FALSE;
    }

  self->n_columns = self->offsets->len;
  self->header = g_new0 (char *, self->n_columns + 1);
  self->header_keys = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    {
      const char *name = self->fields->str + g_array_index (self->offsets, gsize, i);

      self->header[i] = g_strdup (name);
      self->header_keys[i] = make_key (name);
    }

  return TRUE;
}

static void
set_too_large_error (GError  **error,
                     guint64   size,
                     gsize     max_size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *max_text = g_format_size (max_size);

  g_set_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_LARGE,
               _("The file is %s; the limit is %s."), size_text, max_text);
}

/**
 * maillage_csv_reader_new_from_bytes:
 * @bytes: the content of a CSV file
 * @separator: the field separator, an ASCII character other than a quote or
 *   a line end, or 0 (`'\0'` from Python) to find it from the header line
 *   (`;`, `,` or tab)
 * @max_size: the largest size accepted, in bytes, or 0 for
 *   %MAILLAGE_CSV_READER_DEFAULT_MAX_SIZE
 * @error: return location for a #GError in the %MAILLAGE_CSV_ERROR domain
 *
 * Creates a reader over @bytes and reads the header line. The encoding is
 * found (UTF-8, with or without a byte order mark, else Windows-1252); the
 * separator too, unless given.
 *
 * Returns: (transfer full) (nullable): a new reader, or %NULL with @error set
 *   if @bytes is too large, is not text, or has no header line
 */
MaillageCsvReader *
maillage_csv_reader_new_from_bytes (GBytes    *bytes,
                                    gunichar   separator,
                                    gsize      max_size,
                                    GError   **error)
{
  g_autoptr(MaillageCsvReader) self = NULL;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (separator < 0x80 && separator != '"' &&
                        separator != '\n' && separator != '\r', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (max_size == 0)
    max_size = MAILLAGE_CSV_READER_DEFAULT_MAX_SIZE;

  size = g_bytes_get_size (bytes);
  if (size > max_size)
    {
      set_too_large_error (error, size, max_size);
      return NULL;
    }

  if (size == 0)
    {
      g_set_error_literal (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_EMPTY,
                           _("The file is empty: a header line naming the columns is expected."));
      return NULL;
    }

  self = g_object_new (MAILLAGE_TYPE_CSV_READER, NULL);
  self->separator = (char) separator;

  if (!decode (self, bytes, error))
    return NULL;

  self->cursor = g_bytes_get_data (self->text, &size);
  self->end = self->cursor + size;
  self->line = 1;

  if (!read_header (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * maillage_csv_reader_new_from_file:
 * @file: a CSV file
 * @separator: the field separator, or 0 to find it (see
 *   maillage_csv_reader_new_from_bytes())
 * @max_size: the largest size accepted, in bytes, or 0 for
 *   %MAILLAGE_CSV_READER_DEFAULT_MAX_SIZE
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file into memory, unless it is larger than @max_size, and creates a
 * reader over it as maillage_csv_reader_new_from_bytes() does.
 *
 * Returns: (transfer full) (nullable): a new reader, or %NULL with @error set
 */
MaillageCsvReader *
maillage_csv_reader_new_from_file (GFile         *file,
                                   gunichar       separator,
                                   gsize          max_size,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (max_size == 0)
    max_size = MAILLAGE_CSV_READER_DEFAULT_MAX_SIZE;

  /* Look before loading, so a huge file is refused without reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > max_size)
    {
      set_too_large_error (error, g_file_info_get_size (info), max_size);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  bytes = g_bytes_new_take (contents, length);

  return maillage_csv_reader_new_from_bytes (bytes, separator, max_size, error);
}

/**
 * maillage_csv_reader_get_header:
 * @self: a #MaillageCsvReader
 *
 * Gets the names of the columns, as written on the header line.
 *
 * Returns: (transfer none) (array zero-terminated=1): the column names
 */
const char * const *
maillage_csv_reader_get_header (MaillageCsvReader *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CSV_READER (self), NULL);

  return (const char * const *) self->header;
}

/**
 * maillage_csv_reader_get_n_columns:
 * @self: a #MaillageCsvReader
 *
 * Gets the number of columns of the header, which is also the number of
 * fields of every row maillage_csv_reader_next_row() returns.
 *
 * Returns: the number of columns, at least 1
 */
guint
maillage_csv_reader_get_n_columns (MaillageCsvReader *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CSV_READER (self), 0);

  return self->n_columns;
}

/**
 * maillage_csv_reader_get_separator:
 * @self: a #MaillageCsvReader
 *
 * Gets the field separator: the one given, or the one found on the header
 * line.
 *
 * Returns: the separator, an ASCII character
 */
gunichar
maillage_csv_reader_get_separator (MaillageCsvReader *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CSV_READER (self), 0);

  return (gunichar) self->separator;
}

/**
 * maillage_csv_reader_get_encoding:
 * @self: a #MaillageCsvReader
 *
 * Gets the encoding found in the file. Whatever it was, the header and the
 * rows are given in UTF-8.
 *
 * Returns: the encoding of the file
 */
MaillageCsvEncoding
maillage_csv_reader_get_encoding (MaillageCsvReader *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CSV_READER (self), MAILLAGE_CSV_ENCODING_UTF8);

  return self->encoding;
}

static const char * const *
build_row (MaillageCsvReader *self)
{
  g_ptr_array_set_size (self->row, 0);
  for (guint i = 0; i < self->offsets->len; i++)
    g_ptr_array_add (self->row, self->fields->str + g_array_index (self->offsets, gsize, i));
  /* Spreadsheets drop trailing empty fields: pad, so that every column
   * index found in the header is valid in every row. */
  for (guint i = self->offsets->len; i < self->n_columns; i++)
    g_ptr_array_add (self->row, (gpointer) "");
  g_ptr_array_add (self->row, NULL);

  return (const char * const *) self->row->pdata;
}

/**
 * maillage_csv_reader_next_row:
 * @self: a #MaillageCsvReader
 * @line: (out) (optional): where to store the line the row starts on,
 *   1-based
 * @error: return location for a #GError in the %MAILLAGE_CSV_ERROR domain
 *
 * Reads the next row. It has as many fields as the header has columns, in
 * UTF-8, neither trimmed nor otherwise changed, but for line breaks inside
 * quoted fields, which are given as LF.
 *
 * At the end of the file, or on an error, %NULL is returned; only an error
 * sets @error. Once %NULL has been returned, every later call returns %NULL.
 * Bindings that turn %NULL into an empty list (Python does) can test for
 * that: a row always has at least one field.
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the fields
 *   of the row, valid until the next call or until @self is finalised, or
 *   %NULL
 */
const char * const *
maillage_csv_reader_next_row (MaillageCsvReader  *self,
                              guint              *line,
                              GError            **error)
{
  RecordResult result;
  guint start_line = 0;

  g_return_val_if_fail (MAILLAGE_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->done)
    return NULL;

  result = read_nonblank_record (self, &start_line, error);
  if (result != RECORD_READ)
    {
      self->done = TRUE;
      return NULL;
    }

  if (self->offsets->len > self->n_columns)
    {
      g_autofree char *separator_name = separator_display_name (self->separator);

      g_set_error (error, MAILLAGE_CSV_ERROR, MAILLAGE_CSV_ERROR_TOO_MANY_FIELDS,
                   _("Line %u: %u fields where the header has %u (separator “%s”)."),
                   start_line, self->offsets->len, self->n_columns, separator_name);
      self->done = TRUE;
      return NULL;
    }

  if (line != NULL)
    *line = start_line;

  return build_row (self);
}

/**
 * maillage_csv_reader_find_column:
 * @self: a #MaillageCsvReader
 * @names: (array zero-terminated=1): the names the column may have, the
 *   preferred first
 *
 * Finds a column by its name on the header line, ignoring case and the
 * spaces around it. Data sets name the same column differently (`code_insee`,
 * `insee`, `code_commune`): the first of @names that the header holds wins.
 *
 * Returns: the index of the column, or -1 if the header has none of @names
 */
int
maillage_csv_reader_find_column (MaillageCsvReader  *self,
                                 const char * const *names)
{
  g_return_val_if_fail (MAILLAGE_IS_CSV_READER (self), -1);
  g_return_val_if_fail (names != NULL, -1);

  for (guint n = 0; names[n] != NULL; n++)
    {
      g_autofree char *key = make_key (names[n]);

      for (guint i = 0; i < self->n_columns; i++)
        if (g_strcmp0 (key, self->header_keys[i]) == 0)
          return (int) i;
    }

  return -1;
}
