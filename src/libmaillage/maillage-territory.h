/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_TERRITORY (maillage_territory_get_type ())
G_DECLARE_FINAL_TYPE (MaillageTerritory, maillage_territory, MAILLAGE, TERRITORY, GObject)

MaillageTerritory     *maillage_territory_new             (void);
const char            *maillage_territory_get_name        (MaillageTerritory     *self);
void                   maillage_territory_set_name        (MaillageTerritory     *self,
                                                           const char            *name);
MaillageTerritoryKind  maillage_territory_get_kind        (MaillageTerritory     *self);
void                   maillage_territory_set_kind        (MaillageTerritory     *self,
                                                           MaillageTerritoryKind  kind);
const char            *maillage_territory_get_siren       (MaillageTerritory     *self);
void                   maillage_territory_set_siren       (MaillageTerritory     *self,
                                                           const char            *siren);
const char            *maillage_territory_get_departement (MaillageTerritory     *self);
void                   maillage_territory_set_departement (MaillageTerritory     *self,
                                                           const char            *departement);
GListModel            *maillage_territory_get_communes    (MaillageTerritory     *self);
void                   maillage_territory_add_commune     (MaillageTerritory     *self,
                                                           MaillageCommune       *commune);
void                   maillage_territory_remove_commune  (MaillageTerritory     *self,
                                                           MaillageCommune       *commune);
void                   maillage_territory_replace_communes(MaillageTerritory     *self,
                                                           GPtrArray             *communes);
MaillageCommune       *maillage_territory_find_commune    (MaillageTerritory     *self,
                                                           const char            *insee);
guint64                maillage_territory_get_population  (MaillageTerritory     *self);
MaillageOutlines      *maillage_territory_get_outlines    (MaillageTerritory     *self);
void                   maillage_territory_set_outlines    (MaillageTerritory     *self,
                                                           MaillageOutlines      *outlines);
gboolean               maillage_territory_siren_is_valid  (const char            *siren);
const char            *maillage_territory_kind_to_string  (MaillageTerritoryKind  kind);
gboolean               maillage_territory_kind_from_string(const char            *string,
                                                           MaillageTerritoryKind *kind);

G_END_DECLS
