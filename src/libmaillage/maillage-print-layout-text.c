/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-print-layout-text.c: the text boxes of MaillagePrintLayout. A
 * box is a PangoLayout measured once, line by line, so that the flow can
 * put any run of its lines on a page and the page can draw them without
 * laying the text out again. Links are byte ranges of the text; their
 * clickable rectangles are found line by line when a page is drawn.
 */
#define G_LOG_DOMAIN "maillage-print-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "maillage-print-layout-private.h"

static void
set_source_color (cairo_t *cr,
                  guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

PangoFontDescription *
_maillage_print_font (const char  *family,
                      double       size,
                      PangoWeight  weight,
                      PangoStyle   style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  /* Absolute, so that the size is the same whatever the context's
   * resolution. */
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);

  return font;
}

static void
link_clear (gpointer data)
{
  MaillagePrintLink *link = data;

  g_free (link->uri);
}

static void
text_clear (gpointer data)
{
  MaillagePrintText *text = data;

  g_clear_object (&text->layout);
  g_free (text->lines);
  g_free (text->tops);
  g_free (text->heights);
  g_free (text->baselines);
  g_free (text->xs);
  g_clear_pointer (&text->links, g_array_unref);
}

MaillagePrintText *
_maillage_print_text_ref (MaillagePrintText *text)
{
  return g_rc_box_acquire (text);
}

void
_maillage_print_text_unref (MaillagePrintText *text)
{
  g_rc_box_release_full (text, text_clear);
}

/* Reads the lines' positions once: PangoLayout keeps its lines in a
 * list, and asking for the n-th line each time would make a long
 * paragraph quadratic. */
void
_maillage_print_text_measure (MaillagePrintText *text)
{
  PangoLayoutIter *iter;
  int width, height;
  guint i = 0;

  g_free (text->lines);
  g_free (text->tops);
  g_free (text->heights);
  g_free (text->baselines);
  g_free (text->xs);

  pango_layout_get_size (text->layout, &width, &height);
  text->width = PT (width);
  text->height = PT (height);
  text->n_lines = pango_layout_get_line_count (text->layout);
  text->lines = g_new (PangoLayoutLine *, text->n_lines);
  text->tops = g_new (double, text->n_lines);
  text->heights = g_new (double, text->n_lines);
  text->baselines = g_new (double, text->n_lines);
  text->xs = g_new (double, text->n_lines);

  iter = pango_layout_get_iter (text->layout);
  do
    {
      PangoRectangle logical;

      g_assert (i < text->n_lines);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      text->lines[i] = pango_layout_iter_get_line_readonly (iter);
      text->tops[i] = PT (logical.y);
      text->baselines[i] = PT (pango_layout_iter_get_baseline (iter));
      text->xs[i] = PT (logical.x);
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* A line reaches down to the next one, so that lines stacked from any
   * first line keep the layout's own spacing. */
  for (i = 0; i < text->n_lines; i++)
    {
      double next = i + 1 < text->n_lines ? text->tops[i + 1] : text->height;

      text->heights[i] = MAX (next - text->tops[i], 0);
    }
}

MaillagePrintText *
_maillage_print_text_new (PangoContext               *context,
                          const char                 *string,
                          PangoAttrList              *attrs,
                          const PangoFontDescription *font,
                          double                      width,
                          PangoAlignment              alignment,
                          guint32                     color)
{
  MaillagePrintText *text = g_rc_box_new0 (MaillagePrintText);

  text->layout = pango_layout_new (context);
  text->color = color;
  pango_layout_set_font_description (text->layout, font);
  /* A word longer than the line (a URL, a name typed without spaces)
   * breaks between letters rather than run off the page. */
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, alignment);
  if (width > 0)
    pango_layout_set_width (text->layout, PANGO_UNITS (width));
  pango_layout_set_text (text->layout, string, -1);
  if (attrs != NULL)
    pango_layout_set_attributes (text->layout, attrs);

  _maillage_print_text_measure (text);

  return text;
}

