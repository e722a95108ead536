/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-print-layout"

#include "config.h"

#include <math.h>

#include "maillage-i18n.h"
#include "maillage-print-layout-private.h"

/**
 * MaillagePrintLayout:
 *
 * A [class@Maillage.Document] on pages: the one paginated renderer, which
 * the PDF exporter, printing and the print preview share, so that all
 * three show the same pages.
 *
 * The pages are A4 unless told otherwise, with margins of 2.5 cm at the
 * top and bottom and 2.2 cm at the sides. Each page but the first of a
 * part has a running header (the document's title, the part's title);
 * each has a footer « Page 3 sur 42 ». Headings carry their number and are
 * never left alone at the bottom of a page; paragraphs keep their bold,
 * italic and links (clickable in a PDF); tables go on over pages with
 * their header row repeated, and no line of text is ever cut at the edge
 * of a page; figures are drawn as vectors by [method@Maillage.Chart.render];
 * the contents list the headings of their part with their pages; every
 * part starts on a new page.
 *
 * ```c
 * g_autoptr(MaillagePrintLayout) layout = maillage_print_layout_new (document);
 *
 * maillage_print_layout_paginate (layout);
 * for (guint i = 0; i < maillage_print_layout_get_n_pages (layout); i++)
 *   {
 *     maillage_print_layout_render_page (layout, cr, i);
 *     cairo_show_page (cr);
 *   }
 * ```
 *
 * Text is laid out with unhinted metrics at 72 dpi: a page breaks its
 * lines in the same places on screen, on paper and in a PDF.
 */
struct _MaillagePrintLayout
{
  GObject           parent_instance;

  MaillageDocument *document;
  double            page_width;
  double            page_height;
  double            margins[4];   /* top, right, bottom, left */

  PangoContext     *context;
  GPtrArray        *pages;        /* of MaillagePrintPage */
  GArray           *outline;      /* of MaillagePrintOutlineEntry */
  GPtrArray        *parts;        /* of char *, titles */
};

G_DEFINE_FINAL_TYPE (MaillagePrintLayout, maillage_print_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MM(mm) ((mm) * 72.0 / 25.4)
#define RUNNING_SIZE 8.0

static void
clear_pages (MaillagePrintLayout *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
}

static void
maillage_print_layout_finalize (GObject *object)
{
  MaillagePrintLayout *self = MAILLAGE_PRINT_LAYOUT (object);

  clear_pages (self);
  g_clear_object (&self->context);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (maillage_print_layout_parent_class)->finalize (object);
}

static void
maillage_print_layout_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MaillagePrintLayout *self = MAILLAGE_PRINT_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_print_layout_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MaillagePrintLayout *self = MAILLAGE_PRINT_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_print_layout_class_init (MaillagePrintLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_print_layout_finalize;
  object_class->get_property = maillage_print_layout_get_property;
  object_class->set_property = maillage_print_layout_set_property;

  /**
   * MaillagePrintLayout:document:
   *
   * The document laid out.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         MAILLAGE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_print_layout_init (MaillagePrintLayout *self)
{
  self->page_width = MAILLAGE_PRINT_LAYOUT_A4_WIDTH;
  self->page_height = MAILLAGE_PRINT_LAYOUT_A4_HEIGHT;
  self->margins[0] = MM (25);
  self->margins[1] = MM (22);
  self->margins[2] = MM (25);
  self->margins[3] = MM (22);
}

/**
 * maillage_print_layout_new:
 * @document: the document to lay out
 *
 * Returns: (transfer full): a new layout of @document, on A4 pages, not
 *   paginated yet
 */
MaillagePrintLayout *
maillage_print_layout_new (MaillageDocument *document)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), NULL);

  return g_object_new (MAILLAGE_TYPE_PRINT_LAYOUT, "document", document, NULL);
}

/**
 * maillage_print_layout_get_document:
 * @self: a #MaillagePrintLayout
 *
 * Returns: (transfer none): the document laid out
 */
MaillageDocument *
maillage_print_layout_get_document (MaillagePrintLayout *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self), NULL);

  return self->document;
}

/**
 * maillage_print_layout_set_page_size:
 * @self: a #MaillagePrintLayout
 * @width: the width of a page, in points
 * @height: the height of a page, in points
 *
 * Sets the size of the pages, A4 by default. Takes effect at the next
 * maillage_print_layout_paginate().
 */
