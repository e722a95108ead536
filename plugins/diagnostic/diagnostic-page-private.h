/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-page-private.h: what the files of DiagnosticPage share: the
 * page and its indicator table (diagnostic-page.c), the imports
 * (diagnostic-page-import.c), and the charts and the map
 * (diagnostic-page-charts.c).
 */
#pragma once

#include <maillage.h>

#include "diagnostic-page.h"
#include "diagnostic-swot-list.h"

G_BEGIN_DECLS

struct _DiagnosticPage
{
  AdwBin              parent_instance;

  DiagnosticModule   *module;
  MaillageTerritory  *territory;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  char               *search;
  /* Charts are redrawn once after a burst of changes. */
  guint               refresh_charts_id;
  /* The names behind the items of the chart and map drop-downs. */
  GStrv               commune_indicators;
  GArray             *chart_themes;
  /* Set while the drop-downs are refilled: not a choice of the user. */
  gboolean            refilling;

  /* Template children */
  GtkScrolledWindow  *scroller;
  GtkTextView        *text_view;
  GtkSearchEntry     *search_entry;
  GtkStack           *indicators_stack;
  GtkColumnView      *column_view;
  GtkStack           *charts_stack;
  GtkDropDown        *commune_chart_dropdown;
  MaillageChartView  *commune_chart_view;
  GtkDropDown        *theme_chart_dropdown;
  MaillageChartView  *theme_chart_view;
  GtkWidget          *map_group;
  GtkWidget          *map_choice_box;
  GtkDropDown        *map_dropdown;
  GtkStack           *map_stack;
  MaillageChartView  *map_view;
  DiagnosticSwotList *strengths_list;
  DiagnosticSwotList *weaknesses_list;
  DiagnosticSwotList *opportunities_list;
  DiagnosticSwotList *threats_list;
};

/* diagnostic-page.c */
void _diagnostic_page_show_message   (DiagnosticPage *self,
                                      const char     *heading,
                                      const char     *body);
void _diagnostic_page_show_toast     (DiagnosticPage *self,
                                      const char     *title);
GtkWindow *_diagnostic_page_get_window (DiagnosticPage *self);

/* diagnostic-page-import.c */
void _diagnostic_page_choose_file    (DiagnosticPage       *self,
                                      DiagnosticPageImport  kind);
void _diagnostic_page_import_bytes   (DiagnosticPage       *self,
                                      GBytes               *bytes,
                                      const char           *file_name,
                                      DiagnosticPageImport  kind);

/* diagnostic-page-charts.c */
void _diagnostic_page_queue_refresh  (DiagnosticPage *self);
void _diagnostic_page_refresh_charts (DiagnosticPage *self);
void _diagnostic_page_import_outlines (DiagnosticPage *self,
                                       GBytes         *bytes,
                                       const char     *file_name);
void _diagnostic_page_charts_dispose (DiagnosticPage *self);
void _diagnostic_page_chart_choice_changed (DiagnosticPage *self);
void _diagnostic_page_map_choice_changed   (DiagnosticPage *self);

G_END_DECLS
