/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-bar.c: drawing a bar chart: the legend of the series
 * under the title, then the value axis with its ticks and grid, the bars
 * of each category with their values, and the category labels; vertical
 * bars, or horizontal ones for long labels.
 *
 * Everything is measured before anything is drawn, so that what does not
 * fit is shortened (labels on fewer lines, ellipsized; value labels turned
 * upright, then left out) rather than cut off by the edge.
 */
#define G_LOG_DOMAIN "maillage-chart-bar"

#include "config.h"

#include <math.h>

#include "maillage-chart-private.h"

typedef enum
{
  VALUE_LABELS_NONE,
  VALUE_LABELS_FLAT,
  VALUE_LABELS_UPRIGHT,
} ValueLabels;

typedef struct
{
  MaillageChartDraw *d;
  guint              n_categories;
  guint              n_series;
  /* the value axis: ticks from first to first + n_ticks × step */
  double             first;
  double             step;
  guint              n_ticks;
  guint              tick_decimals;
  guint              value_decimals;
  /* the plot area, where bars are */
  double             x0, y0, x1, y1;
  ValueLabels        value_labels;
  double             value_label_width;
  double             value_label_height;
} Bars;

static double
value_of (MaillageChart *self,
          guint          series,
          guint          category)
{
  return g_array_index ((GArray *) g_ptr_array_index (self->values, series), double, category);
}

static gboolean
find_range (MaillageChart *self,
            double        *min,
            double        *max)
{
  gboolean any = FALSE;

  *min = 0;
  *max = 0;
  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double v = value_of (self, s, c);

        if (isnan (v))
          continue;
        *min = MIN (*min, v);
        *max = MAX (*max, v);
        any = TRUE;
      }

  return any;
}

static gboolean
has_legend (MaillageChart *self)
{
  return self->series->len > 1 ||
         (self->series->len == 1 && *(const char *) g_ptr_array_index (self->series, 0) != '\0');
}

/* Draws the series' swatches and names in rows below @top (or only
 * measures, if !@draw); returns the height taken. */
static double
legend (MaillageChart     *self,
        MaillageChartDraw *d,
        double             top,
        gboolean           draw)
{
  double swatch = 9 * d->scale;
  double available = d->width - 2 * d->pad;
  double x = d->pad;
  double y = top;
  double row_height = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      g_autoptr(PangoLayout) layout =
        _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_LABEL, g_ptr_array_index (self->series, s),
                                     available - swatch - d->pad / 2, 1);
      double text_width, text_height, item_width;

      _maillage_chart_draw_size (layout, &text_width, &text_height);
      item_width = swatch + d->pad / 2 + text_width;
      if (x > d->pad && x + item_width > d->pad + available)
        {
          x = d->pad;
          y += row_height + d->pad / 3;
        }
      row_height = MAX (row_height, text_height);

      if (draw)
        {
          _maillage_chart_set_rgb (d->cr, _maillage_chart_series_color (s));
          cairo_rectangle (d->cr, x, y + (text_height - swatch) / 2, swatch, swatch);
          cairo_fill (d->cr);
          _maillage_chart_set_rgb (d->cr, 0x303030);
          _maillage_chart_draw_show (d, layout, x + swatch + d->pad / 2, y, 0, 0);
        }
      x += item_width + 1.5 * d->pad;
    }

  return y + row_height - top + d->pad;
}

/* The widest and tallest value label, to decide how they fit. */
static void
measure_value_labels (MaillageChart *self,
                      Bars          *b)
{
  b->value_label_width = 0;
  b->value_label_height = 0;

  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double v = value_of (self, s, c);
        g_autofree char *text = isnan (v) ? g_strdup (_maillage_chart_text (MAILLAGE_CHART_TEXT_NOT_AVAILABLE))
                                          : _maillage_chart_format (self, v, b->value_decimals);
        g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (b->d, MAILLAGE_CHART_FONT_VALUE, text, -1, 0);
        double w, h;

        _maillage_chart_draw_size (layout, &w, &h);
        b->value_label_width = MAX (b->value_label_width, w);
        b->value_label_height = MAX (b->value_label_height, h);
      }
}

static double
tick_value (Bars *b,
            guint i)
{
  return b->first + i * b->step;
}