void
maillage_print_layout_set_page_size (MaillagePrintLayout *self,
                                     double               width,
                                     double               height)
{
  g_return_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self));
  g_return_if_fail (width >= 144 && height >= 144);

  self->page_width = width;
  self->page_height = height;
}

/**
 * maillage_print_layout_get_page_size:
 * @self: a #MaillagePrintLayout
 * @width: (out) (optional): the width of a page, in points
 * @height: (out) (optional): the height of a page, in points
 */
void
maillage_print_layout_get_page_size (MaillagePrintLayout *self,
                                     double              *width,
                                     double              *height)
{
  g_return_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/**
 * maillage_print_layout_set_margins:
 * @self: a #MaillagePrintLayout
 * @top: the top margin, in points, where the running header goes
 * @right: the right margin
 * @bottom: the bottom margin, where the footer goes
 * @left: the left margin
 *
 * Sets the margins around the text. Takes effect at the next
 * maillage_print_layout_paginate().
 */
void
maillage_print_layout_set_margins (MaillagePrintLayout *self,
                                   double               top,
                                   double               right,
                                   double               bottom,
                                   double               left)
{
  g_return_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self));
  g_return_if_fail (top >= 0 && right >= 0 && bottom >= 0 && left >= 0);

  self->margins[0] = top;
  self->margins[1] = right;
  self->margins[2] = bottom;
  self->margins[3] = left;
}

static PangoContext *
create_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics, as the charts: the lines break at the same places
   * whatever the surface and the zoom. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (context, pango_language_from_string ("fr-FR"));

  return context;
}

/* The contents' page numbers, once every page is known. */
static void
resolve_page_numbers (MaillagePrintLayout *self)
{
  g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, 10,
                                                                PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL);
  g_autoptr(PangoFontDescription) bold = _maillage_print_font (PRINT_FONT_SANS, 10,
                                                                PANGO_WEIGHT_BOLD,
                                                                PANGO_STYLE_NORMAL);

  for (guint p = 0; p < self->pages->len; p++)
    {
      MaillagePrintPage *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          MaillagePrintItem *item = &g_array_index (page->items, MaillagePrintItem, i);
          MaillagePrintOutlineEntry *entry;
          g_autofree char *number = NULL;

          if (item->kind != MAILLAGE_PRINT_ITEM_PAGE_NUMBER)
            continue;

          entry = &g_array_index (self->outline, MaillagePrintOutlineEntry, item->target);
          number = g_strdup_printf ("%u", entry->page + 1);
          item->kind = MAILLAGE_PRINT_ITEM_TEXT;
          item->text = _maillage_print_text_new (self->context, number, NULL,
                                                 item->bold ? bold : font, -1,
                                                 PANGO_ALIGN_LEFT, PRINT_COLOR_TEXT);
          item->first = 0;
          item->n_lines = item->text->n_lines;
          item->x += item->width - item->text->width;

          /* The dots before the number go up to it. */
          if (i > 0)
            {
              MaillagePrintItem *leader = &g_array_index (page->items, MaillagePrintItem, i - 1);

              if (leader->kind == MAILLAGE_PRINT_ITEM_LEADER)
                leader->width = MAX (item->x - 4 - leader->x, 0);
            }
        }
    }
}

/**
 * maillage_print_layout_paginate:
 * @self: a #MaillagePrintLayout
 *
 * Lays the document out on pages of the size and margins set. Call it
 * again after changing them; the document itself is read as it is now.
 */
void
maillage_print_layout_paginate (MaillagePrintLayout *self)
{
  MaillagePrintFlow flow;

  g_return_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self));

  clear_pages (self);
  if (self->context == NULL)
    self->context = create_context ();

  _maillage_print_flow_init (&flow, self, self->context, self->document,
                             self->page_width, self->page_height, self->margins);
  _maillage_print_flow_run (&flow);

  self->pages = g_steal_pointer (&flow.pages);
  self->outline = g_steal_pointer (&flow.outline);
  self->parts = g_steal_pointer (&flow.parts);
  _maillage_print_flow_clear (&flow);

  resolve_page_numbers (self);
}

/**
 * maillage_print_layout_get_n_pages:
 * @self: a #MaillagePrintLayout
 *
 * Returns: the number of pages, at least 1 once paginated; 0 before
 */
