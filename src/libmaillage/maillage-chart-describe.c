/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-describe.c: the text alternative of a chart, in French
 * like the chart itself (see maillage-chart-private.h): what it shows and
 * its values, for the `alt` of an HTML image, the description of an ODT
 * frame, and a screen reader.
 *
 * The words come from the French catalogue (F_, FN_), with the French
 * typography of their translations: U+00A0 before “:” and inside « »,
 * U+202F before “;”.
 */
#define G_LOG_DOMAIN "maillage-chart-describe"

#include "config.h"

#include <math.h>

#include "maillage-chart-private.h"
#include "maillage-format.h"
#include "maillage-french.h"
#include "maillage-i18n.h"

/* Points beyond this many are counted, not named. */
#define MAX_NAMED_POINTS 20
/* Communes without data beyond this many are counted, not named: the map
 * of a département would otherwise list hundreds of them. */
#define MAX_NAMED_MISSING 10

/* Between a label and what it introduces: “Sorneval : 87,4 %”. */
const char *
_maillage_chart_label_separator (void)
{
  /* Translators: between a label and its values in the text alternative
   * of a chart (French: a no-break space before the colon) */
  return FC_("chart", ": ");
}

/* Between the items of a list of labelled items: “A : 1 ; B : 2”. */
const char *
_maillage_chart_list_separator (void)
{
  /* Translators: between the labelled items of the text alternative of a
   * chart (French: a narrow no-break space before the semicolon) */
  return FC_("chart", "; ");
}

/* “3 communes”: @format, from FN_() for @count, with the number written
 * the French way. */
char *
_maillage_chart_count_text (const char *format,
                            guint       count)
{
  g_autofree char *number = maillage_format_integer (count);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (format, number);
#pragma GCC diagnostic pop
}

/* The kind of chart, its title in quotes, its unit. */
void
_maillage_chart_describe_heading (MaillageChart *self,
                                  GString       *out,
                                  const char    *kind)
{
  g_string_append (out, kind);
  if (*self->title != '\0')
    {
      g_string_append_c (out, ' ');
      /* Translators: the title of a chart, quoted (French: « … » with
       * no-break spaces inside) */
      g_string_append_printf (out, FC_("chart", "“%s”"), self->title);
    }
  if (*self->unit != '\0')
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, FC_("chart", "(unit: %s)"), self->unit);
    }
}

static double
bar_value (MaillageChart *self,
           guint          series,
           guint          category)
{
  return g_array_index ((GArray *) g_ptr_array_index (self->values, series), double, category);
}

static char *
value_text (MaillageChart *self,
            double         value,
            guint          decimals)
{
  if (isnan (value))
    return g_strdup (FC_("chart", "no data"));

  return _maillage_chart_format_unit (self, value, decimals);
}

/* « Valeur la plus élevée : A (B) ; la plus basse : C (D). » */
static void
append_extremes (GString    *out,
                 const char *best_first,
                 const char *best_second,
                 const char *worst_first,
                 const char *worst_second)
{
  g_string_append_c (out, ' ');
  /* Translators: in the text alternative of a chart; each %s (%s) is a
   * value and where it stands, or a place and its value */
  g_string_append_printf (out, FC_("chart", "Highest value: %s (%s); lowest: %s (%s)."),
                          best_first, best_second, worst_first, worst_second);
}

/* Where a bar stands: its category, and its series when there are
 * several. */
static char *
bar_place (MaillageChart *self,
           guint          series,
           guint          category)
{
  const char *name = g_ptr_array_index (self->categories, category);

  if (self->series->len < 2)
    return g_strdup (name);
  return g_strdup_printf ("%s, %s", name, (const char *) g_ptr_array_index (self->series, series));
}

