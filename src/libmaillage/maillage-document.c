/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-document"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "maillage-block-private.h"
#include "maillage-chart.h"
#include "maillage-document.h"

/* How deep headings go: maillage_document_add_heading() takes 1 to 6. */
#define MAX_LEVEL 6

/**
 * MaillageDocument:
 *
 * A format-neutral document: a flat sequence of [class@Maillage.Block]s
 * (parts, headings, paragraphs, lists, tables, figures, tables of
 * contents, page breaks). Modules append
 * blocks with the `add_*` methods; exporters read them through the
 * [iface@Gio.ListModel] interface. No module knows a file format; no
 * exporter knows a module: they meet here.
 */
struct _MaillageDocument
{
  GObject           parent_instance;
  char             *title;
  char             *author;
  char             *subject;
  GPtrArray        *blocks;

  /* The outline numbers of the part being written: counters[0] counts the
   * headings of level 1, and so on; a heading resets those below it. */
  MaillagePartKind  part;
  gboolean          numbered;
  guint             counters[MAX_LEVEL];
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MaillageDocument, maillage_document, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AUTHOR,
  PROP_SUBJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
maillage_document_get_item_type (GListModel *model)
{
  return MAILLAGE_TYPE_BLOCK;
}

static guint
maillage_document_get_n_items (GListModel *model)
{
  return MAILLAGE_DOCUMENT (model)->blocks->len;
}

static gpointer
maillage_document_get_item (GListModel *model,
                            guint       position)
{
  MaillageDocument *self = MAILLAGE_DOCUMENT (model);

  if (position >= self->blocks->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->blocks, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = maillage_document_get_item_type;
  iface->get_n_items = maillage_document_get_n_items;
  iface->get_item = maillage_document_get_item;
}

static void
maillage_document_finalize (GObject *object)
{
  MaillageDocument *self = MAILLAGE_DOCUMENT (object);

  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (maillage_document_parent_class)->finalize (object);
}

static void
maillage_document_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MaillageDocument *self = MAILLAGE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_document_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MaillageDocument *self = MAILLAGE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      if (self->title == NULL)
        self->title = g_strdup ("");
      break;

    case PROP_AUTHOR:
      maillage_document_set_author (self, g_value_get_string (value));
      break;

    case PROP_SUBJECT:
      maillage_document_set_subject (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_document_class_init (MaillageDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_document_finalize;
  object_class->get_property = maillage_document_get_property;
  object_class->set_property = maillage_document_set_property;

  /**
   * MaillageDocument:title:
   *
   * The title of the whole document, for metadata and cover pages.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * MaillageDocument:author:
   *
   * Who wrote the document (the collectivité, its service), for metadata.
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * MaillageDocument:subject:
   *
   * What the document is about, for metadata.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_document_init (MaillageDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (g_object_unref);
  self->author = g_strdup ("");
  self->subject = g_strdup ("");
  self->part = MAILLAGE_PART_ANNEX;
}

/* Every add_* goes through here, so the list model's signal is emitted in
 * one place. */
static MaillageBlock *
maillage_document_append (MaillageDocument *self,
                          MaillageBlock    *block)
{
  g_ptr_array_add (self->blocks, block);
  g_list_model_items_changed (G_LIST_MODEL (self), self->blocks->len - 1, 0, 1);

  return block;
}

/**
 * maillage_document_new:
 * @title: (nullable): the document's title
 *
 * Returns: (transfer full): a new, empty document
 */
MaillageDocument *
maillage_document_new (const char *title)
{
  return g_object_new (MAILLAGE_TYPE_DOCUMENT, "title", title, NULL);
}

/**
 * maillage_document_get_title:
 * @self: a #MaillageDocument
 *
 * Returns: the document's title, possibly empty
 */
const char *
maillage_document_get_title (MaillageDocument *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * maillage_document_add_part:
 * @self: a #MaillageDocument
 * @part: which part starts
 * @title: the part's title
 *
 * Starts a part of the deliberation pack; the blocks that follow belong to
 * it until the next part.
 *
 * Returns: (transfer none): the new block
 */
MaillageBlock *
maillage_document_add_part (MaillageDocument *self,
                            MaillagePartKind  part,
                            const char       *title)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  /* Each part numbers its headings from 1 again; the délibération does
   * not number them at all. */
  self->part = part;
  self->numbered = part != MAILLAGE_PART_DELIBERATION;
  memset (self->counters, 0, sizeof self->counters);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_PART, part, 0,
                                                        title, FALSE, NULL));
}

/**
 * maillage_document_add_heading:
 * @self: a #MaillageDocument
 * @level: from 1 (a module's chapter) to 6
 * @text: the heading's text
 *
 * Returns: (transfer none): the new block
 */
MaillageBlock *
maillage_document_add_heading (MaillageDocument *self,
                               guint             level,
                               const char       *text)
{
  MaillageBlock *block;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= MAX_LEVEL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  block = _maillage_block_new (MAILLAGE_BLOCK_HEADING, self->part, level, text, FALSE, NULL);
  if (self->numbered)
    {
      g_autoptr(GString) number = g_string_new (NULL);

      self->counters[level - 1]++;
      for (guint i = level; i < MAX_LEVEL; i++)
        self->counters[i] = 0;
      /* A level skipped (a 3 right under a 1) counts as its first. */
      for (guint i = 0; i < level; i++)
        {
          if (self->counters[i] == 0)
            self->counters[i] = 1;
          g_string_append_printf (number, i == 0 ? "%u" : ".%u", self->counters[i]);
        }
      _maillage_block_set_number (block, number->str);
    }

  return maillage_document_append (self, block);
}

/**
 * maillage_document_add_paragraph:
 * @self: a #MaillageDocument
 * @text: the paragraph's text, as the user wrote it
 *
 * Returns: (transfer none): the new block
 */
MaillageBlock *
maillage_document_add_paragraph (MaillageDocument *self,
                                 const char       *text)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_PARAGRAPH,
                                                        self->part, 0,
                                                        text, FALSE, NULL));
}

