/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-timeline.c: drawing and describing a timeline, a Gantt
 * chart of tasks: the legend of the groups under the title, the years
 * along the top with a gridline at each new year (and fainter ones at the
 * quarters, room permitting), then group by group a heading and one row
 * per task, its label on the left and its bar from its first month to the
 * end of its last.
 *
 * As for bars, everything is measured before anything is drawn: labels
 * are ellipsized to their column, years are labelled every other year (or
 * fewer) when they are narrow, and when rows get too thin for text the
 * labels give way to the bars alone, which the description still lists.
 */
#define G_LOG_DOMAIN "maillage-chart-timeline"

#include "config.h"

#include <math.h>

#include "maillage-chart-private.h"
#include "maillage-format.h"
#include "maillage-french.h"
#include "maillage-i18n.h"

/* The tallest a row gets, at scale 1: a plan of three actions is not
 * drawn with bars an inch thick. */
#define MAX_ROW_HEIGHT 22.0
/* The smallest scale of text, as for every chart (maillage-chart-draw.c). */
#define MIN_SCALE 0.72
/* The natural height a row asks for, in points. */
#define NATURAL_ROW_HEIGHT 15.0

typedef struct
{
  const char *name;
  guint       color;
  GArray     *tasks;   /* of guint, indices into the chart's tasks */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->tasks);
  g_free (group);
}

static MaillageChartTask *
task_at (MaillageChart *self,
         guint          index)
{
  return &g_array_index (self->tasks, MaillageChartTask, index);
}

/* The groups, in the order their first task comes. */
static GPtrArray *
collect_groups (MaillageChart *self)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->tasks->len; i++)
    {
      MaillageChartTask *task = task_at (self, i);
      Group *group = g_hash_table_lookup (by_name, task->group);

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->name = task->group;
          group->color = groups->len;
          group->tasks = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (groups, group);
          g_hash_table_insert (by_name, (gpointer) task->group, group);
        }
      g_array_append_val (group->tasks, i);
    }

  return groups;
}

/* A group's heading is its name; a task of no group has none. */
static gboolean
has_heading (Group *group)
{
  return *group->name != '\0';
}

/* From the January of the first year to the December of the last. */
static void
find_span (MaillageChart *self,
           guint         *first_month,
           guint         *n_years)
{
  guint first = G_MAXUINT, last = 0;

  for (guint i = 0; i < self->tasks->len; i++)
    {
      first = MIN (first, task_at (self, i)->start);
      last = MAX (last, task_at (self, i)->end);
    }

  *first_month = first / 12 * 12;
  *n_years = last / 12 - first / 12 + 1;
}

static guint
count_rows (GPtrArray *groups,
            guint      n_tasks)
{
  guint n_rows = n_tasks;

  for (guint g = 0; g < groups->len; g++)
    n_rows += has_heading (g_ptr_array_index (groups, g));

  return n_rows;
}

static gboolean
has_legend (GPtrArray *groups)
{
  return groups->len > 1 || (groups->len == 1 && has_heading (g_ptr_array_index (groups, 0)));
}

/* Draws the groups' swatches and names in rows below @top (or only
 * measures, if !@draw); returns the height taken. */
static double
legend (GPtrArray         *groups,
        MaillageChartDraw *d,
        double             top,
        gboolean           draw)
{
  double swatch = 9 * d->scale;
  double available = d->width - 2 * d->pad;
  double x = d->pad;
  double y = top;
  double row_height = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      g_autoptr(PangoLayout) layout = NULL;
      double text_width, text_height, item_width;

      if (!has_heading (group))
        continue;

      layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_LABEL, group->name,
                                            available - swatch - d->pad / 2, 1);
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
          _maillage_chart_set_rgb (d->cr, _maillage_chart_series_color (group->color));
          cairo_rectangle (d->cr, x, y + (text_height - swatch) / 2, swatch, swatch);
          cairo_fill (d->cr);
          _maillage_chart_set_rgb (d->cr, 0x303030);
          _maillage_chart_draw_show (d, layout, x + swatch + d->pad / 2, y, 0, 0);
        }
      x += item_width + 1.5 * d->pad;
    }

  return y + row_height - top + d->pad;
}

