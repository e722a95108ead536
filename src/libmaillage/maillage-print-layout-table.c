/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-print-layout-table.c: tables on pages. Columns share the width
 * of the text after what their cells need (their widest line, and at
 * least their longest word when the table is tight); cells wrap, a word
 * wider than its column breaks between letters. A table goes on over as
 * many pages as it takes, its header row repeated at the top of each; a
 * row goes whole to the next page, unless it is taller than a page: then
 * it is split between lines, never through one.
 */
#define G_LOG_DOMAIN "maillage-print-layout"

#include "config.h"

#include "maillage-print-layout-private.h"

#define CELL_SIZE    8.5
#define CAPTION_SIZE 9.5
#define PAD_X        4.0
#define PAD_Y        2.5
#define MIN_COLUMN  18.0

struct _MaillagePrintTable
{
  guint               n_columns;
  guint               n_rows;
  double              width;
  double             *x;        /* left of each column, from the table's */
  double             *widths;
  MaillagePrintText  *caption;  /* or NULL */
  MaillagePrintText **header;
  double              header_height;
  gboolean            repeat_header;
  MaillagePrintText **cells;    /* n_rows × n_columns */
  double             *heights;  /* of the rows */
};

void
_maillage_print_table_free (MaillagePrintTable *table)
{
  guint n_cells = table->n_rows * table->n_columns;

  g_clear_pointer (&table->caption, _maillage_print_text_unref);
  for (guint c = 0; c < table->n_columns; c++)
    _maillage_print_text_unref (table->header[c]);
  for (guint i = 0; i < n_cells; i++)
    _maillage_print_text_unref (table->cells[i]);
  g_free (table->header);
  g_free (table->cells);
  g_free (table->heights);
  g_free (table->x);
  g_free (table->widths);
  g_free (table);
}

static PangoAlignment
column_alignment (MaillageBlock *block,
                  guint          column)
{
  switch (maillage_block_get_alignment (block, column))
    {
    case MAILLAGE_ALIGNMENT_CENTER:
      return PANGO_ALIGN_CENTER;
    case MAILLAGE_ALIGNMENT_END:
      return PANGO_ALIGN_RIGHT;
    case MAILLAGE_ALIGNMENT_START:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

/* What each column would like (its widest line) and what it cannot do
 * without (its longest word), then the width of the text shared out:
 * everyone gets what they like if that fits, else what they need and a
 * share of the rest, else a share of the width in proportion to need. */
static void
share_widths (MaillagePrintTable *table,
              PangoContext       *context,
              MaillageBlock      *block,
              double              available)
{
  g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, CELL_SIZE,
                                                                PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL);
  g_autoptr(PangoFontDescription) bold = _maillage_print_font (PRINT_FONT_SANS, CELL_SIZE,
                                                                PANGO_WEIGHT_BOLD,
                                                                PANGO_STYLE_NORMAL);
  g_autofree double *natural = g_new0 (double, table->n_columns);
  g_autofree double *minimum = g_new0 (double, table->n_columns);
  const char * const *header = maillage_block_get_header (block);
  double sum_natural = 0, sum_minimum = 0;
  double x = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      natural[c] = table->header[c]->width;
      for (guint r = 0; r < table->n_rows; r++)
        natural[c] = MAX (natural[c], table->cells[r * table->n_columns + c]->width);
      natural[c] = MAX (natural[c] + 2 * PAD_X, MIN_COLUMN);
      sum_natural += natural[c];
    }

  if (sum_natural > available)
    {
      double fair = MAX (available / table->n_columns, MIN_COLUMN);

      /* A column that needs no more than its share keeps its width; the
       * others may shrink down to their longest word. Measuring words is
       * one more layout a cell: only for the cells wider than the longest
       * word found so far. */
      for (guint c = 0; c < table->n_columns; c++)
        {
          double word = 0;

          minimum[c] = natural[c];
          if (natural[c] <= fair)
            continue;

          word = _maillage_print_text_natural_width (context, header[c], bold, TRUE);
          for (guint r = 0; r < table->n_rows; r++)
            {
              if (table->cells[r * table->n_columns + c]->width <= word)
                continue;
              word = MAX (word, _maillage_print_text_natural_width (context,
                                                                    maillage_block_get_row (block, r)[c],
                                                                    font, TRUE));
            }
          minimum[c] = MIN (MAX (word + 2 * PAD_X, MIN_COLUMN), natural[c]);
        }

      /* Words too long for all to fit: each column gets at least its
       * share, and a word wider breaks between letters rather than crush
       * the other columns. */
      for (guint c = 0; c < table->n_columns; c++)
        sum_minimum += minimum[c];
      if (sum_minimum > available)
        {
          sum_minimum = 0;
          for (guint c = 0; c < table->n_columns; c++)
            {
              minimum[c] = MIN (minimum[c], fair);
              sum_minimum += minimum[c];
            }
        }
    }

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (sum_natural <= available)
        table->widths[c] = natural[c] + (available - sum_natural) * natural[c] / sum_natural;
      else if (sum_minimum <= available)
        table->widths[c] = minimum[c] + (available - sum_minimum) *
                           (natural[c] - minimum[c]) / (sum_natural - sum_minimum);
      else
        table->widths[c] = available * minimum[c] / sum_minimum;

      table->x[c] = x;
      x += table->widths[c];
    }
  table->width = x;
}