/* Sets the width of a text made without one (a table cell, measured
 * first at its natural width), and measures it again. A text that fits
 * is not laid out again, which most cells of a table would be for
 * nothing: its lines are moved as @alignment says. */
void
_maillage_print_text_set_width (MaillagePrintText *text,
                                double             width,
                                PangoAlignment     alignment)
{
  if (text->width > width)
    {
      pango_layout_set_width (text->layout, PANGO_UNITS (width));
      pango_layout_set_alignment (text->layout, alignment);
      _maillage_print_text_measure (text);
      return;
    }

  if (alignment == PANGO_ALIGN_LEFT)
    return;

  for (guint i = 0; i < text->n_lines; i++)
    {
      PangoRectangle logical;
      double room;

      pango_layout_line_get_extents (text->lines[i], NULL, &logical);
      room = width - PT (logical.width);
      text->xs[i] += alignment == PANGO_ALIGN_RIGHT ? room : room / 2;
    }
}

/* A text with a label hanging in the margin: a list item's bullet, a
 * heading's number. The label and a tab come first; the tab stop and the
 * negative indent put the text of every line at @hang. */
MaillagePrintText *
_maillage_print_text_new_hanging (PangoContext               *context,
                                  const char                 *label,
                                  const char                 *string,
                                  const PangoFontDescription *font,
                                  double                      width,
                                  double                      hang,
                                  guint32                     color)
{
  g_autofree char *full = g_strconcat (label, "\t", string, NULL);
  PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                            PANGO_UNITS (hang));
  MaillagePrintText *text = g_rc_box_new0 (MaillagePrintText);

  text->layout = pango_layout_new (context);
  text->color = color;
  pango_layout_set_font_description (text->layout, font);
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (text->layout, PANGO_UNITS (width));
  pango_layout_set_tabs (text->layout, tabs);
  pango_layout_set_indent (text->layout, -PANGO_UNITS (hang));
  pango_layout_set_text (text->layout, full, -1);
  pango_tab_array_free (tabs);

  _maillage_print_text_measure (text);

  return text;
}

/* A span of a paragraph, by byte range of the paragraph's text. */
typedef struct
{
  gsize              start;
  gsize              end;
  MaillageTextStyle  style;
  const char        *uri;
} Span;

/* Pango measures a run of text in an int of 1/1024 point: a run of a
 * few hundred thousand characters in one font overflows it, and the line
 * breaker then takes the whole rest for one line. A paragraph is thus
 * laid out in pieces of at most this many bytes, each ending where its
 * last full line ends (see _maillage_print_text_new_spans()). */
#define PIECE_SIZE (32 * 1024)

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             gsize           start,
             gsize           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

/* The text from @from to @to of the paragraph, with the spans' bold,
 * italic and links that fall there. */
static MaillagePrintText *
new_piece (PangoContext               *context,
           const char                 *string,
           gsize                       from,
           gsize                       to,
           GArray                     *spans,
           const PangoFontDescription *font,
           double                      width)
{
  g_autofree char *piece = g_strndup (string + from, to - from);
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (MaillagePrintLink));
  PangoAttrList *attrs = pango_attr_list_new ();
  MaillagePrintText *text;

  g_array_set_clear_func (links, link_clear);

  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      gsize start = MAX (span->start, from) - from;
      gsize end = MIN (span->end, to);

      if (end <= from || span->start >= to)
        continue;
      end -= from;

      if (span->style & MAILLAGE_TEXT_STYLE_BOLD)
        insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
      if (span->style & MAILLAGE_TEXT_STYLE_ITALIC)
        insert_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
      if (span->uri != NULL)
        {
          MaillagePrintLink link = { start, end, g_strdup (span->uri), -1 };

          insert_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
          insert_attr (attrs, pango_attr_foreground_new (((PRINT_COLOR_LINK >> 16) & 0xff) * 257,
                                                         ((PRINT_COLOR_LINK >> 8) & 0xff) * 257,
                                                         (PRINT_COLOR_LINK & 0xff) * 257),
                       start, end);
          g_array_append_val (links, link);
        }
    }

  text = _maillage_print_text_new (context, piece, attrs, font, width, PANGO_ALIGN_LEFT,
                                   PRINT_COLOR_TEXT);
  pango_attr_list_unref (attrs);
  if (links->len > 0)
    text->links = g_steal_pointer (&links);

  return text;
}

