/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-describe.c: the text alternative of a chart, in French
 * like the chart itself (see maillage-chart-private.h): what it shows and
 * its values, for the `alt` of an HTML image, the description of an ODT
 * frame, and a screen reader.
 */
#define G_LOG_DOMAIN "maillage-chart-describe"

#include "config.h"

#include <math.h>

#include "maillage-chart-private.h"
#include "maillage-format.h"

/* French typography: U+00A0 before “:” and inside « », U+202F before “;”. */
#define COLON "\u00a0: "
#define SEMICOLON "\u202f; "
#define OPEN_QUOTE "«\u00a0"
#define CLOSE_QUOTE "\u00a0»"
#define NO_DATA_TEXT "pas de donnée"
/* Points beyond this many are counted, not named. */
#define MAX_NAMED_POINTS 20

/* “3 communes”, “1 commune”: French makes 0 and 1 singular. */
static void
append_count (GString    *out,
              guint       count,
              const char *singular,
              const char *plural)
{
  g_autofree char *number = maillage_format_integer (count);

  g_string_append_printf (out, "%s\u00a0%s", number, count > 1 ? plural : singular);
}

static void
append_heading (MaillageChart *self,
                GString       *out,
                const char    *kind)
{
  g_string_append (out, kind);
  if (*self->title != '\0')
    g_string_append_printf (out, " " OPEN_QUOTE "%s" CLOSE_QUOTE, self->title);
  if (*self->unit != '\0')
    g_string_append_printf (out, " (unité" COLON "%s)", self->unit);
}

static double
bar_value (MaillageChart *self,
           guint          series,
           guint          category)
{
  return g_array_index ((GArray *) g_ptr_array_index (self->values, series), double, category);
}

static void
append_value (MaillageChart *self,
              GString       *out,
              double         value,
              guint          decimals)
{
  g_autofree char *text = NULL;

  if (isnan (value))
    {
      g_string_append (out, NO_DATA_TEXT);
      return;
    }

  text = _maillage_chart_format_unit (self, value, decimals);
  g_string_append (out, text);
}

/* The highest and lowest bars, with where they are. */
static void
append_extremes_bar (MaillageChart *self,
                     GString       *out,
                     guint          decimals)
{
  gboolean multi = self->series->len > 1;
  double best = -INFINITY, worst = INFINITY;
  guint best_s = 0, best_c = 0, worst_s = 0, worst_c = 0;

  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double v = bar_value (self, s, c);

        if (isnan (v))
          continue;
        if (v > best)
          best = v, best_s = s, best_c = c;
        if (v < worst)
          worst = v, worst_s = s, worst_c = c;
      }

  if (!isfinite (best) || self->categories->len * self->series->len < 3)
    return;

  g_string_append (out, " Valeur la plus élevée" COLON);
  append_value (self, out, best, decimals);
  g_string_append_printf (out, " (%s%s%s)" SEMICOLON "la plus basse" COLON,
                          (const char *) g_ptr_array_index (self->categories, best_c),
                          multi ? ", " : "", multi ? (const char *) g_ptr_array_index (self->series, best_s) : "");
  append_value (self, out, worst, decimals);
  g_string_append_printf (out, " (%s%s%s).",
                          (const char *) g_ptr_array_index (self->categories, worst_c),
                          multi ? ", " : "", multi ? (const char *) g_ptr_array_index (self->series, worst_s) : "");
}

char *
_maillage_chart_describe_bar (MaillageChart *self)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean multi = self->series->len > 1;
  guint decimals;

  append_heading (self, out, self->horizontal ? "Diagramme en barres horizontales" : "Diagramme en barres");
  if (self->categories->len == 0 || self->series->len == 0)
    {
      g_string_append (out, COLON "aucune donnée à représenter.");
      return g_string_free (out, FALSE);
    }

  for (guint s = 0; s < self->series->len; s++)
    g_array_append_vals (all, ((GArray *) g_ptr_array_index (self->values, s))->data, self->categories->len);
  decimals = _maillage_chart_decimals ((const double *) (gpointer) all->data, all->len);

  g_string_append (out, ", ");
  append_count (out, self->categories->len, "catégorie", "catégories");
  if (multi)
    {
      g_string_append (out, " et ");
      append_count (out, self->series->len, "série", "séries");
      g_string_append (out, " (");
      for (guint s = 0; s < self->series->len; s++)
        g_string_append_printf (out, "%s%s", s > 0 ? ", " : "", (const char *) g_ptr_array_index (self->series, s));
      g_string_append (out, ")");
    }
  g_string_append (out, "." " ");

  for (guint c = 0; c < self->categories->len; c++)
    {
      g_string_append_printf (out, "%s%s" COLON, c > 0 ? SEMICOLON : "",
                              (const char *) g_ptr_array_index (self->categories, c));
      for (guint s = 0; s < self->series->len; s++)
        {
          if (s > 0)
            g_string_append (out, ", ");
          append_value (self, out, bar_value (self, s, c), decimals);
          if (multi)
            g_string_append_printf (out, " (%s)", (const char *) g_ptr_array_index (self->series, s));
        }
    }
  g_string_append (out, ".");
  append_extremes_bar (self, out, decimals);

  return g_string_free (out, FALSE);
}

