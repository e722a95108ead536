/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mediation-import.h"
#include "mediation-module.h"

G_BEGIN_DECLS

typedef enum
{
  MEDIATION_EXPORT_CSV,
  MEDIATION_EXPORT_JSON,
} MediationExportFormat;

#define MEDIATION_TYPE_PAGE (mediation_page_get_type ())
G_DECLARE_FINAL_TYPE (MediationPage, mediation_page, MEDIATION, PAGE, AdwBin)

GtkWidget  *mediation_page_new           (MediationModule       *module);
GListModel *mediation_page_get_view_model (MediationPage        *self);
void        mediation_page_import_file   (MediationPage         *self,
                                          GFile                 *file);
void        mediation_page_export_file   (MediationPage         *self,
                                          GFile                 *file,
                                          MediationExportFormat  format);
void        mediation_page_register      (GTypeModule           *module);

G_END_DECLS
