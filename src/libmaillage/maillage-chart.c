/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart.c: the data of a chart, and the entry points that draw it
 * and describe it. The drawing is in maillage-chart-bar.c,
 * maillage-chart-map.c and maillage-chart-timeline.c, the text alternative
 * in maillage-chart-describe.c (and maillage-chart-timeline.c).
 */
#define G_LOG_DOMAIN "maillage-chart"

#include "config.h"

#include <math.h>

#include "maillage-chart-private.h"
#include "maillage-project-private.h"

/**
 * MaillageChart:
 *
 * A chart of a strategy: bars (categories × series), a map of the
 * communes (one value per commune, in classes, and points) or a timeline
 * of tasks (the actions of the plan, month by month). There is one
 * renderer for every output: maillage_chart_render() draws on any cairo
 * context, so the editor's widget (#MaillageChartView), the PDF (vector),
 * the ODT (a PNG) and the HTML (an SVG) show the same picture.
 *
 * ```c
 * g_autoptr(MaillageChart) chart = maillage_chart_new_bar ("Locaux raccordables à la fibre", "%");
 * guint y2025 = maillage_chart_add_series (chart, "2025");
 * guint sorneval = maillage_chart_add_category (chart, "Sorneval");
 *
 * maillage_chart_set_value (chart, y2025, sorneval, 87.4);
 * maillage_chart_render (chart, cr, 600, 400);
 * ```
 *
 * The text in a chart — the legend's « Pas de donnée », numbers written
 * `1 234,5` — is French whatever the language of the interface, because
 * the documents it goes into are French; maillage_chart_describe() gives a
 * French text alternative for readers who cannot see the picture.
 *
 * The chart emits #MaillageChart::changed after every change, so that a
 * view redraws.
 */

