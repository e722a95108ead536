/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-block"

#include "config.h"

#include "maillage-block-private.h"
#include "maillage-chart.h"
#include "maillage-enums.h"
#include "maillage-typography.h"

/* A stretch of a paragraph set one way: plain, bold, italic, or a link. */
typedef struct
{
  char              *text;
  char              *uri;
  MaillageTextStyle  style;
} Span;

/**
 * MaillageBlock:
 *
 * One block of a [class@Maillage.Document]: the start of a part, a heading,
 * a paragraph, a list, a table or a page break. Which getters mean
 * something depends on [method@Maillage.Block.get_kind]:
 *
 * - part: [method@Maillage.Block.get_part] and the title as text;
 * - heading: [method@Maillage.Block.get_level] (1 to 6) and the text;
 * - paragraph: the text;
 * - list: [method@Maillage.Block.get_ordered] and the items;
 * - table: the caption as text, the header, and the rows, each with as many
 *   cells as the header.
 *
 * Blocks are created through the document's `add_*` methods.
 */
struct _MaillageBlock
{
  GObject            parent_instance;
  MaillageBlockKind  kind;
  MaillagePartKind   part;
  guint              level;
  gboolean           ordered;
  char              *text;
  GStrv              strings;    /* list items, or table header */
  GPtrArray         *rows;       /* of GStrv, tables only */
  GArray            *alignments; /* of MaillageAlignment, tables only */
  GArray            *spans;      /* of Span, paragraphs only */
  char              *number;     /* "1.2" for a numbered heading, or "" */
  MaillageChart     *chart;      /* figures only */
  char              *alt_text;   /* figures only */
};

G_DEFINE_FINAL_TYPE (MaillageBlock, maillage_block, G_TYPE_OBJECT)

static void
maillage_block_finalize (GObject *object)
{
  MaillageBlock *self = MAILLAGE_BLOCK (object);

  g_free (self->text);
  g_strfreev (self->strings);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->alignments, g_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_free (self->number);
  g_clear_object (&self->chart);
  g_free (self->alt_text);

  G_OBJECT_CLASS (maillage_block_parent_class)->finalize (object);
}

static void
maillage_block_class_init (MaillageBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = maillage_block_finalize;
}

static void
maillage_block_init (MaillageBlock *self)
{
  self->number = g_strdup ("");
  self->alt_text = g_strdup ("");
}

static void
span_clear (gpointer data)
{
  Span *span = data;

  g_free (span->text);
  g_free (span->uri);
}

/* Every text of a block is set in French typography as it comes in, once:
 * exporters then write it as it is, and no format can forget a rule. */
static GStrv
typeset_strv (const char * const *strings)
{
  guint n = strings != NULL ? g_strv_length ((char **) strings) : 0;
  GStrv typeset = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    typeset[i] = maillage_typography_apply (strings[i]);

  return typeset;
}

MaillageBlock *
_maillage_block_new (MaillageBlockKind   kind,
                     MaillagePartKind    part,
                     guint               level,
                     const char         *text,
                     gboolean            ordered,
                     const char * const *strings)
{
  MaillageBlock *self = g_object_new (MAILLAGE_TYPE_BLOCK, NULL);

  self->kind = kind;
  self->part = part;
  self->level = level;
  self->text = maillage_typography_apply (text != NULL ? text : "");
  self->ordered = ordered;
  self->strings = typeset_strv (strings);
  if (kind == MAILLAGE_BLOCK_TABLE)
    {
      self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      self->alignments = g_array_new (FALSE, TRUE, sizeof (MaillageAlignment));
      g_array_set_size (self->alignments, g_strv_length (self->strings));
    }
  if (kind == MAILLAGE_BLOCK_PARAGRAPH)
    {
      self->spans = g_array_new (FALSE, TRUE, sizeof (Span));
      g_array_set_clear_func (self->spans, span_clear);
      if (*self->text != '\0')
        {
          Span span = { g_strdup (self->text), NULL, MAILLAGE_TEXT_STYLE_NONE };

          g_array_append_val (self->spans, span);
        }
    }

  return self;
}