static const char *
area_name (MaillageChart *self,
           const char    *insee)
{
  const char *name = g_hash_table_lookup (self->area_names, insee);

  return name != NULL ? name : insee;
}

/* The communes of the outlines without a value, by name. */
static void
append_missing (MaillageChart *self,
                GString       *out)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (g_hash_table_size (self->area_values) == 0)
    return;

  for (guint i = 0; i < self->outlines->areas->len; i++)
    {
      const char *insee = g_array_index (self->outlines->areas, MaillageOutlinesArea, i).insee;

      if (!g_hash_table_contains (self->area_values, insee))
        g_ptr_array_add (missing, (gpointer) area_name (self, insee));
    }
  if (missing->len == 0)
    return;

  g_string_append (out, ", dont ");
  append_count (out, missing->len, "sans donnée", "sans donnée");
  g_string_append (out, COLON);
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (missing, i));
}

static void
append_classes (MaillageChart *self,
                GString       *out)
{
  double bounds[6];
  guint decimals;
  guint n_classes = _maillage_chart_map_classes (self, bounds, &decimals);
  guint counts[5] = { 0 };
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL, *worst = NULL;
  double best_value = -INFINITY, worst_value = INFINITY;

  if (n_classes == 0)
    return;

  g_hash_table_iter_init (&iter, self->area_values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double v = *(double *) value;

      if (!maillage_outlines_has_area (self->outlines, key))
        continue;
      counts[_maillage_chart_map_class_of (bounds, n_classes, v)]++;
      /* ties go to the smaller code, so the text does not depend on the
       * order of a hash table */
      if (v > best_value || (v == best_value && g_strcmp0 (key, best) < 0))
        best_value = v, best = key;
      if (v < worst_value || (v == worst_value && g_strcmp0 (key, worst) < 0))
        worst_value = v, worst = key;
    }

  g_string_append (out, " Valeurs de ");
  append_value (self, out, bounds[0], decimals);
  g_string_append (out, " à ");
  append_value (self, out, bounds[n_classes], decimals);
  g_string_append (out, ", en ");
  append_count (out, n_classes, "classe", "classes");
  g_string_append (out, COLON);
  for (guint i = 0; i < n_classes; i++)
    {
      g_string_append (out, i > 0 ? SEMICOLON : "");
      if (bounds[i] != bounds[i + 1])
        {
          g_string_append (out, "de ");
          append_value (self, out, bounds[i], decimals);
          g_string_append (out, " à ");
        }
      append_value (self, out, bounds[i + 1], decimals);
      g_string_append (out, COLON);
      append_count (out, counts[i], "commune", "communes");
    }

  g_string_append_printf (out, ". Valeur la plus élevée" COLON "%s (", area_name (self, best));
  append_value (self, out, best_value, decimals);
  g_string_append_printf (out, ")" SEMICOLON "la plus basse" COLON "%s (", area_name (self, worst));
  append_value (self, out, worst_value, decimals);
  g_string_append (out, ").");
}

static void
append_points (MaillageChart *self,
               GString       *out)
{
  guint named = 0;

  if (self->points->len == 0)
    return;

  g_string_append (out, " ");
  append_count (out, self->points->len, "point", "points");
  if (self->point_legend != NULL && *self->point_legend != '\0')
    g_string_append_printf (out, " (%s)", self->point_legend);

  for (guint i = 0; i < self->points->len && named < MAX_NAMED_POINTS; i++)
    {
      const char *label = g_array_index (self->points, MaillageChartPoint, i).label;

      if (*label == '\0')
        continue;
      g_string_append_printf (out, "%s%s", named++ == 0 ? COLON : ", ", label);
    }
  if (named == MAX_NAMED_POINTS && self->points->len > named)
    {
      g_string_append (out, " et ");
      append_count (out, self->points->len - named, "autre", "autres");
    }
  g_string_append (out, ".");
}

char *
_maillage_chart_describe_map (MaillageChart *self)
{
  GString *out = g_string_new (NULL);

  append_heading (self, out, "Carte");
  if (self->outlines == NULL || self->outlines->areas->len == 0)
    {
      g_string_append (out, COLON "contours des communes non importés.");
      return g_string_free (out, FALSE);
    }

  g_string_append (out, " de ");
  append_count (out, self->outlines->areas->len, "commune", "communes");
  append_missing (self, out);
  g_string_append (out, ".");
  append_classes (self, out);
  append_points (self, out);

  return g_string_free (out, FALSE);
}