G_DEFINE_FINAL_TYPE (MaillageChart, maillage_chart, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
point_clear (gpointer data)
{
  MaillageChartPoint *point = data;

  g_clear_pointer (&point->label, g_free);
}

static void
task_clear (gpointer data)
{
  MaillageChartTask *task = data;

  g_clear_pointer (&task->label, g_free);
  g_clear_pointer (&task->group, g_free);
}

static void
maillage_chart_finalize (GObject *object)
{
  MaillageChart *self = (MaillageChart *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_object (&self->outlines);
  g_clear_pointer (&self->area_values, g_hash_table_unref);
  g_clear_pointer (&self->area_names, g_hash_table_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->point_legend, g_free);
  g_clear_pointer (&self->tasks, g_array_unref);

  G_OBJECT_CLASS (maillage_chart_parent_class)->finalize (object);
}

static void
maillage_chart_class_init (MaillageChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_chart_finalize;

  /**
   * MaillageChart::changed:
   * @self: the #MaillageChart
   *
   * Emitted after any change of the chart's data.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_chart_init (MaillageChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (g_free);
  self->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->area_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->area_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->points = g_array_new (FALSE, FALSE, sizeof (MaillageChartPoint));
  g_array_set_clear_func (self->points, point_clear);
  self->tasks = g_array_new (FALSE, FALSE, sizeof (MaillageChartTask));
  g_array_set_clear_func (self->tasks, task_clear);
}

static MaillageChart *
chart_new (MaillageChartKind  kind,
           const char        *title,
           const char        *unit)
{
  MaillageChart *self = g_object_new (MAILLAGE_TYPE_CHART, NULL);

  self->kind = kind;
  self->title = g_strdup (title ? title : "");
  self->unit = g_strdup (unit ? unit : "");

  return self;
}

static void
changed (MaillageChart *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_chart_new_bar:
 * @title: (nullable): the title drawn above the chart
 * @unit: (nullable): the unit of the values: `%` and `€` are written after
 *   each number, any other unit (`Mbit/s`, `habitants`) beside the axis
 *
 * Creates an empty bar chart. Add categories and series, then values.
 *
 * Returns: (transfer full): a new #MaillageChart
 */
MaillageChart *
maillage_chart_new_bar (const char *title,
                        const char *unit)
{
  g_return_val_if_fail (title == NULL || g_utf8_validate (title, -1, NULL), NULL);
  g_return_val_if_fail (unit == NULL || g_utf8_validate (unit, -1, NULL), NULL);

  return chart_new (MAILLAGE_CHART_KIND_BAR, title, unit);
}

/**
 * maillage_chart_new_map:
 * @title: (nullable): the title drawn above the map
 * @unit: (nullable): the unit of the values, as for maillage_chart_new_bar()
 * @outlines: (nullable): the communes to draw, usually
 *   maillage_territory_get_outlines(); without them the map says so
 *
 * Creates a map of @outlines. Give communes a value with
 * maillage_chart_set_area_value() for a choropleth (five classes of
 * quantiles, with a legend; communes without a value are hatched grey,
 * « Pas de donnée »), and add points with maillage_chart_add_point().
 *
 * Returns: (transfer full): a new #MaillageChart
 */
MaillageChart *
maillage_chart_new_map (const char       *title,
                        const char       *unit,
                        MaillageOutlines *outlines)
{
  MaillageChart *self;

  g_return_val_if_fail (title == NULL || g_utf8_validate (title, -1, NULL), NULL);
  g_return_val_if_fail (unit == NULL || g_utf8_validate (unit, -1, NULL), NULL);
  g_return_val_if_fail (outlines == NULL || MAILLAGE_IS_OUTLINES (outlines), NULL);

  self = chart_new (MAILLAGE_CHART_KIND_MAP, title, unit);
  g_set_object (&self->outlines, outlines);

  return self;
}

/**
 * maillage_chart_new_timeline:
 * @title: (nullable): the title drawn above the timeline
 *
 * Creates an empty timeline: a Gantt chart of tasks (the actions of a
 * plan), each a bar from its first month to its last, under the years
 * with their gridlines. Tasks are grouped, one colour a group, with the
 * group's name above its tasks and in the legend. Add tasks with
 * maillage_chart_add_task().
 *
 * Returns: (transfer full): a new #MaillageChart
 */
MaillageChart *
maillage_chart_new_timeline (const char *title)
{
  g_return_val_if_fail (title == NULL || g_utf8_validate (title, -1, NULL), NULL);

  return chart_new (MAILLAGE_CHART_KIND_TIMELINE, title, NULL);
}

/**
 * maillage_chart_add_task:
 * @self: a timeline #MaillageChart
 * @label: what the task is (the title of an action)
 * @group: (nullable): the group of the task (an axis of the plan); tasks
 *   of a group are drawn together, groups in the order they first appear;
 *   %NULL or empty for a task of no group
 * @start_year: the year the task starts
 * @start_month: the month it starts, from 1 to 12
 * @end_year: the year the task ends
 * @end_month: the month it ends, from 1 to 12, included; a task ending
 *   before it starts lasts its first month
 *
 * Appends a task to the timeline.
 *
 * Returns: the index of the task
 */
guint
maillage_chart_add_task (MaillageChart *self,
                         const char    *label,
                         const char    *group,
                         guint          start_year,
                         guint          start_month,
                         guint          end_year,
                         guint          end_month)
{
  MaillageChartTask task;

  g_return_val_if_fail (MAILLAGE_IS_CHART (self), 0);
  g_return_val_if_fail (label != NULL && g_utf8_validate (label, -1, NULL), 0);
  g_return_val_if_fail (group == NULL || g_utf8_validate (group, -1, NULL), 0);
  g_return_val_if_fail (start_year <= 9999 && end_year <= 9999, 0);
  g_return_val_if_fail (start_month >= 1 && start_month <= 12, 0);
  g_return_val_if_fail (end_month >= 1 && end_month <= 12, 0);

  task.label = g_strdup (label);
  task.group = g_strdup (group != NULL ? group : "");
  task.start = start_year * 12 + start_month - 1;
  task.end = MAX (end_year * 12 + end_month - 1, task.start);
  g_array_append_val (self->tasks, task);
  changed (self);

  return self->tasks->len - 1;
}

/**
 * maillage_chart_get_n_tasks:
 * @self: a #MaillageChart
 *
 * Returns: how many tasks the timeline has
 */
guint
maillage_chart_get_n_tasks (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), 0);

  return self->tasks->len;
}

/**
 * maillage_chart_get_kind:
 * @self: a #MaillageChart
 *
 * Returns: what the chart draws
 */
MaillageChartKind
maillage_chart_get_kind (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), MAILLAGE_CHART_KIND_BAR);

  return self->kind;
}

