/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gtk/gtk.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_ACTION_DIALOG (maillage_action_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MaillageActionDialog, maillage_action_dialog, MAILLAGE, ACTION_DIALOG, GtkWindow)

GtkWidget      *maillage_action_dialog_new         (MaillageProject      *project,
                                                    MaillageAction       *action,
                                                    const char           *module_id);
void            maillage_action_dialog_set_modules (MaillageActionDialog *self,
                                                    const char * const   *ids,
                                                    const char * const   *names);
MaillageAction *maillage_action_dialog_get_action  (MaillageActionDialog *self);
gboolean        maillage_action_dialog_save        (MaillageActionDialog *self);

G_END_DECLS
