/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

/* How many years a chart compares, the latest ones. */
#define DIAGNOSTIC_CHART_MAX_YEARS 3

char          **diagnostic_charts_list_commune_indicators (GListModel         *indicators);
gboolean        diagnostic_charts_theme_has_chart         (GListModel         *indicators,
                                                           DiagnosticTheme     theme);
MaillageChart  *diagnostic_charts_new_by_commune          (GListModel         *indicators,
                                                           MaillageTerritory  *territory,
                                                           const char         *name);
MaillageChart  *diagnostic_charts_new_by_theme            (GListModel         *indicators,
                                                           DiagnosticTheme     theme);
MaillageChart  *diagnostic_charts_new_map                 (GListModel         *indicators,
                                                           MaillageTerritory  *territory,
                                                           const char         *name);

G_END_DECLS
