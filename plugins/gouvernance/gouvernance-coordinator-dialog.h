/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_COORDINATOR_DIALOG (gouvernance_coordinator_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceCoordinatorDialog, gouvernance_coordinator_dialog, GOUVERNANCE, COORDINATOR_DIALOG,
                      AdwWindow)

GtkWidget *gouvernance_coordinator_dialog_new      (GtkWindow                    *parent,
                                                    GouvernanceModule            *module);
gboolean   gouvernance_coordinator_dialog_save     (GouvernanceCoordinatorDialog *self);
gboolean   gouvernance_email_is_valid              (const char                   *email);
void       gouvernance_coordinator_dialog_register (GTypeModule                  *module);

G_END_DECLS