MaillagePrintTable *
_maillage_print_table_new (MaillagePrintFlow *flow,
                           MaillageBlock     *block)
{
  g_autoptr(PangoFontDescription) font = _maillage_print_font (PRINT_FONT_SANS, CELL_SIZE,
                                                                PANGO_WEIGHT_NORMAL,
                                                                PANGO_STYLE_NORMAL);
  g_autoptr(PangoFontDescription) bold = _maillage_print_font (PRINT_FONT_SANS, CELL_SIZE,
                                                                PANGO_WEIGHT_BOLD,
                                                                PANGO_STYLE_NORMAL);
  MaillagePrintTable *table = g_new0 (MaillagePrintTable, 1);
  const char * const *header = maillage_block_get_header (block);
  const char *caption = maillage_block_get_text (block);

  table->n_columns = MAX (maillage_block_get_n_columns (block), 1);
  table->n_rows = maillage_block_get_n_columns (block) > 0 ? maillage_block_get_n_rows (block) : 0;
  table->x = g_new0 (double, table->n_columns);
  table->widths = g_new0 (double, table->n_columns);
  table->header = g_new0 (MaillagePrintText *, table->n_columns);
  table->cells = g_new0 (MaillagePrintText *, (gsize) table->n_rows * table->n_columns);
  table->heights = g_new0 (double, table->n_rows);

  if (caption != NULL && *caption != '\0')
    {
      g_autoptr(PangoFontDescription) caption_font = _maillage_print_font (PRINT_FONT_SANS,
                                                                            CAPTION_SIZE,
                                                                            PANGO_WEIGHT_BOLD,
                                                                            PANGO_STYLE_NORMAL);

      table->caption = _maillage_print_text_new (flow->context, caption, NULL, caption_font,
                                                 flow->width, PANGO_ALIGN_LEFT,
                                                 PRINT_COLOR_HEADING);
    }

  /* Measured unwrapped first, for the widths; wrapped once those are
   * known. */
  for (guint c = 0; c < table->n_columns; c++)
    table->header[c] = _maillage_print_text_new (flow->context,
                                                 header[0] != NULL ? header[c] : "", NULL,
                                                 bold, -1, column_alignment (block, c),
                                                 PRINT_COLOR_TEXT);
  for (guint r = 0; r < table->n_rows; r++)
    {
      const char * const *row = maillage_block_get_row (block, r);

      for (guint c = 0; c < table->n_columns; c++)
        table->cells[r * table->n_columns + c] =
          _maillage_print_text_new (flow->context, row[c], NULL, font, -1,
                                    column_alignment (block, c), PRINT_COLOR_TEXT);
    }

  if (header[0] != NULL)
    share_widths (table, flow->context, block, flow->width);
  else
    table->widths[0] = table->width = flow->width;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = MAX (table->widths[c] - 2 * PAD_X, 1);

      PangoAlignment alignment = column_alignment (block, c);

      _maillage_print_text_set_width (table->header[c], width, alignment);
      table->header_height = MAX (table->header_height, table->header[c]->height + 2 * PAD_Y);
      for (guint r = 0; r < table->n_rows; r++)
        {
          MaillagePrintText *cell = table->cells[r * table->n_columns + c];

          _maillage_print_text_set_width (cell, width, alignment);
          table->heights[r] = MAX (table->heights[r], cell->height + 2 * PAD_Y);
        }
    }

  /* A header taller than a third of a page would crowd out the rows it
   * stands for: it is shown once. */
  table->repeat_header = table->header_height <= (flow->bottom - flow->top) / 3;

  return table;
}

/* The caption, the header and the first row (or its first line, for a
 * row taller than a page) go together. */
double
_maillage_print_table_min_height (MaillagePrintTable *table)
{
  double height = table->header_height;

  if (table->caption != NULL)
    height += table->caption->height + 4;

  if (table->n_rows > 0)
    {
      double first_line = 0;

      for (guint c = 0; c < table->n_columns; c++)
        first_line = MAX (first_line,
                          _maillage_print_text_lines_height (table->cells[c], 0, 1));
      height += first_line + 2 * PAD_Y;
    }

  return height;
}

static void
add_cell (MaillagePrintFlow *flow,
          MaillagePrintTable *table,
          guint              column,
          MaillagePrintText *text,
          double             y,
          guint              first,
          guint              n_lines)
{
  MaillagePrintItem *item;

  if (n_lines == 0)
    return;

  item = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_TEXT,
                                        flow->left + table->x[column] + PAD_X, y,
                                        table->widths[column] - 2 * PAD_X,
                                        _maillage_print_text_lines_height (text, first, n_lines));
  item->text = _maillage_print_text_ref (text);
  item->first = first;
  item->n_lines = n_lines;
}

