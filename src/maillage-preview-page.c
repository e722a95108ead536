/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-preview-page.c: the « Aperçu » page: the strategy document as
 * it will print, page after page, from the same MaillagePrintLayout as
 * printing and the PDF. The pages are items of a list view, so that only
 * those in sight are made and drawn, however long the document.
 *
 * The document is built again when the page is shown after the project
 * changed, not at every change: building and paginating a large project
 * takes a moment that editing elsewhere should not pay.
 */
#define G_LOG_DOMAIN "maillage-preview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-page-view.h"
#include "maillage-preview-page.h"
#include "maillage-strategy-builder.h"

struct _MaillagePreviewPage
{
  AdwBin               parent_instance;

  MaillageProject     *project;
  MaillageModuleSet   *module_set;
  MaillagePrintLayout *layout;
  GtkStringList       *pages;
  double               zoom;
  guint                dirty : 1;

  /* Template children */
  GtkLabel            *pages_label;
  GtkLabel            *zoom_label;
  GtkListView         *list_view;
};

G_DEFINE_FINAL_TYPE (MaillagePreviewPage, maillage_preview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double zoom_levels[] = { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 };

static void
update_zoom (MaillagePreviewPage *self)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom of the print preview, as a percentage */
  label = g_strdup_printf (_("%d %%"), (int) (self->zoom * 100 + 0.5));
  gtk_label_set_label (self->zoom_label, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 self->zoom > zoom_levels[0] + 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 self->zoom < zoom_levels[G_N_ELEMENTS (zoom_levels) - 1] - 0.001);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MaillagePreviewPage *self = MAILLAGE_PREVIEW_PAGE (widget);

  for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
    {
      if (zoom_levels[i] > self->zoom + 0.001)
        {
          maillage_preview_page_set_zoom (self, zoom_levels[i]);
          return;
        }
    }
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MaillagePreviewPage *self = MAILLAGE_PREVIEW_PAGE (widget);

  for (guint i = G_N_ELEMENTS (zoom_levels); i > 0; i--)
    {
      if (zoom_levels[i - 1] < self->zoom - 0.001)
        {
          maillage_preview_page_set_zoom (self, zoom_levels[i - 1]);
          return;
        }
    }
}

static void
setup_page_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MaillagePreviewPage      *self)
{
  GtkWidget *view = maillage_page_view_new ();

  gtk_widget_set_margin_top (view, 12);
  gtk_widget_set_margin_bottom (view, 12);
  gtk_widget_set_margin_start (view, 12);
  gtk_widget_set_margin_end (view, 12);
  /* The binding goes when either goes. */
  g_object_bind_property (self, "zoom", view, "zoom", G_BINDING_SYNC_CREATE);

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, view);
}

static void
bind_page_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MaillagePreviewPage      *self)
{
  maillage_page_view_set_page (MAILLAGE_PAGE_VIEW (gtk_list_item_get_child (item)),
                               self->layout, gtk_list_item_get_position (item));
}

static void
unbind_page_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MaillagePreviewPage      *self)
{
  /* A recycled view lets go of the layout it showed. */
  maillage_page_view_set_page (MAILLAGE_PAGE_VIEW (gtk_list_item_get_child (item)), NULL, 0);
}

static void
set_n_pages (MaillagePreviewPage *self,
             guint                n_pages)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = NULL;

  for (guint i = 0; i < n_pages; i++)
    g_ptr_array_add (names, g_strdup_printf ("%u", i + 1));
  g_ptr_array_add (names, NULL);

  /* Every item changes: the views are bound again, to the new layout. */
  gtk_string_list_splice (self->pages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->pages)),
                          (const char * const *) names->pdata);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page, as printed", "%u pages, as printed",
                                        n_pages),
                           n_pages);
  gtk_label_set_label (self->pages_label, n_pages > 0 ? label : "");
}

/**
 * maillage_preview_page_refresh:
 * @self: a #MaillagePreviewPage
 *
 * Builds the strategy document again and lays it out.
 */
void
maillage_preview_page_refresh (MaillagePreviewPage *self)
{
  g_autoptr(MaillageStrategyBuilder) builder = NULL;
  g_autoptr(MaillageDocument) document = NULL;

  g_return_if_fail (MAILLAGE_IS_PREVIEW_PAGE (self));

  self->dirty = FALSE;
  g_clear_object (&self->layout);

  if (self->project == NULL)
    {
      set_n_pages (self, 0);
      return;
    }

  builder = maillage_strategy_builder_new (self->project, G_LIST_MODEL (self->module_set));
  document = maillage_strategy_builder_build (builder);
  self->layout = maillage_print_layout_new (document);
  maillage_print_layout_paginate (self->layout);

  set_n_pages (self, maillage_print_layout_get_n_pages (self->layout));
}

