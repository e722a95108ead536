/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

#include "maillage-module-set.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_ACTIONS_PAGE (maillage_actions_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillageActionsPage, maillage_actions_page, MAILLAGE, ACTIONS_PAGE, AdwBin)

GtkWidget *maillage_actions_page_new         (void);
void       maillage_actions_page_set_project (MaillageActionsPage *self,
                                              MaillageProject     *project,
                                              MaillageModuleSet   *module_set);

G_END_DECLS
