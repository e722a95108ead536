/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

#include "maillage-types.h"

G_BEGIN_DECLS

/**
 * MaillagePlanGroup:
 * @MAILLAGE_PLAN_GROUP_YEAR: by budget year; keys are years written in
 *   four digits, `2027`
 * @MAILLAGE_PLAN_GROUP_AXIS: by strategic axis; the empty key gathers the
 *   actions without an axis
 * @MAILLAGE_PLAN_GROUP_MODULE: by module id; the empty key gathers the
 *   actions of no module
 * @MAILLAGE_PLAN_GROUP_FUNDER: by co-financer, as written in the
 *   co-financing lines
 *
 * How #MaillagePlanTotals groups the amounts of a plan.
 */
typedef enum
{
  MAILLAGE_PLAN_GROUP_YEAR,
  MAILLAGE_PLAN_GROUP_AXIS,
  MAILLAGE_PLAN_GROUP_MODULE,
  MAILLAGE_PLAN_GROUP_FUNDER,
} MaillagePlanGroup;

#define MAILLAGE_TYPE_PLAN_TOTALS (maillage_plan_totals_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePlanTotals, maillage_plan_totals, MAILLAGE, PLAN_TOTALS, GObject)

MaillagePlanTotals  *maillage_plan_totals_new             (GListModel         *actions);
GListModel          *maillage_plan_totals_get_actions     (MaillagePlanTotals *self);
char               **maillage_plan_totals_list_keys       (MaillagePlanTotals *self,
                                                           MaillagePlanGroup   group);
gint64               maillage_plan_totals_get_investment  (MaillagePlanTotals *self,
                                                           MaillagePlanGroup   group,
                                                           const char         *key);
gint64               maillage_plan_totals_get_operating   (MaillagePlanTotals *self,
                                                           MaillagePlanGroup   group,
                                                           const char         *key);
gint64               maillage_plan_totals_get_cofinancing (MaillagePlanTotals *self,
                                                           MaillagePlanGroup   group,
                                                           const char         *key);
guint                maillage_plan_totals_get_n_actions   (MaillagePlanTotals *self,
                                                           MaillagePlanGroup   group,
                                                           const char         *key);

G_END_DECLS
