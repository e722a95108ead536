/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <maillage.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

/* The version of modules.diagnostic this plugin writes. */
#define DIAGNOSTIC_DATA_VERSION 1

#define DIAGNOSTIC_TYPE_MODULE (diagnostic_module_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticModule, diagnostic_module, DIAGNOSTIC, MODULE, GObject)

DiagnosticModule     *diagnostic_module_new                (void);
MaillageTerritory    *diagnostic_module_get_territory      (DiagnosticModule     *self);
const char           *diagnostic_module_get_text           (DiagnosticModule     *self);
void                  diagnostic_module_set_text           (DiagnosticModule     *self,
                                                            const char           *text);
GListModel           *diagnostic_module_get_indicators     (DiagnosticModule     *self);
int                   diagnostic_module_find_indicator     (DiagnosticModule     *self,
                                                            const char           *name,
                                                            const char           *scope,
                                                            guint                 year);
void                  diagnostic_module_add_indicator      (DiagnosticModule     *self,
                                                            DiagnosticIndicator  *indicator);
void                  diagnostic_module_replace_indicator  (DiagnosticModule     *self,
                                                            DiagnosticIndicator  *old,
                                                            DiagnosticIndicator  *indicator);
void                  diagnostic_module_remove_indicator   (DiagnosticModule     *self,
                                                            DiagnosticIndicator  *indicator);
GtkStringList        *diagnostic_module_get_swot           (DiagnosticModule     *self,
                                                            DiagnosticSwotPart    part);
const char           *diagnostic_module_get_map_indicator  (DiagnosticModule     *self);
void                  diagnostic_module_set_map_indicator  (DiagnosticModule     *self,
                                                            const char           *name);
DiagnosticImportPlan *diagnostic_module_plan_import        (DiagnosticModule     *self,
                                                            GPtrArray            *incoming);
gboolean              diagnostic_module_apply_import       (DiagnosticModule     *self,
                                                            DiagnosticImportPlan *plan);
void                  diagnostic_module_register_types     (GTypeModule          *module);

G_END_DECLS