/**
 * maillage_chart_get_title:
 * @self: a #MaillageChart
 *
 * Returns: (transfer none): the title, or the empty string
 */
const char *
maillage_chart_get_title (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), NULL);

  return self->title;
}

/**
 * maillage_chart_get_unit:
 * @self: a #MaillageChart
 *
 * Returns: (transfer none): the unit of the values, or the empty string
 */
const char *
maillage_chart_get_unit (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), NULL);

  return self->unit;
}

/**
 * maillage_chart_add_category:
 * @self: a bar #MaillageChart
 * @label: the label of the category (a commune, a theme)
 *
 * Appends a category: a group of bars, one per series, labelled @label.
 * Its values start as no data.
 *
 * Returns: the index of the category, for maillage_chart_set_value()
 */
guint
maillage_chart_add_category (MaillageChart *self,
                             const char    *label)
{
  const double no_data = NAN;

  g_return_val_if_fail (MAILLAGE_IS_CHART (self), 0);
  g_return_val_if_fail (label != NULL && g_utf8_validate (label, -1, NULL), 0);

  g_ptr_array_add (self->categories, g_strdup (label));
  for (guint i = 0; i < self->values->len; i++)
    g_array_append_val (g_ptr_array_index (self->values, i), no_data);
  changed (self);

  return self->categories->len - 1;
}

/**
 * maillage_chart_add_series:
 * @self: a bar #MaillageChart
 * @name: the name of the series, shown in the legend (a year, a source);
 *   may be empty for a chart of one series
 *
 * Appends a series: one bar in each category, in a colour of its own.
 * Its values start as no data.
 *
 * Returns: the index of the series, for maillage_chart_set_value()
 */
guint
maillage_chart_add_series (MaillageChart *self,
                           const char    *name)
{
  GArray *values;
  const double no_data = NAN;

  g_return_val_if_fail (MAILLAGE_IS_CHART (self), 0);
  g_return_val_if_fail (name != NULL && g_utf8_validate (name, -1, NULL), 0);

  values = g_array_sized_new (FALSE, FALSE, sizeof (double), self->categories->len);
  for (guint i = 0; i < self->categories->len; i++)
    g_array_append_val (values, no_data);
  g_ptr_array_add (self->series, g_strdup (name));
  g_ptr_array_add (self->values, values);
  changed (self);

  return self->series->len - 1;
}

/**
 * maillage_chart_set_value:
 * @self: a bar #MaillageChart
 * @series: the index of a series
 * @category: the index of a category
 * @value: the value, or `NAN` for no data (no bar, « n.d. » under it)
 *
 * Sets the value of the bar of @series in @category. Infinite values are
 * no data too.
 */
void
maillage_chart_set_value (MaillageChart *self,
                          guint          series,
                          guint          category,
                          double         value)
{
  g_return_if_fail (MAILLAGE_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);

  g_array_index ((GArray *) g_ptr_array_index (self->values, series), double, category) =
    isfinite (value) ? value : NAN;
  changed (self);
}

/**
 * maillage_chart_get_value:
 * @self: a bar #MaillageChart
 * @series: the index of a series
 * @category: the index of a category
 *
 * Returns: the value of the bar, or `NAN` when it has none
 */
double
maillage_chart_get_value (MaillageChart *self,
                          guint          series,
                          guint          category)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), NAN);
  g_return_val_if_fail (series < self->series->len, NAN);
  g_return_val_if_fail (category < self->categories->len, NAN);

  return g_array_index ((GArray *) g_ptr_array_index (self->values, series), double, category);
}

/**
 * maillage_chart_get_n_categories:
 * @self: a #MaillageChart
 *
 * Returns: how many categories the bar chart has
 */
guint
maillage_chart_get_n_categories (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), 0);

  return self->categories->len;
}

