/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

#include "maillage-module-set.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_PLAN_PAGE (maillage_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePlanPage, maillage_plan_page, MAILLAGE, PLAN_PAGE, AdwBin)

GtkWidget          *maillage_plan_page_new         (void);
void                maillage_plan_page_set_project (MaillagePlanPage  *self,
                                                    MaillageProject   *project,
                                                    MaillageModuleSet *module_set);
GListModel         *maillage_plan_page_get_shown   (MaillagePlanPage  *self);
MaillagePlanTotals *maillage_plan_page_get_totals  (MaillagePlanPage  *self);

G_END_DECLS
