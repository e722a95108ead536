/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_MEMBER_DIALOG (gouvernance_member_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceMemberDialog, gouvernance_member_dialog, GOUVERNANCE, MEMBER_DIALOG, AdwWindow)

GtkWidget *gouvernance_member_dialog_new      (GtkWindow               *parent,
                                               GouvernanceModule       *module,
                                               GouvernanceMember       *member);
gboolean   gouvernance_member_dialog_save     (GouvernanceMemberDialog *self);
void       gouvernance_member_dialog_register (GTypeModule             *module);

G_END_DECLS
