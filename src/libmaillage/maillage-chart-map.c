/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-map.c: drawing a map: the communes' outlines coloured by
 * class of their value (a choropleth), hatched where there is no value,
 * points as markers, and the legend of the classes beside or under the
 * map.
 *
 * The projection is equirectangular, the longitudes shrunk by the cosine
 * of the middle latitude: at the scale of an intercommunality or a
 * département it is indistinguishable from Lambert 93, and it costs one
 * multiplication a point, which keeps 300 communes well under the 30 ms a
 * redraw may take.
 */
#define G_LOG_DOMAIN "maillage-chart-map"

#include "config.h"

#include <math.h>

#include "maillage-chart-private.h"
#include "maillage-format.h"

#define MAX_CLASSES 5
/* Beyond this many points, labels would hide the map. */
#define MAX_POINT_LABELS 12

typedef struct
{
  /* x = x_offset + longitude × x_scale; y = y_offset − latitude × y_scale */
  double x_scale;
  double x_offset;
  double y_scale;
  double y_offset;
} Projection;

typedef struct
{
  guint32     color;
  gboolean    hatched;
  gboolean    marker;
  char       *text;
} LegendEntry;

static void
legend_entry_clear (gpointer data)
{
  g_clear_pointer (&((LegendEntry *) data)->text, g_free);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The values of the communes that are drawn, sorted; all of them when
 * there are no outlines. */
static GArray *
drawn_values (MaillageChart *self)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->area_values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (self->outlines == NULL || maillage_outlines_has_area (self->outlines, key))
        g_array_append_val (values, *(double *) value);
    }
  g_array_sort (values, compare_doubles);

  return values;
}

/* Quantile classes: each holds about as many communes, which shows the
 * spread of an indicator across communes better than equal intervals
 * when a few communes stand apart. Bounds that coincide (many equal
 * values) merge their classes. */
guint
_maillage_chart_map_classes (MaillageChart *self,
                             double        *bounds,
                             guint         *decimals)
{
  g_autoptr(GArray) values = drawn_values (self);
  const double *v = (const double *) (gpointer) values->data;
  guint n = values->len;
  guint n_bounds = 0;

  *decimals = _maillage_chart_decimals (v, n);
  if (n == 0)
    return 0;

  for (guint i = 0; i <= MAX_CLASSES; i++)
    {
      double bound = v[(guint) round ((double) i * (n - 1) / MAX_CLASSES)];

      if (n_bounds == 0 || bound > bounds[n_bounds - 1])
        bounds[n_bounds++] = bound;
    }

  if (n_bounds == 1)
    {
      bounds[1] = bounds[0];
      return 1;
    }

  return n_bounds - 1;
}

guint
_maillage_chart_map_class_of (const double *bounds,
                              guint         n_classes,
                              double        value)
{
  for (guint i = 0; i + 1 < n_classes; i++)
    {
      if (value <= bounds[i + 1])
        return i;
    }

  return n_classes - 1;
}

static char *
class_text (MaillageChart *self,
            const double  *bounds,
            guint          index,
            guint          decimals)
{
  g_autofree char *low = maillage_format_number (bounds[index], decimals);
  g_autofree char *high = _maillage_chart_format (self, bounds[index + 1], decimals);

  if (bounds[index] == bounds[index + 1])
    return g_steal_pointer (&high);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (_maillage_chart_text (MAILLAGE_CHART_TEXT_RANGE), low, high);
#pragma GCC diagnostic pop
}

static gboolean
has_missing_areas (MaillageChart *self)
{
  if (g_hash_table_size (self->area_values) == 0)
    return FALSE;

  for (guint i = 0; i < self->outlines->areas->len; i++)
    {
      const MaillageOutlinesArea *area = &g_array_index (self->outlines->areas, MaillageOutlinesArea, i);

      if (!g_hash_table_contains (self->area_values, area->insee))
        return TRUE;
    }

  return FALSE;
}

