/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

#define GOUVERNANCE_TYPE_PAGE (gouvernance_page_get_type ())
G_DECLARE_FINAL_TYPE (GouvernancePage, gouvernance_page, GOUVERNANCE, PAGE, AdwBin)

GtkWidget *gouvernance_page_new      (GouvernanceModule *module);
void       gouvernance_page_register (GTypeModule       *module);

G_END_DECLS