/* Where a piece starting at @from may end: at most PIECE_SIZE bytes on,
 * after a space if there is one in the second half, else between two
 * characters. */
static gsize
piece_end (const char *string,
           gsize       length,
           gsize       from)
{
  gsize end = from + PIECE_SIZE;

  if (end >= length)
    return length;

  for (gsize i = end; i > from + PIECE_SIZE / 2; i--)
    {
      if (string[i - 1] == ' ')
        return i;
    }

  return g_utf8_find_prev_char (string + from, string + end) - string;
}

/* A paragraph's spans: bold and italic as font attributes, links
 * underlined in the link colour and remembered for the PDF. Returns the
 * texts of the paragraph: one, unless the paragraph is so long that it
 * is laid out in pieces; then each piece but the last drops its last
 * line, which the next piece starts with, so that the lines break where
 * they would in one piece. */
GPtrArray *
_maillage_print_text_new_spans (PangoContext               *context,
                                MaillageBlock              *block,
                                const PangoFontDescription *font,
                                double                      width)
{
  guint n_spans = maillage_block_get_n_spans (block);
  g_autoptr(GString) string = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (Span));
  GPtrArray *texts = g_ptr_array_new_with_free_func ((GDestroyNotify) _maillage_print_text_unref);
  gsize from = 0;

  if (n_spans == 0)
    g_string_append (string, maillage_block_get_text (block));

  for (guint i = 0; i < n_spans; i++)
    {
      Span span = { string->len, 0, MAILLAGE_TEXT_STYLE_NONE, NULL };
      const char *text = maillage_block_get_span (block, i, &span.style, &span.uri);

      if (text == NULL)
        continue;
      g_string_append (string, text);
      span.end = string->len;
      if (span.uri != NULL && *span.uri == '\0')
        span.uri = NULL;
      if (span.end > span.start && (span.style != MAILLAGE_TEXT_STYLE_NONE || span.uri != NULL))
        g_array_append_val (spans, span);
    }

  do
    {
      gsize to = piece_end (string->str, string->len, from);
      MaillagePrintText *text = new_piece (context, string->str, from, to, spans, font, width);

      if (to < string->len && text->n_lines > 1)
        {
          guint last = text->n_lines - 1;

          from += text->lines[last]->start_index;
          text->n_lines = last;
          text->height = text->tops[last - 1] + text->heights[last - 1];
        }
      else
        {
          from = to;
        }
      g_ptr_array_add (texts, text);
    }
  while (from < string->len);

  return texts;
}

double
_maillage_print_text_lines_height (MaillagePrintText *text,
                                   guint              first,
                                   guint              n_lines)
{
  guint last;

  if (n_lines == 0 || first >= text->n_lines)
    return 0;

  last = MIN (first + n_lines, text->n_lines) - 1;
  return text->tops[last] + text->heights[last] - text->tops[first];
}

/* How many lines from @first fit in @height. */
guint
_maillage_print_text_lines_fitting (MaillagePrintText *text,
                                    guint              first,
                                    double             height)
{
  guint n = 0;

  /* A hair of tolerance: a box that exactly fills the page must fit
   * whatever the rounding. */
  while (first + n < text->n_lines &&
         text->tops[first + n] + text->heights[first + n] - text->tops[first] <= height + 0.01)
    n++;

  return n;
}

