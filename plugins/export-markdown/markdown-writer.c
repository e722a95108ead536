/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * markdown-writer.c: a MaillageDocument as Markdown: CommonMark, with the
 * pipe tables of GitHub Flavored Markdown, readable as plain text and by
 * pandoc (commonmark_x), a forge or a wiki.
 *
 * - Headings are ATX (`#`), numbered as in the document; levels as in the
 *   HTML export: a part is `#`, a heading of level n is n + 1 `#` inside
 *   a part, then clamped so that no level is skipped, six at most.
 * - The table of contents is a nested list of links to the headings'
 *   anchors, computed as GitHub (and pandoc's gfm_auto_identifiers)
 *   compute them from the heading's text.
 * - A table's caption is an emphasised paragraph above it; the alignment
 *   row follows the columns' alignment.
 * - A figure cannot be a picture in a single text file: its caption, in
 *   italics, and its text alternative, as a paragraph.
 * - Two lists in a row would merge into one: the second one takes the
 *   other marker (`*` after `-`, `)` after `.`).
 * - A page break is a thematic break (`***`: pandoc 2.17 reads `* * *`
 *   as nested lists, and `---` may open a YAML block) where it separates
 *   something, not before a part, which starts with its heading anyway.
 */
#define G_LOG_DOMAIN "export-markdown"

#include "config.h"

#include <string.h>

#include "markdown-text.h"
#include "markdown-writer.h"

typedef struct
{
  GString    *out;
  GPtrArray  *blocks;
  guint      *levels;
  GPtrArray  *anchors;
  char        last_list_marker;
} MarkdownWriter;

static MaillageBlockKind
kind_at (MarkdownWriter *self,
         guint           index)
{
  return maillage_block_get_kind (g_ptr_array_index (self->blocks, index));
}

/**
 * markdown_slug:
 * @text: a heading's text, as shown
 *
 * The anchor GitHub gives a heading (github-slugger): lower case, without
 * what is neither a letter, a digit, a mark, `-` nor `_`, spaces turned
 * into `-`. Pandoc's gfm_auto_identifiers does the same, but turns every
 * space (a no-break space too) into `-`.
 *
 * Returns: (transfer full): the anchor, without the duplicates' suffix
 */
char *
markdown_slug (const char *text)
{
  g_autofree char *lower = NULL;
  GString *slug = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_string_free (slug, FALSE);

  lower = g_utf8_strdown (text, -1);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\n')
        g_string_append_c (slug, '-');
      else if (c == '-' || g_unichar_isalnum (c) || g_unichar_ismark (c) ||
               g_unichar_type (c) == G_UNICODE_CONNECT_PUNCTUATION)
        g_string_append_unichar (slug, c);
    }

  return g_string_free (slug, FALSE);
}

/* The text a heading shows: its number, then its title. */
static char *
heading_text (MaillageBlock *block)
{
  const char *number = maillage_block_get_number (block);
  const char *text = maillage_block_get_text (block);

  if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_HEADING && number != NULL && *number != '\0')
    return g_strconcat (number, " ", text, NULL);
  if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_CONTENTS && (text == NULL || *text == '\0'))
    return g_strdup (F_("Contents"));

  return g_strdup (text != NULL ? text : "");
}

/* Levels and anchors of the parts, headings and tables of contents, in
 * one pass: duplicate anchors take -1, -2… in the order of the page, as
 * GitHub numbers them. */
static void
compute_outline (MarkdownWriter *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean in_part = FALSE;
  guint previous = 0;

  self->levels = g_new0 (guint, self->blocks->len + 1);
  self->anchors = g_ptr_array_new_full (self->blocks->len, g_free);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      MaillageBlock *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *text = NULL;
      g_autofree char *base = NULL;
      char *anchor;
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
          g_ptr_array_add (self->anchors, NULL);
          continue;
        }
      self->levels[i] = previous = MIN (MIN (wanted, previous + 1), 6);

      text = heading_text (block);
      base = markdown_slug (g_strstrip (text));
      anchor = g_strdup (base);
      while (g_hash_table_contains (seen, anchor))
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, base)) + 1;

          g_hash_table_replace (seen, g_strdup (base), GUINT_TO_POINTER (n));
          g_free (anchor);
          anchor = g_strdup_printf ("%s-%u", base, n);
        }
      g_hash_table_replace (seen, g_strdup (anchor), GUINT_TO_POINTER (0));
      g_ptr_array_add (self->anchors, anchor);
    }
}

static void
write_heading (MarkdownWriter *self,
               guint           index,
               const char     *fallback)
{
  MaillageBlock *block = g_ptr_array_index (self->blocks, index);
  const char *number = maillage_block_get_number (block);
  const char *text = maillage_block_get_text (block);

  for (guint i = 0; i < self->levels[index]; i++)
    g_string_append_c (self->out, '#');
  g_string_append_c (self->out, ' ');
  if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_HEADING && number != NULL && *number != '\0')
    {
      markdown_append_text (self->out, number);
      g_string_append_c (self->out, ' ');
    }
  markdown_append_text (self->out, text != NULL && *text != '\0' ? text : fallback);
  g_string_append_c (self->out, '\n');
}