/**
 * maillage_block_get_kind:
 * @self: a #MaillageBlock
 *
 * Returns: what the block is
 */
MaillageBlockKind
maillage_block_get_kind (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), MAILLAGE_BLOCK_PARAGRAPH);

  return self->kind;
}

/**
 * maillage_block_get_part:
 * @self: a #MaillageBlock
 *
 * Returns: which part a %MAILLAGE_BLOCK_PART block starts
 */
MaillagePartKind
maillage_block_get_part (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), MAILLAGE_PART_ANNEX);

  return self->part;
}

/**
 * maillage_block_get_level:
 * @self: a #MaillageBlock
 *
 * Returns: the level of a heading, from 1 to 6; 0 for other blocks
 */
guint
maillage_block_get_level (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), 0);

  return self->level;
}

/**
 * maillage_block_get_text:
 * @self: a #MaillageBlock
 *
 * Returns: the text of a heading or paragraph (all its spans), the title
 *   of a part or of a table of contents, the caption of a table or a
 *   figure; an empty string otherwise
 */
const char *
maillage_block_get_text (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);

  return self->text;
}

/**
 * maillage_block_get_ordered:
 * @self: a #MaillageBlock
 *
 * Returns: %TRUE for a numbered list
 */
gboolean
maillage_block_get_ordered (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), FALSE);

  return self->ordered;
}

/**
 * maillage_block_get_items:
 * @self: a #MaillageBlock
 *
 * Returns: (transfer none) (array zero-terminated=1): the items of a list;
 *   empty for other blocks
 */
const char * const *
maillage_block_get_items (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);

  if (self->kind != MAILLAGE_BLOCK_LIST)
    return (const char * const *) self->strings + g_strv_length (self->strings);

  return (const char * const *) self->strings;
}

/**
 * maillage_block_get_header:
 * @self: a #MaillageBlock
 *
 * Returns: (transfer none) (array zero-terminated=1): the header row of a
 *   table; empty for other blocks
 */
const char * const *
maillage_block_get_header (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);

  if (self->kind != MAILLAGE_BLOCK_TABLE)
    return (const char * const *) self->strings + g_strv_length (self->strings);

  return (const char * const *) self->strings;
}

/**
 * maillage_block_get_n_columns:
 * @self: a #MaillageBlock
 *
 * Returns: the number of columns of a table; 0 for other blocks
 */
guint
maillage_block_get_n_columns (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), 0);

  return self->kind == MAILLAGE_BLOCK_TABLE ? g_strv_length (self->strings) : 0;
}

/**
 * maillage_block_get_n_rows:
 * @self: a #MaillageBlock
 *
 * Returns: the number of body rows of a table; 0 for other blocks
 */
guint
maillage_block_get_n_rows (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), 0);

  return self->rows != NULL ? self->rows->len : 0;
}

/**
 * maillage_block_get_row:
 * @self: a #MaillageBlock
 * @row: the index of a body row
 *
 * Returns: (transfer none) (array zero-terminated=1): the cells of @row
 */
const char * const *
maillage_block_get_row (MaillageBlock *self,
                        guint          row)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);
  g_return_val_if_fail (self->rows != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, row);
}

/**
 * maillage_block_append_row:
 * @self: a table #MaillageBlock
 * @cells: (array zero-terminated=1): the row's cells, as many as the header
 *   has columns
 *
 * Appends a body row to a table. A row with fewer cells is padded with
 * empty ones; a row with more cells than the header is a programming error
 * and is refused.
 */
void
maillage_block_append_row (MaillageBlock      *self,
                           const char * const *cells)
{
  guint n_columns;
  GStrv row;
  guint i = 0;

  g_return_if_fail (MAILLAGE_IS_BLOCK (self));
  g_return_if_fail (self->kind == MAILLAGE_BLOCK_TABLE);
  g_return_if_fail (cells != NULL);

  n_columns = g_strv_length (self->strings);
  g_return_if_fail (g_strv_length ((char **) cells) <= n_columns);

  row = g_new0 (char *, n_columns + 1);
  for (; cells[i] != NULL; i++)
    row[i] = maillage_typography_apply (cells[i]);
  for (; i < n_columns; i++)
    row[i] = g_strdup ("");

  g_ptr_array_add (self->rows, row);
}

