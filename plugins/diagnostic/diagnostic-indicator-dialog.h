/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

#define DIAGNOSTIC_TYPE_INDICATOR_DIALOG (diagnostic_indicator_dialog_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticIndicatorDialog, diagnostic_indicator_dialog, DIAGNOSTIC,
                      INDICATOR_DIALOG, AdwWindow)

GtkWidget *diagnostic_indicator_dialog_new            (GtkWindow                 *parent,
                                                       DiagnosticModule          *module,
                                                       DiagnosticIndicator       *indicator);
gboolean   diagnostic_indicator_dialog_save           (DiagnosticIndicatorDialog *self);
void       diagnostic_indicator_dialog_register_types (GTypeModule               *module);

G_END_DECLS
