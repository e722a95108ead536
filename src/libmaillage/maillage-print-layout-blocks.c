/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-print-layout-blocks.c: how each kind of block goes on the
 * pages. A block is prepared (laid out into text boxes) before it is
 * placed, and may be prepared ahead of its turn: a heading asks how much
 * of what follows must come with it (keep-with-next), so that no heading
 * is left alone at the bottom of a page.
 */
#define G_LOG_DOMAIN "maillage-print-layout"

#include "config.h"

#include "maillage-print-layout-private.h"

#define BODY_SIZE          10.0
#define PARAGRAPH_AFTER     6.0
#define HEADING_AFTER       4.0
#define PART_SIZE          24.0
#define PART_TOP           96.0
#define LIST_INDENT        12.0
#define LIST_ITEM_GAP       2.0
#define CAPTION_SIZE        9.0
#define FIGURE_MAX_HEIGHT   0.55 /* of the page's body */
#define CONTENTS_MAX_LEVEL  3
#define CONTENTS_INDENT    16.0
#define CONTENTS_NUMBERS   36.0 /* the column of page numbers */
#define KEEP_DEPTH          3    /* headings in a row kept together */

static const double heading_sizes[] = { 0, 17.0, 14.0, 12.0, 11.0, 10.5, 10.0 };
static const double heading_before[] = { 0, 20.0, 14.0, 10.0, 8.0, 8.0, 8.0 };

struct _MaillagePrintPrepared
{
  MaillageBlockKind   kind;
  /* The text of a part or heading; a figure's caption; the title of the
   * contents. */
  MaillagePrintText  *text;
  /* A paragraph's pieces (one unless it is huge), a list's items, the
   * entries of the contents. */
  GPtrArray          *texts;
  /* Per entry of the contents: its outline entry and its indent. */
  GArray             *targets;
  GArray             *indents;
  MaillagePrintTable *table;
  MaillageChart      *chart;
  double              chart_width;
  double              chart_height;
};

void
_maillage_print_prepared_free (MaillagePrintPrepared *prepared)
{
  g_clear_pointer (&prepared->text, _maillage_print_text_unref);
  g_clear_pointer (&prepared->texts, g_ptr_array_unref);
  g_clear_pointer (&prepared->targets, g_array_unref);
  g_clear_pointer (&prepared->indents, g_array_unref);
  g_clear_pointer (&prepared->table, _maillage_print_table_free);
  g_clear_object (&prepared->chart);
  g_free (prepared);
}

static MaillageBlock *
get_block (MaillagePrintFlow *flow,
           guint              index)
{
  MaillageBlock *block = g_list_model_get_item (G_LIST_MODEL (flow->document), index);

  /* The document holds a reference for as long as the flow runs. */
  g_object_unref (block);
  return block;
}

static guint
clamp_level (guint level)
{
  return CLAMP (level, 1, 6);
}

static PangoFontDescription *
heading_font (guint level)
{
  level = clamp_level (level);
  return _maillage_print_font (PRINT_FONT_SANS, heading_sizes[level],
                               level <= 4 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_SEMIBOLD,
                               level == 6 ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
}

/* A heading's number hangs before its text, which wraps beside it. */
static MaillagePrintText *
new_numbered (MaillagePrintFlow          *flow,
              const char                 *number,
              const char                 *string,
              const PangoFontDescription *font,
              double                      width,
              double                      hang,
              guint32                     color)
{
  if (number == NULL || *number == '\0')
    return _maillage_print_text_new (flow->context, string, NULL, font, width,
                                     PANGO_ALIGN_LEFT, color);

  if (hang <= 0)
    hang = _maillage_print_text_natural_width (flow->context, number, font, FALSE) +
           pango_font_description_get_size (font) / (double) PANGO_SCALE * 0.6;

  return _maillage_print_text_new_hanging (flow->context, number, string, font,
                                           width, hang, color);
}

static void
prepare_list (MaillagePrintFlow     *flow,
              MaillageBlock         *block,
              MaillagePrintPrepared *prepared)
{
  g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_BODY, BODY_SIZE,
                                                                PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL);
  const char * const *items = maillage_block_get_items (block);
  gboolean ordered = maillage_block_get_ordered (block);
  guint n_items = g_strv_length ((char **) items);
  double hang = BODY_SIZE * 1.2;

  if (ordered)
    {
      g_autofree char *widest = g_strdup_printf ("%u.", n_items);

      hang = MAX (hang, _maillage_print_text_natural_width (flow->context, widest, font, FALSE) +
                        BODY_SIZE * 0.6);
    }

  prepared->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) _maillage_print_text_unref);
  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *label = ordered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");

      g_ptr_array_add (prepared->texts,
                       _maillage_print_text_new_hanging (flow->context, label, items[i], font,
                                                         flow->width - LIST_INDENT, hang,
                                                         PRINT_COLOR_TEXT));
    }
}

