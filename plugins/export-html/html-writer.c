/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-writer.c: a MaillageDocument as one self-contained HTML page. The
 * page loads nothing (style sheet embedded, charts as inline SVG), runs
 * nothing (no script, no event attribute, a Content-Security-Policy that
 * would stop one anyway) and reads well with assistive technology: a
 * heading hierarchy without gaps, tables with header cells and scopes,
 * charts with a text alternative. It is also well-formed XML (void
 * elements closed, only XML's entities), so that it can be checked, and
 * transformed, by any XML tool.
 *
 * Headings: a part is an <h1>; a heading of level n is an <h(n+1)> inside
 * a part, an <hn> before any part; then every level is clamped so that it
 * is at most one deeper than the heading before it (an <h2> followed by a
 * level that would give <h4> gives <h3>), and never deeper than <h6>.
 */
#define G_LOG_DOMAIN "export-html"

#include "config.h"

#include "html-contents.h"
#include "html-svg.h"
#include "html-text.h"
#include "html-writer.h"

#define STYLE_RESOURCE "/io/github/maillage/Maillage/plugins/export-html/html-style.css"

/* Nothing may load or run, whatever slipped into the page: only the
 * embedded style sheet and pictures inside the page itself. */
#define CONTENT_SECURITY_POLICY \
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"

typedef struct
{
  GString   *out;
  GPtrArray *blocks;
  guint     *levels;
  guint      n_figures;
  gboolean   in_part;
} HtmlWriter;

static const char *
alignment_class (MaillageAlignment alignment)
{
  switch (alignment)
    {
    case MAILLAGE_ALIGNMENT_CENTER:
      return " class=\"a-center\"";
    case MAILLAGE_ALIGNMENT_END:
      return " class=\"a-end\"";
    case MAILLAGE_ALIGNMENT_START:
    default:
      return "";
    }
}

/* The document's language tag, or "fr" if it is not a plain BCP 47 tag:
 * it goes into an attribute unescaped. */
static void
append_language (GString    *out,
                 const char *language)
{
  gboolean plain = language != NULL && g_ascii_isalpha (*language);

  for (const char *p = language; plain && *p != '\0'; p++)
    plain = g_ascii_isalnum (*p) || *p == '-';

  g_string_append (out, plain ? language : "fr");
}

static void
append_meta (GString    *out,
             const char *name,
             const char *content)
{
  if (content == NULL || *content == '\0')
    return;

  g_string_append_printf (out, "<meta name=\"%s\" content=\"", name);
  html_append_text (out, content, HTML_TEXT_ATTRIBUTE);
  g_string_append (out, "\"/>\n");
}

static void
write_head (HtmlWriter       *self,
            MaillageDocument *document)
{
  g_autoptr(GBytes) style = g_resources_lookup_data (STYLE_RESOURCE, 0, NULL);
  const char *title = maillage_document_get_title (document);
  const char *subject = maillage_document_get_subject (document);
  const char *author = maillage_document_get_author (document);
  GString *out = self->out;

  if (title == NULL || *title == '\0')
    title = F_("Document");

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_language (out, maillage_document_get_language (document));
  g_string_append (out,
                   "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\""
                   CONTENT_SECURITY_POLICY "\"/>\n"
                   "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                   "<title>");
  html_append_text (out, title, HTML_TEXT_PLAIN);
  g_string_append (out, "</title>\n");
  append_meta (out, "author", author);
  append_meta (out, "description", subject);
  append_meta (out, "generator", "Maillage " PACKAGE_VERSION);
  g_string_append (out, "<style>\n");
  if (style != NULL)
    g_string_append_len (out, g_bytes_get_data (style, NULL), g_bytes_get_size (style));
  g_string_append (out, "</style>\n</head>\n<body>\n<header class=\"document-header\">\n"
                        "<p class=\"document-title\">");
  html_append_text (out, title, HTML_TEXT_INLINE);
  g_string_append (out, "</p>\n");
  if (subject != NULL && *subject != '\0')
    {
      g_string_append (out, "<p class=\"document-subject\">");
      html_append_text (out, subject, HTML_TEXT_INLINE);
      g_string_append (out, "</p>\n");
    }
  if (author != NULL && *author != '\0')
    {
      g_string_append (out, "<p class=\"document-author\">");
      html_append_text (out, author, HTML_TEXT_INLINE);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n<main>\n");
}

/* The <hn> level of every part, heading and table of contents, 0 for the
 * other blocks; see the top of this file. */
static guint *
compute_levels (GPtrArray *blocks)
{
  guint *levels = g_new0 (guint, blocks->len + 1);
  gboolean in_part = FALSE;
  guint previous = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      MaillageBlock *block = g_ptr_array_index (blocks, i);
      guint wanted;

      switch (maillage_block_get_kind (block))
        {
        case MAILLAGE_BLOCK_PART:
          in_part = TRUE;
          wanted = 1;
          break;
        case MAILLAGE_BLOCK_HEADING:
          wanted = CLAMP (maillage_block_get_level (block), 1, 6) + (in_part ? 1 : 0);
          break;
        case MAILLAGE_BLOCK_CONTENTS:
          wanted = in_part ? 2 : 1;
          break;
        default:
          continue;
        }

      levels[i] = previous = MIN (MIN (wanted, previous + 1), 6);
    }

  return levels;
}

static void
write_heading (HtmlWriter    *self,
               guint          index,
               MaillageBlock *block)
{
  const char *number = maillage_block_get_number (block);
  guint level = self->levels[index];

  g_string_append_printf (self->out, "<h%u id=\"s%u\">", level, index);
  if (number != NULL && *number != '\0')
    {
      g_string_append (self->out, "<span class=\"number\">");
      html_append_text (self->out, number, HTML_TEXT_INLINE);
      g_string_append (self->out, "</span> ");
    }
  html_append_text (self->out, maillage_block_get_text (block), HTML_TEXT_INLINE);
  g_string_append_printf (self->out, "</h%u>\n", level);
}

static void
write_part (HtmlWriter    *self,
            guint          index,
            MaillageBlock *block)
{
  if (self->in_part)
    g_string_append (self->out, "</section>\n");
  self->in_part = TRUE;

  g_string_append_printf (self->out, "<section class=\"part\" aria-labelledby=\"s%u\">\n", index);
  write_heading (self, index, block);
}

static void
write_paragraph (HtmlWriter    *self,
                 MaillageBlock *block)
{
  const char *text = maillage_block_get_text (block);

  if (text == NULL || *text == '\0')
    return;

  g_string_append (self->out, "<p>");
  html_append_spans (self->out, block);
  g_string_append (self->out, "</p>\n");
}

static void
write_list (HtmlWriter    *self,
            MaillageBlock *block)
{
  const char * const *items = maillage_block_get_items (block);
  const char *tag = maillage_block_get_ordered (block) ? "ol" : "ul";

  if (items == NULL || items[0] == NULL)
    return;

  g_string_append_printf (self->out, "<%s>\n", tag);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append (self->out, "<li>");
      html_append_text (self->out, items[i], HTML_TEXT_INLINE);
      g_string_append (self->out, "</li>\n");
    }
  g_string_append_printf (self->out, "</%s>\n", tag);
}

/* The first column holds the labels of the rows (a commune, a year, an
 * action) when it is text, which the model says by aligning it to the
 * start; numbers are aligned to the end. */
static gboolean
has_row_headers (MaillageBlock *block,
                 guint          n_columns)
{
  return n_columns > 1 &&
         maillage_block_get_alignment (block, 0) == MAILLAGE_ALIGNMENT_START;
}

static void
write_table (HtmlWriter    *self,
             MaillageBlock *block)
{
  const char * const *header = maillage_block_get_header (block);
  const char *caption = maillage_block_get_text (block);
  guint n_columns = maillage_block_get_n_columns (block);
  guint n_rows = maillage_block_get_n_rows (block);
  gboolean row_headers = has_row_headers (block, n_columns);
  g_autofree const char **classes = g_new0 (const char *, n_columns + 1);
  GString *out = self->out;

  if (n_columns == 0)
    return;

  for (guint c = 0; c < n_columns; c++)
    classes[c] = alignment_class (maillage_block_get_alignment (block, c));

  g_string_append (out, "<table>\n");
  if (caption != NULL && *caption != '\0')
    {
      g_string_append (out, "<caption>");
      html_append_text (out, caption, HTML_TEXT_INLINE);
      g_string_append (out, "</caption>\n");
    }

  if (header != NULL)
    {
      gboolean ended = FALSE;

      g_string_append (out, "<thead>\n<tr>");
      for (guint c = 0; c < n_columns; c++)
        {
          ended = ended || header[c] == NULL;
          g_string_append_printf (out, "<th scope=\"col\"%s>", classes[c]);
          html_append_text (out, ended ? NULL : header[c], HTML_TEXT_INLINE);
          g_string_append (out, "</th>");
        }
      g_string_append (out, "</tr>\n</thead>\n");
    }

  g_string_append (out, "<tbody>\n");
  for (guint r = 0; r < n_rows; r++)
    {
      const char * const *row = maillage_block_get_row (block, r);
      gboolean ended = row == NULL;

      g_string_append (out, "<tr>");
      for (guint c = 0; c < n_columns; c++)
        {
          gboolean label = c == 0 && row_headers;

          ended = ended || row[c] == NULL;
          g_string_append_printf (out, label ? "<th scope=\"row\"%s>" : "<td%s>", classes[c]);
          html_append_text (out, ended ? NULL : row[c], HTML_TEXT_INLINE);
          g_string_append (out, label ? "</th>" : "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

static gboolean
write_figure (HtmlWriter     *self,
              MaillageBlock  *block,
              GError        **error)
{
  MaillageChart *chart = maillage_block_get_chart (block);
  const char *caption = maillage_block_get_text (block);
  const char *alt = maillage_block_get_alt_text (block);
  g_autofree char *id = g_strdup_printf ("fig%u", ++self->n_figures);
  const char *name = caption;

  if (name == NULL || *name == '\0')
    name = chart != NULL ? maillage_chart_get_title (chart) : NULL;
  if (name == NULL || *name == '\0')
    name = F_("Chart");

  g_string_append_printf (self->out, "<figure id=\"%s\">\n", id);
  if (chart != NULL)
    {
      if (!html_append_chart_svg (self->out, chart, id, name, alt, error))
        return FALSE;
    }
  else if (alt != NULL && *alt != '\0')
    {
      /* Nothing to draw: the words are all there is. */
      g_string_append (self->out, "<p>");
      html_append_text (self->out, alt, HTML_TEXT_LINES);
      g_string_append (self->out, "</p>\n");
    }

  if (caption != NULL && *caption != '\0')
    {
      g_string_append (self->out, "<figcaption>");
      html_append_text (self->out, caption, HTML_TEXT_INLINE);
      g_string_append (self->out, "</figcaption>\n");
    }
  g_string_append (self->out, "</figure>\n");

  return TRUE;
}

/* A page break is written only where it changes something: not at the
 * start, not at the end, not before a part (which starts a page of its
 * own) or another page break, where it would leave a blank page. */
static gboolean
page_break_is_useful (HtmlWriter *self,
                      guint       index)
{
  MaillageBlock *next;

  if (index == 0 || index + 1 >= self->blocks->len)
    return FALSE;

  next = g_ptr_array_index (self->blocks, index + 1);
  return maillage_block_get_kind (next) != MAILLAGE_BLOCK_PART &&
         maillage_block_get_kind (next) != MAILLAGE_BLOCK_PAGE_BREAK;
}

static gboolean
write_block (HtmlWriter     *self,
             guint           index,
             GError        **error)
{
  MaillageBlock *block = g_ptr_array_index (self->blocks, index);

  switch (maillage_block_get_kind (block))
    {
    case MAILLAGE_BLOCK_PART:
      write_part (self, index, block);
      break;
    case MAILLAGE_BLOCK_HEADING:
      write_heading (self, index, block);
      break;
    case MAILLAGE_BLOCK_PARAGRAPH:
      write_paragraph (self, block);
      break;
    case MAILLAGE_BLOCK_LIST:
      write_list (self, block);
      break;
    case MAILLAGE_BLOCK_TABLE:
      write_table (self, block);
      break;
    case MAILLAGE_BLOCK_FIGURE:
      return write_figure (self, block, error);
    case MAILLAGE_BLOCK_CONTENTS:
      html_append_contents (self->out, self->blocks, self->levels, index);
      break;
    case MAILLAGE_BLOCK_PAGE_BREAK:
      if (page_break_is_useful (self, index))
        g_string_append (self->out, "<div class=\"page-break\"></div>\n");
      break;
    default:
      break;
    }

  return TRUE;
}

/**
 * html_writer_write:
 * @document: the document to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document as an HTML page, in memory.
 *
 * Returns: (transfer full): the page, UTF-8, or %NULL on error
 */
GBytes *
html_writer_write (MaillageDocument  *document,
                   GCancellable      *cancellable,
                   GError           **error)
{
  GListModel *model = G_LIST_MODEL (document);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *levels = NULL;
  HtmlWriter self = { 0, };
  guint n = g_list_model_get_n_items (model);

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (blocks, g_list_model_get_item (model, i));
  levels = compute_levels (blocks);

  self.out = g_string_sized_new (16384);
  self.blocks = blocks;
  self.levels = levels;

  write_head (&self, document);
  for (guint i = 0; i < n; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !write_block (&self, i, error))
        {
          g_string_free (self.out, TRUE);
          return NULL;
        }
    }
  if (self.in_part)
    g_string_append (self.out, "</section>\n");
  g_string_append (self.out, "</main>\n</body>\n</html>\n");

  return g_string_free_to_bytes (self.out);
}
