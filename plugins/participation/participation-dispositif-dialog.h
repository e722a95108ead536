/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "participation-module.h"

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_DISPOSITIF_DIALOG (participation_dispositif_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationDispositifDialog, participation_dispositif_dialog, PARTICIPATION,
                      DISPOSITIF_DIALOG, AdwWindow)

ParticipationDispositifDialog *participation_dispositif_dialog_new       (ParticipationModule           *module,
                                                                          ParticipationDispositif       *dispositif);
ParticipationDispositif       *participation_dispositif_dialog_get_draft (ParticipationDispositifDialog *self);
const char                    *participation_dispositif_dialog_get_error (ParticipationDispositifDialog *self);
void                           participation_dispositif_dialog_set_field (ParticipationDispositifDialog *self,
                                                                          const char                    *field,
                                                                          const char                    *value);
gboolean                       participation_dispositif_dialog_apply     (ParticipationDispositifDialog *self);
void                           participation_dispositif_dialog_register  (GTypeModule                   *module);

G_END_DECLS
