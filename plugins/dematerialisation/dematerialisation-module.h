/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "dematerialisation-procedure.h"

G_BEGIN_DECLS

/* The version of the module's object in the project file. */
#define DEMATERIALISATION_DATA_VERSION 1

#define DEMATERIALISATION_TYPE_MODULE (dematerialisation_module_get_type ())
G_DECLARE_FINAL_TYPE (DematerialisationModule, dematerialisation_module, DEMATERIALISATION, MODULE, GObject)

GListModel *dematerialisation_module_get_procedures     (DematerialisationModule    *self);
void        dematerialisation_module_add_procedure      (DematerialisationModule    *self,
                                                         DematerialisationProcedure *procedure);
void        dematerialisation_module_insert_procedure   (DematerialisationModule    *self,
                                                         guint                       position,
                                                         DematerialisationProcedure *procedure);
void        dematerialisation_module_replace_procedure  (DematerialisationModule    *self,
                                                         DematerialisationProcedure *old_procedure,
                                                         DematerialisationProcedure *new_procedure);
void        dematerialisation_module_remove_procedure   (DematerialisationModule    *self,
                                                         DematerialisationProcedure *procedure);
void        dematerialisation_module_count_states       (DematerialisationModule    *self,
                                                         guint                      *today,
                                                         guint                      *target);
void        dematerialisation_module_register           (GTypeModule                *module);

G_END_DECLS
