/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-arcep-import.c: reads ARCEP's « Ma connexion internet » file by
 * commune (`code_insee;nom_com;nbr;elig_…`) into indicators: for each
 * `elig_*` column, the rate of eligible premises of each member commune and
 * of the whole territory, weighted by premises (Σ elig ÷ Σ nbr). Communes
 * outside the territory are left out. Every kept row is checked before
 * anything is returned: a file with one bad row gives an error, not half an
 * import.
 */
#define G_LOG_DOMAIN "diagnostic-arcep-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "diagnostic-arcep-import.h"
#include "diagnostic-catalogue.h"
#include "diagnostic-import-common.h"
#include "diagnostic-indicator.h"

static const char * const insee_names[] = { "code_insee", "insee_com", "codgeo", "code_commune",
                                            "insee", NULL };
static const char * const premises_names[] = { "nbr", "nb_locaux", "locaux", NULL };

/* A premises count may be off by rounding in the data; more than that is
 * an error in the file. */
#define PREMISES_TOLERANCE 1e-6

/* One elig_* column: its index, the name of its indicator, the sums that
 * make the territory's rate, and the communes' indicators. */
typedef struct
{
  int        index;
  char      *name;
  double     eligible;
  double     premises;
  GPtrArray *communes;
} Column;

static void
column_clear (Column *column)
{
  g_free (column->name);
  g_clear_pointer (&column->communes, g_ptr_array_unref);
}

static const struct
{
  const char *suffix;
  const char *wired_name;
  const char *any_name;
} known_columns[] = {
  { "ftth", DIAGNOSTIC_NAME_FTTH, DIAGNOSTIC_NAME_FTTH },
  { "thd30", DIAGNOSTIC_NAME_THD30_WIRED,
    "Locaux éligibles à 30 Mbit/s ou plus (toutes technologies)" },
  { "thd100", DIAGNOSTIC_NAME_THD100_WIRED,
    "Locaux éligibles à 100 Mbit/s ou plus (toutes technologies)" },
  { "thd1g", DIAGNOSTIC_NAME_THD1G_WIRED,
    "Locaux éligibles à 1 Gbit/s ou plus (toutes technologies)" },
  { "bhd", "Locaux éligibles à 8 Mbit/s ou plus (filaire)",
    "Locaux éligibles à 8 Mbit/s ou plus (toutes technologies)" },
  { "4gf", DIAGNOSTIC_NAME_4G_FIXED, DIAGNOSTIC_NAME_4G_FIXED },
};

/**
 * diagnostic_arcep_import_column_name:
 * @column: an ARCEP column name, `elig_…`
 * @wired: whether the file counts wired networks only
 *
 * The name of the indicator made from @column. The plain file counts
 * satellite and reads close to 100 % for 30 Mbit/s everywhere, so its rates
 * get another name than the wired file's: the two never mix.
 *
 * Returns: (transfer full): the indicator's name (French: it is data)
 */
char *
diagnostic_arcep_import_column_name (const char *column,
                                     gboolean    wired)
{
  const char *suffix;

  g_return_val_if_fail (column != NULL, NULL);

  suffix = g_ascii_strncasecmp (column, "elig_", 5) == 0 ? column + 5 : column;
  for (guint i = 0; i < G_N_ELEMENTS (known_columns); i++)
    if (g_ascii_strcasecmp (suffix, known_columns[i].suffix) == 0)
      return g_strdup (wired ? known_columns[i].wired_name : known_columns[i].any_name);

  return g_strdup_printf ("Locaux éligibles, colonne ARCEP « %s »", column);
}

/* The year in a file name such as `2024_T3_commune_debit_filaire.csv`. */
guint
diagnostic_arcep_import_guess_year (const char *file_name)
{
  g_return_val_if_fail (file_name != NULL, 0);

  for (const char *p = file_name; *p != '\0'; p++)
    {
      guint64 year;
      char digits[5];

      if (strspn (p, "0123456789") < 4 || (p > file_name && g_ascii_isdigit (p[-1])) ||
          g_ascii_isdigit (p[4]))
        continue;

      memcpy (digits, p, 4);
      digits[4] = '\0';
      if (g_ascii_string_to_unsigned (digits, 10, 2000, DIAGNOSTIC_YEAR_MAX, &year, NULL))
        return (guint) year;
    }

  return 0;
}

