/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_DELIBERATION_PAGE (maillage_deliberation_page_get_type ())
G_DECLARE_FINAL_TYPE (MaillageDeliberationPage, maillage_deliberation_page, MAILLAGE, DELIBERATION_PAGE, AdwBin)

GtkWidget *maillage_deliberation_page_new         (void);
void       maillage_deliberation_page_set_project (MaillageDeliberationPage *self,
                                                   MaillageProject          *project,
                                                   GListModel               *modules);
gboolean   maillage_deliberation_page_get_pdfa    (MaillageDeliberationPage *self);
void       maillage_deliberation_page_edit        (MaillageDeliberationPage *self,
                                                   MaillageAssembly         *assembly);

G_END_DECLS
