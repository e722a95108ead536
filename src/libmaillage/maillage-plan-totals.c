/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-plan-totals.c: the sums of an action plan, by year, axis,
 * module and co-financer, kept up to date one action at a time.
 */
#define G_LOG_DOMAIN "maillage-plan-totals"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "maillage-action.h"
#include "maillage-budget-line.h"
#include "maillage-cofinancing.h"
#include "maillage-enums.h"
#include "maillage-plan-totals.h"

/**
 * MaillagePlanTotals:
 *
 * The totals of a list of actions — a project's plan, or any part of it
 * such as a filtered list — in integer cents: *investissement* and
 * *fonctionnement* by budget year, by axis and by module, and
 * co-financing by funder, axis and module.
 *
 * The totals follow the list: each action brings its share, and when an
 * action changes, joins or leaves the list, only its share is taken out
 * and put back, so that an edit costs the same whether the plan has ten
 * actions or a thousand. [signal@Maillage.PlanTotals::changed] says when
 * they moved.
 */

#define N_GROUPS (MAILLAGE_PLAN_GROUP_FUNDER + 1)

/* What one action brings to one key of one group. */
typedef struct
{
  char   *key;
  gint64  investment;
  gint64  operating;
  gint64  cofinancing;
} Share;

/* The sum over the actions of one key of one group. */
typedef struct
{
  gint64 investment;
  gint64 operating;
  gint64 cofinancing;
  guint  n_actions;
} Total;

/* What one action of the list brings to every group, as last counted. */
typedef struct
{
  MaillagePlanTotals *totals;
  MaillageAction     *action;
  gulong              changed_id;
  GArray             *shares[N_GROUPS];
  Total               action_total;
} Contribution;

struct _MaillagePlanTotals
{
  GObject     parent_instance;

  GListModel *actions;
  gulong      items_changed_id;

  /* One Contribution per item of the list, in the same order. */
  GPtrArray  *contributions;
  /* Key → Total, one table per group; keys no action has are removed. */
  GHashTable *groups[N_GROUPS];
  Total       all;
};

G_DEFINE_FINAL_TYPE (MaillagePlanTotals, maillage_plan_totals, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIONS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
share_clear (gpointer data)
{
  Share *share = data;

  g_free (share->key);
}

static GArray *
share_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (Share));

  g_array_set_clear_func (array, share_clear);
  return array;
}

static void
add_share (GArray     *shares,
           const char *key,
           gint64      investment,
           gint64      operating,
           gint64      cofinancing)
{
  Share share = { g_strdup (key), investment, operating, cofinancing };

  g_array_append_val (shares, share);
}

/* Co-financing lines of one funder are one share: the funder counts the
 * action once. */
static void
add_funder_share (GArray     *shares,
                  const char *funder,
                  gint64      amount)
{
  for (guint i = 0; i < shares->len; i++)
    {
      Share *share = &g_array_index (shares, Share, i);

      if (g_strcmp0 (share->key, funder) == 0)
        {
          share->cofinancing += amount;
          return;
        }
    }

  add_share (shares, funder, 0, 0, amount);
}

static void
count_action (Contribution *contribution)
{
  MaillageAction *action = contribution->action;
  GListModel *budget = maillage_action_get_budget (action);
  GListModel *cofinancing = maillage_action_get_cofinancing (action);
  gint64 investment = 0, operating = 0, cofinanced = 0;
  guint n_lines;

  for (guint g = 0; g < N_GROUPS; g++)
    g_array_set_size (contribution->shares[g], 0);

  /* The budget keeps one line per year. */
  n_lines = g_list_model_get_n_items (budget);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (budget, i);
      char year[16];

      g_snprintf (year, sizeof year, "%04u", maillage_budget_line_get_year (line));
      add_share (contribution->shares[MAILLAGE_PLAN_GROUP_YEAR], year,
                 maillage_budget_line_get_investment (line),
                 maillage_budget_line_get_operating (line), 0);
      investment += maillage_budget_line_get_investment (line);
      operating += maillage_budget_line_get_operating (line);
    }

  n_lines = g_list_model_get_n_items (cofinancing);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(MaillageCofinancing) line = g_list_model_get_item (cofinancing, i);

      add_funder_share (contribution->shares[MAILLAGE_PLAN_GROUP_FUNDER],
                        maillage_cofinancing_get_funder (line),
                        maillage_cofinancing_get_amount (line));
      cofinanced += maillage_cofinancing_get_amount (line);
    }

  contribution->action_total.investment = investment;
  contribution->action_total.operating = operating;
  contribution->action_total.cofinancing = cofinanced;

  add_share (contribution->shares[MAILLAGE_PLAN_GROUP_AXIS], maillage_action_get_axis (action),
             investment, operating, cofinanced);
  add_share (contribution->shares[MAILLAGE_PLAN_GROUP_MODULE], maillage_action_get_module (action),
             investment, operating, cofinanced);
}