static void
prepare_figure (MaillagePrintFlow     *flow,
                MaillageBlock         *block,
                MaillagePrintPrepared *prepared)
{
  MaillageChart *chart = maillage_block_get_chart (block);
  const char *caption = maillage_block_get_text (block);
  double natural_width = 480, natural_height = 320;
  double max_height = (flow->bottom - flow->top) * FIGURE_MAX_HEIGHT;

  if (chart != NULL)
    {
      prepared->chart = g_object_ref (chart);
      maillage_chart_get_natural_size (chart, &natural_width, &natural_height);
      if (!(natural_width > 0 && natural_height > 0))
        natural_width = 480, natural_height = 320;

      /* As wide as the text, unless that makes it too tall for a page. */
      prepared->chart_width = flow->width;
      prepared->chart_height = flow->width * natural_height / natural_width;
      if (prepared->chart_height > max_height)
        {
          prepared->chart_height = max_height;
          prepared->chart_width = max_height * natural_width / natural_height;
        }
    }

  if (caption != NULL && *caption != '\0')
    {
      g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, CAPTION_SIZE,
                                                                    PANGO_WEIGHT_NORMAL,
                                                                    PANGO_STYLE_ITALIC);

      prepared->text = _maillage_print_text_new (flow->context, caption, NULL, font, flow->width,
                                                 PANGO_ALIGN_CENTER, PRINT_COLOR_MUTED);
    }
}

/* The headings of the part the contents stand in, to level
 * CONTENTS_MAX_LEVEL, each with its number hanging in a column as wide as
 * the widest number of its level. */
static void
prepare_contents (MaillagePrintFlow     *flow,
                  guint                  index,
                  MaillageBlock         *block,
                  MaillagePrintPrepared *prepared)
{
  g_autoptr(PangoFontDescription) title_font = heading_font (1);
  g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, BODY_SIZE,
                                                                PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL);
  g_autoptr(PangoFontDescription) bold = _maillage_print_font (PRINT_FONT_SANS, BODY_SIZE,
                                                                PANGO_WEIGHT_BOLD,
                                                                PANGO_STYLE_NORMAL);
  double hangs[CONTENTS_MAX_LEVEL + 1] = { 0, };
  guint start = index, end = index + 1;

  prepared->text = _maillage_print_text_new (flow->context, maillage_block_get_text (block), NULL,
                                             title_font, flow->width, PANGO_ALIGN_LEFT,
                                             PRINT_COLOR_HEADING);

  while (start > 0 && maillage_block_get_kind (get_block (flow, start - 1)) != MAILLAGE_BLOCK_PART)
    start--;
  while (end < flow->n_blocks && maillage_block_get_kind (get_block (flow, end)) != MAILLAGE_BLOCK_PART)
    end++;

  for (guint i = start; i < end; i++)
    {
      MaillageBlock *heading = get_block (flow, i);
      guint level = maillage_block_get_level (heading);
      const char *number = maillage_block_get_number (heading);

      if (maillage_block_get_kind (heading) != MAILLAGE_BLOCK_HEADING ||
          level > CONTENTS_MAX_LEVEL || number == NULL || *number == '\0')
        continue;
      hangs[level] = MAX (hangs[level],
                          _maillage_print_text_natural_width (flow->context, number,
                                                              level == 1 ? bold : font, FALSE) +
                          BODY_SIZE * 0.8);
    }

  prepared->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) _maillage_print_text_unref);
  prepared->targets = g_array_new (FALSE, FALSE, sizeof (int));
  prepared->indents = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = start; i < end; i++)
    {
      MaillageBlock *heading = get_block (flow, i);
      guint level = maillage_block_get_level (heading);
      double indent = (clamp_level (level) - 1) * CONTENTS_INDENT;

      if (maillage_block_get_kind (heading) != MAILLAGE_BLOCK_HEADING || level > CONTENTS_MAX_LEVEL)
        continue;

      g_ptr_array_add (prepared->texts,
                       new_numbered (flow, maillage_block_get_number (heading),
                                     maillage_block_get_text (heading),
                                     level == 1 ? bold : font,
                                     flow->width - indent - CONTENTS_NUMBERS - BODY_SIZE,
                                     hangs[level], PRINT_COLOR_TEXT));
      g_array_append_val (prepared->targets, flow->outline_index[i]);
      g_array_append_val (prepared->indents, indent);
    }
}

