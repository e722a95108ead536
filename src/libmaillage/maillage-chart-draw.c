/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-draw.c: what both renderers of MaillageChart draw with:
 * text through Pango, colours, hatching, French numbers, axis ticks, and
 * the words of a chart.
 */
#define G_LOG_DOMAIN "maillage-chart-draw"

#include "config.h"

#include <math.h>
#include <string.h>

#include "maillage-chart-private.h"
#include "maillage-format.h"
#include "maillage-french.h"
#include "maillage-i18n.h"

#define FONT_FAMILY "Cantarell, sans"

/* Sizes at scale 1, in points; scale 1 is a chart of 480 × 320. */
#define TITLE_SIZE 12.5
#define LABEL_SIZE 9.0
#define VALUE_SIZE 8.5
#define SMALL_SIZE 8.0

/* From the French catalogue: see maillage-chart-private.h. */
const char *
_maillage_chart_text (MaillageChartText text)
{
  switch (text)
    {
    case MAILLAGE_CHART_TEXT_NO_DATA:
      return F_("No data");
    case MAILLAGE_CHART_TEXT_NOT_AVAILABLE:
      /* Translators: under a bar whose value is missing, as short as can
       * be (French: n.d., non disponible) */
      return FC_("chart", "n/a");
    case MAILLAGE_CHART_TEXT_RANGE:
      /* Translators: the bounds of a class in the legend of a map */
      return FC_("chart", "%s to %s");
    case MAILLAGE_CHART_TEXT_NOTHING_TO_SHOW:
      return F_("Nothing to show");
    case MAILLAGE_CHART_TEXT_NO_OUTLINES:
      return F_("Outlines of the communes not imported");
    default:
      g_return_val_if_reached ("");
    }
}

/* Okabe & Ito's colours, told apart by people with any common colour
 * vision deficiency, minus the yellow that vanishes on white; then the
 * same darker. */
static const guint32 series_colors[] = {
  0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0x555555,
};

/* A sequential palette from light yellow-green to dark blue (after
 * ColorBrewer's YlGnBu), by number of classes, so that few classes still
 * span light to dark. */
static const guint32 class_colors[5][5] = {
  { 0x41b6c4 },
  { 0xa1dab4, 0x225ea8 },
  { 0xedf8b1, 0x7fcdbb, 0x2c7fb8 },
  { 0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8 },
  { 0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494 },
};

void
_maillage_chart_draw_init (MaillageChartDraw *d,
                           cairo_t           *cr,
                           double             width,
                           double             height)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  d->cr = cr;
  d->width = width;
  d->height = height;
  /* by the smaller side, so that a tall chart of many communes keeps the
   * text of its width */
  d->scale = CLAMP (MIN (width / 480.0, height / 320.0), 0.72, 1.6);
  d->pad = 8 * d->scale;

  /* Unhinted metrics: the layout is the same on screen, in a PNG and in a
   * PDF, so that what the user sees is what the document holds. */
  d->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (d->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (d->context, options);
  cairo_font_options_destroy (options);
}

void
_maillage_chart_draw_clear (MaillageChartDraw *d)
{
  g_clear_object (&d->context);
}

/* Cantarell has no U+202F NARROW NO-BREAK SPACE, and the space Pango
 * makes up for it is a hair that vanishes at the sizes of a chart, where
 * “20 000” read as “20000”: chart text groups thousands with U+00A0, as
 * wide as a space and as unbreakable. (Text outside charts keeps U+202F.) */
static void
set_text (PangoLayout *layout,
          const char  *text)
{
  g_autoptr(GString) copy = NULL;

  if (strstr (text, "\u202f") == NULL)
    {
      pango_layout_set_text (layout, text, -1);
      return;
    }

  copy = g_string_new (text);
  g_string_replace (copy, "\u202f", "\u00a0", 0);
  pango_layout_set_text (layout, copy->str, copy->len);
}

/* A layout of @text in @font, wrapped at @max_width (if > 0) on at most
 * @max_lines lines (if > 0), the last ellipsized. */
PangoLayout *
_maillage_chart_draw_layout (MaillageChartDraw *d,
                             MaillageChartFont  font,
                             const char        *text,
                             double             max_width,
                             int                max_lines)
{
  static const double sizes[] = { TITLE_SIZE, LABEL_SIZE, VALUE_SIZE, SMALL_SIZE };
  PangoLayout *layout = pango_layout_new (d->context);
  PangoFontDescription *description = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (description, sizes[font] * d->scale * PANGO_SCALE);
  if (font == MAILLAGE_CHART_FONT_TITLE)
    pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, max_lines > 0 ? -max_lines : -1);
    }
  set_text (layout, text);

  return layout;
}

/* The ink-independent size: the logical extents, trimmed to the text
 * actually laid out (a wrapped layout is as wide as its longest line). */
void
_maillage_chart_draw_size (PangoLayout *layout,
                           double      *width,
                           double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Shows @layout with its box's point (@anchor_x, @anchor_y) — 0 for left
 * or top, 0.5 for the middle, 1 for right or bottom — at (@x, @y). */
void
_maillage_chart_draw_show (MaillageChartDraw *d,
                           PangoLayout       *layout,
                           double             x,
                           double             y,
                           double             anchor_x,
                           double             anchor_y)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (d->cr,
                 x - (logical.x + logical.width * anchor_x) / PANGO_SCALE,
                 y - (logical.y + logical.height * anchor_y) / PANGO_SCALE);
  pango_cairo_show_layout (d->cr, layout);
}