/* The highest and lowest bars, with where they are. */
static void
append_extremes_bar (MaillageChart *self,
                     GString       *out,
                     guint          decimals)
{
  double best = -INFINITY, worst = INFINITY;
  guint best_s = 0, best_c = 0, worst_s = 0, worst_c = 0;
  g_autofree char *best_text = NULL;
  g_autofree char *worst_text = NULL;
  g_autofree char *best_place = NULL;
  g_autofree char *worst_place = NULL;

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

  best_text = value_text (self, best, decimals);
  worst_text = value_text (self, worst, decimals);
  best_place = bar_place (self, best_s, best_c);
  worst_place = bar_place (self, worst_s, worst_c);
  append_extremes (out, best_text, best_place, worst_text, worst_place);
}

/* “5 catégories et 3 séries (2024, 2025, 2026)” */
static char *
bar_counts (MaillageChart *self)
{
  guint n_categories = self->categories->len;
  guint n_series = self->series->len;
  g_autofree char *categories =
    _maillage_chart_count_text (FN_("%s category", "%s categories", n_categories), n_categories);
  g_autofree char *series = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (self->series->len < 2)
    return g_steal_pointer (&categories);

  series = _maillage_chart_count_text (FN_("%s series", "%s series", n_series), n_series);
  for (guint s = 0; s < self->series->len; s++)
    g_string_append_printf (names, "%s%s", s > 0 ? ", " : "", (const char *) g_ptr_array_index (self->series, s));
  /* Translators: “5 categories and 3 series (2024, 2025, 2026)” in the
   * text alternative of a chart */
  return g_strdup_printf (FC_("chart", "%s and %s (%s)"), categories, series, names->str);
}

