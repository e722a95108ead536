/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-private.h: what the chart model (maillage-chart.c), its
 * renderers (maillage-chart-bar.c, maillage-chart-map.c,
 * maillage-chart-timeline.c), their drawing
 * helpers (maillage-chart-draw.c) and its text alternative
 * (maillage-chart-describe.c) share. Not installed, not introspected.
 */
#pragma once

#include <pango/pangocairo.h>

#include "maillage-chart.h"
#include "maillage-outlines-private.h"

G_BEGIN_DECLS

typedef struct
{
  double  longitude;
  double  latitude;
  char   *label;
} MaillageChartPoint;

/* A bar of a timeline; months are counted from year 0 (year × 12 +
 * month − 1), so that spans are differences. */
typedef struct
{
  char  *label;
  char  *group;
  guint  start;
  guint  end;     /* the last month, included */
} MaillageChartTask;

struct _MaillageChart
{
  GObject            parent_instance;

  MaillageChartKind  kind;
  char              *title;
  char              *unit;

  /* Bars: labels, names, and one GArray of doubles per series, each as
   * long as there are categories; NAN is no data. */
  GPtrArray         *categories;
  GPtrArray         *series;
  GPtrArray         *values;
  gboolean           horizontal;

  /* Maps */
  MaillageOutlines  *outlines;
  GHashTable        *area_values;   /* INSEE code → double (g_new) */
  GHashTable        *area_names;    /* INSEE code → name */
  GArray            *points;        /* of MaillageChartPoint */
  char              *point_legend;

  /* Timelines */
  GArray            *tasks;         /* of MaillageChartTask */
};

/* The words drawn in a chart. Documents are French whatever the language
 * of the interface (a deliberation is voted in French), and a chart drawn
 * on screen is the same picture as the one in the PDF, so these come from
 * the French catalogue (F_), like every word of a document. Every word a
 * chart draws comes from _maillage_chart_text(). */
typedef enum
{
  MAILLAGE_CHART_TEXT_NO_DATA,          /* legend entry for a commune without value */
  MAILLAGE_CHART_TEXT_NOT_AVAILABLE,    /* short mark under a missing bar */
  MAILLAGE_CHART_TEXT_RANGE,            /* “%s à %s”: bounds of a class */
  MAILLAGE_CHART_TEXT_NOTHING_TO_SHOW,  /* a chart with no value at all */
  MAILLAGE_CHART_TEXT_NO_OUTLINES,      /* a map without outlines */
} MaillageChartText;

const char *_maillage_chart_text          (MaillageChartText  text);

/* Drawing state for one render: the cairo context, a Pango context set to
 * 72 dpi (so a font size in points is a size in the surface's units on any
 * surface), and the scale of text and spacing for the size drawn. */
typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  double        width;
  double        height;
  double        scale;
  double        pad;
} MaillageChartDraw;

typedef enum
{
  MAILLAGE_CHART_FONT_TITLE,
  MAILLAGE_CHART_FONT_LABEL,
  MAILLAGE_CHART_FONT_VALUE,
  MAILLAGE_CHART_FONT_SMALL,
} MaillageChartFont;

void         _maillage_chart_draw_init    (MaillageChartDraw  *d,
                                           cairo_t            *cr,
                                           double              width,
                                           double              height);
void         _maillage_chart_draw_clear   (MaillageChartDraw  *d);
PangoLayout *_maillage_chart_draw_layout  (MaillageChartDraw  *d,
                                           MaillageChartFont   font,
                                           const char         *text,
                                           double              max_width,
                                           int                 max_lines);
void         _maillage_chart_draw_size    (PangoLayout        *layout,
                                           double             *width,
                                           double             *height);
void         _maillage_chart_draw_show    (MaillageChartDraw  *d,
                                           PangoLayout        *layout,
                                           double              x,
                                           double              y,
                                           double              anchor_x,
                                           double              anchor_y);
double       _maillage_chart_draw_title   (MaillageChartDraw  *d,
                                           const char         *title);
void         _maillage_chart_draw_message (MaillageChartDraw  *d,
                                           double              top,
                                           const char         *message);
void         _maillage_chart_set_rgb      (cairo_t            *cr,
                                           guint32             rgb);
guint32      _maillage_chart_series_color (guint               index);
guint32      _maillage_chart_class_color  (guint               index,
                                           guint               n_classes);
void         _maillage_chart_hatch        (MaillageChartDraw  *d,
                                           double              x0,
                                           double              y0,
                                           double              x1,
                                           double              y1);

/* Numbers */
guint        _maillage_chart_decimals     (const double       *values,
                                           guint               n_values);
char        *_maillage_chart_format       (MaillageChart      *self,
                                           double              value,
                                           guint               decimals);
char        *_maillage_chart_format_unit  (MaillageChart      *self,
                                           double              value,
                                           guint               decimals);
guint        _maillage_chart_nice_ticks   (double              min,
                                           double              max,
                                           guint               wanted,
                                           double             *first,
                                           double             *step);

/* Renderers */
void         _maillage_chart_render_bar   (MaillageChart      *self,
                                           MaillageChartDraw  *d,
                                           double              top);
void         _maillage_chart_render_map   (MaillageChart      *self,
                                           MaillageChartDraw  *d,
                                           double              top);
void         _maillage_chart_map_natural_size (MaillageChart  *self,
                                           double             *width,
                                           double             *height);
void         _maillage_chart_render_timeline (MaillageChart   *self,
                                           MaillageChartDraw  *d,
                                           double              top);
void         _maillage_chart_timeline_natural_size (MaillageChart *self,
                                           double             *width,
                                           double             *height);

/* Map classes: up to 5 quantile classes of the values, as bounds
 * (n_classes + 1 of them, ascending). */
guint        _maillage_chart_map_classes  (MaillageChart      *self,
                                           double             *bounds,
                                           guint              *decimals);
guint        _maillage_chart_map_class_of (const double       *bounds,
                                           guint               n_classes,
                                           double              value);

char        *_maillage_chart_describe_bar (MaillageChart      *self);
char        *_maillage_chart_describe_map (MaillageChart      *self);
char        *_maillage_chart_describe_timeline (MaillageChart *self);

/* The pieces of a text alternative (maillage-chart-describe.c). */
const char  *_maillage_chart_label_separator  (void);
const char  *_maillage_chart_list_separator   (void);
char        *_maillage_chart_count_text       (const char         *format,
                                               guint               count);
void         _maillage_chart_describe_heading (MaillageChart      *self,
                                               GString            *out,
                                               const char         *kind);

G_END_DECLS