static void
mark_dirty (MaillagePreviewPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    maillage_preview_page_refresh (self);
}

static void
maillage_preview_page_map (GtkWidget *widget)
{
  MaillagePreviewPage *self = MAILLAGE_PREVIEW_PAGE (widget);

  if (self->dirty)
    maillage_preview_page_refresh (self);

  GTK_WIDGET_CLASS (maillage_preview_page_parent_class)->map (widget);
}

static void
disconnect (MaillagePreviewPage *self)
{
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, mark_dirty, self);
  if (self->module_set != NULL)
    g_signal_handlers_disconnect_by_func (self->module_set, mark_dirty, self);
  g_clear_object (&self->project);
  g_clear_object (&self->module_set);
}

/**
 * maillage_preview_page_set_project:
 * @self: a #MaillagePreviewPage
 * @project: (nullable): the project to preview
 * @module_set: (nullable): its modules, whose chapters make the document
 */
void
maillage_preview_page_set_project (MaillagePreviewPage *self,
                                   MaillageProject     *project,
                                   MaillageModuleSet   *module_set)
{
  g_return_if_fail (MAILLAGE_IS_PREVIEW_PAGE (self));
  g_return_if_fail (project == NULL || MAILLAGE_IS_PROJECT (project));
  g_return_if_fail (module_set == NULL || MAILLAGE_IS_MODULE_SET (module_set));

  disconnect (self);

  if (project != NULL)
    {
      self->project = g_object_ref (project);
      g_signal_connect_swapped (project, "changed", G_CALLBACK (mark_dirty), self);
    }
  if (module_set != NULL)
    {
      self->module_set = g_object_ref (module_set);
      g_signal_connect_swapped (module_set, "items-changed", G_CALLBACK (mark_dirty), self);
    }

  /* Nothing is built for a project never previewed. */
  g_clear_object (&self->layout);
  set_n_pages (self, 0);
  mark_dirty (self);
}

/**
 * maillage_preview_page_get_layout:
 * @self: a #MaillagePreviewPage
 *
 * Returns: (transfer none) (nullable): the pages shown, if built
 */
MaillagePrintLayout *
maillage_preview_page_get_layout (MaillagePreviewPage *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PREVIEW_PAGE (self), NULL);

  return self->layout;
}

double
maillage_preview_page_get_zoom (MaillagePreviewPage *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PREVIEW_PAGE (self), 1.0);

  return self->zoom;
}

void
maillage_preview_page_set_zoom (MaillagePreviewPage *self,
                                double               zoom)
{
  g_return_if_fail (MAILLAGE_IS_PREVIEW_PAGE (self));

  zoom = CLAMP (zoom, zoom_levels[0], zoom_levels[G_N_ELEMENTS (zoom_levels) - 1]);
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  update_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
maillage_preview_page_dispose (GObject *object)
{
  MaillagePreviewPage *self = MAILLAGE_PREVIEW_PAGE (object);

  disconnect (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_PREVIEW_PAGE);
  g_clear_object (&self->layout);
  g_clear_object (&self->pages);

  G_OBJECT_CLASS (maillage_preview_page_parent_class)->dispose (object);
}

static void
maillage_preview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MaillagePreviewPage *self = MAILLAGE_PREVIEW_PAGE (object);

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
maillage_preview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MaillagePreviewPage *self = MAILLAGE_PREVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      maillage_preview_page_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_preview_page_class_init (MaillagePreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_preview_page_dispose;
  object_class->get_property = maillage_preview_page_get_property;
  object_class->set_property = maillage_preview_page_set_property;
  widget_class->map = maillage_preview_page_map;

  /**
   * MaillagePreviewPage:zoom:
   *
   * Pixels a point of the pages.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.1, 8.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-preview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillagePreviewPage, pages_label);
  gtk_widget_class_bind_template_child (widget_class, MaillagePreviewPage, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, MaillagePreviewPage, list_view);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
}

static void
maillage_preview_page_init (MaillagePreviewPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  self->pages = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->pages)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_page_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_page_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_page_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (factory);
  g_object_unref (selection);

  update_zoom (self);
}

GtkWidget *
maillage_preview_page_new (void)
{
  return g_object_new (MAILLAGE_TYPE_PREVIEW_PAGE, NULL);
}
