/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "mutualisation-resource.h"

G_BEGIN_DECLS

/* The version of the module's object in the project file. */
#define MUTUALISATION_DATA_VERSION 1

#define MUTUALISATION_TYPE_MODULE (mutualisation_module_get_type ())
G_DECLARE_FINAL_TYPE (MutualisationModule, mutualisation_module, MUTUALISATION, MODULE, GObject)

GListModel          *mutualisation_module_get_resources    (MutualisationModule   *self);
void                 mutualisation_module_insert_resource  (MutualisationModule   *self,
                                                            guint                  position,
                                                            MutualisationResource *resource);
void                 mutualisation_module_add_resource     (MutualisationModule   *self,
                                                            MutualisationResource *resource);
gboolean             mutualisation_module_replace_resource (MutualisationModule   *self,
                                                            MutualisationResource *old_resource,
                                                            MutualisationResource *new_resource);
gboolean             mutualisation_module_remove_resource  (MutualisationModule   *self,
                                                            MutualisationResource *resource,
                                                            guint                 *position);
MaillageTerritory   *mutualisation_module_get_territory    (MutualisationModule   *self);
MutualisationShares *mutualisation_module_compute_shares   (MutualisationModule   *self,
                                                            MutualisationResource *resource);
void                 mutualisation_module_register         (GTypeModule           *module);

G_END_DECLS
