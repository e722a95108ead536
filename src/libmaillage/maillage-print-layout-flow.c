/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-print-layout-flow.c: pages and how things go on them. The flow
 * keeps the page being filled and the height used on it; a text that does
 * not fit goes on with the next page, never cut through a line, and
 * leaves neither a lone first line at the bottom of a page nor a lone last
 * line at the top of the next.
 */
#define G_LOG_DOMAIN "maillage-print-layout"

#include "config.h"

#include <string.h>

#include "maillage-print-layout-private.h"

/* The fewest lines of a paragraph left alone at the bottom or the top of
 * a page (orphans and widows, in typesetters' words). */
#define MIN_LINES 2

void
_maillage_print_item_clear (MaillagePrintItem *item)
{
  g_clear_pointer (&item->text, _maillage_print_text_unref);
  g_clear_object (&item->chart);
}

void
_maillage_print_page_free (MaillagePrintPage *page)
{
  g_array_unref (page->items);
  g_free (page);
}

static void
outline_entry_clear (gpointer data)
{
  MaillagePrintOutlineEntry *entry = data;

  g_free (entry->title);
}

void
_maillage_print_flow_init (MaillagePrintFlow   *flow,
                           MaillagePrintLayout *self,
                           PangoContext        *context,
                           MaillageDocument    *document,
                           double               page_width,
                           double               page_height,
                           const double         margins[4])
{
  memset (flow, 0, sizeof *flow);

  flow->self = self;
  flow->context = context;
  flow->document = document;
  flow->n_blocks = g_list_model_get_n_items (G_LIST_MODEL (document));
  flow->prepared = g_new0 (MaillagePrintPrepared *, flow->n_blocks + 1);
  flow->outline_index = g_new (int, flow->n_blocks + 1);
  for (guint i = 0; i <= flow->n_blocks; i++)
    flow->outline_index[i] = -1;

  flow->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) _maillage_print_page_free);
  flow->outline = g_array_new (FALSE, TRUE, sizeof (MaillagePrintOutlineEntry));
  g_array_set_clear_func (flow->outline, outline_entry_clear);
  flow->parts = g_ptr_array_new_with_free_func (g_free);

  flow->page_width = page_width;
  flow->page_height = page_height;
  flow->top = margins[0];
  flow->left = margins[3];
  flow->width = MAX (page_width - margins[1] - margins[3], 72);
  flow->bottom = MAX (page_height - margins[2], flow->top + 72);
  flow->part = -1;
  flow->chapter = -1;

  _maillage_print_flow_new_page (flow);
}

void
_maillage_print_flow_clear (MaillagePrintFlow *flow)
{
  for (guint i = 0; i < flow->n_blocks; i++)
    g_clear_pointer (&flow->prepared[i], _maillage_print_prepared_free);
  g_clear_pointer (&flow->prepared, g_free);
  g_clear_pointer (&flow->outline_index, g_free);
  g_clear_pointer (&flow->pages, g_ptr_array_unref);
  g_clear_pointer (&flow->outline, g_array_unref);
  g_clear_pointer (&flow->parts, g_ptr_array_unref);
}

void
_maillage_print_flow_new_page (MaillagePrintFlow *flow)
{
  MaillagePrintPage *page = g_new0 (MaillagePrintPage, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (MaillagePrintItem));
  g_array_set_clear_func (page->items, (GDestroyNotify) _maillage_print_item_clear);
  page->part = flow->part;
  page->chapter = flow->chapter;

  g_ptr_array_add (flow->pages, page);
  flow->page = page;
  flow->y = flow->top;
}

gboolean
_maillage_print_flow_page_is_empty (MaillagePrintFlow *flow)
{
  return flow->page->items->len == 0;
}

double
_maillage_print_flow_room (MaillagePrintFlow *flow)
{
  return flow->bottom - flow->y;
}

/* Space between blocks, which a page does not start with. */
void
_maillage_print_flow_space (MaillagePrintFlow *flow,
                            double             space)
{
  if (!_maillage_print_flow_page_is_empty (flow))
    flow->y += space;
}

/* Goes to a new page unless @height fits on this one; an empty page
 * takes whatever comes, so that nothing waits for a page forever. */
void
_maillage_print_flow_ensure (MaillagePrintFlow *flow,
                             double             height)
{
  if (flow->y + height > flow->bottom + 0.01 && !_maillage_print_flow_page_is_empty (flow))
    _maillage_print_flow_new_page (flow);
}

MaillagePrintItem *
_maillage_print_flow_add_item (MaillagePrintFlow     *flow,
                               MaillagePrintItemKind  kind,
                               double                 x,
                               double                 y,
                               double                 width,
                               double                 height)
{
  MaillagePrintItem item = { 0, };

  item.kind = kind;
  item.x = x;
  item.y = y;
  item.width = width;
  item.height = height;
  item.target = -1;
  g_array_append_val (flow->page->items, item);

  return &g_array_index (flow->page->items, MaillagePrintItem, flow->page->items->len - 1);
}

static void
add_lines (MaillagePrintFlow *flow,
           MaillagePrintText *text,
           double             x,
           guint              first,
           guint              n_lines)
{
  MaillagePrintItem *item;
  double height = _maillage_print_text_lines_height (text, first, n_lines);

  item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_TEXT, x, flow->y,
                                        text->width, height);
  item->text = _maillage_print_text_ref (text);
  item->first = first;
  item->n_lines = n_lines;
  flow->y += height;
}

/* Puts @text at @x from the current height, on as many pages as it
 * takes if @split, else whole on this page or the next (unless it is
 * taller than a page: then it splits all the same). */
void
_maillage_print_flow_add_text (MaillagePrintFlow *flow,
                               MaillagePrintText *text,
                               double             x,
                               gboolean           split)
{
  guint first = 0;

  while (first < text->n_lines)
    {
      guint left = text->n_lines - first;
      guint fit = _maillage_print_text_lines_fitting (text, first, _maillage_print_flow_room (flow));
      gboolean empty = _maillage_print_flow_page_is_empty (flow);

      if (fit < left)
        {
          if (!split && !empty)
            {
              _maillage_print_flow_new_page (flow);
              continue;
            }
          /* A lone last line would rather take one more with it. */
          if (left - fit < MIN_LINES && fit > MIN_LINES)
            fit = left - MIN_LINES;
          /* A lone first line at the bottom waits for the next page. */
          if (fit < MIN_LINES && left >= MIN_LINES && !empty)
            {
              _maillage_print_flow_new_page (flow);
              continue;
            }
          if (fit == 0)
            {
              if (!empty)
                {
                  _maillage_print_flow_new_page (flow);
                  continue;
                }
              /* A line taller than the page: shown, cut, rather than
               * never. Only a font size no document uses gets here. */
              fit = 1;
            }
        }

      add_lines (flow, text, x, first, fit);
      first += fit;
      if (first < text->n_lines)
        _maillage_print_flow_new_page (flow);
    }
}

void
_maillage_print_flow_add_rule (MaillagePrintFlow *flow,
                               double             x,
                               double             y,
                               double             width,
                               double             thickness,
                               guint32            color)
{
  MaillagePrintItem *item;

  item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_RULE, x, y, width, 0);
  item->thickness = thickness;
  item->color = color;
}