static void
write_emphasised (MarkdownWriter *self,
                  const char     *text,
                  gboolean        strong)
{
  MarkdownInline inline_text;

  markdown_inline_init (&inline_text, self->out, FALSE, TRUE);
  markdown_inline_append_styled (&inline_text, text,
                                 strong ? MAILLAGE_TEXT_STYLE_BOLD : MAILLAGE_TEXT_STYLE_ITALIC);
  g_string_append_c (self->out, '\n');
}

static void
write_paragraph_text (MarkdownWriter *self,
                      const char     *text)
{
  MarkdownInline inline_text;

  markdown_inline_init (&inline_text, self->out, TRUE, TRUE);
  markdown_inline_append (&inline_text, text);
  g_string_append_c (self->out, '\n');
}

static void
write_list (MarkdownWriter *self,
            MaillageBlock  *block)
{
  const char * const *items = maillage_block_get_items (block);
  gboolean ordered = maillage_block_get_ordered (block);
  char marker;

  if (ordered)
    marker = self->last_list_marker == '.' ? ')' : '.';
  else
    marker = self->last_list_marker == '-' ? '*' : '-';

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      MarkdownInline inline_text;

      if (ordered)
        g_string_append_printf (self->out, "%u%c ", i + 1, marker);
      else
        g_string_append_printf (self->out, "%c ", marker);
      markdown_inline_init (&inline_text, self->out, FALSE, TRUE);
      markdown_inline_append (&inline_text, items[i]);
      g_string_append_c (self->out, '\n');
    }

  self->last_list_marker = marker;
}

static void
write_row (GString            *out,
           const char * const *cells,
           guint               n_columns)
{
  gboolean ended = cells == NULL;

  g_string_append_c (out, '|');
  for (guint c = 0; c < n_columns; c++)
    {
      ended = ended || cells[c] == NULL;
      g_string_append_c (out, ' ');
      markdown_append_text (out, ended ? NULL : cells[c]);
      g_string_append (out, " |");
    }
  g_string_append_c (out, '\n');
}

static void
write_table (MarkdownWriter *self,
             MaillageBlock  *block)
{
  const char *caption = maillage_block_get_text (block);
  guint n_columns = maillage_block_get_n_columns (block);
  guint n_rows = maillage_block_get_n_rows (block);

  if (caption != NULL && *caption != '\0')
    {
      write_emphasised (self, caption, FALSE);
      if (n_columns > 0)
        g_string_append_c (self->out, '\n');
    }
  if (n_columns == 0)
    return;

  write_row (self->out, maillage_block_get_header (block), n_columns);
  g_string_append_c (self->out, '|');
  for (guint c = 0; c < n_columns; c++)
    switch (maillage_block_get_alignment (block, c))
      {
      case MAILLAGE_ALIGNMENT_CENTER:
        g_string_append (self->out, " :---: |");
        break;
      case MAILLAGE_ALIGNMENT_END:
        g_string_append (self->out, " ---: |");
        break;
      case MAILLAGE_ALIGNMENT_START:
      default:
        g_string_append (self->out, " --- |");
        break;
      }
  g_string_append_c (self->out, '\n');

  for (guint r = 0; r < n_rows; r++)
    write_row (self->out, maillage_block_get_row (block, r), n_columns);
}

static void
write_figure (MarkdownWriter *self,
              MaillageBlock  *block)
{
  const char *caption = maillage_block_get_text (block);
  const char *alt = maillage_block_get_alt_text (block);
  gboolean has_caption = caption != NULL && *caption != '\0';

  if (has_caption)
    write_emphasised (self, caption, FALSE);
  if (alt != NULL && *alt != '\0')
    {
      if (has_caption)
        g_string_append_c (self->out, '\n');
      write_paragraph_text (self, alt);
    }
}

/* The blocks [*first, *last) that the contents block at @index lists:
 * the part it stands in, or the whole document before any part. */
static void
find_contents_range (MarkdownWriter *self,
                     guint           index,
                     guint          *first,
                     guint          *last)
{
  *first = 0;
  *last = self->blocks->len;

  for (guint i = index; i-- > 0;)
    if (kind_at (self, i) == MAILLAGE_BLOCK_PART)
      {
        *first = i + 1;
        break;
      }
  if (*first == 0)
    return;

  for (guint i = index + 1; i < self->blocks->len; i++)
    if (kind_at (self, i) == MAILLAGE_BLOCK_PART)
      {
        *last = i;
        break;
      }
}

