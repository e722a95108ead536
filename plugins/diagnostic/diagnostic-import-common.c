/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-import-common.c: what the ARCEP and the generic CSV imports
 * share: reading numbers (through libmaillage) and years the way French
 * spreadsheets write them, required columns, and messages that name the
 * line and the column a person has to fix. INSEE codes are checked by
 * libmaillage (maillage_commune_check_insee()).
 */
#define G_LOG_DOMAIN "diagnostic-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-import-common.h"
#include "diagnostic-indicator.h"

G_DEFINE_QUARK (diagnostic-import-error-quark, diagnostic_import_error)

/**
 * diagnostic_import_parse_number:
 * @text: a number as a spreadsheet writes it
 * @value: (out): the number
 * @error: return location for a #GError
 *
 * Reads a number with libmaillage's maillage_format_parse_number()
 * (`87,4`, `87.4`, `-3`, `1 234,5`, `45 %`), and words its refusal as the
 * import's other messages are, a phrase that follows « Line 3, column
 * “valeur”: », in the import's error domain.
 *
 * Returns: whether @text is a number; if not, @error says why
 */
gboolean
diagnostic_import_parse_number (const char  *text,
                                double      *value,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (maillage_format_parse_number (text, value, &local_error))
    return TRUE;

  if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY))
    g_set_error_literal (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
                         _("the value is empty"));
  else
    g_set_error_literal (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
                         local_error->message);
  return FALSE;
}

/* Reads a year (`2025`), or nothing (0: not known). */
gboolean
diagnostic_import_parse_year (const char  *text,
                              guint       *year,
                              GError     **error)
{
  g_autofree char *stripped = maillage_format_strip (text);
  g_autofree char *quoted = NULL;
  guint64 number = 0;

  if (*stripped == '\0')
    {
      *year = 0;
      return TRUE;
    }

  if (g_ascii_string_to_unsigned (stripped, 10, DIAGNOSTIC_YEAR_MIN, DIAGNOSTIC_YEAR_MAX,
                                  &number, NULL))
    {
      *year = (guint) number;
      return TRUE;
    }

  quoted = maillage_format_excerpt (stripped);
  g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
               _("“%s” is not a year (four digits, from %u to %u)"),
               quoted, DIAGNOSTIC_YEAR_MIN, DIAGNOSTIC_YEAR_MAX);
  return FALSE;
}

/* "“a”, “b”, “c”" */
static char *
quote_list (const char * const *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a column name quoted in a list of them */
      g_string_append_printf (text, _("“%s”"), names[i]);
    }

  return g_string_free (text, FALSE);
}

/**
 * diagnostic_import_require_column:
 * @reader: a CSV reader
 * @names: (array zero-terminated=1): the names the column goes by, the
 *   usual one first
 * @error: return location for a #GError
 *
 * Finds a column the import cannot do without. When it is missing, the
 * message lists the columns of the file, and says when the whole header
 * was read as one column: then the separator is the culprit.
 *
 * Returns: the column's index, or -1 with @error set
 */
int
diagnostic_import_require_column (MaillageCsvReader   *reader,
                                  const char * const  *names,
                                  GError             **error)
{
  const char * const *header = maillage_csv_reader_get_header (reader);
  int column = maillage_csv_reader_find_column (reader, names);
  g_autofree char *found = NULL;

  if (column >= 0)
    return column;

  found = quote_list (header);
  if (maillage_csv_reader_get_n_columns (reader) == 1)
    g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
                 _("The column “%s” is missing: the header line was read as one single column "
                   "(%s). The fields must be separated by “;”, “,” or a tab."),
                 names[0], found);
  else
    g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
                 _("The column “%s” is missing. The columns of the file are: %s."),
                 names[0], found);

  return -1;
}

/* Puts "Line 12, column “nbr”: " before the message of @error. Returns
 * FALSE, for the caller to return. */
gboolean
diagnostic_import_prefix_error (GError            **error,
                                MaillageCsvReader  *reader,
                                guint               line,
                                int                 column)
{
  if (error == NULL || *error == NULL)
    return FALSE;

  if (column >= 0)
    g_prefix_error (error, _("Line %u, column “%s”: "),
                    line, maillage_csv_reader_get_header (reader)[column]);
  else
    g_prefix_error (error, _("Line %u: "), line);

  return FALSE;
}

/**
 * diagnostic_import_territory_communes:
 * @territory: the project's territory
 *
 * Returns: (transfer full): the INSEE codes of the member communes, each
 *   mapped to its #MaillageCommune
 */
GHashTable *
diagnostic_import_territory_communes (MaillageTerritory *territory)
{
  GListModel *communes = maillage_territory_get_communes (territory);
  guint n = g_list_model_get_n_items (communes);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      MaillageCommune *commune = g_list_model_get_item (communes, i);

      /* The commune keeps its code alive; the table keeps the commune. */
      g_hash_table_insert (table, (gpointer) maillage_commune_get_insee (commune), commune);
    }

  return table;
}
