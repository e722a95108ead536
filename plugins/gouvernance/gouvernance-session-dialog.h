/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_SESSION_DIALOG (gouvernance_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceSessionDialog, gouvernance_session_dialog, GOUVERNANCE, SESSION_DIALOG, AdwWindow)

GtkWidget *gouvernance_session_dialog_new      (GtkWindow                *parent,
                                                GouvernanceModule        *module,
                                                GouvernanceSession       *session);
gboolean   gouvernance_session_dialog_save     (GouvernanceSessionDialog *self);
void       gouvernance_session_dialog_register (GTypeModule              *module);

G_END_DECLS
