/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-module-chapter.c: the diagnostic's chapter of the strategy:
 * the written diagnostic, the indicators theme by theme (the territory's in
 * one table, each indicator by commune in another, with its chart), the
 * map and the SWOT.
 *
 * The chapter is French whatever language the interface speaks: it goes
 * into the documents a French assembly votes on. Its fixed words are
 * therefore looked up with F_(), in the French catalogue, not in the
 * catalogue of the user's language; the user's own text goes in as typed.
 */
#define G_LOG_DOMAIN "diagnostic-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-charts.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module-private.h"

static const char * const swot_titles[DIAGNOSTIC_N_SWOT_PARTS] = {
  [DIAGNOSTIC_SWOT_STRENGTHS] = N_("Strengths"),
  [DIAGNOSTIC_SWOT_WEAKNESSES] = N_("Weaknesses"),
  [DIAGNOSTIC_SWOT_OPPORTUNITIES] = N_("Opportunities"),
  [DIAGNOSTIC_SWOT_THREATS] = N_("Threats"),
};

static const char * const swot_empty[DIAGNOSTIC_N_SWOT_PARTS] = {
  [DIAGNOSTIC_SWOT_STRENGTHS] = N_("No strength has been noted yet."),
  [DIAGNOSTIC_SWOT_WEAKNESSES] = N_("No weakness has been noted yet."),
  [DIAGNOSTIC_SWOT_OPPORTUNITIES] = N_("No opportunity has been noted yet."),
  [DIAGNOSTIC_SWOT_THREATS] = N_("No threat has been noted yet."),
};

/* A chart of the chapter, as a figure under its own title. */
static void
add_chart (MaillageDocument *document,
           MaillageChart    *chart)
{
  if (chart == NULL)
    return;

  maillage_document_add_figure (document, chart, NULL);
}

/* The user's text, one paragraph for each block between blank lines,
 * under its heading when there is any. */
static void
add_text (DiagnosticModule *self,
          MaillageDocument *document)
{
  g_autofree char *stripped = g_strstrip (g_strdup (self->text));

  if (*stripped == '\0')
    return;

  maillage_document_add_heading (document, 2, F_("Summary of the Diagnostic"));
  maillage_document_add_text (document, self->text);
}

static char *
year_text (guint year)
{
  return year != 0 ? g_strdup_printf ("%u", year) : g_strdup ("—");
}

/* The territory's indicators of @theme, in the order of the diagnostic. */
static void
add_territory_table (MaillageDocument *document,
                     GPtrArray        *territory_indicators,
                     DiagnosticTheme   theme)
{
  const char *header[] = { F_("Indicator"), F_("Value"), F_("Year"), F_("Source"), NULL };
  g_autofree char *caption = NULL;
  MaillageBlock *table;

  if (territory_indicators->len == 0)
    return;

  /* Translators: a table caption: "Connectivité — ensemble du territoire" */
  caption = g_strdup_printf (F_("%s — whole territory"), diagnostic_theme_get_french_label (theme));
  table = maillage_document_add_table (document, caption, header);
  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < territory_indicators->len; i++)
    {
      DiagnosticIndicator *indicator = g_ptr_array_index (territory_indicators, i);
      g_autofree char *value = diagnostic_indicator_format_value (indicator);
      g_autofree char *year = year_text (diagnostic_indicator_get_year (indicator));
      const char *row[] = { diagnostic_indicator_get_name (indicator), value, year,
                            diagnostic_indicator_get_source (indicator), NULL };

      maillage_block_append_row (table, row);
    }
}

/* The sources of @selected, each once, in order: "ARCEP, …; Insee, …". */
static char *
join_sources (GPtrArray *selected)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < selected->len; i++)
    {
      const char *source = diagnostic_indicator_get_source (g_ptr_array_index (selected, i));

      if (*source == '\0' || !g_hash_table_add (seen, (gpointer) source))
        continue;
      if (text->len > 0)
        g_string_append (text, "\u202f; ");
      g_string_append (text, source);
    }

  return g_string_free (text, FALSE);
}

/* One commune indicator: a table of its values by commune (the chart's
 * figures, so that the document can be read without the chart), the
 * sources, then the chart. */
static void
add_commune_indicator (DiagnosticModule *self,
                       MaillageDocument *document,
                       const char       *name,
                       GPtrArray        *selected)
{
  MaillageTerritory *territory = diagnostic_module_get_territory (self);
  const char *header[] = { F_("Commune"), F_("Value"), F_("Year"), NULL };
  g_autoptr(MaillageChart) chart = NULL;
  /* Translators: a table caption: "Éligibilité FttH, par commune" */
  g_autofree char *caption = g_strdup_printf (F_("%s, by commune"), name);
  g_autofree char *sources = join_sources (selected);
  MaillageBlock *table;

  maillage_document_add_heading (document, 4, name);
  table = maillage_document_add_table (document, caption, header);
  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < selected->len; i++)
    {
      DiagnosticIndicator *indicator = g_ptr_array_index (selected, i);
      g_autofree char *value = diagnostic_indicator_format_value (indicator);
      g_autofree char *year = year_text (diagnostic_indicator_get_year (indicator));
      const char *row[] = { diagnostic_indicator_get_scope_label (indicator, territory, TRUE),
                            value, year, NULL };

      maillage_block_append_row (table, row);
    }

  if (*sources != '\0')
    {
      /* Translators: the sources of a table, as the document cites them */
      g_autofree char *paragraph = g_strdup_printf (F_("Source: %s."), sources);

      maillage_document_add_paragraph (document, paragraph);
    }

  if (territory != NULL)
    {
      chart = diagnostic_charts_new_by_commune (G_LIST_MODEL (self->indicators), territory, name);
      add_chart (document, chart);
    }
}

