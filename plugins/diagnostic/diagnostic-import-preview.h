/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

#define DIAGNOSTIC_TYPE_IMPORT_PREVIEW (diagnostic_import_preview_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticImportPreview, diagnostic_import_preview, DIAGNOSTIC,
                      IMPORT_PREVIEW, AdwWindow)

GtkWidget            *diagnostic_import_preview_new            (GtkWindow               *parent,
                                                                DiagnosticModule        *module,
                                                                DiagnosticImportPlan    *plan,
                                                                const char              *title,
                                                                const char              *notes);
DiagnosticImportPlan *diagnostic_import_preview_get_plan       (DiagnosticImportPreview *self);
gboolean              diagnostic_import_preview_confirm        (DiagnosticImportPreview *self);
void                  diagnostic_import_preview_register_types (GTypeModule             *module);

G_END_DECLS
