/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-page-private.h: what the files of MutualisationPage share —
 * the page, its list of resources and their removal with Undo
 * (mutualisation-page.c), and the shares of the resource selected
 * (mutualisation-page-shares.c).
 */
#pragma once

#include "mutualisation-page.h"

G_BEGIN_DECLS

struct _MutualisationPage
{
  AdwBin                 parent_instance;

  MutualisationModule   *module;
  gulong                 shares_changed_id;
  gulong                 resources_changed_id;
  MutualisationResource *selected;
  GListStore            *share_rows;   /* MutualisationShareRow */

  /* The last resource removed and where it was, for Undo. */
  MutualisationResource *removed;
  guint                  removed_position;
  AdwToast              *removed_toast;

  /* Template children */
  GtkStack              *resources_stack;
  GtkListBox            *resources_list;
  AdwPreferencesGroup   *shares_group;
  GtkLabel              *gap_label;
  GtkWidget             *shares_window;
  GtkColumnView         *shares_view;
  GtkColumnViewColumn   *commune_column;
  GtkColumnViewColumn   *insee_column;
  GtkColumnViewColumn   *basis_column;
  GtkColumnViewColumn   *share_column;
  GtkLabel              *no_share_label;
  AdwPreferencesGroup   *actions_group;
};

/* mutualisation-page-shares.c */
void _mutualisation_page_setup_shares  (MutualisationPage *self);
void _mutualisation_page_update_shares (MutualisationPage *self);

G_END_DECLS