/* Private: set by the document, which counts the headings of each part. */
void
_maillage_block_set_number (MaillageBlock *self,
                            const char    *number)
{
  g_free (self->number);
  self->number = g_strdup (number != NULL ? number : "");
}

/* Private: a figure's chart, given by maillage_document_add_figure(). */
void
_maillage_block_set_chart (MaillageBlock *self,
                           MaillageChart *chart)
{
  g_autofree char *description = maillage_chart_describe (chart);

  g_set_object (&self->chart, chart);
  g_free (self->alt_text);
  self->alt_text = maillage_typography_apply (description != NULL ? description : "");
}

/**
 * maillage_block_set_alignment:
 * @self: a table #MaillageBlock
 * @column: the index of a column
 * @alignment: how its cells are aligned
 *
 * Sets how the cells of @column are aligned: numbers and amounts are
 * aligned to the end, so that their digits line up.
 */
void
maillage_block_set_alignment (MaillageBlock     *self,
                              guint              column,
                              MaillageAlignment  alignment)
{
  g_return_if_fail (MAILLAGE_IS_BLOCK (self));
  g_return_if_fail (self->kind == MAILLAGE_BLOCK_TABLE);
  g_return_if_fail (column < self->alignments->len);

  g_array_index (self->alignments, MaillageAlignment, column) = alignment;
}

/**
 * maillage_block_get_alignment:
 * @self: a #MaillageBlock
 * @column: the index of a column
 *
 * Returns: how the cells of @column of a table are aligned;
 *   %MAILLAGE_ALIGNMENT_START for other blocks and unknown columns
 */
MaillageAlignment
maillage_block_get_alignment (MaillageBlock *self,
                              guint          column)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), MAILLAGE_ALIGNMENT_START);

  if (self->alignments == NULL || column >= self->alignments->len)
    return MAILLAGE_ALIGNMENT_START;

  return g_array_index (self->alignments, MaillageAlignment, column);
}

/**
 * maillage_block_get_number:
 * @self: a #MaillageBlock
 *
 * The number of a heading in the outline of its part: `2`, `2.1`, `2.1.3`.
 * Headings of the strategy and of the note are numbered; those of the
 * délibération, whose articles carry their own names, are not.
 *
 * Returns: the number of a numbered heading; an empty string otherwise
 */
const char *
maillage_block_get_number (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);

  return self->number;
}

static void
append_span (MaillageBlock     *self,
             MaillageTextStyle  style,
             const char        *text,
             const char        *uri)
{
  Span span;
  char *joined;

  if (*text == '\0')
    return;

  /* The rules look across spans: « adopté » then « ; voir » takes the
   * narrow space before the semicolon. So the span is set after the last
   * character of the paragraph so far, which is then taken off again. */
  if (*self->text != '\0')
    {
      const char *last = g_utf8_find_prev_char (self->text, self->text + strlen (self->text));
      g_autofree char *joined_text = g_strconcat (last, text, NULL);
      g_autofree char *typeset = maillage_typography_apply (joined_text);

      if (g_str_has_prefix (typeset, last))
        span.text = g_strdup (typeset + strlen (last));
      else
        span.text = maillage_typography_apply (text);
    }
  else
    span.text = maillage_typography_apply (text);
  span.uri = g_strdup (uri);
  span.style = style;

  /* A span that is only a space, between two styled words, is a space. */
  if (*span.text == '\0' && g_ascii_isspace (text[0]) &&
      *self->text != '\0' && !g_str_has_suffix (self->text, " "))
    {
      g_free (span.text);
      span.text = g_strdup (" ");
    }
  else if (text[strlen (text) - 1] == ' ' && *span.text != '\0' && !g_str_has_suffix (span.text, " "))
    {
      char *spaced = g_strconcat (span.text, " ", NULL);

      g_free (span.text);
      span.text = spaced;
    }

  if (*span.text == '\0')
    {
      span_clear (&span);
      return;
    }

  g_array_append_val (self->spans, span);
  joined = g_strconcat (self->text, span.text, NULL);
  g_free (self->text);
  self->text = joined;
}

