/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-document"

#include "config.h"

#include <gio/gio.h>

#include "maillage-block-private.h"
#include "maillage-document.h"

/**
 * MaillageDocument:
 *
 * A format-neutral document: a flat sequence of [class@Maillage.Block]s
 * (parts, headings, paragraphs, lists, tables, page breaks). Modules append
 * blocks with the `add_*` methods; exporters read them through the
 * [iface@Gio.ListModel] interface. No module knows a file format; no
 * exporter knows a module: they meet here.
 */
struct _MaillageDocument
{
  GObject    parent_instance;
  char      *title;
  GPtrArray *blocks;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MaillageDocument, maillage_document, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_TITLE,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_document_init (MaillageDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (g_object_unref);
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
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= 6, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return maillage_document_append (self,
                                   _maillage_block_new (MAILLAGE_BLOCK_HEADING,
                                                        MAILLAGE_PART_ANNEX, level,
                                                        text, FALSE, NULL));
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
                                                        MAILLAGE_PART_ANNEX, 0,
                                                        text, FALSE, NULL));
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
                                                        MAILLAGE_PART_ANNEX, 0,
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
                                                        MAILLAGE_PART_ANNEX, 0,
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
                                                        MAILLAGE_PART_ANNEX, 0,
                                                        NULL, FALSE, NULL));
}