/**
 * maillage_chart_get_n_series:
 * @self: a #MaillageChart
 *
 * Returns: how many series the bar chart has
 */
guint
maillage_chart_get_n_series (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), 0);

  return self->series->len;
}

/**
 * maillage_chart_set_horizontal:
 * @self: a bar #MaillageChart
 * @horizontal: whether bars run from left to right
 *
 * Lays the bars horizontally, the categories one under the other: the
 * choice for long labels, such as the names of communes, and for many
 * categories, since the chart then grows in height (see
 * maillage_chart_get_natural_size()).
 */
void
maillage_chart_set_horizontal (MaillageChart *self,
                               gboolean       horizontal)
{
  g_return_if_fail (MAILLAGE_IS_CHART (self));

  horizontal = !!horizontal;
  if (self->horizontal == horizontal)
    return;

  self->horizontal = horizontal;
  changed (self);
}

/**
 * maillage_chart_get_horizontal:
 * @self: a #MaillageChart
 *
 * Returns: whether the bars are horizontal
 */
gboolean
maillage_chart_get_horizontal (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), FALSE);

  return self->horizontal;
}

/**
 * maillage_chart_get_outlines:
 * @self: a #MaillageChart
 *
 * Returns: (transfer none) (nullable): the outlines a map draws
 */
MaillageOutlines *
maillage_chart_get_outlines (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), NULL);

  return self->outlines;
}

/**
 * maillage_chart_set_area_value:
 * @self: a map #MaillageChart
 * @insee: the INSEE code of a commune
 * @value: its value, or `NAN` for no data
 *
 * Sets the value that colours the commune @insee. A commune of the
 * outlines without a value is drawn hatched grey, « Pas de donnée », once
 * any commune has a value; a value for a commune without an outline is
 * kept for maillage_chart_describe() but not drawn.
 */
void
maillage_chart_set_area_value (MaillageChart *self,
                               const char    *insee,
                               double         value)
{
  g_return_if_fail (MAILLAGE_IS_CHART (self));
  g_return_if_fail (insee != NULL);

  if (isfinite (value))
    g_hash_table_insert (self->area_values, g_strdup (insee), g_memdup2 (&value, sizeof value));
  else
    g_hash_table_remove (self->area_values, insee);
  changed (self);
}

/**
 * maillage_chart_set_area_name:
 * @self: a map #MaillageChart
 * @insee: the INSEE code of a commune
 * @name: (nullable): its name, or %NULL to forget it
 *
 * Names the commune @insee in maillage_chart_describe(), which otherwise
 * gives its INSEE code.
 */
void
maillage_chart_set_area_name (MaillageChart *self,
                              const char    *insee,
                              const char    *name)
{
  g_return_if_fail (MAILLAGE_IS_CHART (self));
  g_return_if_fail (insee != NULL);
  g_return_if_fail (name == NULL || g_utf8_validate (name, -1, NULL));

  if (name != NULL)
    g_hash_table_insert (self->area_names, g_strdup (insee), g_strdup (name));
  else
    g_hash_table_remove (self->area_names, insee);
  changed (self);
}

/**
 * maillage_chart_add_point:
 * @self: a map #MaillageChart
 * @longitude: the longitude, in degrees (WGS 84)
 * @latitude: the latitude, in degrees (WGS 84)
 * @label: (nullable): what the point is (the name of a lieu)
 *
 * Adds a point drawn as a marker on the map. Labels are drawn beside the
 * markers when there are few points, and listed by
 * maillage_chart_describe().
 */
void
maillage_chart_add_point (MaillageChart *self,
                          double         longitude,
                          double         latitude,
                          const char    *label)
{
  MaillageChartPoint point;

  g_return_if_fail (MAILLAGE_IS_CHART (self));
  g_return_if_fail (isfinite (longitude) && isfinite (latitude));
  g_return_if_fail (label == NULL || g_utf8_validate (label, -1, NULL));

  point.longitude = longitude;
  point.latitude = latitude;
  point.label = g_strdup (label ? label : "");
  g_array_append_val (self->points, point);
  changed (self);
}

