/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * MAILLAGE_CSV_READER_DEFAULT_MAX_SIZE:
 *
 * The largest file, in bytes, that a #MaillageCsvReader reads when the caller
 * gives 0 as the limit. A CSV of every French commune is about 1 MB.
 */
#define MAILLAGE_CSV_READER_DEFAULT_MAX_SIZE (32 * 1024 * 1024)

#define MAILLAGE_CSV_ERROR (maillage_csv_error_quark ())

/**
 * MaillageCsvError:
 * @MAILLAGE_CSV_ERROR_TOO_LARGE: the file is larger than the limit given
 * @MAILLAGE_CSV_ERROR_BINARY: the file holds NUL bytes: it is not text
 *   (or it is UTF-16, which is not supported)
 * @MAILLAGE_CSV_ERROR_ENCODING: the file is neither UTF-8 nor Windows-1252
 * @MAILLAGE_CSV_ERROR_EMPTY: the file has no header line
 * @MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE: a quoted field is never closed
 * @MAILLAGE_CSV_ERROR_TOO_MANY_FIELDS: a row has more fields than the header
 *
 * Why a CSV file could not be read. Every message is in the user's language
 * and, where it applies, names the line.
 */
typedef enum
{
  MAILLAGE_CSV_ERROR_TOO_LARGE,
  MAILLAGE_CSV_ERROR_BINARY,
  MAILLAGE_CSV_ERROR_ENCODING,
  MAILLAGE_CSV_ERROR_EMPTY,
  MAILLAGE_CSV_ERROR_UNTERMINATED_QUOTE,
  MAILLAGE_CSV_ERROR_TOO_MANY_FIELDS,
} MaillageCsvError;

/**
 * MaillageCsvEncoding:
 * @MAILLAGE_CSV_ENCODING_UTF8: UTF-8 without a byte order mark
 * @MAILLAGE_CSV_ENCODING_UTF8_BOM: UTF-8 starting with a byte order mark, as
 *   spreadsheets write "CSV UTF-8"
 * @MAILLAGE_CSV_ENCODING_WINDOWS_1252: Windows-1252 (a superset of Latin-1
 *   for printable text), as older spreadsheets write plain "CSV"; converted
 *   to UTF-8 on reading
 *
 * The encoding a #MaillageCsvReader found in its file.
 */
typedef enum
{
  MAILLAGE_CSV_ENCODING_UTF8,
  MAILLAGE_CSV_ENCODING_UTF8_BOM,
  MAILLAGE_CSV_ENCODING_WINDOWS_1252,
} MaillageCsvEncoding;

#define MAILLAGE_TYPE_CSV_ENCODING (maillage_csv_encoding_get_type ())

#define MAILLAGE_TYPE_CSV_READER (maillage_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (MaillageCsvReader, maillage_csv_reader, MAILLAGE, CSV_READER, GObject)

GQuark               maillage_csv_error_quark            (void);
GType                maillage_csv_encoding_get_type      (void) G_GNUC_CONST;
MaillageCsvReader   *maillage_csv_reader_new_from_bytes  (GBytes             *bytes,
                                                          gunichar            separator,
                                                          gsize               max_size,
                                                          GError            **error);
MaillageCsvReader   *maillage_csv_reader_new_from_file   (GFile              *file,
                                                          gunichar            separator,
                                                          gsize               max_size,
                                                          GCancellable       *cancellable,
                                                          GError            **error);
const char * const  *maillage_csv_reader_get_header      (MaillageCsvReader  *self);
guint                maillage_csv_reader_get_n_columns   (MaillageCsvReader  *self);
gunichar             maillage_csv_reader_get_separator   (MaillageCsvReader  *self);
MaillageCsvEncoding  maillage_csv_reader_get_encoding    (MaillageCsvReader  *self);
const char * const  *maillage_csv_reader_next_row        (MaillageCsvReader  *self,
                                                          guint              *line,
                                                          GError            **error);
int                  maillage_csv_reader_find_column     (MaillageCsvReader  *self,
                                                          const char * const *names);

G_END_DECLS
