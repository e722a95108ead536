/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <cairo.h>
#include <glib-object.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_CHART (maillage_chart_get_type ())
G_DECLARE_FINAL_TYPE (MaillageChart, maillage_chart, MAILLAGE, CHART, GObject)

MaillageChart     *maillage_chart_new_bar            (const char       *title,
                                                      const char       *unit);
MaillageChart     *maillage_chart_new_map            (const char       *title,
                                                      const char       *unit,
                                                      MaillageOutlines *outlines);
MaillageChart     *maillage_chart_new_timeline       (const char       *title);
MaillageChartKind  maillage_chart_get_kind           (MaillageChart    *self);
const char        *maillage_chart_get_title          (MaillageChart    *self);
const char        *maillage_chart_get_unit           (MaillageChart    *self);

guint              maillage_chart_add_category       (MaillageChart    *self,
                                                      const char       *label);
guint              maillage_chart_add_series         (MaillageChart    *self,
                                                      const char       *name);
void               maillage_chart_set_value          (MaillageChart    *self,
                                                      guint             series,
                                                      guint             category,
                                                      double            value);
double             maillage_chart_get_value          (MaillageChart    *self,
                                                      guint             series,
                                                      guint             category);
guint              maillage_chart_get_n_categories   (MaillageChart    *self);
guint              maillage_chart_get_n_series       (MaillageChart    *self);
void               maillage_chart_set_horizontal     (MaillageChart    *self,
                                                      gboolean          horizontal);
gboolean           maillage_chart_get_horizontal     (MaillageChart    *self);

MaillageOutlines  *maillage_chart_get_outlines       (MaillageChart    *self);
void               maillage_chart_set_area_value     (MaillageChart    *self,
                                                      const char       *insee,
                                                      double            value);
void               maillage_chart_set_area_name      (MaillageChart    *self,
                                                      const char       *insee,
                                                      const char       *name);
void               maillage_chart_add_point          (MaillageChart    *self,
                                                      double            longitude,
                                                      double            latitude,
                                                      const char       *label);
void               maillage_chart_set_point_legend   (MaillageChart    *self,
                                                      const char       *legend);

guint              maillage_chart_add_task           (MaillageChart    *self,
                                                      const char       *label,
                                                      const char       *group,
                                                      guint             start_year,
                                                      guint             start_month,
                                                      guint             end_year,
                                                      guint             end_month);
guint              maillage_chart_get_n_tasks        (MaillageChart    *self);

void               maillage_chart_render             (MaillageChart    *self,
                                                      cairo_t          *cr,
                                                      double            width,
                                                      double            height);
void               maillage_chart_get_natural_size   (MaillageChart    *self,
                                                      double           *width,
                                                      double           *height);
char              *maillage_chart_describe           (MaillageChart    *self);

G_END_DECLS