/* The widest tick label. */
static double
measure_ticks (MaillageChart *self,
               Bars          *b)
{
  double widest = 0;

  for (guint i = 0; i <= b->n_ticks; i++)
    {
      g_autofree char *text = _maillage_chart_format (self, tick_value (b, i), b->tick_decimals);
      g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (b->d, MAILLAGE_CHART_FONT_SMALL, text, -1, 0);
      double w;

      _maillage_chart_draw_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  return widest;
}

static void
set_ticks (Bars   *b,
           double  min,
           double  max,
           double  length)
{
  guint wanted = (guint) CLAMP (length / (45 * b->d->scale), 2, 8);

  b->n_ticks = _maillage_chart_nice_ticks (min, max, wanted, &b->first, &b->step);
  b->tick_decimals = b->step >= 1 ? 0 : (guint) CLAMP (ceil (-log10 (b->step) - 1e-9), 0, 3);
}

/* Where @value falls along the value axis, between @from (the axis'
 * first tick) and @to (its last). */
static double
position_of (Bars   *b,
             double  value,
             double  from,
             double  to)
{
  return from + (value - b->first) / (b->n_ticks * b->step) * (to - from);
}

/* A unit that is not written after each number (not % nor €) is written
 * once, as a caption of the value axis. */
static const char *
axis_caption (MaillageChart *self)
{
  if (self->unit[0] == '\0' || g_strcmp0 (self->unit, "%") == 0 || g_strcmp0 (self->unit, "€") == 0)
    return NULL;

  return self->unit;
}

static void
draw_value_label (MaillageChart *self,
                  Bars          *b,
                  double         value,
                  double         x,
                  double         y,
                  double         anchor_x,
                  double         anchor_y,
                  gboolean       upright)
{
  MaillageChartDraw *d = b->d;
  g_autofree char *text = isnan (value) ? g_strdup (_maillage_chart_text (MAILLAGE_CHART_TEXT_NOT_AVAILABLE))
                                        : _maillage_chart_format (self, value, b->value_decimals);
  g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_VALUE, text, -1, 0);

  _maillage_chart_set_rgb (d->cr, isnan (value) ? 0x808080 : 0x303030);
  if (!upright)
    {
      _maillage_chart_draw_show (d, layout, x, y, anchor_x, anchor_y);
      return;
    }

  cairo_save (d->cr);
  cairo_translate (d->cr, x, y);
  cairo_rotate (d->cr, -G_PI / 2);
  /* turned a quarter: the text's x runs up the page, its y to the right */
  _maillage_chart_draw_show (d, layout, 0, 0, 1 - anchor_y, anchor_x);
  cairo_restore (d->cr);
}

static void
draw_grid_vertical (MaillageChart *self,
                    Bars          *b)
{
  MaillageChartDraw *d = b->d;

  cairo_set_line_width (d->cr, MAX (0.5, 0.6 * d->scale));
  for (guint i = 0; i <= b->n_ticks; i++)
    {
      double v = tick_value (b, i);
      double y = position_of (b, v, b->y1, b->y0);
      g_autofree char *text = _maillage_chart_format (self, v, b->tick_decimals);
      g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, text, -1, 0);

      _maillage_chart_set_rgb (d->cr, fabs (v) < b->step / 1e6 ? 0x505050 : 0xdddddd);
      cairo_move_to (d->cr, b->x0, round (y) + 0.25);
      cairo_line_to (d->cr, b->x1, round (y) + 0.25);
      cairo_stroke (d->cr);
      _maillage_chart_set_rgb (d->cr, 0x505050);
      _maillage_chart_draw_show (d, layout, b->x0 - d->pad / 2, y, 1, 0.5);
    }
}

static void
draw_bars_vertical (MaillageChart *self,
                    Bars          *b)
{
  MaillageChartDraw *d = b->d;
  double group = (b->x1 - b->x0) / b->n_categories;
  double bar = group * 0.78 / b->n_series;
  double zero = position_of (b, 0, b->y1, b->y0);

  for (guint c = 0; c < b->n_categories; c++)
    {
      for (guint s = 0; s < b->n_series; s++)
        {
          double v = value_of (self, s, c);
          double x = b->x0 + c * group + group * 0.11 + s * bar;
          double y = isnan (v) ? zero : position_of (b, v, b->y1, b->y0);
          gboolean up = isnan (v) || v >= 0;

          if (!isnan (v))
            {
              _maillage_chart_set_rgb (d->cr, _maillage_chart_series_color (s));
              cairo_rectangle (d->cr, x + bar * 0.04, MIN (y, zero), bar * 0.92, fabs (zero - y));
              cairo_fill (d->cr);
            }
          if (b->value_labels != VALUE_LABELS_NONE)
            draw_value_label (self, b, v, x + bar / 2, up ? y - 2 * d->scale : y + 2 * d->scale,
                              0.5, up ? 1 : 0, b->value_labels == VALUE_LABELS_UPRIGHT);
        }
    }
}

