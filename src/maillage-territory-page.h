/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_TERRITORY_PAGE (maillage_territory_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillageTerritoryPage, maillage_territory_page, MAILLAGE, TERRITORY_PAGE, AdwBin)

GtkWidget       *maillage_territory_page_new         (void);
MaillageProject *maillage_territory_page_get_project (MaillageTerritoryPage *self);
void             maillage_territory_page_set_project (MaillageTerritoryPage *self,
                                                      MaillageProject       *project);
void             maillage_territory_page_import_file (MaillageTerritoryPage *self,
                                                      GFile                 *file);

G_END_DECLS