static void
add_theme (DiagnosticModule *self,
           MaillageDocument *document,
           DiagnosticTheme   theme)
{
  g_autoptr(GPtrArray) territory_indicators = g_ptr_array_new_with_free_func (g_object_unref);
  /* Name → its commune indicators, names in order of first appearance. */
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(MaillageChart) chart = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);
      const char *name = diagnostic_indicator_get_name (indicator);
      GPtrArray *group;

      if (diagnostic_indicator_get_theme (indicator) != theme)
        continue;

      if (diagnostic_indicator_is_territory (indicator))
        {
          g_ptr_array_add (territory_indicators, g_object_ref (indicator));
          continue;
        }

      group = g_hash_table_lookup (by_name, name);
      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_name, (gpointer) name, group);
          g_ptr_array_add (names, (gpointer) name);
        }
      g_ptr_array_add (group, g_object_ref (indicator));
    }

  if (territory_indicators->len == 0 && names->len == 0)
    return;

  maillage_document_add_heading (document, 3, diagnostic_theme_get_french_label (theme));
  add_territory_table (document, territory_indicators, theme);
  chart = diagnostic_charts_new_by_theme (G_LIST_MODEL (self->indicators), theme);
  add_chart (document, chart);

  for (guint i = 0; i < names->len; i++)
    add_commune_indicator (self, document, g_ptr_array_index (names, i),
                           g_hash_table_lookup (by_name, g_ptr_array_index (names, i)));
}

static void
add_map (DiagnosticModule *self,
         MaillageDocument *document)
{
  MaillageTerritory *territory = diagnostic_module_get_territory (self);
  g_auto(GStrv) names = NULL;
  g_autoptr(MaillageChart) chart = NULL;
  const char *name = self->map_indicator;

  if (territory == NULL || maillage_territory_get_outlines (territory) == NULL)
    return;

  names = diagnostic_charts_list_commune_indicators (G_LIST_MODEL (self->indicators));
  if (!g_strv_contains ((const char * const *) names, name))
    name = names[0];
  if (name == NULL)
    return;

  maillage_document_add_heading (document, 2, F_("Map of the Territory"));
  chart = diagnostic_charts_new_map (G_LIST_MODEL (self->indicators), territory, name);
  add_chart (document, chart);
}

static void
add_swot (DiagnosticModule *self,
          MaillageDocument *document)
{
  maillage_document_add_heading (document, 2, F_("Strengths, Weaknesses, Opportunities and Threats"));

  for (guint part = 0; part < DIAGNOSTIC_N_SWOT_PARTS; part++)
    {
      GListModel *list = G_LIST_MODEL (self->swot[part]);
      guint n = g_list_model_get_n_items (list);
      g_autofree const char **items = g_new0 (const char *, n + 1);

      maillage_document_add_heading (document, 3, F_(swot_titles[part]));
      if (n == 0)
        {
          maillage_document_add_paragraph (document, F_(swot_empty[part]));
          continue;
        }

      for (guint i = 0; i < n; i++)
        items[i] = gtk_string_list_get_string (self->swot[part], i);
      maillage_document_add_list (document, FALSE, items);
    }
}

void
_diagnostic_module_build_chapter (DiagnosticModule *self,
                                  MaillageDocument *document)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->indicators)) > 0;

  maillage_document_add_heading (document, 1, F_("Diagnostic"));
  add_text (self, document);

  if (any)
    {
      maillage_document_add_heading (document, 2, F_("Indicators"));
      for (guint theme = 0; theme < DIAGNOSTIC_N_THEMES; theme++)
        add_theme (self, document, theme);
    }

  add_map (self, document);
  add_swot (self, document);
}

/* The key figures: the first territory-wide indicator of each theme, in
 * the order of the themes, with its source and year; at most four, for a
 * note de synthèse stays short. */
char **
_diagnostic_module_list_key_points (DiagnosticModule *self)
{
  g_autoptr(GStrvBuilder) points = g_strv_builder_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  guint n_points = 0;

  for (guint theme = 0; theme < DIAGNOSTIC_N_THEMES && n_points < 4; theme++)
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DiagnosticIndicator) indicator = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);
          g_autofree char *value = NULL;
          g_autofree char *point = NULL;
          const char *source;
          guint year;

          if (diagnostic_indicator_get_theme (indicator) != theme ||
              !diagnostic_indicator_is_territory (indicator))
            continue;

          value = diagnostic_indicator_format_value (indicator);
          source = diagnostic_indicator_get_source (indicator);
          year = diagnostic_indicator_get_year (indicator);
          if (*source != '\0' && year != 0)
            /* Translators: a key figure: indicator, value, source, year */
            point = g_strdup_printf (F_("%s: %s (%s, %u)."), diagnostic_indicator_get_name (indicator),
                                     value, source, year);
          else
            /* Translators: a key figure: indicator, value */
            point = g_strdup_printf (F_("%s: %s."), diagnostic_indicator_get_name (indicator), value);
          g_strv_builder_add (points, point);
          n_points++;
          break;
        }
    }

  return g_strv_builder_end (points);
}
