/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-csv-import.c: reads indicators from the plain CSV anyone can
 * write in a spreadsheet, `code_insee;indicateur;valeur;unite;annee;source`
 * (and an optional `theme`), one value a row. An empty `code_insee` is the
 * whole territory. Every row is checked before anything is returned.
 */
#define G_LOG_DOMAIN "diagnostic-csv-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "diagnostic-catalogue.h"
#include "diagnostic-csv-import.h"
#include "diagnostic-import-common.h"
#include "diagnostic-indicator.h"

static const char * const insee_names[] = { "code_insee", "insee", "codgeo", "code_commune", NULL };
static const char * const name_names[] = { "indicateur", "indicator", "nom", "name", NULL };
static const char * const value_names[] = { "valeur", "value", NULL };
static const char * const unit_names[] = { "unite", "unité", "unit", NULL };
static const char * const year_names[] = { "annee", "année", "year", NULL };
static const char * const source_names[] = { "source", NULL };
static const char * const theme_names[] = { "theme", "thème", NULL };

typedef struct
{
  MaillageCsvReader *reader;
  GHashTable        *members;
  /* Indicator name → theme, from the indicators already in the project. */
  GHashTable        *known_themes;
  /* Key → line, to refuse a value given twice. */
  GHashTable        *keys;
  GPtrArray         *indicators;
  int                insee;
  int                name;
  int                value;
  int                unit;
  int                year;
  int                source;
  int                theme;
} Parser;

static const char *
cell (const char * const *row,
      int                 column)
{
  return column >= 0 ? row[column] : "";
}

static gboolean
read_theme (Parser              *parser,
            const char          *text,
            const char          *name,
            DiagnosticTheme     *theme,
            GError             **error)
{
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  const DiagnosticCatalogueEntry *entry;
  gpointer known;

  if (*text == '\0')
    {
      /* Not given: the catalogue's, or the one the project already uses. */
      entry = diagnostic_catalogue_find (name);
      if (entry != NULL)
        *theme = entry->theme;
      else if (g_hash_table_lookup_extended (parser->known_themes, name, NULL, &known))
        *theme = GPOINTER_TO_UINT (known);
      else
        *theme = DIAGNOSTIC_THEME_USES;
      return TRUE;
    }

  for (guint i = 0; i < DIAGNOSTIC_N_THEMES; i++)
    {
      g_autofree char *label = g_utf8_casefold (diagnostic_theme_get_french_label (i), -1);

      if (g_str_equal (wanted, diagnostic_theme_to_string (i)) || g_str_equal (wanted, label))
        {
          *theme = i;
          return TRUE;
        }
    }

  g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
               _("“%s” is not a theme (connectivite, equipement, usages, competences, "
                 "services-publics or fragilite)"), text);
  return FALSE;
}

static gboolean
read_scope (Parser              *parser,
            const char * const  *row,
            char               **scope,
            GError             **error)
{
  g_autofree char *insee = maillage_commune_normalize_insee (cell (row, parser->insee));

  if (*insee != '\0')
    {
      if (!maillage_commune_check_insee (insee, error))
        return FALSE;

      if (!g_hash_table_contains (parser->members, insee))
        {
          g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_UNKNOWN_COMMUNE,
                       _("the commune %s is not a member of the territory "
                         "(leave the cell empty for the whole territory)"), insee);
          return FALSE;
        }
    }

  *scope = g_steal_pointer (&insee);
  return TRUE;
}