/* The widest task label, for the label column. */
static double
widest_label (MaillageChart     *self,
              MaillageChartDraw *d)
{
  double widest = 0;

  for (guint i = 0; i < self->tasks->len; i++)
    {
      g_autoptr(PangoLayout) layout =
        _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, task_at (self, i)->label, -1, 0);
      double width;

      _maillage_chart_draw_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

typedef struct
{
  MaillageChartDraw *d;
  guint              first_month;
  guint              n_years;
  double             x0, x1;        /* the time axis */
  double             grid_top, y1;  /* where gridlines run */
  double             month_width;
} Axis;

static double
month_x (Axis  *a,
         guint  month)
{
  return a->x0 + (double) (month - a->first_month) * a->month_width;
}

/* The year labels above the plot, and the gridlines through it. */
static void
draw_years (Axis   *a,
            double  label_top)
{
  MaillageChartDraw *d = a->d;
  double year_width = 12 * a->month_width;
  double label_width;
  guint every = 1;

  {
    g_autoptr(PangoLayout) probe = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, "2030", -1, 0);

    _maillage_chart_draw_size (probe, &label_width, NULL);
  }
  while (every * year_width < label_width + d->pad && every < a->n_years)
    every++;

  /* Quarters first, fainter, under the years' lines. */
  if (3 * a->month_width >= 6 * d->scale)
    {
      _maillage_chart_set_rgb (d->cr, 0xececec);
      cairo_set_line_width (d->cr, 0.6 * d->scale);
      for (guint q = 1; q < a->n_years * 4; q++)
        {
          double x;

          if (q % 4 == 0)
            continue;
          x = a->x0 + q * 3 * a->month_width;
          cairo_move_to (d->cr, x, a->grid_top);
          cairo_line_to (d->cr, x, a->y1);
        }
      cairo_stroke (d->cr);
    }

  _maillage_chart_set_rgb (d->cr, 0xc4c4c4);
  cairo_set_line_width (d->cr, 0.8 * d->scale);
  for (guint y = 0; y <= a->n_years; y++)
    {
      double x = a->x0 + y * year_width;

      cairo_move_to (d->cr, x, a->grid_top);
      cairo_line_to (d->cr, x, a->y1);
    }
  cairo_stroke (d->cr);

  _maillage_chart_set_rgb (d->cr, 0x404040);
  for (guint y = 0; y < a->n_years; y += every)
    {
      g_autofree char *year = g_strdup_printf ("%u", a->first_month / 12 + y);
      g_autoptr(PangoLayout) layout = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, year, -1, 0);

      _maillage_chart_draw_show (d, layout, a->x0 + (y + 0.5 * MIN (every, a->n_years - y)) * year_width,
                                 label_top, 0.5, 0);
    }
}

void
_maillage_chart_render_timeline (MaillageChart     *self,
                                 MaillageChartDraw *d,
                                 double             top)
{
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(PangoLayout) probe = NULL;
  Axis a = { d };
  double text_height, axis_height, label_width, row_height, y;
  gboolean show_labels;
  guint n_rows;

  if (self->tasks->len == 0)
    {
      _maillage_chart_draw_message (d, top, _maillage_chart_text (MAILLAGE_CHART_TEXT_NOTHING_TO_SHOW));
      return;
    }

  groups = collect_groups (self);
  find_span (self, &a.first_month, &a.n_years);
  n_rows = count_rows (groups, self->tasks->len);

  /* Below the title, text shrinks (down to the smallest size charts use)
   * until a row holds a line of it; past that, the labels give way. */
  for (;;)
    {
      double legend_height = has_legend (groups) ? legend (groups, d, top, FALSE) : 0;

      g_clear_object (&probe);
      probe = _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, "2030", -1, 0);
      _maillage_chart_draw_size (probe, NULL, &text_height);
      axis_height = text_height + d->pad / 2;
      row_height = MIN ((d->height - d->pad - top - legend_height - axis_height) / n_rows,
                        MAX_ROW_HEIGHT * d->scale);
      if (row_height >= text_height || d->scale <= MIN_SCALE)
        break;
      d->scale = MAX (d->scale * 0.9, MIN_SCALE);
    }
  show_labels = row_height >= text_height;

  if (has_legend (groups))
    top += legend (groups, d, top, TRUE);
  a.grid_top = top;
  a.y1 = top + axis_height + n_rows * row_height;

  /* Labels take what they need, up to two fifths of the width. */
  label_width = show_labels ? MIN (widest_label (self, d) + d->pad, 0.4 * (d->width - 2 * d->pad)) : 0;
  a.x0 = d->pad + label_width + (show_labels ? d->pad / 2 : 0);
  a.x1 = d->width - d->pad;
  a.month_width = (a.x1 - a.x0) / (a.n_years * 12);

  draw_years (&a, top);

  y = top + axis_height;
  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      guint32 color = _maillage_chart_series_color (group->color);

      if (has_heading (group))
        {
          if (show_labels)
            {
              g_autoptr(PangoLayout) layout =
                _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_LABEL, group->name, d->width - 2 * d->pad, 1);

              PangoAttrList *bold = pango_attr_list_new ();

              pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
              pango_layout_set_attributes (layout, bold);
              pango_attr_list_unref (bold);
              _maillage_chart_set_rgb (d->cr, 0x202020);
              _maillage_chart_draw_show (d, layout, d->pad, y + row_height / 2, 0, 0.5);
            }
          /* A rule under the heading binds the group's rows together. */
          _maillage_chart_set_rgb (d->cr, color);
          cairo_rectangle (d->cr, d->pad, y + row_height - 1.2 * d->scale, d->width - 2 * d->pad, 1.2 * d->scale);
          cairo_fill (d->cr);
          y += row_height;
        }

      for (guint i = 0; i < group->tasks->len; i++)
        {
          MaillageChartTask *task = task_at (self, g_array_index (group->tasks, guint, i));
          double bar_height = MAX (row_height * 0.62, 1);
          double bx0 = month_x (&a, task->start);
          double bx1 = month_x (&a, task->end + 1);

          if (show_labels)
            {
              g_autoptr(PangoLayout) layout =
                _maillage_chart_draw_layout (d, MAILLAGE_CHART_FONT_SMALL, task->label,
                                             label_width - d->pad, 1);

              _maillage_chart_set_rgb (d->cr, 0x303030);
              _maillage_chart_draw_show (d, layout, d->pad + d->pad, y + row_height / 2, 0, 0.5);
            }

          _maillage_chart_set_rgb (d->cr, color);
          cairo_rectangle (d->cr, bx0, y + (row_height - bar_height) / 2, MAX (bx1 - bx0, 1), bar_height);
          cairo_fill (d->cr);
          y += row_height;
        }
    }

  /* The baseline closes the plot. */
  _maillage_chart_set_rgb (d->cr, 0x808080);
  cairo_set_line_width (d->cr, 1 * d->scale);
  cairo_move_to (d->cr, a.x0, a.y1);
  cairo_line_to (d->cr, a.x1, a.y1);
  cairo_stroke (d->cr);
}

