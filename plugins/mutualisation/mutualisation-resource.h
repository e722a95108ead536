/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "mutualisation-shares.h"

G_BEGIN_DECLS

/* What is shared. */
typedef enum
{
  MUTUALISATION_CATEGORY_HOSTING,
  MUTUALISATION_CATEGORY_ARCHIVING,
  MUTUALISATION_CATEGORY_SOFTWARE,
  MUTUALISATION_CATEGORY_GIS,
  MUTUALISATION_CATEGORY_DPO,
  MUTUALISATION_CATEGORY_PURCHASING,
  MUTUALISATION_CATEGORY_CYBERSECURITY,
  MUTUALISATION_CATEGORY_TELEPHONY,
  MUTUALISATION_CATEGORY_OTHER,
} MutualisationCategory;

#define MUTUALISATION_N_CATEGORIES (MUTUALISATION_CATEGORY_OTHER + 1)

/* The legal form the partners share it through. */
typedef enum
{
  MUTUALISATION_VEHICLE_SHARED_SERVICE,
  MUTUALISATION_VEHICLE_PURCHASING_GROUP,
  MUTUALISATION_VEHICLE_MIXED_SYNDICATE,
  MUTUALISATION_VEHICLE_SPL,
  MUTUALISATION_VEHICLE_AGREEMENT,
  MUTUALISATION_VEHICLE_OTHER,
} MutualisationVehicle;

#define MUTUALISATION_N_VEHICLES (MUTUALISATION_VEHICLE_OTHER + 1)

/* A commune taking part, with its values for the keys that need one;
 * each is kept whatever the key, so that changing the key and back loses
 * nothing. */
typedef struct
{
  char    *insee;
  guint64  units;
  guint32  basis_points;
  gint64   amount;
} MutualisationMember;

#define MUTUALISATION_TYPE_RESOURCE (mutualisation_resource_get_type ())
G_DECLARE_FINAL_TYPE (MutualisationResource, mutualisation_resource, MUTUALISATION, RESOURCE, GObject)

MutualisationResource     *mutualisation_resource_new                  (void);
MutualisationResource     *mutualisation_resource_copy                 (MutualisationResource *self);
gboolean                   mutualisation_resource_equal                (MutualisationResource *a,
                                                                        MutualisationResource *b);

const char                *mutualisation_resource_get_name             (MutualisationResource *self);
const char                *mutualisation_resource_get_title            (MutualisationResource *self,
                                                                        gboolean               document);
void                       mutualisation_resource_set_name             (MutualisationResource *self,
                                                                        const char            *name);
MutualisationCategory      mutualisation_resource_get_category         (MutualisationResource *self);
void                       mutualisation_resource_set_category         (MutualisationResource *self,
                                                                        MutualisationCategory  category);
const char                *mutualisation_resource_get_category_other   (MutualisationResource *self);
void                       mutualisation_resource_set_category_other   (MutualisationResource *self,
                                                                        const char            *text);
const char                *mutualisation_resource_get_description      (MutualisationResource *self);
void                       mutualisation_resource_set_description      (MutualisationResource *self,
                                                                        const char            *description);
MutualisationVehicle       mutualisation_resource_get_vehicle          (MutualisationResource *self);
void                       mutualisation_resource_set_vehicle          (MutualisationResource *self,
                                                                        MutualisationVehicle   vehicle);
const char                *mutualisation_resource_get_vehicle_other    (MutualisationResource *self);
void                       mutualisation_resource_set_vehicle_other    (MutualisationResource *self,
                                                                        const char            *text);
gint64                     mutualisation_resource_get_cost             (MutualisationResource *self);
void                       mutualisation_resource_set_cost             (MutualisationResource *self,
                                                                        gint64                 cents);
MutualisationKey           mutualisation_resource_get_key              (MutualisationResource *self);
void                       mutualisation_resource_set_key              (MutualisationResource *self,
                                                                        MutualisationKey       key);
const char                *mutualisation_resource_get_usage_unit       (MutualisationResource *self);
void                       mutualisation_resource_set_usage_unit       (MutualisationResource *self,
                                                                        const char            *unit);

guint                      mutualisation_resource_get_n_members        (MutualisationResource *self);
const MutualisationMember *mutualisation_resource_get_member           (MutualisationResource *self,
                                                                        guint                  position);
MutualisationMember       *mutualisation_resource_find_member          (MutualisationResource *self,
                                                                        const char            *insee);
MutualisationMember       *mutualisation_resource_add_member           (MutualisationResource *self,
                                                                        const char            *insee);
void                       mutualisation_resource_remove_member        (MutualisationResource *self,
                                                                        const char            *insee);
void                       mutualisation_resource_clear_members        (MutualisationResource *self);

const char * const        *mutualisation_resource_get_organisations    (MutualisationResource *self);
void                       mutualisation_resource_set_organisations    (MutualisationResource *self,
                                                                        const char * const    *organisations);
gboolean                   mutualisation_resource_has_partners         (MutualisationResource *self);

MutualisationShares       *mutualisation_resource_compute_shares       (MutualisationResource *self,
                                                                        MaillageTerritory     *territory);

const char                *mutualisation_category_to_string            (MutualisationCategory  category);
gboolean                   mutualisation_category_from_string          (const char            *string,
                                                                        MutualisationCategory *category);
const char                *mutualisation_category_get_label            (MutualisationCategory  category,
                                                                        gboolean               document);
const char                *mutualisation_vehicle_to_string             (MutualisationVehicle   vehicle);
gboolean                   mutualisation_vehicle_from_string           (const char            *string,
                                                                        MutualisationVehicle  *vehicle);
const char                *mutualisation_vehicle_get_label             (MutualisationVehicle   vehicle,
                                                                        gboolean               document);
const char                *mutualisation_key_get_label                 (MutualisationKey       key,
                                                                        gboolean               document);
const char                *mutualisation_resource_get_category_label   (MutualisationResource *self,
                                                                        gboolean               document);
const char                *mutualisation_resource_get_vehicle_label    (MutualisationResource *self,
                                                                        gboolean               document);

void                       mutualisation_resource_register             (GTypeModule           *module);

G_END_DECLS
