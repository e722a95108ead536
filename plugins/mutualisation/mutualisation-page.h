/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mutualisation-module.h"

G_BEGIN_DECLS

#define MUTUALISATION_TYPE_PAGE (mutualisation_page_get_type ())
G_DECLARE_FINAL_TYPE (MutualisationPage, mutualisation_page, MUTUALISATION, PAGE, AdwBin)

GtkWidget             *mutualisation_page_new                (MutualisationModule   *module);
MutualisationResource *mutualisation_page_get_selected       (MutualisationPage     *self);
void                   mutualisation_page_select             (MutualisationPage     *self,
                                                              guint                  position);
GListModel            *mutualisation_page_get_share_rows     (MutualisationPage     *self);
GtkWidget             *mutualisation_page_get_resource_list  (MutualisationPage     *self);
GtkWidget             *mutualisation_page_open_dialog        (MutualisationPage     *self,
                                                              MutualisationResource *resource);
void                   mutualisation_page_remove             (MutualisationPage     *self,
                                                              MutualisationResource *resource);
void                   mutualisation_page_undo_remove        (MutualisationPage     *self);
void                   mutualisation_page_register           (GTypeModule           *module);

G_END_DECLS