void
_maillage_chart_timeline_natural_size (MaillageChart *self,
                                       double        *width,
                                       double        *height)
{
  g_autoptr(GPtrArray) groups = collect_groups (self);
  guint n_rows = count_rows (groups, self->tasks->len);

  /* The title, the legend and the years take about 80 points. */
  *width = 450;
  *height = CLAMP (80 + n_rows * NATURAL_ROW_HEIGHT, 200, 1400);
}

/* “en janvier 2027”, or “de janvier 2027 à mars 2028”. */
static void
append_months (GString *out,
               guint    start,
               guint    end)
{
  g_autofree char *first = maillage_format_month (start / 12, start % 12 + 1);
  g_autofree char *last = NULL;

  if (start == end)
    {
      /* Translators: when a task of a timeline takes one month */
      g_string_append_printf (out, FC_("months", "in %s"), first);
      return;
    }

  last = maillage_format_month (end / 12, end % 12 + 1);
  /* Translators: the first and last months of a task of a timeline */
  g_string_append_printf (out, FC_("months", "from %s to %s"), first, last);
}

/* The words come from the French catalogue, as those of the other charts
 * (maillage-chart-describe.c). */
char *
_maillage_chart_describe_timeline (MaillageChart *self)
{
  GString *out = g_string_new (NULL);
  const char *colon = _maillage_chart_label_separator ();
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *items = NULL;
  guint first = G_MAXUINT, last = 0;

  _maillage_chart_describe_heading (self, out, FC_("chart", "Timeline"));
  if (self->tasks->len == 0)
    {
      g_string_append_printf (out, "%s%s", colon, F_("no item."));
      return g_string_free (out, FALSE);
    }

  for (guint i = 0; i < self->tasks->len; i++)
    {
      first = MIN (first, task_at (self, i)->start);
      last = MAX (last, task_at (self, i)->end);
    }

  groups = collect_groups (self);
  items = _maillage_chart_count_text (FN_("%s item", "%s items", self->tasks->len), self->tasks->len);
  g_string_append_printf (out, "%s%s, ", colon, items);
  append_months (out, first, last);
  if (has_legend (groups))
    {
      g_autofree char *n_groups = _maillage_chart_count_text (FN_("in %s group", "in %s groups", groups->len),
                                                              groups->len);

      g_string_append_printf (out, ", %s", n_groups);
    }
  g_string_append (out, ".");

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);

      g_string_append_c (out, ' ');
      if (has_heading (group))
        g_string_append_printf (out, "%s%s", group->name, colon);
      for (guint i = 0; i < group->tasks->len; i++)
        {
          MaillageChartTask *task = task_at (self, g_array_index (group->tasks, guint, i));

          if (i > 0)
            g_string_append (out, _maillage_chart_list_separator ());
          g_string_append_printf (out, "%s, ", task->label);
          append_months (out, task->start, task->end);
        }
      g_string_append_c (out, '.');
    }

  return g_string_free (out, FALSE);
}
