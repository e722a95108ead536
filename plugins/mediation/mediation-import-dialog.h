/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mediation-import.h"

G_BEGIN_DECLS

#define MEDIATION_TYPE_IMPORT_DIALOG (mediation_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MediationImportDialog, mediation_import_dialog, MEDIATION, IMPORT_DIALOG, AdwWindow)

MediationImportDialog *mediation_import_dialog_new      (MediationImport       *import,
                                                         const char            *file_name,
                                                         guint                  n_added,
                                                         guint                  n_updated);
MediationImport       *mediation_import_dialog_get_import (MediationImportDialog *self);
gboolean               mediation_import_dialog_can_import (MediationImportDialog *self);
void                   mediation_import_dialog_response (MediationImportDialog *self,
                                                         const char            *response);
void                   mediation_import_dialog_register (GTypeModule           *module);

G_END_DECLS
