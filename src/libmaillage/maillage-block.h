/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_BLOCK (maillage_block_get_type ())
G_DECLARE_FINAL_TYPE (MaillageBlock, maillage_block, MAILLAGE, BLOCK, GObject)

MaillageBlockKind   maillage_block_get_kind      (MaillageBlock *self);
MaillagePartKind    maillage_block_get_part      (MaillageBlock *self);
guint               maillage_block_get_level     (MaillageBlock *self);
const char         *maillage_block_get_text      (MaillageBlock *self);
gboolean            maillage_block_get_ordered   (MaillageBlock *self);
const char * const *maillage_block_get_items     (MaillageBlock *self);
const char * const *maillage_block_get_header    (MaillageBlock *self);
guint               maillage_block_get_n_columns (MaillageBlock *self);
guint               maillage_block_get_n_rows    (MaillageBlock *self);
const char * const *maillage_block_get_row       (MaillageBlock *self,
                                                  guint          row);
void                maillage_block_append_row    (MaillageBlock *self,
                                                  const char * const *cells);

G_END_DECLS
