/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_ACTION_INDICATOR (maillage_action_indicator_get_type ())
G_DECLARE_FINAL_TYPE (MaillageActionIndicator, maillage_action_indicator, MAILLAGE, ACTION_INDICATOR, GObject)

MaillageActionIndicator *maillage_action_indicator_new          (const char              *name,
                                                                 const char              *baseline,
                                                                 const char              *target);
const char              *maillage_action_indicator_get_name     (MaillageActionIndicator *self);
void                     maillage_action_indicator_set_name     (MaillageActionIndicator *self,
                                                                 const char              *name);
const char              *maillage_action_indicator_get_baseline (MaillageActionIndicator *self);
void                     maillage_action_indicator_set_baseline (MaillageActionIndicator *self,
                                                                 const char              *baseline);
const char              *maillage_action_indicator_get_target   (MaillageActionIndicator *self);
void                     maillage_action_indicator_set_target   (MaillageActionIndicator *self,
                                                                 const char              *target);

G_END_DECLS