static gboolean
read_row (Parser              *parser,
          const char * const  *row,
          guint                line,
          GError             **error)
{
  g_autofree char *scope = NULL;
  g_autofree char *name = maillage_format_strip (cell (row, parser->name));
  g_autofree char *unit = maillage_format_strip (cell (row, parser->unit));
  g_autofree char *source = maillage_format_strip (cell (row, parser->source));
  g_autofree char *theme_text = maillage_format_strip (cell (row, parser->theme));
  g_autofree char *key = NULL;
  const DiagnosticCatalogueEntry *entry;
  DiagnosticTheme theme;
  gpointer other_line;
  double value;
  guint year;

  if (!read_scope (parser, row, &scope, error))
    return diagnostic_import_prefix_error (error, parser->reader, line, parser->insee);

  if (*name == '\0')
    {
      g_set_error_literal (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_INVALID_VALUE,
                           _("the indicator has no name"));
      return diagnostic_import_prefix_error (error, parser->reader, line, parser->name);
    }

  if (!diagnostic_import_parse_number (cell (row, parser->value), &value, error))
    return diagnostic_import_prefix_error (error, parser->reader, line, parser->value);

  if (!diagnostic_import_parse_year (cell (row, parser->year), &year, error))
    return diagnostic_import_prefix_error (error, parser->reader, line, parser->year);

  if (!read_theme (parser, theme_text, name, &theme, error))
    return diagnostic_import_prefix_error (error, parser->reader, line, parser->theme);

  entry = diagnostic_catalogue_find (name);
  if (*unit == '\0' && entry != NULL)
    {
      g_free (unit);
      unit = g_strdup (entry->unit);
    }

  g_ptr_array_add (parser->indicators,
                   diagnostic_indicator_new (name, theme, value, unit, year, source, scope));

  key = diagnostic_indicator_dup_key (g_ptr_array_index (parser->indicators,
                                                         parser->indicators->len - 1));
  if (g_hash_table_lookup_extended (parser->keys, key, NULL, &other_line))
    {
      g_set_error (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_DUPLICATE,
                   _("“%s” is given twice for the same place and year (first on line %u)"),
                   name, GPOINTER_TO_UINT (other_line));
      return diagnostic_import_prefix_error (error, parser->reader, line, parser->name);
    }
  g_hash_table_insert (parser->keys, g_steal_pointer (&key), GUINT_TO_POINTER (line));

  return TRUE;
}

static GHashTable *
themes_in_use (GListModel *existing)
{
  GHashTable *themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = existing != NULL ? g_list_model_get_n_items (existing) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator = g_list_model_get_item (existing, i);

      g_hash_table_insert (themes, g_strdup (diagnostic_indicator_get_name (indicator)),
                           GUINT_TO_POINTER (diagnostic_indicator_get_theme (indicator)));
    }

  return themes;
}

static gboolean
find_columns (Parser  *parser,
              GError **error)
{
  parser->insee = diagnostic_import_require_column (parser->reader, insee_names, error);
  if (parser->insee < 0)
    return FALSE;
  parser->name = diagnostic_import_require_column (parser->reader, name_names, error);
  if (parser->name < 0)
    return FALSE;
  parser->value = diagnostic_import_require_column (parser->reader, value_names, error);
  if (parser->value < 0)
    return FALSE;

  /* Optional: an empty cell when absent. */
  parser->unit = maillage_csv_reader_find_column (parser->reader, unit_names);
  parser->year = maillage_csv_reader_find_column (parser->reader, year_names);
  parser->source = maillage_csv_reader_find_column (parser->reader, source_names);
  parser->theme = maillage_csv_reader_find_column (parser->reader, theme_names);

  return TRUE;
}

/**
 * diagnostic_csv_import_parse:
 * @bytes: the content of the file
 * @territory: the project's territory: every commune named must be a member
 * @existing: (nullable): the indicators already in the diagnostic, whose
 *   themes are kept for names the file gives no theme for
 * @error: return location for a #GError
 *
 * Reads a CSV of indicators, checking every row. The unit, year, source
 * and theme columns are optional; a name from the catalogue takes its
 * unit and theme from it when the file does not say.
 *
 * Returns: (transfer full) (element-type DiagnosticIndicator) (nullable):
 *   the indicators, in the order of the file, or %NULL with @error set
 */
GPtrArray *
diagnostic_csv_import_parse (GBytes             *bytes,
                             MaillageTerritory  *territory,
                             GListModel         *existing,
                             GError            **error)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GHashTable) known_themes = NULL;
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *row;
  Parser parser = { 0, };
  guint line = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (existing == NULL || G_IS_LIST_MODEL (existing), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, 0, error);
  if (reader == NULL)
    return NULL;

  members = diagnostic_import_territory_communes (territory);
  known_themes = themes_in_use (existing);
  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  indicators = g_ptr_array_new_with_free_func (g_object_unref);
  parser.reader = reader;
  parser.members = members;
  parser.known_themes = known_themes;
  parser.keys = keys;
  parser.indicators = indicators;
  if (!find_columns (&parser, error))
    return NULL;

  while ((row = maillage_csv_reader_next_row (reader, &line, &local_error)) != NULL)
    if (!read_row (&parser, row, line, error))
      return NULL;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (indicators->len == 0)
    {
      g_set_error_literal (error, DIAGNOSTIC_IMPORT_ERROR, DIAGNOSTIC_IMPORT_ERROR_NO_DATA,
                           _("The file has a header line but no indicator."));
      return NULL;
    }

  return g_steal_pointer (&indicators);
}
