/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_COUNCIL_DIALOG (gouvernance_council_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GouvernanceCouncilDialog, gouvernance_council_dialog, GOUVERNANCE, COUNCIL_DIALOG, AdwWindow)

GtkWidget *gouvernance_council_dialog_new      (GtkWindow                *parent,
                                                GouvernanceModule        *module,
                                                GouvernanceCouncil       *council);
GtkWidget *gouvernance_council_dialog_get_check (GouvernanceCouncilDialog *self,
                                                 const char               *insee);
gboolean   gouvernance_council_dialog_save     (GouvernanceCouncilDialog *self);
void       gouvernance_council_dialog_register (GTypeModule              *module);

G_END_DECLS
