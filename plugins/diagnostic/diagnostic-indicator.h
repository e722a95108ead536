/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once


#include <maillage.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

/* The years an indicator may carry; 0 stands for "not known". */
#define DIAGNOSTIC_YEAR_MIN 1900
#define DIAGNOSTIC_YEAR_MAX 2100

const char *diagnostic_theme_to_string       (DiagnosticTheme   theme);
gboolean    diagnostic_theme_from_string     (const char       *string,
                                              DiagnosticTheme  *theme);
const char *diagnostic_theme_get_label       (DiagnosticTheme   theme);
const char *diagnostic_theme_get_french_label(DiagnosticTheme   theme);

char       *diagnostic_format_value          (double            value,
                                              const char       *unit);

#define DIAGNOSTIC_TYPE_INDICATOR (diagnostic_indicator_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticIndicator, diagnostic_indicator, DIAGNOSTIC, INDICATOR, GObject)

DiagnosticIndicator *diagnostic_indicator_new            (const char          *name,
                                                          DiagnosticTheme      theme,
                                                          double               value,
                                                          const char          *unit,
                                                          guint                year,
                                                          const char          *source,
                                                          const char          *scope);
const char          *diagnostic_indicator_get_name       (DiagnosticIndicator *self);
DiagnosticTheme      diagnostic_indicator_get_theme      (DiagnosticIndicator *self);
double               diagnostic_indicator_get_value      (DiagnosticIndicator *self);
const char          *diagnostic_indicator_get_unit       (DiagnosticIndicator *self);
guint                diagnostic_indicator_get_year       (DiagnosticIndicator *self);
const char          *diagnostic_indicator_get_source     (DiagnosticIndicator *self);
const char          *diagnostic_indicator_get_scope      (DiagnosticIndicator *self);
gboolean             diagnostic_indicator_is_territory   (DiagnosticIndicator *self);
char                *diagnostic_indicator_dup_key        (DiagnosticIndicator *self);
gboolean             diagnostic_indicator_same_content   (DiagnosticIndicator *self,
                                                          DiagnosticIndicator *other);
char                *diagnostic_indicator_format_value   (DiagnosticIndicator *self);
const char          *diagnostic_indicator_get_scope_label (DiagnosticIndicator *self,
                                                          MaillageTerritory   *territory,
                                                          gboolean             french);
void                 diagnostic_indicator_register_types (GTypeModule         *module);

G_END_DECLS
