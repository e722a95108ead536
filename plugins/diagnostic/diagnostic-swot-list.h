/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

#define DIAGNOSTIC_TYPE_SWOT_LIST (diagnostic_swot_list_get_type ())
G_DECLARE_FINAL_TYPE (DiagnosticSwotList, diagnostic_swot_list, DIAGNOSTIC, SWOT_LIST, AdwBin)

GtkStringList *diagnostic_swot_list_get_list       (DiagnosticSwotList *self);
void           diagnostic_swot_list_set_list       (DiagnosticSwotList *self,
                                                    GtkStringList      *list);
void           diagnostic_swot_list_add            (DiagnosticSwotList *self,
                                                    const char         *text);
void           diagnostic_swot_list_move           (DiagnosticSwotList *self,
                                                    guint               position,
                                                    int                 offset);
void           diagnostic_swot_list_register_types (GTypeModule        *module);

G_END_DECLS