static GArray *
legend_entries (MaillageChart *self,
                const double  *bounds,
                guint          n_classes,
                guint          decimals)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  LegendEntry entry = { 0 };

  g_array_set_clear_func (entries, legend_entry_clear);
  for (guint i = 0; i < n_classes; i++)
    {
      entry = (LegendEntry) { _maillage_chart_class_color (i, n_classes), FALSE, FALSE,
                              class_text (self, bounds, i, decimals) };
      g_array_append_val (entries, entry);
    }

  if (has_missing_areas (self))
    {
      entry = (LegendEntry) { 0, TRUE, FALSE, g_strdup (_maillage_chart_text (MAILLAGE_CHART_TEXT_NO_DATA)) };
      g_array_append_val (entries, entry);
    }

  if (self->points->len > 0 && self->point_legend != NULL && *self->point_legend != '\0')
    {
      entry = (LegendEntry) { 0, FALSE, TRUE, g_strdup (self->point_legend) };
      g_array_append_val (entries, entry);
    }

  return entries;
}

static void
draw_marker (MaillageChartDraw *d,
             double             x,
             double             y)
{
  double radius = 3.6 * d->scale;

  cairo_new_sub_path (d->cr);
  cairo_arc (d->cr, x, y, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (d->cr, 1, 1, 1);
  cairo_set_line_width (d->cr, 1.6 * d->scale);
  cairo_stroke_preserve (d->cr);
  _maillage_chart_set_rgb (d->cr, 0xc01c28);
  cairo_fill (d->cr);
}

static void
draw_swatch (MaillageChartDraw *d,
             const LegendEntry *entry,
             double             x,
             double             y,
             double             size)
{
  if (entry->marker)
    {
      draw_marker (d, x + size / 2, y + size / 2);
      return;
    }

  cairo_save (d->cr);
  cairo_rectangle (d->cr, x, y, size, size);
  cairo_clip (d->cr);
  if (entry->hatched)
    _maillage_chart_hatch (d, x, y, x + size, y + size);
  else
    {
      _maillage_chart_set_rgb (d->cr, entry->color);
      cairo_paint (d->cr);
    }
  cairo_restore (d->cr);

  _maillage_chart_set_rgb (d->cr, 0x8c8c8c);
  cairo_set_line_width (d->cr, 0.6 * d->scale);
  cairo_rectangle (d->cr, x, y, size, size);
  cairo_stroke (d->cr);
}

/* The legend's title: a unit that is not written after each number. */
static const char *
axis_unit_title (MaillageChart *self)
{
  if (self->unit[0] == '\0' || g_strcmp0 (self->unit, "%") == 0 || g_strcmp0 (self->unit, "€") == 0)
    return NULL;

  return self->unit;
}

/* The unit atop the legend, if it is not written after each number;
 * returns the height it takes, and its width in @width. */
static double
legend_title (MaillageChart     *self,
              MaillageChartDraw *d,
              double             x,
              double             y,
              double             max_width,
              gboolean           draw,
              double            *width)
{
  const char *title = axis_unit_title (self);
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  *width = 0;
  if (title == NULL)
    return 0;

  layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_LABEL, title, max_width, 1);
  _maillage_chart_draw_size (layout, width, &height);
  if (draw)
    {
      _maillage_chart_set_rgb (d->cr, 0x303030);
      _maillage_chart_draw_show (d, layout, x, y, 0, 0);
    }

  return height + d->pad / 3;
}

/* Lays the legend out in a column at (@x, @y), at most @max_width wide,
 * or in rows if @rows; draws it if @draw. Returns its size. */