/**
 * maillage_document_add_text:
 * @self: a #MaillageDocument
 * @text: a text as the user typed it in a multi-line field
 *
 * Appends @text as paragraphs: one for each part of it that a blank line
 * (or a line of spaces) separates from the next, with the spaces around
 * it trimmed. A part that is nothing but spaces writes nothing.
 *
 * Returns: the number of paragraphs appended, 0 when @text has nothing to
 *   say (for the caller to write that the text is missing, in its words)
 */
guint
maillage_document_add_text (MaillageDocument *self,
                            const char       *text)
{
  g_auto(GStrv) parts = NULL;
  guint n_written = 0;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  parts = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *paragraph = g_strstrip (g_strdup (parts[i]));

      if (*paragraph == '\0')
        continue;
      maillage_document_add_paragraph (self, paragraph);
      n_written++;
    }

  return n_written;
}

/**
 * maillage_document_add_list:
 * @self: a #MaillageDocument
 * @ordered: %TRUE for a numbered list, %FALSE for bullets
 * @items: (array zero-terminated=1): the items
 *
 * Returns: (transfer none): the new block
 */
MaillageBlock *
maillage_document_add_list (MaillageDocument   *self,
                            gboolean            ordered,
                            const char * const *items)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_LIST,
                                                        self->part, 0,
                                                        NULL, ordered, items));
}

/**
 * maillage_document_add_table:
 * @self: a #MaillageDocument
 * @caption: (nullable): the table's caption
 * @header: (array zero-terminated=1): the header row, one cell a column
 *
 * Adds an empty table; fill it with [method@Maillage.Block.append_row].
 *
 * Returns: (transfer none): the new block
 */
MaillageBlock *
maillage_document_add_table (MaillageDocument   *self,
                             const char         *caption,
                             const char * const *header)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (header != NULL && header[0] != NULL, NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_TABLE,
                                                        self->part, 0,
                                                        caption, FALSE, header));
}

/**
 * maillage_document_add_page_break:
 * @self: a #MaillageDocument
 *
 * Returns: (transfer none): the new block
 */
