/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks are made only by MaillageDocument, so that a document is the one
 * place that decides what a well-formed block is.
 */
#pragma once

#include "maillage-block.h"

G_BEGIN_DECLS

MaillageBlock *_maillage_block_new (MaillageBlockKind   kind,
                                    MaillagePartKind    part,
                                    guint               level,
                                    const char         *text,
                                    gboolean            ordered,
                                    const char * const *strings);
void           _maillage_block_set_number (MaillageBlock *self,
                                           const char    *number);
void           _maillage_block_set_chart  (MaillageBlock *self,
                                           MaillageChart *chart);

G_END_DECLS
