/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-commune-import.c: turns a CSV list of communes
 * (`code_insee;nom;population`) into MaillageCommune objects, checking every
 * row first, so that a file with one bad line changes nothing.
 */
#define G_LOG_DOMAIN "maillage-commune-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "maillage-commune-import.h"

G_DEFINE_QUARK (maillage-commune-import-error-quark, maillage_commune_import_error)

/* The names the columns go by in the files people have: ours first, then
 * those of INSEE and data.gouv.fr downloads. */
static const char * const insee_names[] = { "code_insee", "insee", "code", "code_commune", "codgeo", NULL };
static const char * const name_names[] = { "nom", "nom_commune", "commune", "name", "libgeo", NULL };
static const char * const population_names[] = { "population", "pop", "ptot", "pmun", NULL };

/**
 * maillage_commune_import_parse_population:
 * @text: a population as typed or read
 * @population: (out): where to store the population
 * @error: return location for a #GError
 *
 * Reads a whole number of inhabitants, written as French spreadsheets
 * write numbers (maillage_format_parse_number(): `12 345`, thousands
 * grouped by a space, U+00A0 or U+202F).
 *
 * Returns: whether @text is a population; if not, @error says why
 */
gboolean
maillage_commune_import_parse_population (const char  *text,
                                          guint       *population,
                                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *quoted = NULL;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (population != NULL, FALSE);

  stripped = maillage_format_strip (text);
  quoted = maillage_format_excerpt (stripped);
  if (!maillage_format_parse_number (text, &value, &local_error))
    {
      if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY))
        g_set_error_literal (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                             MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                             _("the population is empty"));
      else if (g_error_matches (local_error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_RANGE))
        g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                     MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                     _("“%s” is too large for a population"), quoted);
      else
        g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                     MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                     _("“%s” is not a whole number"), quoted);
      return FALSE;
    }

  if (value < 0)
    {
      g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                   MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                   _("“%s” is negative: a population is 0 or more"), quoted);
      return FALSE;
    }

  /* A percentage is a number, not a count of inhabitants. */
  if (value != floor (value) || g_str_has_suffix (stripped, "%"))
    {
      g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                   MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                   _("“%s” is not a whole number"), quoted);
      return FALSE;
    }

  if (value > G_MAXUINT)
    {
      g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                   MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                   _("“%s” is too large for a population"), quoted);
      return FALSE;
    }

  *population = (guint) value;
  return TRUE;
}

static void
set_cell_error (GError            **error,
                gint                code,
                guint               line,
                MaillageCsvReader  *reader,
                int                 column,
                const char         *detail)
{
  g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, code,
               _("Line %u, column “%s”: %s"),
               line, maillage_csv_reader_get_header (reader)[column], detail);
}

/* "“code_insee”, “insee”, “code”" */
static char *
quote_names (const char * const *names)
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

static gboolean
find_columns (MaillageCsvReader  *reader,
              int                 columns[3],
              GError            **error)
{
  const char * const *names[3] = { insee_names, name_names, population_names };

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *expected = NULL;

      columns[i] = maillage_csv_reader_find_column (reader, names[i]);
      if (columns[i] >= 0)
        continue;

      expected = quote_names (names[i]);
      if (i == 0)
        g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
                     _("The header line has no column for the INSEE code (expected one of %s)."),
                     expected);
      else if (i == 1)
        g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
                     _("The header line has no column for the name (expected one of %s)."),
                     expected);
      else
        g_set_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR, MAILLAGE_COMMUNE_IMPORT_ERROR_MISSING_COLUMN,
                     _("The header line has no column for the population (expected one of %s)."),
                     expected);
      return FALSE;
    }

  return TRUE;
}

/* Checks one row and makes its commune; @seen maps the codes read so far to
 * their line. */
static MaillageCommune *
parse_row (MaillageCsvReader   *reader,
           const char * const  *row,
           guint                line,
           const int            columns[3],
           GHashTable          *seen,
           GError             **error)
{
  g_autofree char *insee = maillage_commune_normalize_insee (row[columns[0]]);
  g_autofree char *name = maillage_format_strip (row[columns[1]]);
  g_autoptr(GError) local_error = NULL;
  guint population = 0;
  gpointer first_line;

  if (!maillage_commune_check_insee (insee, &local_error))
    {
      set_cell_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                      line, reader, columns[0], local_error->message);
      return NULL;
    }

  if (g_hash_table_lookup_extended (seen, insee, NULL, &first_line))
    {
      g_autofree char *detail = g_strdup_printf (_("the code %s already appears on line %u"),
                                                 insee, GPOINTER_TO_UINT (first_line));

      set_cell_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR_DUPLICATE,
                      line, reader, columns[0], detail);
      return NULL;
    }

  if (*name == '\0')
    {
      set_cell_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                      line, reader, columns[1], _("the name is empty"));
      return NULL;
    }

  if (!maillage_commune_import_parse_population (row[columns[2]], &population, &local_error))
    {
      set_cell_error (error, MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                      line, reader, columns[2], local_error->message);
      return NULL;
    }

  g_hash_table_insert (seen, g_strdup (insee), GUINT_TO_POINTER (line));

  return maillage_commune_new (insee, name, population);
}

