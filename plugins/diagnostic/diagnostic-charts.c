/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-charts.c: the diagnostic's indicators as charts, the same for
 * the editor page and the chapter: one indicator by commune (bars, the
 * latest years side by side), the territory's indicators of one theme
 * (bars), and one indicator on the map of the communes. Chart titles go
 * into documents: they are French, whatever the interface speaks.
 */
#define G_LOG_DOMAIN "diagnostic-charts"

#include "config.h"

#include <math.h>

#include "diagnostic-charts.h"
#include "diagnostic-indicator.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * diagnostic_charts_list_commune_indicators:
 * @indicators: (element-type DiagnosticIndicator): the diagnostic's
 *   indicators
 *
 * Returns: (transfer full) (array zero-terminated=1): the names of the
 *   indicators given for at least one commune, sorted
 */
char **
diagnostic_charts_list_commune_indicators (GListModel *indicators)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (indicators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *name = diagnostic_indicator_get_name (indicator);

      if (diagnostic_indicator_is_territory (indicator) || g_hash_table_contains (seen, name))
        continue;

      g_ptr_array_add (names, g_strdup (name));
      g_hash_table_add (seen, g_ptr_array_index (names, names->len - 1));
    }

  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  guint year_a = *(const guint *) a;
  guint year_b = *(const guint *) b;

  return (year_a > year_b) - (year_a < year_b);
}

/* The latest DIAGNOSTIC_CHART_MAX_YEARS years of @selected, ascending; 0
 * (year not known) counts as the oldest. */
static GArray *
latest_years (GPtrArray *selected)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < selected->len; i++)
    {
      guint year = diagnostic_indicator_get_year (g_ptr_array_index (selected, i));

      if (g_hash_table_add (seen, GUINT_TO_POINTER (year + 1)))
        g_array_append_val (years, year);
    }

  g_array_sort (years, compare_years);
  if (years->len > DIAGNOSTIC_CHART_MAX_YEARS)
    g_array_remove_range (years, 0, years->len - DIAGNOSTIC_CHART_MAX_YEARS);

  return years;
}

static int
year_series (GArray *years,
             guint   year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, guint, i) == year)
      return (int) i;

  return -1;
}

static void
add_year_series (MaillageChart *chart,
                 GArray        *years)
{
  for (guint i = 0; i < years->len; i++)
    {
      guint year = g_array_index (years, guint, i);
      g_autofree char *label = year != 0 ? g_strdup_printf ("%u", year)
                                         : g_strdup (F_("Year not given"));

      maillage_chart_add_series (chart, label);
    }
}

/* The indicators called @name, given by commune. */
static GPtrArray *
select_by_name (GListModel *indicators,
                const char *name)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (indicators);

  for (guint i = 0; i < n; i++)
    {
      DiagnosticIndicator *indicator = g_list_model_get_item (indicators, i);

      if (!diagnostic_indicator_is_territory (indicator) &&
          g_str_equal (diagnostic_indicator_get_name (indicator), name))
        g_ptr_array_add (selected, indicator);
      else
        g_object_unref (indicator);
    }

  return selected;
}

/**
 * diagnostic_charts_new_by_commune:
 * @indicators: (element-type DiagnosticIndicator): the indicators
 * @territory: the territory: one bar group a member commune
 * @name: the indicator to show
 *
 * Returns: (transfer full) (nullable): a horizontal bar chart of @name by
 *   commune, one series a year (the latest ones), or %NULL if no commune
 *   has it
 */
MaillageChart *
diagnostic_charts_new_by_commune (GListModel        *indicators,
                                  MaillageTerritory *territory,
                                  const char        *name)
{
  g_autoptr(GPtrArray) selected = select_by_name (indicators, name);
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) years = NULL;
  g_autofree char *title = NULL;
  GListModel *communes = maillage_territory_get_communes (territory);
  guint n = g_list_model_get_n_items (communes);
  MaillageChart *chart;

  if (selected->len == 0)
    return NULL;

  title = g_strdup_printf ("%s, par commune", name);
  chart = maillage_chart_new_bar (title, diagnostic_indicator_get_unit (g_ptr_array_index (selected, 0)));
  maillage_chart_set_horizontal (chart, TRUE);
  years = latest_years (selected);
  add_year_series (chart, years);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      guint category = maillage_chart_add_category (chart, maillage_commune_get_name (commune));

      g_hash_table_insert (categories, (gpointer) maillage_commune_get_insee (commune),
                           GUINT_TO_POINTER (category));
      for (guint s = 0; s < years->len; s++)
        maillage_chart_set_value (chart, s, category, NAN);
    }

  for (guint i = 0; i < selected->len; i++)
    {
      DiagnosticIndicator *indicator = g_ptr_array_index (selected, i);
      int series = year_series (years, diagnostic_indicator_get_year (indicator));
      gpointer category;

      if (series >= 0 &&
          g_hash_table_lookup_extended (categories, diagnostic_indicator_get_scope (indicator),
                                        NULL, &category))
        maillage_chart_set_value (chart, (guint) series, GPOINTER_TO_UINT (category),
                                  diagnostic_indicator_get_value (indicator));
    }

  return chart;
}

