/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-csv.c: reads a CSV file of lieux de médiation numérique into a
 * MediationImport, and writes the inventory back in the same form.
 *
 * Reading goes through libmaillage's MaillageCsvReader, which finds the
 * encoding (UTF-8, or Windows-1252 as older spreadsheets write it), the
 * separator (`;`, `,` or tab), undoes RFC 4180 quoting — line breaks inside
 * quoted fields included — and tells on which line of the file each row
 * starts, so that every problem names a line a person can find.
 *
 * Columns are found by name, in any order, v1.0.2 names first, then the
 * v0.1 names of the same fields (`publics_accueillis`, `conditions_acces`,
 * `labels_nationaux`, `labels_autres`, `accessibilite`, `courriel`). A file
 * without every required column is refused as a whole; otherwise each row
 * is normalized and checked on its own (see MediationImport).
 */
#define G_LOG_DOMAIN "mediation-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>
#include <string.h>

#include "mediation-csv.h"

/* The largest file read, in bytes: 100,000 lieux with every field filled
 * are about 60 MB; the inventories of whole regions are far below. */
#define MEDIATION_CSV_MAX_SIZE (64 * 1024 * 1024)

static char *
separator_name (gunichar separator)
{
  if (separator == '\t')
    return g_strdup (_("tab"));
  return g_strdup_printf ("%c", (char) separator);
}

/* Finds the column of each field; says which required ones are missing and
 * which columns are not fields of the schema. */
static gboolean
map_columns (MaillageCsvReader  *reader,
             int                *columns,
             MediationImport    *import,
             GError            **error)
{
  const char * const *header = maillage_csv_reader_get_header (reader);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  g_auto(GStrv) ignored_columns = NULL;

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      const char *names[] = { mediation_schema_field_name (f), NULL };
      const char *legacy_names[] = { mediation_schema_field_legacy_name (f), NULL };

      columns[f] = maillage_csv_reader_find_column (reader, names);
      if (columns[f] < 0 && legacy_names[0] != NULL)
        {
          columns[f] = maillage_csv_reader_find_column (reader, legacy_names);
          if (columns[f] >= 0)
            mediation_import_set_legacy (import, TRUE);
        }

      if (columns[f] < 0 && mediation_schema_field_required (f))
        g_ptr_array_add (missing, (gpointer) names[0]);
    }

  if (missing->len > 0)
    {
      g_autofree char *list = NULL;
      g_autofree char *separator = separator_name (maillage_csv_reader_get_separator (reader));

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: the first %s lists column names, the
                    * second is the separator found (";", "," or "tab"). */
                   _("Line 1: the columns %s required by the national schema of digital "
                     "mediation places are missing. The first line must name the columns, "
                     "separated by “%s”."),
                   list, separator);
      return FALSE;
    }

  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (header[i]));
      gboolean used = FALSE;

      for (guint f = 0; f < MEDIATION_N_FIELDS && !used; f++)
        used = columns[f] == (int) i;
      if (!used && *name != '\0')
        g_strv_builder_add (ignored, name);
    }
  ignored_columns = g_strv_builder_end (ignored);
  mediation_import_set_ignored_columns (import, (const char * const *) ignored_columns);

  return TRUE;
}

/**
 * mediation_csv_import:
 * @bytes: the content of a CSV file
 * @error: return location for a #GError
 *
 * Reads every row of a CSV file of lieux. A file that cannot be read as a
 * whole (not text, another encoding, a row longer than the header, a
 * quote never closed, a required column missing, no row at all) sets
 * @error with a message naming the line; a row that breaks the schema is
 * reported in the result, with its line and field.
 *
 * Returns: (transfer full) (nullable): what the file holds, or %NULL
 */
MediationImport *
mediation_csv_import (GBytes  *bytes,
                      GError **error)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(MediationImport) import = NULL;
  g_autoptr(GError) local_error = NULL;
  int columns[MEDIATION_N_FIELDS];
  const char * const *row;
  guint line;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, MEDIATION_CSV_MAX_SIZE, error);
  if (reader == NULL)
    return NULL;

  import = mediation_import_new (MEDIATION_IMPORT_FORMAT_CSV);
  if (!map_columns (reader, columns, import, error))
    return NULL;

  while ((row = maillage_csv_reader_next_row (reader, &line, &local_error)) != NULL)
    {
      char **values = g_new0 (char *, MEDIATION_N_FIELDS);
      g_autoptr(MediationLieu) lieu = NULL;

      for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
        if (columns[f] >= 0)
          values[f] = mediation_schema_normalize (f, row[columns[f]]);

      lieu = mediation_lieu_new_take (values);
      mediation_import_add_lieu (import, line, lieu);
    }

  /* A broken row makes the file unreadable after it: nothing is taken. */
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (mediation_import_get_n_rows (import) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file holds no place: there is nothing below its header line."));
      return NULL;
    }

  return g_steal_pointer (&import);
}

static void
append_field (GString    *out,
              const char *value)
{
  gsize length = strlen (value);
  gboolean quote;

  /* RFC 4180: quoted when it holds the separator, a quote or a line
   * break; also when it starts or ends with a space, which readers trim. */
  quote = strpbrk (value, ",\"\r\n") != NULL ||
          (length > 0 && (g_ascii_isspace (value[0]) || g_ascii_isspace (value[length - 1])));
  if (!quote)
    {
      g_string_append_len (out, value, length);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * mediation_csv_export:
 * @lieux: a #GListModel of #MediationLieu
 * @length: (out) (optional): the length of the text, in bytes
 *
 * Writes @lieux in the CSV form of the schema v1.0.2: UTF-8, `,` between
 * fields, every field of the schema as a column in the schema's order,
 * several values joined by `|`, CRLF line ends (RFC 4180).
 *
 * Returns: (transfer full): the text
 */
char *
mediation_csv_export (GListModel *lieux,
                      gsize      *length)
{
  GString *out;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (lieux), NULL);

  n = g_list_model_get_n_items (lieux);
  out = g_string_sized_new (256 + n * 512);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    {
      if (f > 0)
        g_string_append_c (out, ',');
      g_string_append (out, mediation_schema_field_name (f));
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (lieux, i);

      for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
        {
          if (f > 0)
            g_string_append_c (out, ',');
          append_field (out, mediation_lieu_get_value (lieu, f));
        }
      g_string_append (out, "\r\n");
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