static void
add_header (MaillagePrintFlow  *flow,
            MaillagePrintTable *table)
{
  MaillagePrintItem *fill;

  fill = _maillage_print_flow_add_item (flow, MAILLAGE_PRINT_ITEM_FILL, flow->left, flow->y,
                                        table->width, table->header_height);
  fill->color = PRINT_COLOR_HEADER_BG;

  for (guint c = 0; c < table->n_columns; c++)
    add_cell (flow, table, c, table->header[c], flow->y + PAD_Y, 0, table->header[c]->n_lines);

  _maillage_print_flow_add_rule (flow, flow->left, flow->y, table->width, 0.8, PRINT_COLOR_RULE);
  flow->y += table->header_height;
  _maillage_print_flow_add_rule (flow, flow->left, flow->y, table->width, 0.6, PRINT_COLOR_RULE);
}

/* Ends the table's part on this page and starts the next page with the
 * header again. */
static void
continue_on_next_page (MaillagePrintFlow  *flow,
                       MaillagePrintTable *table)
{
  _maillage_print_flow_add_rule (flow, flow->left, flow->y, table->width, 0.8, PRINT_COLOR_RULE);
  _maillage_print_flow_new_page (flow);
  if (table->repeat_header)
    add_header (flow, table);
}

static void
add_row (MaillagePrintFlow  *flow,
         MaillagePrintTable *table,
         guint               row)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      MaillagePrintText *cell = table->cells[row * table->n_columns + c];

      add_cell (flow, table, c, cell, flow->y + PAD_Y, 0, cell->n_lines);
    }
  flow->y += table->heights[row];
}

/* A row taller than a page, in slices of whole lines, one a page. */
static void
add_split_row (MaillagePrintFlow  *flow,
               MaillagePrintTable *table,
               guint               row,
               double              fresh_y)
{
  g_autofree guint *next = g_new0 (guint, table->n_columns);
  MaillagePrintText **cells = table->cells + row * table->n_columns;

  for (;;)
    {
      g_autofree guint *fit = g_new0 (guint, table->n_columns);
      double room = flow->bottom - flow->y - 2 * PAD_Y;
      double slice = 0;
      gboolean any = FALSE, done = TRUE;

      for (guint c = 0; c < table->n_columns; c++)
        {
          fit[c] = _maillage_print_text_lines_fitting (cells[c], next[c], room);
          any |= fit[c] > 0;
        }

      if (!any)
        {
          if (flow->y > fresh_y + 0.01)
            {
              continue_on_next_page (flow, table);
              fresh_y = flow->y;
              continue;
            }
          /* Not one line fits under the header: one line each all the
           * same, or the row would never end. */
          for (guint c = 0; c < table->n_columns; c++)
            fit[c] = next[c] < cells[c]->n_lines ? 1 : 0;
        }

      for (guint c = 0; c < table->n_columns; c++)
        {
          add_cell (flow, table, c, cells[c], flow->y + PAD_Y, next[c], fit[c]);
          slice = MAX (slice, _maillage_print_text_lines_height (cells[c], next[c], fit[c]));
          next[c] += fit[c];
          done &= next[c] >= cells[c]->n_lines;
        }
      flow->y += slice + 2 * PAD_Y;

      if (done)
        return;

      continue_on_next_page (flow, table);
      fresh_y = flow->y;
    }
}

void
_maillage_print_table_place (MaillagePrintFlow  *flow,
                             MaillagePrintTable *table)
{
  double body = flow->bottom - flow->top;
  double together = _maillage_print_table_min_height (table);
  double fresh_y;

  _maillage_print_flow_ensure (flow, MIN (together, body));

  if (table->caption != NULL)
    {
      _maillage_print_flow_add_text (flow, table->caption, flow->left, FALSE);
      flow->y += 4;
    }
  add_header (flow, table);
  fresh_y = flow->y;

  for (guint r = 0; r < table->n_rows; r++)
    {
      double height = table->heights[r];
      double header = table->repeat_header ? table->header_height : 0;

      if (flow->y + height > flow->bottom + 0.01)
        {
          if (height <= body - header)
            {
              continue_on_next_page (flow, table);
              fresh_y = flow->y;
            }
          else
            {
              add_split_row (flow, table, r, fresh_y);
              _maillage_print_flow_add_rule (flow, flow->left, flow->y, table->width, 0.3,
                                             PRINT_COLOR_HAIRLINE);
              continue;
            }
        }

      add_row (flow, table, r);
      if (r + 1 < table->n_rows)
        _maillage_print_flow_add_rule (flow, flow->left, flow->y, table->width, 0.3,
                                       PRINT_COLOR_HAIRLINE);
    }

  _maillage_print_flow_add_rule (flow, flow->left, flow->y, table->width, 0.8, PRINT_COLOR_RULE);
}
