/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

/* What diagnostic_page_import_file() reads. */
typedef enum
{
  DIAGNOSTIC_PAGE_IMPORT_ARCEP,
  DIAGNOSTIC_PAGE_IMPORT_CSV,
  DIAGNOSTIC_PAGE_IMPORT_OUTLINES,
} DiagnosticPageImport;

#define DIAGNOSTIC_TYPE_PAGE (diagnostic_page_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticPage, diagnostic_page, DIAGNOSTIC, PAGE, AdwBin)

GtkWidget        *diagnostic_page_new            (DiagnosticModule     *module);
DiagnosticModule *diagnostic_page_get_module     (DiagnosticPage       *self);
void              diagnostic_page_import_file    (DiagnosticPage       *self,
                                                  GFile                *file,
                                                  DiagnosticPageImport  kind);
void              diagnostic_page_register_types (GTypeModule          *module);

G_END_DECLS