/**
 * maillage_chart_set_point_legend:
 * @self: a map #MaillageChart
 * @legend: (nullable): what the points are, as the legend says it
 *   (« Lieux de médiation numérique »), or %NULL for no legend entry
 *
 * Sets the legend entry of the markers.
 */
void
maillage_chart_set_point_legend (MaillageChart *self,
                                 const char    *legend)
{
  g_return_if_fail (MAILLAGE_IS_CHART (self));
  g_return_if_fail (legend == NULL || g_utf8_validate (legend, -1, NULL));

  if (maillage_set_string (&self->point_legend, legend))
    changed (self);
}

/**
 * maillage_chart_render:
 * @self: a #MaillageChart
 * @cr: a cairo context: of a widget, a PDF, SVG or image surface
 * @width: the width to fill, in the units of @cr
 * @height: the height to fill
 *
 * Draws the chart in the rectangle from (0, 0) to (@width, @height) of
 * @cr, on a white background: the title, then the bars with their axis,
 * values and legend, or the map with its legend. Text is sized for the
 * rectangle, and nothing is cut off down to 200 × 150.
 *
 * Units are those of @cr: points for a PDF or SVG surface, pixels for an
 * image; text sizes are in the same units (a 72 dpi Pango context), so the
 * same size gives the same picture on every surface.
 */
void
maillage_chart_render (MaillageChart *self,
                       cairo_t       *cr,
                       double         width,
                       double         height)
{
  MaillageChartDraw d;
  double top;

  g_return_if_fail (MAILLAGE_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  if (!(width >= 1 && height >= 1))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  _maillage_chart_draw_init (&d, cr, width, height);
  top = _maillage_chart_draw_title (&d, self->title);
  if (self->kind == MAILLAGE_CHART_KIND_MAP)
    _maillage_chart_render_map (self, &d, top);
  else if (self->kind == MAILLAGE_CHART_KIND_TIMELINE)
    _maillage_chart_render_timeline (self, &d, top);
  else
    _maillage_chart_render_bar (self, &d, top);
  _maillage_chart_draw_clear (&d);

  cairo_restore (cr);
}

/**
 * maillage_chart_get_natural_size:
 * @self: a #MaillageChart
 * @width: (out) (optional): the natural width, in points
 * @height: (out) (optional): the natural height, in points
 *
 * Gets the size, in points (1/72 inch), at which the chart reads best in
 * a document: about the width of the text of an A4 page, and a height
 * that grows with the categories of horizontal bars and the tasks of a
 * timeline, or follows the shape of the territory for a map.
 */
void
maillage_chart_get_natural_size (MaillageChart *self,
                                 double        *width,
                                 double        *height)
{
  double w = 450;
  double h = 280;

  g_return_if_fail (MAILLAGE_IS_CHART (self));

  if (self->kind == MAILLAGE_CHART_KIND_MAP)
    _maillage_chart_map_natural_size (self, &w, &h);
  else if (self->kind == MAILLAGE_CHART_KIND_TIMELINE)
    _maillage_chart_timeline_natural_size (self, &w, &h);
  else if (self->horizontal)
    {
      guint per_category = MAX (self->series->len, 1) * 11 + 8;

      h = CLAMP (90 + self->categories->len * per_category, 200, 1200);
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/**
 * maillage_chart_describe:
 * @self: a #MaillageChart
 *
 * Writes a text alternative of the chart, in French like the chart
 * (its words come from the French catalogue whatever the language of the
 * interface): what it shows and its values (every bar; for a map, the
 * classes, the highest and lowest communes, the communes without data,
 * named when there are ten or fewer and counted otherwise, and the
 * points; for a timeline, its span, then every task with its months,
 * group by group). Exporters put it in the `alt` of an HTML image and the
 * description of an ODT frame.
 *
 * Returns: (transfer full): the description
 */
char *
maillage_chart_describe (MaillageChart *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART (self), NULL);

  if (self->kind == MAILLAGE_CHART_KIND_MAP)
    return _maillage_chart_describe_map (self);
  if (self->kind == MAILLAGE_CHART_KIND_TIMELINE)
    return _maillage_chart_describe_timeline (self);

  return _maillage_chart_describe_bar (self);
}
