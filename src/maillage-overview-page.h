/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

#include "maillage-module-set.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_OVERVIEW_PAGE (maillage_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillageOverviewPage, maillage_overview_page, MAILLAGE, OVERVIEW_PAGE, AdwBin)

GtkWidget *maillage_overview_page_new         (void);
void       maillage_overview_page_set_project (MaillageOverviewPage *self,
                                               MaillageProject      *project,
                                               MaillageModuleSet    *module_set);

G_END_DECLS