/* The territory's indicators of @theme in the unit most of them use. */
static GPtrArray *
select_by_theme (GListModel      *indicators,
                 DiagnosticTheme  theme)
{
  g_autoptr(GHashTable) units = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (indicators);
  const char *best_unit = NULL;
  guint best_count = 0;

  for (guint i = 0; i < n; i++)
    {
      DiagnosticIndicator *indicator = g_list_model_get_item (indicators, i);

      if (diagnostic_indicator_is_territory (indicator) &&
          diagnostic_indicator_get_theme (indicator) == theme)
        {
          const char *unit = diagnostic_indicator_get_unit (indicator);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (units, unit)) + 1;

          g_hash_table_insert (units, (gpointer) unit, GUINT_TO_POINTER (count));
          if (count > best_count)
            {
              best_unit = unit;
              best_count = count;
            }
          g_ptr_array_add (selected, indicator);
        }
      else
        g_object_unref (indicator);
    }

  for (guint i = selected->len; i > 0; i--)
    if (!g_str_equal (diagnostic_indicator_get_unit (g_ptr_array_index (selected, i - 1)),
                      best_unit))
      g_ptr_array_remove_index (selected, i - 1);

  return selected;
}

gboolean
diagnostic_charts_theme_has_chart (GListModel      *indicators,
                                   DiagnosticTheme  theme)
{
  g_autoptr(GPtrArray) selected = select_by_theme (indicators, theme);

  return selected->len > 0;
}

/**
 * diagnostic_charts_new_by_theme:
 * @indicators: (element-type DiagnosticIndicator): the indicators
 * @theme: a theme
 *
 * Returns: (transfer full) (nullable): a bar chart of the territory's
 *   indicators of @theme (those in its most common unit), one series a
 *   year, or %NULL if the theme has none
 */
MaillageChart *
diagnostic_charts_new_by_theme (GListModel      *indicators,
                                DiagnosticTheme  theme)
{
  g_autoptr(GPtrArray) selected = select_by_theme (indicators, theme);
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) years = NULL;
  g_autofree char *title = NULL;
  MaillageChart *chart;

  if (selected->len == 0)
    return NULL;

  title = g_strdup_printf (F_("%s — whole territory"), diagnostic_theme_get_french_label (theme));
  chart = maillage_chart_new_bar (title, diagnostic_indicator_get_unit (g_ptr_array_index (selected, 0)));
  /* Indicator names are long: horizontal bars keep them readable. */
  maillage_chart_set_horizontal (chart, TRUE);
  years = latest_years (selected);
  add_year_series (chart, years);

  for (guint i = 0; i < selected->len; i++)
    {
      DiagnosticIndicator *indicator = g_ptr_array_index (selected, i);
      const char *name = diagnostic_indicator_get_name (indicator);
      int series = year_series (years, diagnostic_indicator_get_year (indicator));
      gpointer category;

      if (series < 0)
        continue;

      if (!g_hash_table_lookup_extended (categories, name, NULL, &category))
        {
          category = GUINT_TO_POINTER (maillage_chart_add_category (chart, name));
          g_hash_table_insert (categories, (gpointer) name, category);
          for (guint s = 0; s < years->len; s++)
            maillage_chart_set_value (chart, s, GPOINTER_TO_UINT (category), NAN);
        }
      maillage_chart_set_value (chart, (guint) series, GPOINTER_TO_UINT (category),
                                diagnostic_indicator_get_value (indicator));
    }

  return chart;
}

/**
 * diagnostic_charts_new_map:
 * @indicators: (element-type DiagnosticIndicator): the indicators
 * @territory: the territory, with its outlines
 * @name: the commune indicator to show
 *
 * Returns: (transfer full) (nullable): a choropleth of @name for its latest
 *   year, or %NULL if the territory has no outlines
 */
MaillageChart *
diagnostic_charts_new_map (GListModel        *indicators,
                           MaillageTerritory *territory,
                           const char        *name)
{
  MaillageOutlines *outlines = maillage_territory_get_outlines (territory);
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *title = NULL;
  GListModel *communes = maillage_territory_get_communes (territory);
  guint n = g_list_model_get_n_items (communes);
  const char *unit = "";
  MaillageChart *chart;
  guint year = 0;

  if (outlines == NULL)
    return NULL;

  selected = name != NULL ? select_by_name (indicators, name) : g_ptr_array_new ();
  years = latest_years (selected);
  if (years->len > 0)
    year = g_array_index (years, guint, years->len - 1);
  if (selected->len > 0)
    unit = diagnostic_indicator_get_unit (g_ptr_array_index (selected, 0));

  if (name == NULL || *name == '\0')
    title = g_strdup (F_("Communes of the Territory"));
  else if (year != 0)
    title = g_strdup_printf ("%s, %u", name, year);
  else
    title = g_strdup (name);

  chart = maillage_chart_new_map (title, unit, outlines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);

      maillage_chart_set_area_name (chart, maillage_commune_get_insee (commune),
                                    maillage_commune_get_name (commune));
    }

  for (guint i = 0; i < selected->len; i++)
    {
      DiagnosticIndicator *indicator = g_ptr_array_index (selected, i);

      if (diagnostic_indicator_get_year (indicator) == year)
        maillage_chart_set_area_value (chart, diagnostic_indicator_get_scope (indicator),
                                       diagnostic_indicator_get_value (indicator));
    }

  return chart;
}
