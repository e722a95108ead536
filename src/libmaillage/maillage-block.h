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
void                maillage_block_set_alignment (MaillageBlock     *self,
                                                  guint              column,
                                                  MaillageAlignment  alignment);
MaillageAlignment   maillage_block_get_alignment (MaillageBlock     *self,
                                                  guint              column);

const char         *maillage_block_get_number    (MaillageBlock *self);

void                maillage_block_append_span   (MaillageBlock     *self,
                                                  MaillageTextStyle  style,
                                                  const char        *text);
void                maillage_block_append_link   (MaillageBlock     *self,
                                                  const char        *text,
                                                  const char        *uri);
guint               maillage_block_get_n_spans   (MaillageBlock     *self);
const char         *maillage_block_get_span      (MaillageBlock     *self,
                                                  guint              index,
                                                  MaillageTextStyle *style,
                                                  const char       **uri);

MaillageChart      *maillage_block_get_chart     (MaillageBlock *self);
const char         *maillage_block_get_alt_text  (MaillageBlock *self);
void                maillage_block_set_alt_text  (MaillageBlock *self,
                                                  const char    *alt_text);

G_END_DECLS