/**
 * maillage_commune_import_parse:
 * @bytes: the content of a CSV file
 * @error: return location for a #GError
 *
 * Reads a list of communes: a header line naming the INSEE code, name and
 * population columns (other columns are ignored), then one commune a row.
 * Every row is checked; the first problem makes the whole import fail with a
 * message naming its line and column.
 *
 * Returns: (transfer container) (element-type MaillageCommune) (nullable):
 *   new communes in the order of the file, at least one, or %NULL with
 *   @error set
 */
GPtrArray *
maillage_commune_import_parse (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GPtrArray) communes = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *row;
  int columns[3];
  guint line = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, MAILLAGE_COMMUNE_IMPORT_MAX_SIZE, error);
  if (reader == NULL || !find_columns (reader, columns, error))
    return NULL;

  communes = g_ptr_array_new_with_free_func (g_object_unref);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  while ((row = maillage_csv_reader_next_row (reader, &line, &local_error)) != NULL)
    {
      MaillageCommune *commune = parse_row (reader, row, line, columns, seen, error);

      if (commune == NULL)
        return NULL;
      g_ptr_array_add (communes, commune);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (communes->len == 0)
    {
      g_set_error_literal (error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                           MAILLAGE_COMMUNE_IMPORT_ERROR_NO_COMMUNE,
                           _("The file holds no commune, only a header line."));
      return NULL;
    }

  return g_steal_pointer (&communes);
}

static gboolean
commune_equal (MaillageCommune *a,
               MaillageCommune *b)
{
  return g_strcmp0 (maillage_commune_get_name (a), maillage_commune_get_name (b)) == 0 &&
         maillage_commune_get_population (a) == maillage_commune_get_population (b);
}

/**
 * maillage_commune_import_merge:
 * @current: (element-type MaillageCommune): the communes of the territory
 * @imported: (element-type MaillageCommune): communes read from a file
 * @n_updated: (out) (optional): how many communes of @current @imported changes
 * @n_added: (out) (optional): how many communes @imported adds
 *
 * Works out the territory's communes after an import, without touching
 * @current: a commune found in both (by INSEE code) takes the name and
 * population of the file, in its current place; a commune only in @current
 * stays; a commune only in @imported comes after them, in the file's order.
 * An unchanged commune keeps its object.
 *
 * Returns: (transfer container) (element-type MaillageCommune): the new list
 */
GPtrArray *
maillage_commune_import_merge (GListModel *current,
                               GPtrArray  *imported,
                               guint      *n_updated,
                               guint      *n_added)
{
  g_autoptr(GHashTable) by_insee = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *merged;
  guint n_current;
  guint updated = 0;
  guint added = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (current), NULL);
  g_return_val_if_fail (imported != NULL, NULL);

  for (guint i = 0; i < imported->len; i++)
    {
      MaillageCommune *commune = g_ptr_array_index (imported, i);

      g_hash_table_insert (by_insee, (gpointer) maillage_commune_get_insee (commune), commune);
    }

  n_current = g_list_model_get_n_items (current);
  merged = g_ptr_array_new_full (n_current + imported->len, g_object_unref);

  for (guint i = 0; i < n_current; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (current, i);
      MaillageCommune *replacement;

      replacement = g_hash_table_lookup (by_insee, maillage_commune_get_insee (commune));
      if (replacement != NULL)
        g_hash_table_remove (by_insee, maillage_commune_get_insee (commune));

      if (replacement != NULL && !commune_equal (commune, replacement))
        {
          g_ptr_array_add (merged, g_object_ref (replacement));
          updated++;
        }
      else
        g_ptr_array_add (merged, g_steal_pointer (&commune));
    }

  for (guint i = 0; i < imported->len; i++)
    {
      MaillageCommune *commune = g_ptr_array_index (imported, i);

      if (g_hash_table_contains (by_insee, maillage_commune_get_insee (commune)))
        {
          g_ptr_array_add (merged, g_object_ref (commune));
          added++;
        }
    }

  if (n_updated != NULL)
    *n_updated = updated;
  if (n_added != NULL)
    *n_added = added;

  return merged;
}
