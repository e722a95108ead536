/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-block"

#include "config.h"

#include "maillage-block-private.h"
#include "maillage-enums.h"

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
};

G_DEFINE_FINAL_TYPE (MaillageBlock, maillage_block, G_TYPE_OBJECT)

static void
maillage_block_finalize (GObject *object)
{
  MaillageBlock *self = MAILLAGE_BLOCK (object);

  g_free (self->text);
  g_strfreev (self->strings);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

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
  self->text = g_strdup (text != NULL ? text : "");
  self->ordered = ordered;
  self->strings = g_strdupv ((char **) strings);
  if (self->strings == NULL)
    self->strings = g_new0 (char *, 1);
  if (kind == MAILLAGE_BLOCK_TABLE)
    self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

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
 * Returns: the text of a heading or paragraph, the title of a part, the
 *   caption of a table; an empty string otherwise
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
    row[i] = g_strdup (cells[i]);
  for (; i < n_columns; i++)
    row[i] = g_strdup ("");

  g_ptr_array_add (self->rows, row);
}