static MaillagePrintPrepared *
prepare (MaillagePrintFlow *flow,
         guint              index)
{
  MaillagePrintPrepared *prepared = flow->prepared[index];
  MaillageBlock *block;

  if (prepared != NULL)
    return prepared;

  block = get_block (flow, index);
  prepared = g_new0 (MaillagePrintPrepared, 1);
  prepared->kind = maillage_block_get_kind (block);

  switch (prepared->kind)
    {
    case MAILLAGE_BLOCK_PART:
      {
        g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, PART_SIZE,
                                                                      PANGO_WEIGHT_BOLD,
                                                                      PANGO_STYLE_NORMAL);

        prepared->text = _maillage_print_text_new (flow->context, maillage_block_get_text (block),
                                                   NULL, font, flow->width, PANGO_ALIGN_LEFT,
                                                   PRINT_COLOR_HEADING);
      }
      break;

    case MAILLAGE_BLOCK_HEADING:
      {
        guint level = clamp_level (maillage_block_get_level (block));
        g_autoptr(PangoFontDescription) font = heading_font (level);

        prepared->text = new_numbered (flow, maillage_block_get_number (block),
                                       maillage_block_get_text (block), font, flow->width, 0,
                                       level <= 2 ? PRINT_COLOR_HEADING : PRINT_COLOR_TEXT);
      }
      break;

    case MAILLAGE_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_BODY, BODY_SIZE,
                                                                      PANGO_WEIGHT_NORMAL,
                                                                      PANGO_STYLE_NORMAL);

        prepared->texts = _maillage_print_text_new_spans (flow->context, block, font, flow->width);
      }
      break;

    case MAILLAGE_BLOCK_LIST:
      prepare_list (flow, block, prepared);
      break;

    case MAILLAGE_BLOCK_TABLE:
      prepared->table = _maillage_print_table_new (flow, block);
      break;

    case MAILLAGE_BLOCK_FIGURE:
      prepare_figure (flow, block, prepared);
      break;

    case MAILLAGE_BLOCK_CONTENTS:
      prepare_contents (flow, index, block, prepared);
      break;

    case MAILLAGE_BLOCK_PAGE_BREAK:
    default:
      break;
    }

  flow->prepared[index] = prepared;
  return prepared;
}

static double
first_lines_height (MaillagePrintText *text)
{
  return _maillage_print_text_lines_height (text, 0, MIN (text->n_lines, 2));
}

/* The least of block @index that must share a page with the heading
 * before it. */