static void
legend (MaillageChart     *self,
        MaillageChartDraw *d,
        GArray            *entries,
        double             x,
        double             y,
        double             max_width,
        gboolean           rows,
        gboolean           draw,
        double            *width,
        double            *height)
{
  double swatch = 11 * d->scale;
  double cx = x, cy = y, row_height = 0;

  cy += legend_title (self, d, x, y, max_width, draw, width);

  for (guint i = 0; i < entries->len; i++)
    {
      const LegendEntry *entry = &g_array_index (entries, LegendEntry, i);
      g_autoptr(PangoLayout) layout =
        _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, entry->text, max_width - swatch - d->pad / 2, 2);
      double w, h, item;

      _maillage_chart_draw_size (layout, &w, &h);
      item = swatch + d->pad / 2 + w;
      h = MAX (h, swatch);
      if (rows && cx > x && cx + item > x + max_width)
        {
          cx = x;
          cy += row_height + d->pad / 3;
          row_height = 0;
        }
      if (draw)
        {
          draw_swatch (d, entry, cx, cy + (h - swatch) / 2, swatch);
          _maillage_chart_set_rgb (d->cr, 0x303030);
          _maillage_chart_draw_show (d, layout, cx + swatch + d->pad / 2, cy + h / 2, 0, 0.5);
        }
      *width = MAX (*width, cx - x + item);
      if (rows)
        {
          cx += item + 1.5 * d->pad;
          row_height = MAX (row_height, h);
        }
      else
        cy += h + d->pad / 3;
    }

  *height = (rows ? cy + row_height : cy - d->pad / 3) - y;
}

/* Scales the outlines to fit @max_width × @max_height; gives their size
 * so drawn. place() then puts their top left corner somewhere. */
static void
fit (MaillageOutlines *outlines,
     double            max_width,
     double            max_height,
     Projection       *p,
     double           *width,
     double           *height)
{
  double west, south, east, north;
  double shrink, scale;

  maillage_outlines_get_bounds (outlines, &west, &south, &east, &north);
  shrink = cos ((south + north) / 2 * G_PI / 180);
  scale = MIN (max_width / MAX ((east - west) * shrink, 1e-9), max_height / MAX (north - south, 1e-9));

  p->x_scale = scale * shrink;
  p->y_scale = scale;
  *width = (east - west) * p->x_scale;
  *height = (north - south) * p->y_scale;
}

static void
place (MaillageOutlines *outlines,
       Projection       *p,
       double            x,
       double            y)
{
  double west, north;

  maillage_outlines_get_bounds (outlines, &west, NULL, NULL, &north);
  p->x_offset = x - west * p->x_scale;
  p->y_offset = y + north * p->y_scale;
}

static void
area_path (MaillageChartDraw          *d,
           MaillageOutlines           *outlines,
           const MaillageOutlinesArea *area,
           const Projection           *p)
{
  const MaillageOutlinesPolygon *polygons = (const MaillageOutlinesPolygon *) (gpointer) outlines->polygons->data;
  const MaillageOutlinesRing *rings = (const MaillageOutlinesRing *) (gpointer) outlines->rings->data;
  const MaillageOutlinesPoint *points = (const MaillageOutlinesPoint *) (gpointer) outlines->points->data;

  for (guint i = area->first_polygon; i < area->first_polygon + area->n_polygons; i++)
    for (guint j = polygons[i].first_ring; j < polygons[i].first_ring + polygons[i].n_rings; j++)
      {
        const MaillageOutlinesPoint *point = &points[rings[j].first_point];

        cairo_move_to (d->cr, p->x_offset + point->longitude * p->x_scale, p->y_offset - point->latitude * p->y_scale);
        for (guint k = 1; k + 1 < rings[j].n_points; k++)
          cairo_line_to (d->cr, p->x_offset + point[k].longitude * p->x_scale,
                         p->y_offset - point[k].latitude * p->y_scale);
        cairo_close_path (d->cr);
      }
}

/* Fills every commune, then draws all borders in one stroke, so that a
 * border is never half covered by its neighbour's fill. */
