/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-budget-line.c: what an action costs in one year.
 */
#define G_LOG_DOMAIN "maillage-budget-line"

#include "config.h"

#include "maillage-budget-line.h"
#include "maillage-project-private.h"

/**
 * MaillageBudgetLine:
 *
 * The budget of an action for one year: *investissement* and
 * *fonctionnement*, both in integer cents so that sums are exact.
 */
struct _MaillageBudgetLine
{
  GObject parent_instance;

  guint  year;
  gint64 investment;
  gint64 operating;

  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (MaillageBudgetLine, maillage_budget_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_INVESTMENT,
  PROP_OPERATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
maillage_budget_line_finalize (GObject *object)
{
  MaillageBudgetLine *self = (MaillageBudgetLine *)object;

  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_budget_line_parent_class)->finalize (object);
}

static void
maillage_budget_line_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MaillageBudgetLine *self = MAILLAGE_BUDGET_LINE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    case PROP_INVESTMENT:
      g_value_set_int64 (value, self->investment);
      break;

    case PROP_OPERATING:
      g_value_set_int64 (value, self->operating);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_budget_line_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MaillageBudgetLine *self = MAILLAGE_BUDGET_LINE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      maillage_budget_line_set_year (self, g_value_get_uint (value));
      break;

    case PROP_INVESTMENT:
      maillage_budget_line_set_investment (self, g_value_get_int64 (value));
      break;

    case PROP_OPERATING:
      maillage_budget_line_set_operating (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_budget_line_class_init (MaillageBudgetLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_budget_line_finalize;
  object_class->get_property = maillage_budget_line_get_property;
  object_class->set_property = maillage_budget_line_set_property;

  /**
   * MaillageBudgetLine:year:
   *
   * The budget year (four digits in the project file).
   */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL,
                       0, 9999, 2000,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageBudgetLine:investment:
   *
   * The *investissement* part of the budget, in cents.
   */
  properties[PROP_INVESTMENT] =
    g_param_spec_int64 ("investment", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageBudgetLine:operating:
   *
   * The *fonctionnement* part of the budget, in cents.
   */
  properties[PROP_OPERATING] =
    g_param_spec_int64 ("operating", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_budget_line_init (MaillageBudgetLine *self)
{
  self->year = 2000;
}

/**
 * maillage_budget_line_new:
 * @year: the budget year, from 0 to 9999
 * @investment: the *investissement* part, in cents, 0 or more
 * @operating: the *fonctionnement* part, in cents, 0 or more
 *
 * Creates a budget line. Most callers want
 * maillage_action_ensure_budget_year() instead, which keeps one line per
 * year.
 *
 * Returns: (transfer full): a new #MaillageBudgetLine
 */
MaillageBudgetLine *
maillage_budget_line_new (guint  year,
                          gint64 investment,
                          gint64 operating)
{
  MaillageBudgetLine *self;

  g_return_val_if_fail (year <= 9999, NULL);
  g_return_val_if_fail (investment >= 0, NULL);
  g_return_val_if_fail (operating >= 0, NULL);

  self = g_object_new (MAILLAGE_TYPE_BUDGET_LINE, NULL);
  /* Fields, not properties: nobody listens to a new object yet. */
  self->year = year;
  self->investment = investment;
  self->operating = operating;

  return self;
}

/**
 * maillage_budget_line_get_year:
 * @self: a #MaillageBudgetLine
 *
 * Returns: the budget year
 */
guint
maillage_budget_line_get_year (MaillageBudgetLine *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BUDGET_LINE (self), 0);

  return self->year;
}

/**
 * maillage_budget_line_set_year:
 * @self: a #MaillageBudgetLine
 * @year: the budget year, from 0 to 9999
 *
 * Sets the budget year. The action holding the line keeps its budget sorted
 * by year.
 */
void
maillage_budget_line_set_year (MaillageBudgetLine *self,
                               guint               year)
{
  g_return_if_fail (MAILLAGE_IS_BUDGET_LINE (self));
  g_return_if_fail (year <= 9999);

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * maillage_budget_line_get_investment:
 * @self: a #MaillageBudgetLine
 *
 * Returns: the *investissement* part, in cents
 */
gint64
maillage_budget_line_get_investment (MaillageBudgetLine *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BUDGET_LINE (self), 0);

  return self->investment;
}

/**
 * maillage_budget_line_set_investment:
 * @self: a #MaillageBudgetLine
 * @cents: the *investissement* part, in cents, 0 or more
 *
 * Sets the *investissement* part of the budget.
 */
void
maillage_budget_line_set_investment (MaillageBudgetLine *self,
                                     gint64              cents)
{
  g_return_if_fail (MAILLAGE_IS_BUDGET_LINE (self));
  g_return_if_fail (cents >= 0);

  if (self->investment == cents)
    return;

  self->investment = cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVESTMENT]);
}

/**
 * maillage_budget_line_get_operating:
 * @self: a #MaillageBudgetLine
 *
 * Returns: the *fonctionnement* part, in cents
 */
gint64
maillage_budget_line_get_operating (MaillageBudgetLine *self)
{
  g_return_val_if_fail (MAILLAGE_IS_BUDGET_LINE (self), 0);

  return self->operating;
}

/**
 * maillage_budget_line_set_operating:
 * @self: a #MaillageBudgetLine
 * @cents: the *fonctionnement* part, in cents, 0 or more
 *
 * Sets the *fonctionnement* part of the budget.
 */
void
maillage_budget_line_set_operating (MaillageBudgetLine *self,
                                    gint64              cents)
{
  g_return_if_fail (MAILLAGE_IS_BUDGET_LINE (self));
  g_return_if_fail (cents >= 0);

  if (self->operating == cents)
    return;

  self->operating = cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPERATING]);
}

JsonObject *
_maillage_budget_line_get_extras (MaillageBudgetLine *self)
{
  return self->extras;
}

void
_maillage_budget_line_set_extras (MaillageBudgetLine *self,
                                  JsonObject         *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