static double
min_height (MaillagePrintFlow *flow,
            guint              index,
            guint              depth)
{
  MaillagePrintPrepared *prepared;

  if (index >= flow->n_blocks || depth > KEEP_DEPTH)
    return 0;

  prepared = prepare (flow, index);
  switch (prepared->kind)
    {
    case MAILLAGE_BLOCK_PARAGRAPH:
      return first_lines_height (g_ptr_array_index (prepared->texts, 0));

    case MAILLAGE_BLOCK_HEADING:
      return prepared->text->height + HEADING_AFTER + min_height (flow, index + 1, depth + 1);

    case MAILLAGE_BLOCK_LIST:
      return prepared->texts->len > 0 ? first_lines_height (g_ptr_array_index (prepared->texts, 0)) : 0;

    case MAILLAGE_BLOCK_TABLE:
      return _maillage_print_table_min_height (prepared->table);

    case MAILLAGE_BLOCK_FIGURE:
      return prepared->chart_height + (prepared->text != NULL ? 4 + prepared->text->height : 0);

    case MAILLAGE_BLOCK_CONTENTS:
      return prepared->text->height + 8 +
             (prepared->texts->len > 0 ? ((MaillagePrintText *) g_ptr_array_index (prepared->texts, 0))->height : 0);

    case MAILLAGE_BLOCK_PART:
    case MAILLAGE_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static MaillagePrintItem *
last_item (MaillagePrintFlow *flow)
{
  return &g_array_index (flow->page->items, MaillagePrintItem, flow->page->items->len - 1);
}

/* The outline entry of block @index is where its text went. */
static void
place_outline_entry (MaillagePrintFlow *flow,
                     guint              index,
                     double             y)
{
  MaillagePrintOutlineEntry *entry;

  if (flow->outline_index[index] < 0)
    return;

  entry = &g_array_index (flow->outline, MaillagePrintOutlineEntry, flow->outline_index[index]);
  entry->page = flow->pages->len - 1;
  entry->y = y;
  entry->placed = TRUE;
}

static void
place_part (MaillagePrintFlow     *flow,
            guint                  index,
            MaillagePrintPrepared *prepared)
{
  if (!_maillage_print_flow_page_is_empty (flow))
    _maillage_print_flow_new_page (flow);

  flow->part++;
  flow->chapter = -1;
  flow->page->part = flow->part;
  flow->page->chapter = -1;
  flow->page->starts_part = TRUE;

  flow->y += PART_TOP;
  place_outline_entry (flow, index, flow->y);
  _maillage_print_flow_add_text (flow, prepared->text, flow->left, TRUE);
  flow->y += 10;
  _maillage_print_flow_add_rule (flow, flow->left, flow->y, flow->width, 1.5, PRINT_COLOR_HEADING);
  flow->y += 28;
}

static void
place_heading (MaillagePrintFlow     *flow,
               guint                  index,
               MaillageBlock         *block,
               MaillagePrintPrepared *prepared)
{
  guint level = clamp_level (maillage_block_get_level (block));
  double height = prepared->text->height;
  double with_next = height + HEADING_AFTER + min_height (flow, index + 1, 1);

  _maillage_print_flow_space (flow, heading_before[level]);
  /* Keep with what follows, unless both would not fit on any page. */
  if (with_next <= flow->bottom - flow->top)
    _maillage_print_flow_ensure (flow, with_next);
  else
    _maillage_print_flow_ensure (flow, height);

  _maillage_print_flow_add_text (flow, prepared->text, flow->left, FALSE);
  place_outline_entry (flow, index, last_item (flow)->y);
  flow->y += HEADING_AFTER;

  /* The running header names the chapter in course at the top of a page,
   * or the one that starts there. */
  if (level == 1)
    {
      flow->chapter = flow->outline_index[index];
      if (flow->page->items->len == 1)
        flow->page->chapter = flow->chapter;
    }
}

static void
place_list (MaillagePrintFlow     *flow,
            MaillagePrintPrepared *prepared)
{
  _maillage_print_flow_space (flow, 2);
  for (guint i = 0; i < prepared->texts->len; i++)
    {
      if (i > 0)
        _maillage_print_flow_space (flow, LIST_ITEM_GAP);
      _maillage_print_flow_add_text (flow, g_ptr_array_index (prepared->texts, i),
                                     flow->left + LIST_INDENT, TRUE);
    }
  flow->y += PARAGRAPH_AFTER;
}

static void
place_figure (MaillagePrintFlow     *flow,
              MaillagePrintPrepared *prepared)
{
  double caption = prepared->text != NULL ? 4 + prepared->text->height : 0;

  _maillage_print_flow_space (flow, 6);
  _maillage_print_flow_ensure (flow, prepared->chart_height + caption);

  if (prepared->chart != NULL)
    {
      MaillagePrintItem *item;

      item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_CHART,
                                            flow->left + (flow->width - prepared->chart_width) / 2,
                                            flow->y, prepared->chart_width, prepared->chart_height);
      item->chart = g_object_ref (prepared->chart);
      flow->y += prepared->chart_height;
    }

  if (prepared->text != NULL)
    {
      _maillage_print_flow_space (flow, 4);
      _maillage_print_flow_add_text (flow, prepared->text, flow->left, FALSE);
    }
  flow->y += 10;
}

static double
line_width (PangoLayoutLine *line)
{
  PangoRectangle logical;

  pango_layout_line_get_extents (line, NULL, &logical);
  return PT (logical.width);
}

/* An entry of the contents: its text, dots to its page number, the
 * number (known once every page is), and a link over it all. */
static void
place_contents_entry (MaillagePrintFlow *flow,
                      MaillagePrintText *text,
                      int                target,
                      double             indent)
{
  double numbers_x = flow->left + flow->width - CONTENTS_NUMBERS;
  MaillagePrintItem *item;
  double top, last_top, dots_start, baseline;
  guint last = text->n_lines - 1;

  _maillage_print_flow_ensure (flow, text->height);
  _maillage_print_flow_add_text (flow, text, flow->left + indent, FALSE);
  item = last_item (flow);
  top = item->y;
  last_top = item->y + text->tops[last] - text->tops[item->first];
  baseline = item->y + text->baselines[last] - text->tops[item->first];
  dots_start = flow->left + indent + text->xs[last] + line_width (text->lines[last]) + 4;

  if (numbers_x - 4 > dots_start)
    {
      item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_LEADER, dots_start, baseline,
                                            numbers_x - 4 - dots_start, 0);
      item->color = PRINT_COLOR_MUTED;
    }

  item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_PAGE_NUMBER, numbers_x, last_top,
                                        CONTENTS_NUMBERS, text->heights[last]);
  item->target = target;
  item->bold = pango_font_description_get_weight (pango_layout_get_font_description (text->layout)) >= PANGO_WEIGHT_BOLD;

  item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_LINK, flow->left + indent, top,
                                        flow->width - indent, flow->y - top);
  item->target = target;
}

