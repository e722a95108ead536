/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_COFINANCING (maillage_cofinancing_get_type ())
G_DECLARE_FINAL_TYPE (MaillageCofinancing, maillage_cofinancing, MAILLAGE, COFINANCING, GObject)

MaillageCofinancing *maillage_cofinancing_new        (const char          *funder,
                                                      gint64               amount);
const char          *maillage_cofinancing_get_funder (MaillageCofinancing *self);
void                 maillage_cofinancing_set_funder (MaillageCofinancing *self,
                                                      const char          *funder);
gint64               maillage_cofinancing_get_amount (MaillageCofinancing *self);
void                 maillage_cofinancing_set_amount (MaillageCofinancing *self,
                                                      gint64               cents);

G_END_DECLS
