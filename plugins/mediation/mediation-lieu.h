/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mediation-schema.h"

G_BEGIN_DECLS

#define MEDIATION_TYPE_LIEU (mediation_lieu_get_type ())
G_DECLARE_FINAL_TYPE (MediationLieu, mediation_lieu, MEDIATION, LIEU, GObject)

MediationLieu      *mediation_lieu_new             (void);
MediationLieu      *mediation_lieu_new_take        (char           **values);
const char         *mediation_lieu_get_value       (MediationLieu   *self,
                                                    MediationField   field);
void                mediation_lieu_set_value       (MediationLieu   *self,
                                                    MediationField   field,
                                                    const char      *value);
const char * const *mediation_lieu_get_values      (MediationLieu   *self);
const char * const *mediation_lieu_get_list        (MediationLieu   *self,
                                                    MediationField   field);
gboolean            mediation_lieu_has_list_value  (MediationLieu   *self,
                                                    MediationField   field,
                                                    const char      *value);
gboolean            mediation_lieu_get_coordinates (MediationLieu   *self,
                                                    double          *latitude,
                                                    double          *longitude);
const char         *mediation_lieu_get_id          (MediationLieu   *self);
const char         *mediation_lieu_get_nom         (MediationLieu   *self);
const char         *mediation_lieu_get_commune     (MediationLieu   *self);
guint               mediation_lieu_count_problems  (MediationLieu   *self);
const char         *mediation_lieu_get_problem     (MediationLieu   *self);
GPtrArray          *mediation_lieu_check           (MediationLieu   *self,
                                                    guint            row);
void                mediation_lieu_register        (GTypeModule     *module);

G_END_DECLS