guint
maillage_print_layout_get_n_pages (MaillagePrintLayout *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* Dots every 4 points, on a grid of the page so that the dots of all
 * the entries line up: one dashed stroke of round dots, which a PDF says
 * in a few bytes where a path of dots would take hundreds. */
static void
draw_leader (cairo_t                 *cr,
             const MaillagePrintItem *item)
{
  const double step = 4.0;
  const double dash[] = { 0, step };
  double start = ceil (item->x / step) * step;

  if (start > item->x + item->width)
    return;

  cairo_save (cr);
  set_color (cr, item->color);
  cairo_set_line_width (cr, 1.1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, start, item->y - 0.6);
  cairo_line_to (cr, item->x + item->width, item->y - 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Internal links go to named destinations, one per outline entry: cairo
 * 1.16 drops a link to a page by number when that page comes later in
 * the file, as the contents' pages do. */
static void
append_destination_name (GString *attributes,
                         int      target)
{
  g_string_append_printf (attributes, "'maillage-%d'", target);
}

static void
tag_internal_link (MaillagePrintLayout     *self,
                   cairo_t                 *cr,
                   const MaillagePrintItem *item)
{
  g_autoptr(GString) attributes = g_string_new ("dest=");

  if (item->target < 0 || (guint) item->target >= self->outline->len)
    return;

  append_destination_name (attributes, item->target);
  g_string_append (attributes, " rect=[");
  _maillage_print_append_rect (attributes, item->x, item->y, item->width, item->height);
  g_string_append_c (attributes, ']');

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

/* The destinations of the outline entries on page @index, a little above
 * their text. */
static void
tag_destinations (MaillagePrintLayout *self,
                  cairo_t             *cr,
                  guint                index)
{
  for (guint i = 0; i < self->outline->len; i++)
    {
      MaillagePrintOutlineEntry *entry = &g_array_index (self->outline, MaillagePrintOutlineEntry, i);
      g_autoptr(GString) attributes = NULL;

      if (entry->page != index)
        continue;

      attributes = g_string_new ("name=");
      append_destination_name (attributes, i);
      g_string_append (attributes, " x=0 y=");
      _maillage_print_append_number (attributes, MAX (entry->y - 12, 0));
      g_string_append (attributes, " internal");
      cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes->str);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
}

static void
draw_item (MaillagePrintLayout     *self,
           cairo_t                 *cr,
           const MaillagePrintItem *item)
{
  switch (item->kind)
    {
    case MAILLAGE_PRINT_ITEM_TEXT:
      _maillage_print_text_draw (item->text, cr, item->x, item->y, item->first, item->n_lines);
      break;

    case MAILLAGE_PRINT_ITEM_FILL:
      set_color (cr, item->color);
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      cairo_fill (cr);
      break;

    case MAILLAGE_PRINT_ITEM_RULE:
      set_color (cr, item->color);
      cairo_set_line_width (cr, item->thickness);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y + item->height);
      cairo_stroke (cr);
      break;

    case MAILLAGE_PRINT_ITEM_CHART:
      cairo_save (cr);
      cairo_translate (cr, item->x, item->y);
      cairo_rectangle (cr, 0, 0, item->width, item->height);
      cairo_clip (cr);
      maillage_chart_render (item->chart, cr, item->width, item->height);
      cairo_restore (cr);
      break;

    case MAILLAGE_PRINT_ITEM_LEADER:
      draw_leader (cr, item);
      break;

    case MAILLAGE_PRINT_ITEM_LINK:
      tag_internal_link (self, cr, item);
      break;

    case MAILLAGE_PRINT_ITEM_PAGE_NUMBER:
    default:
      break;
    }
}

static void
draw_running_text (MaillagePrintLayout *self,
                   cairo_t             *cr,
                   const char          *text,
                   double               x,
                   double               y,
                   double               width,
                   PangoAlignment       alignment)
{
  g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, RUNNING_SIZE,
                                                                PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL);
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);

  if (text == NULL || *text == '\0' || width < 1)
    return;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, PANGO_UNITS (width));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);

  set_color (cr, PRINT_COLOR_MUTED);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The document's title on the left, the part's on the right, over a
 * hairline; each gets half the width at most. */