/* The width of @string on one line, or of its longest word. */
double
_maillage_print_text_natural_width (PangoContext               *context,
                                    const char                 *string,
                                    const PangoFontDescription *font,
                                    gboolean                    longest_word)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, font);
  if (longest_word)
    {
      /* Breaking wherever a line may break, and nowhere else: the widest
       * line is the widest word. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_width (layout, 1);
    }
  pango_layout_set_text (layout, string, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  return PT (logical.width);
}

/* Numbers for the attributes cairo parses, whole points: cairo 1.16
 * reads a decimal point with the locale's rules once a page has content,
 * and a French locale then puts the context in error. A point is finer
 * than any link or destination needs. Separated by spaces inside an
 * array, and right after the `=` or `[` before them. */
void
_maillage_print_append_number (GString *attributes,
                               double   value)
{
  if (attributes->len > 0 && attributes->str[attributes->len - 1] != '[' &&
      attributes->str[attributes->len - 1] != '=')
    g_string_append_c (attributes, ' ');
  g_string_append_printf (attributes, "%d", (int) round (value));
}

/* A rectangle rounded outwards to whole points. */
void
_maillage_print_append_rect (GString *attributes,
                             double   x,
                             double   y,
                             double   width,
                             double   height)
{
  double left = floor (x), top = floor (y);

  _maillage_print_append_number (attributes, left);
  _maillage_print_append_number (attributes, top);
  _maillage_print_append_number (attributes, ceil (x + width) - left);
  _maillage_print_append_number (attributes, ceil (y + height) - top);
}

/* The string cairo wants: quotes and backslashes escaped. */
void
_maillage_print_append_quoted (GString    *attributes,
                               const char *value)
{
  g_string_append_c (attributes, '\'');
  for (const char *c = value; *c != '\0'; c++)
    {
      if (*c == '\'' || *c == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *c);
    }
  g_string_append_c (attributes, '\'');
}

/* Tags the parts of @link on lines @first to @first + @n_lines - 1 as one
 * link: the PDF surface makes it clickable, other surfaces ignore it. */
static void
tag_link (MaillagePrintText *text,
          MaillagePrintLink *link,
          cairo_t           *cr,
          double             x,
          double             y,
          guint              first,
          guint              n_lines)
{
  g_autoptr(GString) attributes = g_string_new ("uri=");
  gboolean any = FALSE;

  _maillage_print_append_quoted (attributes, link->uri);
  g_string_append (attributes, " rect=[");

  for (guint i = first; i < first + n_lines; i++)
    {
      PangoLayoutLine *line = text->lines[i];
      int start = MAX (link->start, line->start_index);
      int end = MIN (link->end, line->start_index + line->length);
      int *ranges = NULL;
      int n_ranges = 0;

      if (start >= end)
        continue;

      pango_layout_line_get_x_ranges (line, start, end, &ranges, &n_ranges);
      for (int r = 0; r < n_ranges; r++)
        {
          double left = PT (ranges[2 * r]);
          double right = PT (ranges[2 * r + 1]);

          if (right <= left)
            continue;
          _maillage_print_append_rect (attributes, x + left,
                                       y + text->tops[i] - text->tops[first],
                                       right - left, text->heights[i]);
          any = TRUE;
        }
      g_free (ranges);
    }

  if (!any)
    return;

  g_string_append_c (attributes, ']');
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

void
_maillage_print_text_draw (MaillagePrintText *text,
                           cairo_t           *cr,
                           double             x,
                           double             y,
                           guint              first,
                           guint              n_lines)
{
  g_return_if_fail (first + n_lines <= text->n_lines);

  set_source_color (cr, text->color);
  for (guint i = first; i < first + n_lines; i++)
    {
      cairo_move_to (cr, x + text->xs[i], y + text->baselines[i] - text->tops[first]);
      pango_cairo_show_layout_line (cr, text->lines[i]);
    }

  if (text->links == NULL)
    return;

  for (guint i = 0; i < text->links->len; i++)
    tag_link (text, &g_array_index (text->links, MaillagePrintLink, i), cr, x, y,
              first, n_lines);
}