MaillageBlock *
maillage_document_add_page_break (MaillageDocument *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_PAGE_BREAK,
                                                        self->part, 0,
                                                        NULL, FALSE, NULL));
}

/**
 * maillage_document_get_author:
 * @self: a #MaillageDocument
 *
 * Returns: who wrote the document; an empty string when unknown
 */
const char *
maillage_document_get_author (MaillageDocument *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);

  return self->author;
}

/**
 * maillage_document_set_author:
 * @self: a #MaillageDocument
 * @author: (nullable): who wrote the document
 *
 * Sets the author written in the metadata of exported files.
 */
void
maillage_document_set_author (MaillageDocument *self,
                              const char       *author)
{
  g_return_if_fail (MAILLAGE_IS_DOCUMENT (self));

  if (g_strcmp0 (self->author, author != NULL ? author : "") == 0)
    return;

  g_free (self->author);
  self->author = g_strdup (author != NULL ? author : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

/**
 * maillage_document_get_subject:
 * @self: a #MaillageDocument
 *
 * Returns: what the document is about; an empty string when unknown
 */
const char *
maillage_document_get_subject (MaillageDocument *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);

  return self->subject;
}

/**
 * maillage_document_set_subject:
 * @self: a #MaillageDocument
 * @subject: (nullable): what the document is about
 *
 * Sets the subject written in the metadata of exported files.
 */
void
maillage_document_set_subject (MaillageDocument *self,
                               const char       *subject)
{
  g_return_if_fail (MAILLAGE_IS_DOCUMENT (self));

  if (g_strcmp0 (self->subject, subject != NULL ? subject : "") == 0)
    return;

  g_free (self->subject);
  self->subject = g_strdup (subject != NULL ? subject : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

/**
 * maillage_document_get_language:
 * @self: a #MaillageDocument
 *
 * The language of the document, as a BCP 47 tag for the formats that
 * declare it. Documents are French whatever the interface's language:
 * they go to a French assembly.
 *
 * Returns: `fr-FR`
 */
const char *
maillage_document_get_language (MaillageDocument *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);

  return "fr-FR";
}

/**
 * maillage_document_add_rich_paragraph:
 * @self: a #MaillageDocument
 *
 * Appends an empty paragraph, to be filled with
 * maillage_block_append_span() and maillage_block_append_link(): for text
 * with bold, italic or links.
 *
 * Returns: (transfer none): the paragraph
 */
MaillageBlock *
maillage_document_add_rich_paragraph (MaillageDocument *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_PARAGRAPH,
                                                        self->part, 0,
                                                        NULL, FALSE, NULL));
}

/**
 * maillage_document_add_figure:
 * @self: a #MaillageDocument
 * @chart: the chart or map to show
 * @caption: (nullable): the caption under it; the chart's title if %NULL
 *
 * Appends a figure. Its text alternative is the chart's own description
 * until maillage_block_set_alt_text() says otherwise. Each exporter draws
 * @chart with the one chart renderer: vectors in PDF, SVG in HTML, a
 * picture in ODT.
 *
 * Returns: (transfer none): the figure
 */
MaillageBlock *
maillage_document_add_figure (MaillageDocument *self,
                              MaillageChart    *chart,
                              const char       *caption)
{
  MaillageBlock *block;

  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (MAILLAGE_IS_CHART (chart), NULL);

  block = _maillage_block_new (MAILLAGE_BLOCK_FIGURE, self->part, 0,
                               caption != NULL ? caption : maillage_chart_get_title (chart),
                               FALSE, NULL);
  _maillage_block_set_chart (block, chart);

  return maillage_document_append (self, block);
}

/**
 * maillage_document_add_contents:
 * @self: a #MaillageDocument
 * @title: the title of the table, « Sommaire » say
 *
 * Appends a table of contents: each exporter lists there the headings of
 * the part the table stands in, with their numbers and, where the format
 * has pages, their page numbers.
 *
 * Returns: (transfer none): the table of contents
 */
MaillageBlock *
maillage_document_add_contents (MaillageDocument *self,
                                const char       *title)
{
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_CONTENTS,
                                                        self->part, 0,
                                                        title, FALSE, NULL));
}
