/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MUTUALISATION_TYPE_SHARE_ROW (mutualisation_share_row_get_type ())
G_DECLARE_FINAL_TYPE (MutualisationShareRow, mutualisation_share_row, MUTUALISATION, SHARE_ROW, GObject)

MutualisationShareRow *mutualisation_share_row_new         (const char            *commune,
                                                            const char            *insee,
                                                            const char            *basis,
                                                            const char            *share,
                                                            gboolean               total);
const char            *mutualisation_share_row_get_commune (MutualisationShareRow *self);
const char            *mutualisation_share_row_get_insee   (MutualisationShareRow *self);
const char            *mutualisation_share_row_get_basis   (MutualisationShareRow *self);
const char            *mutualisation_share_row_get_share   (MutualisationShareRow *self);
gboolean               mutualisation_share_row_is_total    (MutualisationShareRow *self);
void                   mutualisation_share_row_register    (GTypeModule           *module);

G_END_DECLS
