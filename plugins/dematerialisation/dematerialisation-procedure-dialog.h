/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dematerialisation-module.h"

G_BEGIN_DECLS

#define DEMATERIALISATION_TYPE_PROCEDURE_DIALOG (dematerialisation_procedure_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DematerialisationProcedureDialog, dematerialisation_procedure_dialog,
                      DEMATERIALISATION, PROCEDURE_DIALOG, AdwWindow)

DematerialisationProcedureDialog *dematerialisation_procedure_dialog_new        (DematerialisationModule          *module,
                                                                                 DematerialisationProcedure       *procedure);
DematerialisationProcedure       *dematerialisation_procedure_dialog_get_draft  (DematerialisationProcedureDialog *self);
gboolean                          dematerialisation_procedure_dialog_is_valid   (DematerialisationProcedureDialog *self);
const char                       *dematerialisation_procedure_dialog_get_errors (DematerialisationProcedureDialog *self);
GtkWidget                        *dematerialisation_procedure_dialog_get_widget (DematerialisationProcedureDialog *self,
                                                                                 const char                       *field);
gboolean                          dematerialisation_procedure_dialog_apply      (DematerialisationProcedureDialog *self);
void                              dematerialisation_procedure_dialog_register   (GTypeModule                      *module);

G_END_DECLS
