/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_STRATEGY_BUILDER (maillage_strategy_builder_get_type ())
G_DECLARE_FINAL_TYPE (MaillageStrategyBuilder, maillage_strategy_builder, MAILLAGE, STRATEGY_BUILDER, GObject)

MaillageStrategyBuilder *maillage_strategy_builder_new          (MaillageProject         *project,
                                                                 GListModel              *modules);
MaillageProject         *maillage_strategy_builder_get_project  (MaillageStrategyBuilder *self);
GListModel              *maillage_strategy_builder_get_modules  (MaillageStrategyBuilder *self);
char                    *maillage_strategy_builder_dup_title    (MaillageStrategyBuilder *self);
void                     maillage_strategy_builder_set_metadata (MaillageStrategyBuilder *self,
                                                                 MaillageDocument        *document);
void                     maillage_strategy_builder_append_annex (MaillageStrategyBuilder *self,
                                                                 MaillageDocument        *document);
MaillageDocument        *maillage_strategy_builder_build        (MaillageStrategyBuilder *self);

G_END_DECLS
