/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-page-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "maillage-page-view.h"

/**
 * MaillagePageView:
 *
 * One page of a #MaillagePrintLayout, as it will print: a white sheet
 * with a shadow, the page drawn on it by
 * maillage_print_layout_render_page() at the view's zoom (1.0: a point a
 * pixel). The preview shows these in a list view, which makes only the
 * pages in sight.
 */
struct _MaillagePageView
{
  GtkWidget            parent_instance;
  MaillagePrintLayout *layout;
  guint                page;
  double               zoom;
};

G_DEFINE_FINAL_TYPE (MaillagePageView, maillage_page_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_page_size (MaillagePageView *self,
               double           *width,
               double           *height)
{
  *width = MAILLAGE_PRINT_LAYOUT_A4_WIDTH;
  *height = MAILLAGE_PRINT_LAYOUT_A4_HEIGHT;
  if (self->layout != NULL)
    maillage_print_layout_get_page_size (self->layout, width, height);
}

static void
maillage_page_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  MaillagePageView *self = MAILLAGE_PAGE_VIEW (widget);
  double width, height;

  get_page_size (self, &width, &height);
  *minimum = *natural = (int) ceil ((orientation == GTK_ORIENTATION_HORIZONTAL ? width : height) *
                                    self->zoom);
}

static void
maillage_page_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  MaillagePageView *self = MAILLAGE_PAGE_VIEW (widget);
  const GdkRGBA white = { 1, 1, 1, 1 };
  const GdkRGBA shadow = { 0, 0, 0, 0.3 };
  double width, height;
  graphene_rect_t bounds;
  GskRoundedRect outline;
  cairo_t *cr;

  get_page_size (self, &width, &height);
  bounds = GRAPHENE_RECT_INIT (0, 0, width * self->zoom, height * self->zoom);
  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);

  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);
  gtk_snapshot_append_color (snapshot, &white, &bounds);

  if (self->layout == NULL || self->page >= maillage_print_layout_get_n_pages (self->layout))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_scale (cr, self->zoom, self->zoom);
  maillage_print_layout_render_page (self->layout, cr, self->page);
  cairo_destroy (cr);
}

static void
maillage_page_view_dispose (GObject *object)
{
  MaillagePageView *self = MAILLAGE_PAGE_VIEW (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (maillage_page_view_parent_class)->dispose (object);
}

static void
maillage_page_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MaillagePageView *self = MAILLAGE_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_page_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MaillagePageView *self = MAILLAGE_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      maillage_page_view_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_page_view_class_init (MaillagePageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_page_view_dispose;
  object_class->get_property = maillage_page_view_get_property;
  object_class->set_property = maillage_page_view_set_property;
  widget_class->measure = maillage_page_view_measure;
  widget_class->snapshot = maillage_page_view_snapshot;

  /**
   * MaillagePageView:zoom:
   *
   * Pixels a point: 1.0 shows an A4 page 595 pixels wide.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.1, 8.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
maillage_page_view_init (MaillagePageView *self)
{
  self->zoom = 1.0;
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
maillage_page_view_new (void)
{
  return g_object_new (MAILLAGE_TYPE_PAGE_VIEW, NULL);
}

/**
 * maillage_page_view_set_page:
 * @self: a #MaillagePageView
 * @layout: (nullable): a paginated layout
 * @page: the index of the page to show, from 0
 */
void
maillage_page_view_set_page (MaillagePageView    *self,
                             MaillagePrintLayout *layout,
                             guint                page)
{
  g_autofree char *label = NULL;

  g_return_if_fail (MAILLAGE_IS_PAGE_VIEW (self));
  g_return_if_fail (layout == NULL || MAILLAGE_IS_PRINT_LAYOUT (layout));

  g_set_object (&self->layout, layout);
  self->page = page;

  label = g_strdup_printf (_("Page %u of %u"), page + 1,
                           layout != NULL ? maillage_print_layout_get_n_pages (layout) : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

MaillagePrintLayout *
maillage_page_view_get_layout (MaillagePageView *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PAGE_VIEW (self), NULL);

  return self->layout;
}

guint
maillage_page_view_get_page (MaillagePageView *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PAGE_VIEW (self), 0);

  return self->page;
}

void
maillage_page_view_set_zoom (MaillagePageView *self,
                             double            zoom)
{
  g_return_if_fail (MAILLAGE_IS_PAGE_VIEW (self));

  zoom = CLAMP (zoom, 0.1, 8.0);
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
maillage_page_view_get_zoom (MaillagePageView *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PAGE_VIEW (self), 1.0);

  return self->zoom;
}
