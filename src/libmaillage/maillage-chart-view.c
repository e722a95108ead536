/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-chart-view.c: a widget that shows a MaillageChart, drawn by the
 * same renderer as the documents.
 */
#define G_LOG_DOMAIN "maillage-chart-view"

#include "config.h"

#include "maillage-chart.h"
#include "maillage-chart-view.h"

/* Below this, text would be too small to read. */
#define MIN_WIDTH 200
#define MIN_HEIGHT 150

/**
 * MaillageChartView:
 *
 * Shows a #MaillageChart, redrawn whenever the chart changes. Its natural
 * size is the chart's natural size (maillage_chart_get_natural_size()),
 * taken as pixels, so that a chart looks on screen as it will on the
 * page; given a narrower width, it asks for proportionally less height.
 *
 * For assistive technologies the view is an image, labelled with the
 * chart's title and described by maillage_chart_describe().
 */
struct _MaillageChartView
{
  GtkWidget      parent_instance;

  MaillageChart *chart;
  gulong         changed_id;
  /* The description is written once the chart is built, not on each of
   * the hundreds of changes that build it. */
  guint          describe_id;
};

G_DEFINE_FINAL_TYPE (MaillageChartView, maillage_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (MaillageChartView *self)
{
  g_autofree char *description = NULL;

  if (self->chart == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  description = maillage_chart_describe (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, maillage_chart_get_title (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static gboolean
describe_cb (gpointer user_data)
{
  MaillageChartView *self = user_data;

  self->describe_id = 0;
  update_accessible (self);

  return G_SOURCE_REMOVE;
}

static void
chart_changed_cb (MaillageChartView *self)
{
  if (self->describe_id == 0)
    self->describe_id = g_idle_add (describe_cb, self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
maillage_chart_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  MaillageChartView *self = MAILLAGE_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  maillage_chart_render (self->chart, cr, width, height);
  cairo_destroy (cr);
}

static void
maillage_chart_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  MaillageChartView *self = MAILLAGE_CHART_VIEW (widget);
  double width = 450, height = 280;

  if (self->chart != NULL)
    maillage_chart_get_natural_size (self->chart, &width, &height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, (int) width);
    }
  else
    {
      double scale = for_size > 0 && for_size < width ? for_size / width : 1;

      *minimum = MIN_HEIGHT;
      *natural = MAX (MIN_HEIGHT, (int) (height * scale));
    }
}

static GtkSizeRequestMode
maillage_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
maillage_chart_view_dispose (GObject *object)
{
  MaillageChartView *self = (MaillageChartView *)object;

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_clear_object (&self->chart);
  g_clear_handle_id (&self->describe_id, g_source_remove);

  G_OBJECT_CLASS (maillage_chart_view_parent_class)->dispose (object);
}

static void
maillage_chart_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MaillageChartView *self = MAILLAGE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_chart_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MaillageChartView *self = MAILLAGE_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      maillage_chart_view_set_chart (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_chart_view_class_init (MaillageChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_chart_view_dispose;
  object_class->get_property = maillage_chart_view_get_property;
  object_class->set_property = maillage_chart_view_set_property;

  widget_class->snapshot = maillage_chart_view_snapshot;
  widget_class->measure = maillage_chart_view_measure;
  widget_class->get_request_mode = maillage_chart_view_get_request_mode;

  /**
   * MaillageChartView:chart:
   *
   * The chart shown, or %NULL for nothing.
   */
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL,
                         MAILLAGE_TYPE_CHART,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
maillage_chart_view_init (MaillageChartView *self)
{
}

/**
 * maillage_chart_view_new:
 * @chart: (nullable): the chart to show
 *
 * Creates a view of @chart.
 *
 * Returns: (transfer full): a new #MaillageChartView
 */
GtkWidget *
maillage_chart_view_new (MaillageChart *chart)
{
  g_return_val_if_fail (chart == NULL || MAILLAGE_IS_CHART (chart), NULL);

  return g_object_new (MAILLAGE_TYPE_CHART_VIEW, "chart", chart, NULL);
}

/**
 * maillage_chart_view_get_chart:
 * @self: a #MaillageChartView
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
MaillageChart *
maillage_chart_view_get_chart (MaillageChartView *self)
{
  g_return_val_if_fail (MAILLAGE_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * maillage_chart_view_set_chart:
 * @self: a #MaillageChartView
 * @chart: (nullable): the chart to show, or %NULL for nothing
 *
 * Shows @chart, and follows its changes.
 */
void
maillage_chart_view_set_chart (MaillageChartView *self,
                               MaillageChart     *chart)
{
  g_return_if_fail (MAILLAGE_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || MAILLAGE_IS_CHART (chart));

  if (self->chart == chart)
    return;

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    self->changed_id = g_signal_connect_swapped (chart, "changed", G_CALLBACK (chart_changed_cb), self);

  g_clear_handle_id (&self->describe_id, g_source_remove);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}
