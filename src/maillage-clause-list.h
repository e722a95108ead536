/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_CLAUSE_LIST (maillage_clause_list_get_type ())
G_DECLARE_FINAL_TYPE (MaillageClauseList, maillage_clause_list, MAILLAGE, CLAUSE_LIST, AdwPreferencesGroup)

GtkWidget          *maillage_clause_list_new        (const char         *title,
                                                     const char         *description,
                                                     const char         *item_title);
const char * const *maillage_clause_list_get_items  (MaillageClauseList *self);
void                maillage_clause_list_set_items  (MaillageClauseList *self,
                                                     const char * const *items);
guint               maillage_clause_list_get_n_rows (MaillageClauseList *self);

void       maillage_clause_list_set_first_title (MaillageClauseList *self,
                                                 const char         *first_title);

G_END_DECLS