static void
draw_areas (MaillageChart     *self,
            MaillageChartDraw *d,
            const Projection  *p,
            const double      *bounds,
            guint              n_classes)
{
  MaillageOutlines *outlines = self->outlines;
  gboolean choropleth = n_classes > 0;

  cairo_set_fill_rule (d->cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint i = 0; i < outlines->areas->len; i++)
    {
      const MaillageOutlinesArea *area = &g_array_index (outlines->areas, MaillageOutlinesArea, i);
      double *value = g_hash_table_lookup (self->area_values, area->insee);

      area_path (d, outlines, area, p);
      if (value != NULL)
        {
          _maillage_chart_set_rgb (d->cr, _maillage_chart_class_color (_maillage_chart_map_class_of (bounds, n_classes, *value),
                                                                       n_classes));
          cairo_fill (d->cr);
        }
      else if (choropleth)
        {
          double x0, y0, x1, y1;

          cairo_save (d->cr);
          cairo_fill_extents (d->cr, &x0, &y0, &x1, &y1);
          cairo_clip (d->cr);
          _maillage_chart_hatch (d, x0, y0, x1, y1);
          cairo_restore (d->cr);
        }
      else
        {
          _maillage_chart_set_rgb (d->cr, 0xf1f1ee);
          cairo_fill (d->cr);
        }
    }

  for (guint i = 0; i < outlines->areas->len; i++)
    area_path (d, outlines, &g_array_index (outlines->areas, MaillageOutlinesArea, i), p);
  _maillage_chart_set_rgb (d->cr, 0x6e6e6e);
  cairo_set_line_width (d->cr, MAX (0.4, 0.55 * d->scale));
  cairo_set_line_join (d->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (d->cr);
  cairo_set_fill_rule (d->cr, CAIRO_FILL_RULE_WINDING);
}

/* A label with a white halo, readable on any class colour, right of its
 * marker, or left of it when it would leave the map's box (x0 to x1);
 * left out if it fits neither way. */
static void
draw_point_label (MaillageChartDraw *d,
                  const char        *text,
                  double             x,
                  double             y,
                  double             x0,
                  double             x1)
{
  g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, text, 120 * d->scale, 1);
  double gap = 5 * d->scale;
  double width, height;

  _maillage_chart_draw_size (layout, &width, &height);
  if (x + gap + width <= x1)
    x += gap;
  else if (x - gap - width >= x0)
    x -= gap + width;
  else
    return;

  cairo_move_to (d->cr, x, y - height / 2);
  pango_cairo_layout_path (d->cr, layout);
  cairo_set_source_rgba (d->cr, 1, 1, 1, 0.9);
  cairo_set_line_width (d->cr, 2.4 * d->scale);
  cairo_set_line_join (d->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (d->cr);
  _maillage_chart_set_rgb (d->cr, 0x202020);
  cairo_fill (d->cr);
}

static void
draw_points (MaillageChart     *self,
             MaillageChartDraw *d,
             const Projection  *p,
             double             x0,
             double             x1)
{
  gboolean labels = self->points->len <= MAX_POINT_LABELS;

  for (guint i = 0; i < self->points->len; i++)
    {
      const MaillageChartPoint *point = &g_array_index (self->points, MaillageChartPoint, i);

      draw_marker (d, p->x_offset + point->longitude * p->x_scale, p->y_offset - point->latitude * p->y_scale);
    }

  for (guint i = 0; labels && i < self->points->len; i++)
    {
      const MaillageChartPoint *point = &g_array_index (self->points, MaillageChartPoint, i);

      if (*point->label != '\0')
        draw_point_label (d, point->label, p->x_offset + point->longitude * p->x_scale,
                          p->y_offset - point->latitude * p->y_scale, x0, x1);
    }
}

/* The map, clipped to its box and a margin for the markers. */
static void
draw_map (MaillageChart     *self,
          MaillageChartDraw *d,
          const Projection  *p,
          double             x,
          double             y,
          double             width,
          double             height,
          const double      *bounds,
          guint              n_classes)
{
  double margin = d->pad / 2;

  cairo_save (d->cr);
  cairo_rectangle (d->cr, x - margin, y - margin, width + 2 * margin, height + 2 * margin);
  cairo_clip (d->cr);
  draw_areas (self, d, p, bounds, n_classes);
  draw_points (self, d, p, x - margin, x + width + margin);
  cairo_restore (d->cr);
}

/* Whether the legend goes beside the map (in a column) rather than under
 * it (in rows): whichever leaves the larger map. Gives the legend's size. */
static gboolean
legend_beside (MaillageChart     *self,
               MaillageChartDraw *d,
               GArray            *entries,
               double             available_width,
               double             available_height,
               double            *legend_width,
               double            *legend_height)
{
  double column_width, column_height, rows_width, rows_height;
  double beside_width, beside_height, under_width, under_height;
  gboolean beside;
  Projection p;

  legend (self, d, entries, 0, 0, d->width * 0.4, FALSE, FALSE, &column_width, &column_height);
  legend (self, d, entries, 0, 0, available_width, TRUE, FALSE, &rows_width, &rows_height);
  fit (self->outlines, available_width - column_width - 2 * d->pad, available_height,
       &p, &beside_width, &beside_height);
  fit (self->outlines, available_width, available_height - rows_height - d->pad,
       &p, &under_width, &under_height);

  beside = column_height <= available_height && beside_width * beside_height >= under_width * under_height;
  *legend_width = beside ? column_width : rows_width;
  *legend_height = beside ? column_height : rows_height;

  return beside;
}

/* The map and its legend as one group: the legend beside the map or
 * under it, whichever leaves the map larger; the group centred across
 * the chart. */
void
_maillage_chart_render_map (MaillageChart     *self,
                            MaillageChartDraw *d,
                            double             top)
{
  g_autoptr(GArray) entries = NULL;
  double bounds[MAX_CLASSES + 1];
  double legend_width = 0, legend_height = 0;
  double available_width = d->width - 2 * d->pad;
  double available_height = d->height - d->pad - top;
  double map_width, map_height, x;
  gboolean beside = FALSE;
  guint n_classes, decimals;
  Projection p;

  if (self->outlines == NULL || self->outlines->areas->len == 0)
    {
      _maillage_chart_draw_message (d, top, _maillage_chart_text (MAILLAGE_CHART_TEXT_NO_OUTLINES));
      return;
    }

  n_classes = _maillage_chart_map_classes (self, bounds, &decimals);
  entries = legend_entries (self, bounds, n_classes, decimals);

  if (entries->len > 0 || axis_unit_title (self) != NULL)
    beside = legend_beside (self, d, entries, available_width, available_height, &legend_width, &legend_height);

  if (beside)
    fit (self->outlines, available_width - legend_width - 2 * d->pad, available_height, &p, &map_width, &map_height);
  else
    fit (self->outlines, available_width, available_height - (legend_height > 0 ? legend_height + d->pad : 0),
         &p, &map_width, &map_height);
  if (map_width < 10 || map_height < 10)
    return;

  x = beside ? MAX (d->pad, (d->width - map_width - 2 * d->pad - legend_width) / 2)
             : (d->width - map_width) / 2;
  place (self->outlines, &p, x, top);
  draw_map (self, d, &p, x, top, map_width, map_height, bounds, n_classes);

  if (beside)
    legend (self, d, entries, x + map_width + 2 * d->pad, top, d->width * 0.4, FALSE, TRUE,
            &legend_width, &legend_height);
  else if (legend_height > 0)
    legend (self, d, entries, MAX (d->pad, MIN (x, d->width - d->pad - legend_width)), top + map_height + d->pad,
            available_width, TRUE, TRUE, &legend_width, &legend_height);
}

void
_maillage_chart_map_natural_size (MaillageChart *self,
                                  double        *width,
                                  double        *height)
{
  double west, south, east, north;
  double ratio = 0.75;

  *width = 450;
  if (self->outlines != NULL && self->outlines->areas->len > 0)
    {
      maillage_outlines_get_bounds (self->outlines, &west, &south, &east, &north);
      ratio = (north - south) / MAX ((east - west) * cos ((south + north) / 2 * G_PI / 180), 1e-9);
    }

  /* the map takes about 310 points of the width, the legend the rest */
  *height = CLAMP (310 * ratio + 50, 220, 640);
}
