/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-page-private.h: what the files of GouvernancePage share —
 * the page, its text fields and coordinator (gouvernance-page.c), and its
 * four lists with their dialogs (gouvernance-page-lists.c).
 */
#pragma once

#include "gouvernance-page.h"

G_BEGIN_DECLS

struct _GouvernancePage
{
  AdwBin               parent_instance;

  GouvernanceModule   *module;
  gulong               notify_id;
  gulong               coordinator_id;
  /* Set while the page writes a value the module sent: not an edit. */
  gboolean             syncing;

  /* Template children */
  AdwComboRow         *echelon_row;
  AdwEntryRow         *perimeter_row;
  GtkTextView         *context_view;
  GtkListBox          *bodies_list;
  GtkListBox          *members_list;
  AdwActionRow        *coordinator_row;
  GtkListBox          *councils_list;
  GtkTextView         *training_view;
  GtkListBox          *sessions_list;
  AdwPreferencesGroup *actions_group;
};

/* gouvernance-page-lists.c */
void _gouvernance_page_class_init_lists (GtkWidgetClass  *widget_class);
void _gouvernance_page_bind_lists       (GouvernancePage *self);
void _gouvernance_page_unbind_lists     (GouvernancePage *self);

G_END_DECLS
