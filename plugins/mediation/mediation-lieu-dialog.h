/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mediation-module.h"

G_BEGIN_DECLS

#define MEDIATION_TYPE_LIEU_DIALOG (mediation_lieu_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MediationLieuDialog, mediation_lieu_dialog, MEDIATION, LIEU_DIALOG, AdwWindow)

MediationLieuDialog *mediation_lieu_dialog_new         (MediationModule     *module,
                                                        MediationLieu       *lieu);
gboolean             mediation_lieu_dialog_is_valid    (MediationLieuDialog *self);
const char          *mediation_lieu_dialog_get_error   (MediationLieuDialog *self,
                                                        MediationField       field);
GtkWidget           *mediation_lieu_dialog_get_widget  (MediationLieuDialog *self,
                                                        MediationField       field,
                                                        const char          *choice);
GtkWidget           *mediation_lieu_dialog_get_ok_button (MediationLieuDialog *self);
gboolean             mediation_lieu_dialog_apply       (MediationLieuDialog *self);
void                 mediation_lieu_dialog_register    (GTypeModule         *module);

G_END_DECLS