static void
draw_header (MaillagePrintLayout     *self,
             cairo_t                 *cr,
             const MaillagePrintPage *page)
{
  double left = self->margins[3];
  double width = self->page_width - self->margins[1] - self->margins[3];
  double rule_y = MAX (self->margins[0] - MM (6), 4);
  double text_y = MAX (rule_y - RUNNING_SIZE * 1.6, 2);
  const char *title = maillage_document_get_title (self->document);
  const char *right = page->part >= 0 ? g_ptr_array_index (self->parts, page->part) : NULL;

  /* A part named as the document (the strategy alone) would say the
   * same thing twice: its chapter is more use. */
  if ((right == NULL || g_strcmp0 (right, title) == 0) && page->chapter >= 0)
    right = g_array_index (self->outline, MaillagePrintOutlineEntry, page->chapter).title;

  draw_running_text (self, cr, title, left, text_y, width / 2 - 6, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, right, left + width / 2 + 6, text_y, width / 2 - 6,
                     PANGO_ALIGN_RIGHT);

  set_color (cr, PRINT_COLOR_HAIRLINE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, left, rule_y);
  cairo_line_to (cr, left + width, rule_y);
  cairo_stroke (cr);
}

static void
draw_footer (MaillagePrintLayout *self,
             cairo_t             *cr,
             guint                index)
{
  g_autofree char *text = NULL;
  double left = self->margins[3];
  double width = self->page_width - self->margins[1] - self->margins[3];
  double y = self->page_height - self->margins[2] + MAX (self->margins[2] / 2 - RUNNING_SIZE, 2);

  /* Translators: the footer of every page of a generated document */
  text = g_strdup_printf (F_("Page %u of %u"), index + 1, self->pages->len);
  draw_running_text (self, cr, text, left, y, width, PANGO_ALIGN_CENTER);
}

/**
 * maillage_print_layout_render_page:
 * @self: a paginated #MaillagePrintLayout
 * @cr: where to draw, in points, the page's top left corner at (0, 0)
 * @page: the index of the page, from 0
 *
 * Draws a page: its running header, its content and its footer. The
 * background is not painted. On a PDF surface, links are tagged as links;
 * other surfaces ignore the tags.
 *
 * @cr may be scaled (a preview's zoom): everything is drawn as vectors.
 */
void
maillage_print_layout_render_page (MaillagePrintLayout *self,
                                   cairo_t             *cr,
                                   guint                page)
{
  MaillagePrintPage *p;

  g_return_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL && page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  if (!p->starts_part)
    draw_header (self, cr, p);
  tag_destinations (self, cr, page);

  for (guint i = 0; i < p->items->len; i++)
    draw_item (self, cr, &g_array_index (p->items, MaillagePrintItem, i));

  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * maillage_print_layout_get_n_outline_entries:
 * @self: a paginated #MaillagePrintLayout
 *
 * The outline is the parts and the headings of the document, in order,
 * with the page each starts on: the bookmarks of a PDF.
 *
 * Returns: the number of entries of the outline
 */
guint
maillage_print_layout_get_n_outline_entries (MaillagePrintLayout *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self), 0);

  return self->outline != NULL ? self->outline->len : 0;
}

/**
 * maillage_print_layout_get_outline_entry:
 * @self: a paginated #MaillagePrintLayout
 * @index: the index of the entry
 * @depth: (out) (optional): 0 for a part, the level (1 to 6) for a heading
 * @page: (out) (optional): the page it is on, from 0
 * @y: (out) (optional): the top of its text on that page, in points
 *
 * An entry's parent is the nearest entry before it with a smaller depth.
 *
 * Returns: the entry's title; a heading's starts with its number
 */
const char *
maillage_print_layout_get_outline_entry (MaillagePrintLayout *self,
                                         guint                index,
                                         guint               *depth,
                                         guint               *page,
                                         double              *y)
{
  MaillagePrintOutlineEntry *entry;

  g_return_val_if_fail (MAILLAGE_IS_PRINT_LAYOUT (self), NULL);
  g_return_val_if_fail (self->outline != NULL && index < self->outline->len, NULL);

  entry = &g_array_index (self->outline, MaillagePrintOutlineEntry, index);
  if (depth != NULL)
    *depth = entry->depth;
  if (page != NULL)
    *page = entry->page;
  if (y != NULL)
    *y = entry->y;

  return entry->title;
}