/* Category labels under the groups, wrapped to the group's width. */
static double
category_labels_vertical (MaillageChart *self,
                          Bars          *b,
                          gboolean       draw)
{
  MaillageChartDraw *d = b->d;
  double group = (b->x1 - b->x0) / b->n_categories;
  double tallest = 0;

  for (guint c = 0; c < b->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout =
        _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, g_ptr_array_index (self->categories, c),
                                     MAX (group - 2 * d->scale, 1), group > 60 * d->scale ? 3 : 2);
      double h;

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      _maillage_chart_draw_size (layout, NULL, &h);
      tallest = MAX (tallest, h);
      if (draw)
        {
          _maillage_chart_set_rgb (d->cr, 0x303030);
          _maillage_chart_draw_show (d, layout, b->x0 + (c + 0.5) * group, b->y1 + d->pad / 2, 0.5, 0);
        }
    }

  return tallest;
}

static void
render_vertical (MaillageChart *self,
                 Bars          *b,
                 double         top,
                 double         min,
                 double         max)
{
  MaillageChartDraw *d = b->d;
  const char *caption = axis_caption (self);
  double caption_height = 0;
  double label_height;
  double slot;

  if (caption != NULL)
    {
      g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, caption,
                                                                   d->width / 2, 1);

      _maillage_chart_draw_size (layout, NULL, &caption_height);
      _maillage_chart_set_rgb (d->cr, 0x505050);
      _maillage_chart_draw_show (d, layout, d->pad, top, 0, 0);
      caption_height += d->pad / 2;
    }

  set_ticks (b, min, max, d->height - top - 60 * d->scale);
  b->x0 = d->pad + measure_ticks (self, b) + d->pad / 2;
  b->x1 = d->width - d->pad;
  slot = (b->x1 - b->x0) / b->n_categories * 0.78 / b->n_series;

  measure_value_labels (self, b);
  if (b->value_label_width <= slot * 1.1)
    b->value_labels = VALUE_LABELS_FLAT;
  else if (b->value_label_height <= slot * 1.05)
    b->value_labels = VALUE_LABELS_UPRIGHT;
  else
    b->value_labels = VALUE_LABELS_NONE;

  label_height = category_labels_vertical (self, b, FALSE);
  b->y0 = top + caption_height;
  b->y1 = d->height - d->pad - label_height - d->pad / 2;
  /* room for the labels above the highest bar and below the lowest */
  if (b->value_labels != VALUE_LABELS_NONE)
    {
      double room = (b->value_labels == VALUE_LABELS_FLAT ? b->value_label_height : b->value_label_width)
                    + 3 * d->scale;

      b->y0 += max > 0 || max == min ? room : 0;
      b->y1 -= min < 0 ? room : 0;
    }

  if (b->y1 - b->y0 < 10 * d->scale)
    b->y1 = b->y0 + 10 * d->scale;

  draw_grid_vertical (self, b);
  draw_bars_vertical (self, b);
  category_labels_vertical (self, b, TRUE);
}

static void
render_horizontal (MaillageChart *self,
                   Bars          *b,
                   double         top,
                   double         min,
                   double         max);

void
_maillage_chart_render_bar (MaillageChart     *self,
                            MaillageChartDraw *d,
                            double             top)
{
  Bars b = { d, self->categories->len, self->series->len };
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  double min, max;

  if (has_legend (self))
    top += legend (self, d, top, TRUE);

  if (b.n_categories == 0 || b.n_series == 0 || !find_range (self, &min, &max))
    {
      _maillage_chart_draw_message (d, top, _maillage_chart_text (MAILLAGE_CHART_TEXT_NOTHING_TO_SHOW));
      return;
    }

  for (guint s = 0; s < b.n_series; s++)
    g_array_append_vals (all, ((GArray *) g_ptr_array_index (self->values, s))->data, b.n_categories);
  b.value_decimals = _maillage_chart_decimals ((const double *) (gpointer) all->data, all->len);

  if (self->horizontal)
    render_horizontal (self, &b, top, min, max);
  else
    render_vertical (self, &b, top, min, max);
}

/* Horizontal bars */

static double
category_labels_horizontal (MaillageChart *self,
                            Bars          *b,
                            double         max_width,
                            gboolean       draw)
{
  MaillageChartDraw *d = b->d;
  double row = (b->y1 - b->y0) / b->n_categories;
  int lines = row > 30 * d->scale ? 2 : 1;
  double widest = 0;

  for (guint c = 0; c < b->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout =
        _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, g_ptr_array_index (self->categories, c),
                                     max_width, lines);
      double w;

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      _maillage_chart_draw_size (layout, &w, NULL);
      widest = MAX (widest, w);
      if (draw)
        {
          _maillage_chart_set_rgb (d->cr, 0x303030);
          _maillage_chart_draw_show (d, layout, b->x0 - d->pad / 2, b->y0 + (c + 0.5) * row, 1, 0.5);
        }
    }

  return widest;
}

