/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_COMMUNE_DIALOG (maillage_commune_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MaillageCommuneDialog, maillage_commune_dialog, MAILLAGE, COMMUNE_DIALOG, AdwWindow)

MaillageCommuneDialog *maillage_commune_dialog_new         (MaillageTerritory     *territory,
                                                            MaillageCommune       *commune);
MaillageCommune       *maillage_commune_dialog_get_commune (MaillageCommuneDialog *self);
gboolean               maillage_commune_dialog_apply       (MaillageCommuneDialog *self);

G_END_DECLS