char *
_maillage_chart_describe_bar (MaillageChart *self)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *counts = NULL;
  gboolean multi = self->series->len > 1;
  guint decimals;

  _maillage_chart_describe_heading (self, out, self->horizontal ? F_("Horizontal bar chart") : F_("Bar chart"));
  if (self->categories->len == 0 || self->series->len == 0)
    {
      g_string_append_printf (out, "%s%s", _maillage_chart_label_separator (), F_("nothing to show."));
      return g_string_free (out, FALSE);
    }

  for (guint s = 0; s < self->series->len; s++)
    g_array_append_vals (all, ((GArray *) g_ptr_array_index (self->values, s))->data, self->categories->len);
  decimals = _maillage_chart_decimals ((const double *) (gpointer) all->data, all->len);

  counts = bar_counts (self);
  g_string_append_printf (out, ", %s. ", counts);

  for (guint c = 0; c < self->categories->len; c++)
    {
      g_string_append_printf (out, "%s%s%s", c > 0 ? _maillage_chart_list_separator () : "",
                              (const char *) g_ptr_array_index (self->categories, c),
                              _maillage_chart_label_separator ());
      for (guint s = 0; s < self->series->len; s++)
        {
          g_autofree char *value = value_text (self, bar_value (self, s, c), decimals);

          g_string_append_printf (out, "%s%s", s > 0 ? ", " : "", value);
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

/* The communes of the outlines without a value: by name when they are
 * few, counted otherwise. */
static void
append_missing (MaillageChart *self,
                GString       *out)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  g_autofree char *count = NULL;
  g_autofree char *names = NULL;

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

  count = maillage_format_integer (missing->len);
  if (missing->len > MAX_NAMED_MISSING)
    {
      /* Translators: “, dont 280 communes sans donnée”, after the number
       * of communes of a map */
      g_string_append_printf (out, FN_(", including %s commune without data", ", including %s communes without data",
                                       missing->len),
                              count);
      return;
    }

  names = maillage_format_enumeration ((const char * const *) missing->pdata);
  /* Translators: “, dont 3 sans donnée : A, B et C”, after the number of
   * communes of a map */
  g_string_append_printf (out, FN_(", including %s without data: %s", ", including %s without data: %s",
                                   missing->len),
                          count, names);
}

/* One class of a map: its bounds (one value when they are equal) and its
 * number of communes. */
static char *
class_text (MaillageChart *self,
            const double  *bounds,
            guint          index,
            guint          count,
            guint          decimals)
{
  g_autofree char *low = value_text (self, bounds[index], decimals);
  g_autofree char *high = value_text (self, bounds[index + 1], decimals);
  g_autofree char *communes = _maillage_chart_count_text (FN_("%s commune", "%s communes", count), count);

  if (bounds[index] == bounds[index + 1])
    return g_strdup_printf ("%s%s%s", high, _maillage_chart_label_separator (), communes);
  /* Translators: a class of a map: its bounds, then its number of
   * communes */
  return g_strdup_printf (FC_("chart", "from %s to %s: %s"), low, high, communes);
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
  g_autoptr(GString) classes = g_string_new (NULL);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *n_text = NULL;
  g_autofree char *best_text = NULL;
  g_autofree char *worst_text = NULL;

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

  for (guint i = 0; i < n_classes; i++)
    {
      g_autofree char *text = class_text (self, bounds, i, counts[i], decimals);

      g_string_append_printf (classes, "%s%s", i > 0 ? _maillage_chart_list_separator () : "", text);
    }

  low = value_text (self, bounds[0], decimals);
  high = value_text (self, bounds[n_classes], decimals);
  n_text = _maillage_chart_count_text (FN_("%s class", "%s classes", n_classes), n_classes);
  g_string_append_c (out, ' ');
  /* Translators: the lowest and highest values of a map, its number of
   * classes, then the classes */
  g_string_append_printf (out, FC_("chart", "Values from %s to %s, in %s: %s."), low, high, n_text, classes->str);

  best_text = value_text (self, best_value, decimals);
  worst_text = value_text (self, worst_value, decimals);
  append_extremes (out, area_name (self, best), best_text, area_name (self, worst), worst_text);
}

static void
append_points (MaillageChart *self,
               GString       *out)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (0, NULL, TRUE);
  guint n_points = self->points->len;
  g_autofree char *count = NULL;

  if (n_points == 0)
    return;

  count = _maillage_chart_count_text (FN_("%s point", "%s points", n_points), n_points);
  g_string_append_printf (out, " %s", count);
  if (self->point_legend != NULL && *self->point_legend != '\0')
    g_string_append_printf (out, " (%s)", self->point_legend);

  for (guint i = 0; i < n_points && names->len < MAX_NAMED_POINTS; i++)
    {
      const char *label = g_array_index (self->points, MaillageChartPoint, i).label;

      if (*label != '\0')
        g_ptr_array_add (names, (gpointer) label);
    }

  if (names->len == MAX_NAMED_POINTS && n_points > names->len)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);
      guint n_others = n_points - names->len;
      g_autofree char *others = _maillage_chart_count_text (FN_("%s other", "%s others", n_others), n_others);

      g_string_append (out, _maillage_chart_label_separator ());
      g_string_append_printf (out, FC_("enumeration", "%s and %s"), joined, others);
    }
  else if (names->len > 0)
    {
      g_autofree char *all = maillage_format_enumeration ((const char * const *) names->pdata);

      g_string_append_printf (out, "%s%s", _maillage_chart_label_separator (), all);
    }
  g_string_append (out, ".");
}

char *
_maillage_chart_describe_map (MaillageChart *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *communes = NULL;
  guint n_areas;

  _maillage_chart_describe_heading (self, out, F_("Map"));
  if (self->outlines == NULL || self->outlines->areas->len == 0)
    {
      g_string_append_printf (out, "%s%s", _maillage_chart_label_separator (),
                              F_("outlines of the communes not imported."));
      return g_string_free (out, FALSE);
    }

  n_areas = self->outlines->areas->len;
  communes = _maillage_chart_count_text (FN_("%s commune", "%s communes", n_areas), n_areas);
  g_string_append_c (out, ' ');
  /* Translators: “de 30 communes”, after the kind and title of a map */
  g_string_append_printf (out, FC_("chart", "of %s"), communes);
  append_missing (self, out);
  g_string_append (out, ".");
  append_classes (self, out);
  append_points (self, out);

  return g_string_free (out, FALSE);
}
