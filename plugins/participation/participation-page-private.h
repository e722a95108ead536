/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-page-private.h: what the files of ParticipationPage share
 * — the page, its tools and calendar (participation-page.c), the
 * proposals and results of Decidim and the link of a proposal to an
 * action (participation-page-proposals.c), and the import
 * (participation-page-import.c).
 */
#pragma once

#include "participation-page.h"

G_BEGIN_DECLS

struct _ParticipationPage
{
  AdwBin               parent_instance;

  ParticipationModule *module;
  MaillageProject     *project;
  gulong               proposals_changed_id;
  gulong               actions_changed_id;

  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkStringList       *states;        /* the state filter's tokens, "" for all */
  GtkStringList       *categories;    /* the category filter's names, "" for all */
  GPtrArray           *action_ids;    /* the link dropdown's action ids, "" for none */
  char                *search_key;    /* casefolded, NULL when empty */
  /* Set while choices are rebuilt: not a choice of the user. */
  gboolean             refilling;

  /* Template children */
  AdwViewStack        *view_stack;
  GtkListBox          *dispositifs_list;
  GtkListBox          *events_list;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *state_dropdown;
  GtkDropDown         *category_dropdown;
  GtkLabel            *count_label;
  GtkStack            *proposals_stack;
  GtkColumnView       *proposals_view;
  GtkDropDown         *action_dropdown;
  GtkLabel            *results_count_label;
  GtkStack            *results_stack;
  GtkColumnView       *results_view;
  AdwBin              *actions_bin;
};

/* participation-page-proposals.c */
void _participation_page_init_proposals  (ParticipationPage *self);
void _participation_page_dispose_proposals (ParticipationPage *self);
void _participation_page_filter_changed  (ParticipationPage *self);

/* participation-page-import.c */
void _participation_page_class_init_import (GtkWidgetClass  *widget_class);
void _participation_page_add_toast       (ParticipationPage *self,
                                          const char        *message);

G_END_DECLS