/* Adds (@sign 1) or takes out (@sign -1) what @contribution last counted. */
static void
apply_contribution (MaillagePlanTotals *self,
                    Contribution       *contribution,
                    int                 sign)
{
  for (guint g = 0; g < N_GROUPS; g++)
    {
      GArray *shares = contribution->shares[g];

      for (guint i = 0; i < shares->len; i++)
        {
          Share *share = &g_array_index (shares, Share, i);
          Total *total = g_hash_table_lookup (self->groups[g], share->key);

          if (total == NULL)
            {
              g_return_if_fail (sign > 0);
              total = g_new0 (Total, 1);
              g_hash_table_insert (self->groups[g], g_strdup (share->key), total);
            }

          total->investment += sign * share->investment;
          total->operating += sign * share->operating;
          total->cofinancing += sign * share->cofinancing;
          total->n_actions += sign;

          if (total->n_actions == 0)
            g_hash_table_remove (self->groups[g], share->key);
        }
    }

  self->all.investment += sign * contribution->action_total.investment;
  self->all.operating += sign * contribution->action_total.operating;
  self->all.cofinancing += sign * contribution->action_total.cofinancing;
  self->all.n_actions += sign;
}

static void
action_changed_cb (MaillageAction *action,
                   Contribution   *contribution)
{
  MaillagePlanTotals *self = contribution->totals;

  apply_contribution (self, contribution, -1);
  count_action (contribution);
  apply_contribution (self, contribution, 1);

  g_signal_emit (self, signals[CHANGED], 0);
}

static Contribution *
contribution_new (MaillagePlanTotals *self,
                  MaillageAction     *action)
{
  Contribution *contribution = g_new0 (Contribution, 1);

  contribution->totals = self;
  contribution->action = g_object_ref (action);
  for (guint g = 0; g < N_GROUPS; g++)
    contribution->shares[g] = share_array_new ();
  contribution->changed_id = g_signal_connect (action, "changed", G_CALLBACK (action_changed_cb),
                                               contribution);
  count_action (contribution);

  return contribution;
}

static void
contribution_free (gpointer data)
{
  Contribution *contribution = data;

  g_clear_signal_handler (&contribution->changed_id, contribution->action);
  g_clear_object (&contribution->action);
  for (guint g = 0; g < N_GROUPS; g++)
    g_clear_pointer (&contribution->shares[g], g_array_unref);
  g_free (contribution);
}