/* Draws the title at the top left, on up to two lines; returns where what
 * follows starts. */
double
_maillage_chart_draw_title (MaillageChartDraw *d,
                            const char        *title)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (title == NULL || *title == '\0')
    return d->pad;

  layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_TITLE, title, d->width - 2 * d->pad, 2);
  _maillage_chart_draw_size (layout, NULL, &height);
  _maillage_chart_set_rgb (d->cr, 0x202020);
  _maillage_chart_draw_show (d, layout, d->pad, d->pad, 0, 0);

  return d->pad + height + d->pad;
}

/* A grey message in the middle of what is left below @top. */
void
_maillage_chart_draw_message (MaillageChartDraw *d,
                              double             top,
                              const char        *message)
{
  g_autoptr(PangoLayout) layout =
    _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_LABEL, message, d->width - 2 * d->pad, 3);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  _maillage_chart_set_rgb (d->cr, 0x707070);
  _maillage_chart_draw_show (d, layout, d->width / 2, (top + d->height) / 2, 0.5, 0.5);
}

void
_maillage_chart_set_rgb (cairo_t *cr,
                         guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

guint32
_maillage_chart_series_color (guint index)
{
  return series_colors[index % G_N_ELEMENTS (series_colors)];
}

guint32
_maillage_chart_class_color (guint index,
                             guint n_classes)
{
  g_return_val_if_fail (n_classes >= 1 && n_classes <= 5 && index < n_classes, 0xcccccc);

  return class_colors[n_classes - 1][index];
}

/* Hatches the current clip between (@x0, @y0) and (@x1, @y1): grey
 * diagonals on light grey, as vector lines so that a PDF stays sharp. */
void
_maillage_chart_hatch (MaillageChartDraw *d,
                       double             x0,
                       double             y0,
                       double             x1,
                       double             y1)
{
  double spacing = 4.5 * d->scale;

  _maillage_chart_set_rgb (d->cr, 0xe6e6e6);
  cairo_rectangle (d->cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill (d->cr);

  _maillage_chart_set_rgb (d->cr, 0x9a9a9a);
  cairo_set_line_width (d->cr, 0.8 * d->scale);
  for (double x = x0 - (y1 - y0); x < x1; x += spacing)
    {
      cairo_move_to (d->cr, x, y1);
      cairo_line_to (d->cr, x + (y1 - y0), y0);
    }
  cairo_stroke (d->cr);
}

/* The fewest decimals (up to 2) that write every value exactly enough:
 * 87 and 91 need none, 87.4 one. */
guint
_maillage_chart_decimals (const double *values,
                          guint         n_values)
{
  guint decimals = 0;

  for (guint i = 0; i < n_values; i++)
    {
      double v = fabs (values[i]);

      if (!isfinite (v))
        continue;
      while (decimals < 2 && fabs (v * pow (10, decimals) - round (v * pow (10, decimals))) > 1e-6 * MAX (1, v))
        decimals++;
    }

  return decimals;
}

/* @value in French, with the unit when it is a sign written after numbers
 * (% and €); other units are shown once, beside the axis or atop the
 * legend. */
char *
_maillage_chart_format (MaillageChart *self,
                        double         value,
                        guint          decimals)
{
  g_autofree char *number = NULL;

  if (g_strcmp0 (self->unit, "%") == 0)
    return maillage_format_percent (value, decimals);

  number = maillage_format_number (value, decimals);
  if (g_strcmp0 (self->unit, "€") == 0)
    return g_strconcat (number, "\u00a0€", NULL);

  return g_steal_pointer (&number);
}

/* @value in French with its unit, whatever it is, for text. */
char *
_maillage_chart_format_unit (MaillageChart *self,
                             double         value,
                             guint          decimals)
{
  g_autofree char *number = NULL;

  if (self->unit[0] == '\0' || g_strcmp0 (self->unit, "%") == 0 || g_strcmp0 (self->unit, "€") == 0)
    return _maillage_chart_format (self, value, decimals);

  number = maillage_format_number (value, decimals);
  return g_strconcat (number, "\u00a0", self->unit, NULL);
}

/* Ticks at round numbers (1, 2, 2.5 or 5 times a power of ten) covering
 * @min to @max with about @wanted intervals; returns the number of
 * intervals, and the first tick and the step. */
guint
_maillage_chart_nice_ticks (double  min,
                            double  max,
                            guint   wanted,
                            double *first,
                            double *step)
{
  static const double multiples[] = { 1, 2, 2.5, 5, 10 };
  double raw;
  double magnitude;
  double last;

  if (!(max > min))
    {
      max = min + (min == 0 ? 1 : fabs (min));
    }

  raw = (max - min) / MAX (wanted, 1);
  magnitude = pow (10, floor (log10 (raw)));
  *step = 10 * magnitude;
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      if (multiples[i] * magnitude >= raw)
        {
          *step = multiples[i] * magnitude;
          break;
        }
    }

  *first = floor (min / *step + 1e-9) * *step;
  last = ceil (max / *step - 1e-9) * *step;

  return (guint) MAX (1, round ((last - *first) / *step));
}
