/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-page-private.h: what the files of MediationPage share — the
 * page and its list (mediation-page.c), importing and exporting
 * (mediation-page-import.c), the strategy, publics and programmes
 * (mediation-page-strategy.c), and the coverage and map
 * (mediation-page-coverage.c).
 */
#pragma once

#include "mediation-page.h"

G_BEGIN_DECLS

struct _MediationPage
{
  AdwBin              parent_instance;

  MediationModule    *module;
  gulong              coverage_changed_id;
  gulong              lieux_changed_id;

  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkStringList      *communes;     /* the commune filter's choices */
  char               *search_key;   /* casefolded, NULL when empty */
  /* The rows of the national programmes, whose subtitles count places. */
  GPtrArray          *dispositif_rows;
  /* Set while the choices are rebuilt: not a choice of the user. */
  gboolean            refilling;

  /* Template children */
  AdwViewStack       *view_stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *commune_dropdown;
  GtkDropDown        *service_dropdown;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *nom_column;
  GtkColumnViewColumn *commune_column;
  GtkColumnViewColumn *code_postal_column;
  GtkColumnViewColumn *services_column;
  GtkColumnViewColumn *dispositifs_column;
  GtkColumnViewColumn *date_maj_column;
  AdwPreferencesGroup *coverage_group;
  GtkListBox         *uncovered_list;
  GtkStack           *map_stack;
  AdwBin             *map_bin;
  GtkTextView        *strategy_view;
  AdwPreferencesGroup *publics_group;
  AdwPreferencesGroup *dispositifs_group;
};

/* mediation-page-import.c */
void _mediation_page_class_init_import   (GtkWidgetClass  *widget_class);

/* mediation-page-strategy.c */
void _mediation_page_init_strategy       (MediationPage   *self);
void _mediation_page_update_dispositifs  (MediationPage   *self);

/* mediation-page-coverage.c */
void _mediation_page_update_coverage     (MediationPage   *self);

G_END_DECLS
