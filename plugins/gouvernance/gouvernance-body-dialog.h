/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_BODY_DIALOG (gouvernance_body_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceBodyDialog, gouvernance_body_dialog, GOUVERNANCE, BODY_DIALOG, AdwWindow)

GtkWidget *gouvernance_body_dialog_new             (GtkWindow             *parent,
                                                    GouvernanceModule     *module,
                                                    GouvernanceBody       *body);
void       gouvernance_body_dialog_add_participant (GouvernanceBodyDialog *self,
                                                    const char            *name,
                                                    const char            *role);
gboolean   gouvernance_body_dialog_save            (GouvernanceBodyDialog *self);
void       gouvernance_body_dialog_register        (GTypeModule           *module);

G_END_DECLS