static void
place_contents (MaillagePrintFlow     *flow,
                MaillagePrintPrepared *prepared)
{
  double first = 0;

  if (prepared->texts->len > 0)
    first = ((MaillagePrintText *) g_ptr_array_index (prepared->texts, 0))->height;

  _maillage_print_flow_space (flow, heading_before[1]);
  _maillage_print_flow_ensure (flow, prepared->text->height + 8 + first);
  _maillage_print_flow_add_text (flow, prepared->text, flow->left, FALSE);
  flow->y += 8;

  for (guint i = 0; i < prepared->texts->len; i++)
    {
      double indent = g_array_index (prepared->indents, double, i);

      if (i > 0)
        _maillage_print_flow_space (flow, indent == 0 ? 5 : 2);
      place_contents_entry (flow, g_ptr_array_index (prepared->texts, i),
                            g_array_index (prepared->targets, int, i), indent);
    }
  flow->y += PARAGRAPH_AFTER;
}

static void
place (MaillagePrintFlow     *flow,
       guint                  index,
       MaillageBlock         *block,
       MaillagePrintPrepared *prepared)
{
  switch (prepared->kind)
    {
    case MAILLAGE_BLOCK_PART:
      place_part (flow, index, prepared);
      break;

    case MAILLAGE_BLOCK_HEADING:
      place_heading (flow, index, block, prepared);
      break;

    case MAILLAGE_BLOCK_PARAGRAPH:
      for (guint i = 0; i < prepared->texts->len; i++)
        _maillage_print_flow_add_text (flow, g_ptr_array_index (prepared->texts, i), flow->left, TRUE);
      flow->y += PARAGRAPH_AFTER;
      break;

    case MAILLAGE_BLOCK_LIST:
      place_list (flow, prepared);
      break;

    case MAILLAGE_BLOCK_TABLE:
      _maillage_print_flow_space (flow, 6);
      _maillage_print_table_place (flow, prepared->table);
      flow->y += 12;
      break;

    case MAILLAGE_BLOCK_FIGURE:
      place_figure (flow, prepared);
      break;

    case MAILLAGE_BLOCK_CONTENTS:
      place_contents (flow, prepared);
      break;

    case MAILLAGE_BLOCK_PAGE_BREAK:
      if (!_maillage_print_flow_page_is_empty (flow))
        _maillage_print_flow_new_page (flow);
      break;

    default:
      break;
    }
}

/* Parts and headings, in order, make the outline; the contents need to
 * know them before they are placed. */
static void
collect_outline (MaillagePrintFlow *flow)
{
  for (guint i = 0; i < flow->n_blocks; i++)
    {
      MaillageBlock *block = get_block (flow, i);
      MaillageBlockKind kind = maillage_block_get_kind (block);
      MaillagePrintOutlineEntry entry = { 0, };
      const char *number;

      if (kind == MAILLAGE_BLOCK_PART)
        {
          entry.title = g_strdup (maillage_block_get_text (block));
          entry.depth = 0;
          g_ptr_array_add (flow->parts, g_strdup (entry.title));
        }
      else if (kind == MAILLAGE_BLOCK_HEADING)
        {
          number = maillage_block_get_number (block);
          if (number != NULL && *number != '\0')
            entry.title = g_strdup_printf ("%s %s", number, maillage_block_get_text (block));
          else
            entry.title = g_strdup (maillage_block_get_text (block));
          entry.depth = clamp_level (maillage_block_get_level (block));
        }
      else
        {
          continue;
        }

      flow->outline_index[i] = flow->outline->len;
      g_array_append_val (flow->outline, entry);
    }
}

void
_maillage_print_flow_run (MaillagePrintFlow *flow)
{
  collect_outline (flow);

  for (guint i = 0; i < flow->n_blocks; i++)
    {
      MaillagePrintPrepared *prepared = prepare (flow, i);

      place (flow, i, get_block (flow, i), prepared);
      g_clear_pointer (&flow->prepared[i], _maillage_print_prepared_free);
    }
}