gboolean
diagnostic_arcep_import_guess_wired (const char *file_name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (file_name != NULL, FALSE);

  lower = g_ascii_strdown (file_name, -1);
  return strstr (lower, "filaire") != NULL;
}

static GArray *
find_columns (MaillageCsvReader  *reader,
              gboolean            wired,
              GError            **error)
{
  const char * const *header = maillage_csv_reader_get_header (reader);
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (Column));

  g_array_set_clear_func (columns, (GDestroyNotify) column_clear);
  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *stripped = maillage_format_strip (header[i]);
      Column column = { 0, };

      if (g_ascii_strncasecmp (stripped, "elig_", 5) != 0 || stripped[5] == '\0')
        continue;

      column.index = i;
      column.name = diagnostic_arcep_import_column_name (stripped, wired);
      column.communes = g_ptr_array_new_with_free_func (g_object_unref);
      g_array_append_val (columns, column);
    }

  if (columns->len == 0)
    {
      g_set_error_literal (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_MISSING_COLUMN,
                           _("The file has no eligibility column (elig_ftth, elig_thd30…): "
                             "it is not an ARCEP « Ma connexion internet » file by commune."));
      return NULL;
    }

  return g_steal_pointer (&columns);
}

/* Reads a count of premises: a number, not negative. */
static gboolean
read_count (const char  *text,
            double      *count,
            GError     **error)
{
  if (!diagnostic_import_parse_number (text, count, error))
    return FALSE;

  if (*count < 0)
    {
      g_autofree char *quoted = maillage_format_excerpt (text);

      g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
                   _("“%s” is negative: a number of premises is 0 or more"), quoted);
      return FALSE;
    }

  return TRUE;
}

/* Rates are kept to a hundredth of a percent: enough for any table, and
 * the project file does not fill with noise digits. */
static double
round_rate (double eligible,
            double premises)
{
  return round (eligible / premises * 10000.0) / 100.0;
}

static DiagnosticIndicator *
rate_indicator (const Column                 *column,
                const DiagnosticArcepOptions *options,
                double                        eligible,
                double                        premises,
                const char                   *scope)
{
  return diagnostic_indicator_new (column->name, DIAGNOSTIC_THEME_CONNECTIVITY,
                                   round_rate (eligible, premises), "%", options->year,
                                   options->source, scope);
}

/* Reads the elig_* cells of one kept row. */
static gboolean
read_row_rates (MaillageCsvReader            *reader,
                const char * const           *row,
                guint                         line,
                GArray                       *columns,
                double                        premises,
                const char                   *insee,
                const DiagnosticArcepOptions *options,
                GError                      **error)
{
  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = &g_array_index (columns, Column, c);
      const char *cell = row[column->index];
      double eligible;

      /* An empty cell: no figure for this commune, which is not an error. */
      if (cell[strspn (cell, " ")] == '\0')
        continue;

      if (!read_count (cell, &eligible, error))
        {
          return diagnostic_import_prefix_error (error, reader, line, column->index);
        }

      if (eligible > premises + PREMISES_TOLERANCE)
        {
          g_autofree char *eligible_text = maillage_format_number (eligible, 0);
          g_autofree char *premises_text = maillage_format_number (premises, 0);

          g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
                       _("%s eligible premises, more than the %s premises of the commune"),
                       eligible_text, premises_text);
          return diagnostic_import_prefix_error (error, reader, line, column->index);
        }

      if (premises <= 0)
        continue;

      column->eligible += eligible;
      column->premises += premises;
      g_ptr_array_add (column->communes,
                       rate_indicator (column, options, eligible, premises, insee));
    }

  return TRUE;
}

typedef struct
{
  MaillageCsvReader            *reader;
  GHashTable                   *members;
  GHashTable                   *seen;
  GArray                       *columns;
  const DiagnosticArcepOptions *options;
  DiagnosticArcepStats         *stats;
  int                           insee_column;
  int                           premises_column;
} Parser;

