/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mutualisation-module.h"

G_BEGIN_DECLS

#define MUTUALISATION_TYPE_RESOURCE_DIALOG (mutualisation_resource_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MutualisationResourceDialog, mutualisation_resource_dialog, MUTUALISATION, RESOURCE_DIALOG,
                      AdwWindow)

MutualisationResourceDialog *mutualisation_resource_dialog_new              (MutualisationModule         *module,
                                                                             MutualisationResource       *resource);
gboolean                     mutualisation_resource_dialog_is_valid         (MutualisationResourceDialog *self);
const char                  *mutualisation_resource_dialog_get_error        (MutualisationResourceDialog *self);
gboolean                     mutualisation_resource_dialog_apply            (MutualisationResourceDialog *self);
GtkWidget                   *mutualisation_resource_dialog_get_ok_button    (MutualisationResourceDialog *self);
GtkWidget                   *mutualisation_resource_dialog_get_row          (MutualisationResourceDialog *self,
                                                                             const char                  *name);
GtkWidget                   *mutualisation_resource_dialog_get_commune_check (MutualisationResourceDialog *self,
                                                                             const char                  *insee);
GtkWidget                   *mutualisation_resource_dialog_get_commune_entry (MutualisationResourceDialog *self,
                                                                             const char                  *insee);
const char                  *mutualisation_resource_dialog_get_total        (MutualisationResourceDialog *self);
void                         mutualisation_resource_dialog_register         (GTypeModule                 *module);

G_END_DECLS
