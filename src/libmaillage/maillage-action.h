/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_ACTION (maillage_action_get_type ())
G_DECLARE_FINAL_TYPE (MaillageAction, maillage_action, MAILLAGE, ACTION, GObject)

MaillageAction       *maillage_action_new                  (const char           *id,
                                                            const char           *title);
const char           *maillage_action_get_id               (MaillageAction       *self);
void                  maillage_action_set_id               (MaillageAction       *self,
                                                            const char           *id);
const char           *maillage_action_get_title            (MaillageAction       *self);
void                  maillage_action_set_title            (MaillageAction       *self,
                                                            const char           *title);
const char           *maillage_action_get_module           (MaillageAction       *self);
void                  maillage_action_set_module           (MaillageAction       *self,
                                                            const char           *module_id);
const char           *maillage_action_get_axis             (MaillageAction       *self);
void                  maillage_action_set_axis             (MaillageAction       *self,
                                                            const char           *axis);
const char           *maillage_action_get_pilot            (MaillageAction       *self);
void                  maillage_action_set_pilot            (MaillageAction       *self,
                                                            const char           *pilot);
const char * const   *maillage_action_get_partners         (MaillageAction       *self);
void                  maillage_action_set_partners         (MaillageAction       *self,
                                                            const char * const   *partners);
const char           *maillage_action_get_start            (MaillageAction       *self);
void                  maillage_action_set_start            (MaillageAction       *self,
                                                            const char           *year_month);
const char           *maillage_action_get_end              (MaillageAction       *self);
void                  maillage_action_set_end              (MaillageAction       *self,
                                                            const char           *year_month);
MaillageActionStatus  maillage_action_get_status           (MaillageAction       *self);
void                  maillage_action_set_status           (MaillageAction       *self,
                                                            MaillageActionStatus  status);
GListModel           *maillage_action_get_budget           (MaillageAction       *self);
MaillageBudgetLine   *maillage_action_ensure_budget_year   (MaillageAction       *self,
                                                            guint                 year);
void                  maillage_action_remove_budget_year   (MaillageAction       *self,
                                                            guint                 year);
GListModel           *maillage_action_get_cofinancing      (MaillageAction       *self);
void                  maillage_action_add_cofinancing      (MaillageAction       *self,
                                                            MaillageCofinancing  *line);
void                  maillage_action_remove_cofinancing   (MaillageAction       *self,
                                                            MaillageCofinancing  *line);
GListModel           *maillage_action_get_indicators       (MaillageAction       *self);
void                  maillage_action_add_indicator        (MaillageAction       *self,
                                                            MaillageActionIndicator *indicator);
void                  maillage_action_remove_indicator     (MaillageAction       *self,
                                                            MaillageActionIndicator *indicator);
gint64                maillage_action_get_total_investment (MaillageAction       *self);
gint64                maillage_action_get_total_operating  (MaillageAction       *self);
gint64                maillage_action_get_total_cofinancing(MaillageAction       *self);
gboolean              maillage_action_year_month_is_valid  (const char           *year_month);
const char           *maillage_action_status_to_string     (MaillageActionStatus  status);
gboolean              maillage_action_status_from_string   (const char           *string,
                                                            MaillageActionStatus *status);

G_END_DECLS