/**
 * maillage_block_append_span:
 * @self: a paragraph #MaillageBlock
 * @style: how the text is set
 * @text: the text
 *
 * Appends a stretch of text to a paragraph made with
 * maillage_document_add_rich_paragraph(). Spaces at the edges of @text are
 * kept, so that "Le budget est " and "adopté" read as two words.
 */
void
maillage_block_append_span (MaillageBlock     *self,
                            MaillageTextStyle  style,
                            const char        *text)
{
  g_return_if_fail (MAILLAGE_IS_BLOCK (self));
  g_return_if_fail (self->kind == MAILLAGE_BLOCK_PARAGRAPH);
  g_return_if_fail (text != NULL);

  append_span (self, style, text, NULL);
}

/**
 * maillage_block_append_link:
 * @self: a paragraph #MaillageBlock
 * @text: the text of the link
 * @uri: where it leads
 *
 * Appends a link to a paragraph. The address is kept exactly as given; it
 * is up to each exporter to refuse the schemes its format must not carry.
 */
void
maillage_block_append_link (MaillageBlock *self,
                            const char    *text,
                            const char    *uri)
{
  g_return_if_fail (MAILLAGE_IS_BLOCK (self));
  g_return_if_fail (self->kind == MAILLAGE_BLOCK_PARAGRAPH);
  g_return_if_fail (text != NULL);
  g_return_if_fail (uri != NULL);

  append_span (self, MAILLAGE_TEXT_STYLE_NONE, text, uri);
}

/**
 * maillage_block_get_n_spans:
 * @self: a #MaillageBlock
 *
 * Returns: the number of spans of a paragraph; 0 for other blocks
 */
guint
maillage_block_get_n_spans (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), 0);

  return self->spans != NULL ? self->spans->len : 0;
}

/**
 * maillage_block_get_span:
 * @self: a paragraph #MaillageBlock
 * @index: the index of a span
 * @style: (out) (optional): how the span is set
 * @uri: (out) (optional) (transfer none) (nullable): where a link leads;
 *   %NULL for a span that is not a link
 *
 * Returns: (transfer none): the text of the span
 */
const char *
maillage_block_get_span (MaillageBlock      *self,
                         guint               index,
                         MaillageTextStyle  *style,
                         const char        **uri)
{
  const Span *span;

  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);
  g_return_val_if_fail (self->spans != NULL && index < self->spans->len, NULL);

  span = &g_array_index (self->spans, Span, index);
  if (style != NULL)
    *style = span->style;
  if (uri != NULL)
    *uri = span->uri;

  return span->text;
}

/**
 * maillage_block_get_chart:
 * @self: a #MaillageBlock
 *
 * Returns: (transfer none) (nullable): the chart of a figure; %NULL for
 *   other blocks
 */
MaillageChart *
maillage_block_get_chart (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);

  return self->chart;
}

/**
 * maillage_block_get_alt_text:
 * @self: a #MaillageBlock
 *
 * The text alternative of a figure, for readers who do not see it: by
 * default the chart's own description (maillage_chart_describe()).
 *
 * Returns: the text alternative of a figure; an empty string otherwise
 */
const char *
maillage_block_get_alt_text (MaillageBlock *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BLOCK (self), NULL);

  return self->alt_text;
}

/**
 * maillage_block_set_alt_text:
 * @self: a figure #MaillageBlock
 * @alt_text: the text alternative
 *
 * Replaces the text alternative of a figure, when its author can say
 * better than the chart's own description what it shows.
 */
void
maillage_block_set_alt_text (MaillageBlock *self,
                             const char    *alt_text)
{
  g_return_if_fail (MAILLAGE_IS_BLOCK (self));
  g_return_if_fail (self->kind == MAILLAGE_BLOCK_FIGURE);
  g_return_if_fail (alt_text != NULL);

  g_free (self->alt_text);
  self->alt_text = maillage_typography_apply (alt_text);
}
