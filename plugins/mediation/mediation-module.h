/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "mediation-coverage.h"
#include "mediation-lieu.h"

G_BEGIN_DECLS

/* The version of the module's object in the project file. */
#define MEDIATION_DATA_VERSION 1

#define MEDIATION_TYPE_MODULE (mediation_module_get_type ())
G_DECLARE_FINAL_TYPE (MediationModule, mediation_module, MEDIATION, MODULE, GObject)

const char * const *mediation_module_public_catalogue      (void);
GListModel         *mediation_module_get_lieux             (MediationModule    *self);
void                mediation_module_merge_lieux           (MediationModule    *self,
                                                            GPtrArray          *lieux,
                                                            guint              *n_added,
                                                            guint              *n_updated);
void                mediation_module_count_merge           (MediationModule    *self,
                                                            GPtrArray          *lieux,
                                                            guint              *n_added,
                                                            guint              *n_updated);
void                mediation_module_remove_lieu           (MediationModule    *self,
                                                            MediationLieu      *lieu);
const char         *mediation_module_get_strategy          (MediationModule    *self);
void                mediation_module_set_strategy          (MediationModule    *self,
                                                            const char         *strategy);
const char * const *mediation_module_get_publics           (MediationModule    *self);
gboolean            mediation_module_has_public            (MediationModule    *self,
                                                            const char         *name);
void                mediation_module_set_public            (MediationModule    *self,
                                                            const char         *name,
                                                            gboolean            chosen);
char              **mediation_module_list_dispositifs      (MediationModule    *self);
guint               mediation_module_get_dispositif_count  (MediationModule    *self,
                                                            const char         *name);
void                mediation_module_set_dispositif_count  (MediationModule    *self,
                                                            const char         *name,
                                                            guint               count);
guint               mediation_module_count_lieux_with      (MediationModule    *self,
                                                            MediationField      field,
                                                            const char         *value);
MaillageTerritory  *mediation_module_get_territory         (MediationModule    *self);
MediationCoverage  *mediation_module_get_coverage          (MediationModule    *self);
void                mediation_module_register              (GTypeModule        *module);

G_END_DECLS
