/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dematerialisation-module.h"

G_BEGIN_DECLS

#define DEMATERIALISATION_TYPE_PAGE (dematerialisation_page_get_type ())
G_DECLARE_FINAL_TYPE (DematerialisationPage, dematerialisation_page, DEMATERIALISATION, PAGE, AdwBin)

GtkWidget     *dematerialisation_page_new             (DematerialisationModule *module);
GListModel    *dematerialisation_page_get_view_model  (DematerialisationPage   *self);
MaillageChart *dematerialisation_page_get_chart       (DematerialisationPage   *self);
AdwToast      *dematerialisation_page_get_undo_toast  (DematerialisationPage   *self);
void           dematerialisation_page_register        (GTypeModule             *module);

G_END_DECLS