static gboolean
read_row (Parser              *parser,
          const char * const  *row,
          guint                line,
          GError             **error)
{
  g_autofree char *insee = maillage_commune_normalize_insee (row[parser->insee_column]);
  gpointer seen_line;
  double premises;

  parser->stats->n_rows++;
  if (!maillage_commune_check_insee (insee, error))
    {
      return diagnostic_import_prefix_error (error, parser->reader, line, parser->insee_column);
    }

  if (!g_hash_table_contains (parser->members, insee))
    return TRUE;

  if (g_hash_table_lookup_extended (parser->seen, insee, NULL, &seen_line))
    {
      g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_DUPLICATE,
                   _("the commune %s is already on line %u"), insee, GPOINTER_TO_UINT (seen_line));
      return diagnostic_import_prefix_error (error, parser->reader, line, parser->insee_column);
    }

  if (!read_count (row[parser->premises_column], &premises, error))
    {
      return diagnostic_import_prefix_error (error, parser->reader, line,
                                             parser->premises_column);
    }

  if (!read_row_rates (parser->reader, row, line, parser->columns, premises, insee,
                       parser->options, error))
    return FALSE;

  parser->stats->n_kept++;
  if (premises <= 0)
    parser->stats->n_without_premises++;
  g_hash_table_insert (parser->seen, g_steal_pointer (&insee), GUINT_TO_POINTER (line));

  return TRUE;
}

static gboolean
read_rows (Parser  *parser,
           GError **error)
{
  g_autoptr(GError) local_error = NULL;
  const char * const *row;
  guint line = 0;

  while ((row = maillage_csv_reader_next_row (parser->reader, &line, &local_error)) != NULL)
    if (!read_row (parser, row, line, error))
      return FALSE;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
collect (GArray                       *columns,
         const DiagnosticArcepOptions *options)
{
  GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = &g_array_index (columns, Column, c);

      /* The territory first, then its communes in the order of the file. */
      if (column->premises > 0)
        g_ptr_array_add (indicators,
                         rate_indicator (column, options, column->eligible, column->premises, ""));
      g_ptr_array_extend_and_steal (indicators, g_steal_pointer (&column->communes));
    }

  return indicators;
}

/**
 * diagnostic_arcep_import_parse:
 * @bytes: the content of the file
 * @territory: the project's territory: only its communes are kept
 * @options: the year and source of the figures, and whether the file
 *   counts wired networks only
 * @stats: (out caller-allocates) (optional): what was found
 * @error: return location for a #GError
 *
 * Reads an ARCEP file by commune, checking every row of a member commune,
 * and makes its indicators (theme connectivité, unit %): for each `elig_*`
 * column, one for the whole territory, weighted by premises, then one for
 * each member commune that has premises.
 *
 * Returns: (transfer full) (element-type DiagnosticIndicator) (nullable):
 *   the indicators, or %NULL with @error set; nothing half-read
 */
GPtrArray *
diagnostic_arcep_import_parse (GBytes                       *bytes,
                               MaillageTerritory            *territory,
                               const DiagnosticArcepOptions *options,
                               DiagnosticArcepStats         *stats,
                               GError                      **error)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GArray) columns = NULL;
  DiagnosticArcepStats local_stats = { 0, };
  Parser parser = { 0, };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (stats == NULL)
    stats = &local_stats;
  memset (stats, 0, sizeof *stats);

  members = diagnostic_import_territory_communes (territory);
  if (g_hash_table_size (members) == 0)
    {
      g_set_error_literal (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_NO_DATA,
                           _("The territory has no member communes yet: add them on the "
                             "Territory page first, so that the file's communes can be kept."));
      return NULL;
    }

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, 0, error);
  if (reader == NULL)
    return NULL;

  parser.reader = reader;
  parser.members = members;
  parser.options = options;
  parser.stats = stats;
  parser.insee_column = diagnostic_import_require_column (reader, insee_names, error);
  if (parser.insee_column < 0)
    return NULL;
  parser.premises_column = diagnostic_import_require_column (reader, premises_names, error);
  if (parser.premises_column < 0)
    return NULL;
  columns = find_columns (reader, options->wired, error);
  if (columns == NULL)
    return NULL;
  parser.columns = columns;
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.seen = seen;

  if (!read_rows (&parser, error))
    return NULL;

  if (stats->n_kept == 0)
    {
      g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_NO_DATA,
                   ngettext ("The %u commune of the file is not a member of the territory.",
                             "None of the %u communes of the file is a member of the territory.",
                             stats->n_rows),
                   stats->n_rows);
      return NULL;
    }

  stats->n_absent = g_hash_table_size (members) - stats->n_kept;
  stats->n_columns = columns->len;

  return collect (columns, options);
}
