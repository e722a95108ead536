/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gtk/gtk.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_ACTION_LIST (maillage_action_list_get_type ())
G_DECLARE_FINAL_TYPE (MaillageActionList, maillage_action_list, MAILLAGE, ACTION_LIST, GtkWidget)

GtkWidget       *maillage_action_list_new         (MaillageProject    *project,
                                                   const char         *module_id);
MaillageProject *maillage_action_list_get_project (MaillageActionList *self);
const char      *maillage_action_list_get_module  (MaillageActionList *self);
GListModel      *maillage_action_list_get_actions (MaillageActionList *self);

G_END_DECLS
