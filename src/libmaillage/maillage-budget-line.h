/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_BUDGET_LINE (maillage_budget_line_get_type ())
G_DECLARE_FINAL_TYPE (MaillageBudgetLine, maillage_budget_line, MAILLAGE, BUDGET_LINE, GObject)

MaillageBudgetLine *maillage_budget_line_new            (guint               year,
                                                         gint64              investment,
                                                         gint64              operating);
guint               maillage_budget_line_get_year       (MaillageBudgetLine *self);
void                maillage_budget_line_set_year       (MaillageBudgetLine *self,
                                                         guint               year);
gint64              maillage_budget_line_get_investment (MaillageBudgetLine *self);
void                maillage_budget_line_set_investment (MaillageBudgetLine *self,
                                                         gint64              cents);
gint64              maillage_budget_line_get_operating  (MaillageBudgetLine *self);
void                maillage_budget_line_set_operating  (MaillageBudgetLine *self,
                                                         gint64              cents);

G_END_DECLS
