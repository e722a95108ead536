/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

#include "maillage-module-set.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_PREVIEW_PAGE (maillage_preview_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePreviewPage, maillage_preview_page, MAILLAGE, PREVIEW_PAGE, AdwBin)

GtkWidget           *maillage_preview_page_new         (void);
void                 maillage_preview_page_set_project (MaillagePreviewPage *self,
                                                        MaillageProject     *project,
                                                        MaillageModuleSet   *module_set);
void                 maillage_preview_page_refresh     (MaillagePreviewPage *self);
MaillagePrintLayout *maillage_preview_page_get_layout  (MaillagePreviewPage *self);
double               maillage_preview_page_get_zoom    (MaillagePreviewPage *self);
void                 maillage_preview_page_set_zoom    (MaillagePreviewPage *self,
                                                        double               zoom);

G_END_DECLS