static void
write_contents (MarkdownWriter *self,
                guint           index)
{
  guint first, last;
  guint base = 0;
  int depth = -1;

  write_heading (self, index, F_("Contents"));

  find_contents_range (self, index, &first, &last);
  for (guint i = first; i < last; i++)
    {
      g_autofree char *text = NULL;
      MaillageBlockKind kind = kind_at (self, i);

      if (kind != MAILLAGE_BLOCK_PART && kind != MAILLAGE_BLOCK_HEADING)
        continue;

      if (depth < 0)
        {
          g_string_append_c (self->out, '\n');
          base = self->levels[i];
        }
      /* One level deeper at a most, so that each entry's list nests in
       * the entry before it. */
      depth = CLAMP ((int) self->levels[i] - (int) base, 0, depth + 1);

      for (int d = 0; d < depth; d++)
        g_string_append (self->out, "  ");
      g_string_append (self->out, "- [");
      text = heading_text (g_ptr_array_index (self->blocks, i));
      markdown_append_text (self->out, g_strstrip (text));
      g_string_append_printf (self->out, "](#%s)\n", (char *) g_ptr_array_index (self->anchors, i));
    }

  self->last_list_marker = '-';
}

static gboolean
page_break_is_useful (MarkdownWriter *self,
                      guint           index)
{
  if (index == 0 || index + 1 >= self->blocks->len)
    return FALSE;

  return kind_at (self, index + 1) != MAILLAGE_BLOCK_PART &&
         kind_at (self, index + 1) != MAILLAGE_BLOCK_PAGE_BREAK;
}

static void
write_block (MarkdownWriter *self,
             guint           index)
{
  MaillageBlock *block = g_ptr_array_index (self->blocks, index);
  const char *text = maillage_block_get_text (block);
  char list_marker = self->last_list_marker;
  gsize start;

  /* A blank line between blocks. */
  g_string_append_c (self->out, '\n');
  start = self->out->len;
  self->last_list_marker = 0;

  switch (maillage_block_get_kind (block))
    {
    case MAILLAGE_BLOCK_PART:
    case MAILLAGE_BLOCK_HEADING:
      write_heading (self, index, "");
      break;
    case MAILLAGE_BLOCK_PARAGRAPH:
      if (text != NULL && *text != '\0')
        {
          markdown_append_spans (self->out, block);
          g_string_append_c (self->out, '\n');
        }
      break;
    case MAILLAGE_BLOCK_LIST:
      self->last_list_marker = list_marker;
      write_list (self, block);
      break;
    case MAILLAGE_BLOCK_TABLE:
      write_table (self, block);
      break;
    case MAILLAGE_BLOCK_FIGURE:
      write_figure (self, block);
      break;
    case MAILLAGE_BLOCK_CONTENTS:
      write_contents (self, index);
      break;
    case MAILLAGE_BLOCK_PAGE_BREAK:
      if (page_break_is_useful (self, index))
        g_string_append (self->out, "***\n");
      break;
    default:
      break;
    }

  /* Nothing written: no blank line either, and a list before this block
   * still touches the next one. */
  if (self->out->len == start)
    {
      g_string_truncate (self->out, start - 1);
      if (self->last_list_marker == 0)
        self->last_list_marker = list_marker;
    }
}

static void
write_header (MarkdownWriter   *self,
              MaillageDocument *document)
{
  const char *title = maillage_document_get_title (document);
  const char *subject = maillage_document_get_subject (document);
  const char *author = maillage_document_get_author (document);

  write_emphasised (self, title != NULL && *title != '\0' ? title : F_("Document"), TRUE);
  if (subject != NULL && *subject != '\0')
    {
      g_string_append_c (self->out, '\n');
      write_paragraph_text (self, subject);
    }
  if (author != NULL && *author != '\0')
    {
      g_string_append_c (self->out, '\n');
      write_paragraph_text (self, author);
    }
}

/**
 * markdown_writer_write:
 * @document: the document to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document as Markdown, in memory. Other exporters may use it (to
 * feed pandoc, say).
 *
 * Returns: (transfer full): the text, UTF-8, or %NULL if cancelled
 */
GBytes *
markdown_writer_write (MaillageDocument  *document,
                       GCancellable      *cancellable,
                       GError           **error)
{
  GListModel *model = G_LIST_MODEL (document);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) anchors = NULL;
  g_autofree guint *levels = NULL;
  MarkdownWriter self = { 0, };
  guint n;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), NULL);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (blocks, g_list_model_get_item (model, i));

  self.blocks = blocks;
  compute_outline (&self);
  levels = self.levels;
  anchors = self.anchors;
  self.out = g_string_sized_new (16384);

  write_header (&self, document);
  for (guint i = 0; i < n; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_string_free (self.out, TRUE);
          return NULL;
        }
      write_block (&self, i);
    }

  return g_string_free_to_bytes (self.out);
}

/**
 * markdown_writer_write_stream:
 * @document: the document to write
 * @stream: where to write it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document as Markdown to @stream, which is left open.
 *
 * Returns: %TRUE on success
 */
gboolean
markdown_writer_write_stream (MaillageDocument  *document,
                              GOutputStream     *stream,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(GBytes) text = markdown_writer_write (document, cancellable, error);
  gsize size;
  const char *data;

  if (text == NULL)
    return FALSE;

  data = g_bytes_get_data (text, &size);
  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}