static void
items_changed_cb (GListModel         *model,
                  guint               position,
                  guint               removed,
                  guint               added,
                  MaillagePlanTotals *self)
{
  for (guint i = 0; i < removed; i++)
    apply_contribution (self, g_ptr_array_index (self->contributions, position + i), -1);
  g_ptr_array_remove_range (self->contributions, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (model, position + i);
      Contribution *contribution;

      g_return_if_fail (MAILLAGE_IS_ACTION (action));
      contribution = contribution_new (self, action);

      g_ptr_array_insert (self->contributions, position + i, contribution);
      apply_contribution (self, contribution, 1);
    }

  if (removed > 0 || added > 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
maillage_plan_totals_constructed (GObject *object)
{
  MaillagePlanTotals *self = MAILLAGE_PLAN_TOTALS (object);

  G_OBJECT_CLASS (maillage_plan_totals_parent_class)->constructed (object);

  g_return_if_fail (G_IS_LIST_MODEL (self->actions));

  items_changed_cb (self->actions, 0, 0, g_list_model_get_n_items (self->actions), self);
  self->items_changed_id = g_signal_connect (self->actions, "items-changed",
                                             G_CALLBACK (items_changed_cb), self);
}

static void
maillage_plan_totals_dispose (GObject *object)
{
  MaillagePlanTotals *self = MAILLAGE_PLAN_TOTALS (object);

  if (self->actions != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->actions);
  g_clear_pointer (&self->contributions, g_ptr_array_unref);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (maillage_plan_totals_parent_class)->dispose (object);
}

static void
maillage_plan_totals_finalize (GObject *object)
{
  MaillagePlanTotals *self = MAILLAGE_PLAN_TOTALS (object);

  for (guint g = 0; g < N_GROUPS; g++)
    g_clear_pointer (&self->groups[g], g_hash_table_unref);

  G_OBJECT_CLASS (maillage_plan_totals_parent_class)->finalize (object);
}

static void
maillage_plan_totals_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MaillagePlanTotals *self = MAILLAGE_PLAN_TOTALS (object);

  switch (prop_id)
    {
    case PROP_ACTIONS:
      g_value_set_object (value, self->actions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_plan_totals_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MaillagePlanTotals *self = MAILLAGE_PLAN_TOTALS (object);

  switch (prop_id)
    {
    case PROP_ACTIONS:
      self->actions = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_plan_totals_class_init (MaillagePlanTotalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = maillage_plan_totals_constructed;
  object_class->dispose = maillage_plan_totals_dispose;
  object_class->finalize = maillage_plan_totals_finalize;
  object_class->get_property = maillage_plan_totals_get_property;
  object_class->set_property = maillage_plan_totals_set_property;

  /**
   * MaillagePlanTotals:actions:
   *
   * The actions summed, a #GListModel of #MaillageAction.
   */
  properties[PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillagePlanTotals::changed:
   * @self: the #MaillagePlanTotals
   *
   * Emitted after the totals changed: an action was edited, added or
   * removed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_plan_totals_init (MaillagePlanTotals *self)
{
  self->contributions = g_ptr_array_new_with_free_func (contribution_free);
  for (guint g = 0; g < N_GROUPS; g++)
    self->groups[g] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * maillage_plan_totals_new:
 * @actions: a #GListModel of #MaillageAction, such as
 *   maillage_project_get_actions()
 *
 * Creates the totals of @actions, kept up to date as they change.
 *
 * Returns: (transfer full): a new #MaillagePlanTotals
 */
MaillagePlanTotals *
maillage_plan_totals_new (GListModel *actions)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (actions), NULL);
  /* A filter or sort model says G_TYPE_OBJECT: its items may be actions. */
  g_return_val_if_fail (g_type_is_a (MAILLAGE_TYPE_ACTION, g_list_model_get_item_type (actions)), NULL);

  return g_object_new (MAILLAGE_TYPE_PLAN_TOTALS, "actions", actions, NULL);
}

/**
 * maillage_plan_totals_get_actions:
 * @self: a #MaillagePlanTotals
 *
 * Returns: (transfer none): the actions summed
 */
GListModel *
maillage_plan_totals_get_actions (MaillagePlanTotals *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_TOTALS (self), NULL);

  return self->actions;
}

static int
compare_keys (const void *a,
              const void *b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_years (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * maillage_plan_totals_list_keys:
 * @self: a #MaillagePlanTotals
 * @group: how to group
 *
 * Lists the keys of @group that at least one action has: the years of
 * the budget lines in order, or the axes, module ids or funders in
 * alphabetical order (the empty string, for actions without an axis or a
 * module, comes first).
 *
 * Returns: (transfer full) (array zero-terminated=1): the keys
 */
char **
maillage_plan_totals_list_keys (MaillagePlanTotals *self,
                                MaillagePlanGroup   group)
{
  g_autofree gpointer *keys = NULL;
  guint n_keys;

  g_return_val_if_fail (MAILLAGE_IS_PLAN_TOTALS (self), NULL);
  g_return_val_if_fail (group < N_GROUPS, NULL);

  keys = g_hash_table_get_keys_as_array (self->groups[group], &n_keys);
  /* Years are four digits: in text order, they are in year order. */
  qsort (keys, n_keys, sizeof (gpointer), group == MAILLAGE_PLAN_GROUP_YEAR ? compare_years : compare_keys);

  for (guint i = 0; i < n_keys; i++)
    keys[i] = g_strdup (keys[i]);

  return (char **) g_steal_pointer (&keys);
}

static const Total *
lookup (MaillagePlanTotals *self,
        MaillagePlanGroup   group,
        const char         *key)
{
  static const Total none = { 0, 0, 0, 0 };
  const Total *total;

  if (key == NULL)
    return &self->all;

  total = g_hash_table_lookup (self->groups[group], key);
  return total != NULL ? total : &none;
}

/**
 * maillage_plan_totals_get_investment:
 * @self: a #MaillagePlanTotals
 * @group: how to group
 * @key: (nullable): a key of @group, or %NULL for the whole list
 *
 * Gets the *investissement* of the actions of @key: of the year @key, or
 * of the axis or the module @key over all years. A funder has none: the
 * co-financing is not split between investment and operating.
 *
 * Returns: the investment, in cents
 */
gint64
maillage_plan_totals_get_investment (MaillagePlanTotals *self,
                                     MaillagePlanGroup   group,
                                     const char         *key)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_TOTALS (self), 0);
  g_return_val_if_fail (group < N_GROUPS, 0);

  return lookup (self, group, key)->investment;
}

/**
 * maillage_plan_totals_get_operating:
 * @self: a #MaillagePlanTotals
 * @group: how to group
 * @key: (nullable): a key of @group, or %NULL for the whole list
 *
 * Gets the *fonctionnement* of the actions of @key, as
 * maillage_plan_totals_get_investment() does for investment.
 *
 * Returns: the operating costs, in cents
 */
gint64
maillage_plan_totals_get_operating (MaillagePlanTotals *self,
                                    MaillagePlanGroup   group,
                                    const char         *key)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_TOTALS (self), 0);
  g_return_val_if_fail (group < N_GROUPS, 0);

  return lookup (self, group, key)->operating;
}

/**
 * maillage_plan_totals_get_cofinancing:
 * @self: a #MaillagePlanTotals
 * @group: how to group
 * @key: (nullable): a key of @group, or %NULL for the whole list
 *
 * Gets the co-financing: what the funder @key brings, or what the actions
 * of the axis or module @key receive. Co-financing has no year: by year,
 * it is zero.
 *
 * Returns: the co-financing, in cents
 */
gint64
maillage_plan_totals_get_cofinancing (MaillagePlanTotals *self,
                                      MaillagePlanGroup   group,
                                      const char         *key)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_TOTALS (self), 0);
  g_return_val_if_fail (group < N_GROUPS, 0);

  return lookup (self, group, key)->cofinancing;
}

/**
 * maillage_plan_totals_get_n_actions:
 * @self: a #MaillagePlanTotals
 * @group: how to group
 * @key: (nullable): a key of @group, or %NULL for the whole list
 *
 * Counts the actions of @key: those with a budget line in the year @key,
 * of the axis or module @key, or co-financed by @key.
 *
 * Returns: how many actions
 */
guint
maillage_plan_totals_get_n_actions (MaillagePlanTotals *self,
                                    MaillagePlanGroup   group,
                                    const char         *key)
{
  g_return_val_if_fail (MAILLAGE_IS_PLAN_TOTALS (self), 0);
  g_return_val_if_fail (group < N_GROUPS, 0);

  return lookup (self, group, key)->n_actions;
}