static void
draw_grid_horizontal (MaillageChart *self,
                      Bars          *b)
{
  MaillageChartDraw *d = b->d;

  cairo_set_line_width (d->cr, MAX (0.5, 0.6 * d->scale));
  for (guint i = 0; i <= b->n_ticks; i++)
    {
      double v = tick_value (b, i);
      double x = position_of (b, v, b->x0, b->x1);
      g_autofree char *text = _maillage_chart_format (self, v, b->tick_decimals);
      g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, text, -1, 0);

      _maillage_chart_set_rgb (d->cr, fabs (v) < b->step / 1e6 ? 0x505050 : 0xdddddd);
      cairo_move_to (d->cr, round (x) + 0.25, b->y0);
      cairo_line_to (d->cr, round (x) + 0.25, b->y1);
      cairo_stroke (d->cr);
      _maillage_chart_set_rgb (d->cr, 0x505050);
      _maillage_chart_draw_show (d, layout, x, b->y1 + d->pad / 3, 0.5, 0);
    }
}

static void
draw_bars_horizontal (MaillageChart *self,
                      Bars          *b)
{
  MaillageChartDraw *d = b->d;
  double row = (b->y1 - b->y0) / b->n_categories;
  double bar = row * 0.78 / b->n_series;
  double zero = position_of (b, 0, b->x0, b->x1);

  for (guint c = 0; c < b->n_categories; c++)
    {
      for (guint s = 0; s < b->n_series; s++)
        {
          double v = value_of (self, s, c);
          double y = b->y0 + c * row + row * 0.11 + s * bar;
          double x = isnan (v) ? zero : position_of (b, v, b->x0, b->x1);
          gboolean right = isnan (v) || v >= 0;

          if (!isnan (v))
            {
              _maillage_chart_set_rgb (d->cr, _maillage_chart_series_color (s));
              cairo_rectangle (d->cr, MIN (x, zero), y + bar * 0.05, fabs (x - zero), bar * 0.9);
              cairo_fill (d->cr);
            }
          if (b->value_labels != VALUE_LABELS_NONE)
            draw_value_label (self, b, v, right ? x + 3 * d->scale : x - 3 * d->scale, y + bar / 2,
                              right ? 0 : 1, 0.5, FALSE);
        }
    }
}

static void
render_horizontal (MaillageChart *self,
                   Bars          *b,
                   double         top,
                   double         min,
                   double         max)
{
  MaillageChartDraw *d = b->d;
  const char *caption = axis_caption (self);
  double tick_height;
  double labels_width;
  double caption_width = 0;
  double bar;

  {
    g_autoptr(PangoLayout) probe = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, "0", -1, 0);

    _maillage_chart_draw_size (probe, NULL, &tick_height);
  }

  b->y0 = top;
  b->y1 = d->height - d->pad - tick_height - d->pad / 3;
  if (b->y1 - b->y0 < 10 * d->scale)
    b->y1 = b->y0 + 10 * d->scale;
  bar = (b->y1 - b->y0) / b->n_categories * 0.78 / b->n_series;

  labels_width = category_labels_horizontal (self, b, d->width * 0.34, FALSE);
  b->x0 = d->pad + labels_width + d->pad / 2;
  b->x1 = d->width - d->pad;

  if (caption != NULL)
    {
      g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, caption,
                                                                   d->width / 4, 1);

      _maillage_chart_draw_size (layout, &caption_width, NULL);
      _maillage_chart_set_rgb (d->cr, 0x505050);
      _maillage_chart_draw_show (d, layout, b->x1, b->y1 + d->pad / 3, 1, 0);
    }

  measure_value_labels (self, b);
  b->value_labels = b->value_label_height <= bar * 1.15 ? VALUE_LABELS_FLAT : VALUE_LABELS_NONE;
  if (b->value_labels != VALUE_LABELS_NONE)
    {
      double room = b->value_label_width + 4 * d->scale;

      b->x1 -= max > 0 || max == min ? room : 0;
      b->x0 += min < 0 ? room : 0;
    }

  /* keep the last tick label inside, and off the caption */
  set_ticks (b, min, max, b->x1 - b->x0);
  b->x1 = MIN (b->x1, d->width - d->pad - (caption_width > 0 ? caption_width + d->pad : 0)
                      - measure_ticks (self, b) / 2);

  draw_grid_horizontal (self, b);
  draw_bars_horizontal (self, b);
  category_labels_horizontal (self, b, d->width * 0.34, TRUE);
}
