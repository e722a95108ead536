/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gtk/gtk.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_CHART_VIEW (maillage_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (MaillageChartView, maillage_chart_view, MAILLAGE, CHART_VIEW, GtkWidget)

GtkWidget     *maillage_chart_view_new       (MaillageChart     *chart);
MaillageChart *maillage_chart_view_get_chart (MaillageChartView *self);
void           maillage_chart_view_set_chart (MaillageChartView *self,
                                              MaillageChart     *chart);

G_END_DECLS
