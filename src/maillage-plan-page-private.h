/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-plan-page-private.h: what the parts of the « Plan d'actions »
 * page share: maillage-plan-page.c (binding, filters, add, edit, remove),
 * maillage-plan-page-columns.c (the table of actions) and
 * maillage-plan-page-totals.c (the totals tables and the timeline).
 */
#pragma once

#include "maillage-plan-page.h"

G_BEGIN_DECLS

struct _MaillagePlanPage
{
  AdwBin              parent_instance;

  MaillageProject    *project;
  MaillageModuleSet  *module_set;

  /* actions → filter → sort (by the column headers) → selection */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GPtrArray          *columns;

  /* The totals of what is shown, and of the whole plan (for the count and
   * the choices of the filters). */
  MaillagePlanTotals *totals;
  MaillagePlanTotals *all_totals;

  /* The filters: NULL (or -1) shows all. The choices of the axis and
   * module drop-downs, after their first "all" entry. */
  char               *axis_filter;
  char               *module_filter;
  int                 status_filter;
  char               *search;
  GPtrArray          *axis_choices;
  GPtrArray          *module_choices;
  /* Set while the drop-downs are refilled, whose selection moves. */
  guint               filling : 1;

  /* The tables and the timeline are redrawn once the main loop is idle,
   * not on each of the signals an edit sends, and only when the page is
   * shown: until then, it is stale. */
  guint               refresh_id;
  guint               stale : 1;
  guint               refilter_id;

  /* Template children */
  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *axis_dropdown;
  GtkDropDown        *module_dropdown;
  GtkDropDown        *status_dropdown;
  GtkLabel           *count_label;
  GtkColumnView      *column_view;
  GtkLabel           *no_match_label;
  GtkLabel           *totals_heading;
  GtkBox             *totals_box;
  MaillageChartView  *timeline_view;
  GtkLabel           *undated_label;
};

/* maillage-plan-page.c */
char *_maillage_plan_page_module_name  (MaillagePlanPage *self,
                                        const char       *module_id);
const char *_maillage_plan_page_status_text (MaillageActionStatus status);

/* maillage-plan-page-columns.c */
void  _maillage_plan_page_add_columns  (MaillagePlanPage *self);

/* maillage-plan-page-totals.c */
void  _maillage_plan_page_refresh      (MaillagePlanPage *self);

G_END_DECLS
