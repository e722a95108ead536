/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-territory-page-private.h: what the parts of the territory page
 * share: maillage-territory-page.c (binding, identity rows, list),
 * maillage-territory-page-actions.c (add, edit, remove, import) and
 * maillage-territory-page-import.c (reading and applying a CSV file).
 */
#pragma once

#include "maillage-territory-page.h"

G_BEGIN_DECLS

struct _MaillageTerritoryPage
{
  AdwBin              parent_instance;

  MaillageProject     *project;
  MaillageTerritory   *territory;
  /* Handlers on the territory, moved from one to the next as a whole. */
  GSignalGroup        *territory_signals;

  /* communes → filter → sort (by the column headers) → selection */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  /* The search text folded by fold_for_search(), or NULL to show all. */
  char                *search_key;

  /* Set while the model is copied into the rows, so that the rows'
   * handlers do not write it back. The rows are watched through
   * notify::text rather than "changed": gtk_editable_set_text() deletes,
   * then inserts, and the empty text in between must not reach the model. */
  guint               syncing : 1;

  /* Template children */
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *siren_row;
  AdwEntryRow         *departement_row;
  GtkLabel            *identity_error_label;
  AdwPreferencesGroup *communes_group;
  GtkSearchEntry      *search_entry;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
};

void _maillage_territory_page_install_actions      (GtkWidgetClass        *widget_class);
void _maillage_territory_page_open_commune_dialog  (MaillageTerritoryPage *self,
                                                    MaillageCommune       *commune);

G_END_DECLS
