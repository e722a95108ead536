/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-lists.c: the lists of an action (its budget year by year,
 * its co-financing, its indicators) and the totals drawn from them. The
 * rest of MaillageAction is in maillage-action.c.
 */
#define G_LOG_DOMAIN "maillage-action-lists"

#include "config.h"

#include "maillage-action-private.h"

static int
compare_budget_lines (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  guint year_a = maillage_budget_line_get_year ((MaillageBudgetLine *)a);
  guint year_b = maillage_budget_line_get_year ((MaillageBudgetLine *)b);

  return (year_a > year_b) - (year_a < year_b);
}

static guint
year_at (MaillageAction *self,
         guint           position)
{
  g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (G_LIST_MODEL (self->budget), position);

  return maillage_budget_line_get_year (line);
}

/* A budget line changed its year: move it so the list stays sorted. The
 * list watch lets go of the line and takes it up again at its new place;
 * the handler running now is not run again for this notify (GLib skips
 * handlers connected during an emission). */
static void
resort_budget_line (MaillageAction     *self,
                    MaillageBudgetLine *line)
{
  g_autoptr(MaillageBudgetLine) hold = g_object_ref (line);
  guint year = maillage_budget_line_get_year (line);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->budget));
  guint position;

  if (!g_list_store_find (self->budget, line, &position))
    return;

  if ((position == 0 || year_at (self, position - 1) <= year) &&
      (position + 1 == n_items || year_at (self, position + 1) >= year))
    return;

  g_list_store_remove (self->budget, position);
  g_list_store_insert_sorted (self->budget, line, compare_budget_lines, NULL);
}

/* A change inside an item is a change of the action. */
static void
item_notify_cb (GObject        *item,
                GParamSpec     *pspec,
                MaillageAction *self)
{
  _maillage_action_emit_changed (self);
}

static void
budget_line_notify_cb (MaillageBudgetLine *line,
                       GParamSpec         *pspec,
                       MaillageAction     *self)
{
  if (g_strcmp0 (pspec->name, "year") == 0)
    resort_budget_line (self, line);

  _maillage_action_emit_changed (self);
}

static void
items_changed_cb (MaillageAction *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  _maillage_action_emit_changed (self);
}

static MaillageListWatch *
watch_store (MaillageAction *self,
             GListStore     *store,
             GCallback       item_notify)
{
  return maillage_list_watch_new (store, "notify", item_notify, G_CALLBACK (items_changed_cb), self);
}

void
_maillage_action_init_lists (MaillageAction *self)
{
  self->budget = g_list_store_new (MAILLAGE_TYPE_BUDGET_LINE);
  self->cofinancing = g_list_store_new (MAILLAGE_TYPE_COFINANCING);
  self->indicators = g_list_store_new (MAILLAGE_TYPE_ACTION_INDICATOR);

  self->budget_watch = watch_store (self, self->budget, G_CALLBACK (budget_line_notify_cb));
  self->cofinancing_watch = watch_store (self, self->cofinancing, G_CALLBACK (item_notify_cb));
  self->indicators_watch = watch_store (self, self->indicators, G_CALLBACK (item_notify_cb));
}

void
_maillage_action_dispose_lists (MaillageAction *self)
{
  g_clear_pointer (&self->budget_watch, maillage_list_watch_free);
  g_clear_pointer (&self->cofinancing_watch, maillage_list_watch_free);
  g_clear_pointer (&self->indicators_watch, maillage_list_watch_free);
  g_clear_object (&self->budget);
  g_clear_object (&self->cofinancing);
  g_clear_object (&self->indicators);
}

/* Removes @item from @store, if it is there. */
static void
remove_item (MaillageAction *self,
             GListStore     *store,
             gpointer        item)
{
  guint position;

  if (!g_list_store_find (store, item, &position))
    {
      g_critical ("%s is not an item of action %s", G_OBJECT_TYPE_NAME (item), self->id);
      return;
    }

  g_list_store_remove (store, position);
}

/**
 * maillage_action_get_budget:
 * @self: a #MaillageAction
 *
 * Gets the budget, one line per year, sorted by year. Change it with
 * maillage_action_ensure_budget_year() and
 * maillage_action_remove_budget_year().
 *
 * Returns: (transfer none): a #GListModel of #MaillageBudgetLine
 */
GListModel *
maillage_action_get_budget (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->budget);
}

static MaillageBudgetLine *
find_budget_year (MaillageAction *self,
                  guint           year,
                  guint          *position)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->budget));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (G_LIST_MODEL (self->budget), i);

      if (maillage_budget_line_get_year (line) == year)
        {
          if (position != NULL)
            *position = i;
          /* The store keeps its own reference. */
          return line;
        }
    }

  return NULL;
}

/**
 * maillage_action_ensure_budget_year:
 * @self: a #MaillageAction
 * @year: a budget year, from 0 to 9999
 *
 * Gets the budget line of @year, adding an empty one in its sorted place if
 * there is none yet.
 *
 * Returns: (transfer none): the budget line of @year
 */
MaillageBudgetLine *
maillage_action_ensure_budget_year (MaillageAction *self,
                                    guint           year)
{
  g_autoptr(MaillageBudgetLine) line = NULL;
  MaillageBudgetLine *found;

  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);
  g_return_val_if_fail (year <= 9999, NULL);

  found = find_budget_year (self, year, NULL);
  if (found != NULL)
    return found;

  line = maillage_budget_line_new (year, 0, 0);
  g_list_store_insert_sorted (self->budget, line, compare_budget_lines, NULL);

  return line;
}

/**
 * maillage_action_remove_budget_year:
 * @self: a #MaillageAction
 * @year: a budget year
 *
 * Removes the budget line of @year, if there is one.
 */
void
maillage_action_remove_budget_year (MaillageAction *self,
                                    guint           year)
{
  MaillageBudgetLine *line;
  guint position;

  g_return_if_fail (MAILLAGE_IS_ACTION (self));

  line = find_budget_year (self, year, &position);
  if (line == NULL)
    return;

  g_list_store_remove (self->budget, position);
}

/**
 * maillage_action_get_cofinancing:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): a #GListModel of #MaillageCofinancing
 */
GListModel *
maillage_action_get_cofinancing (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->cofinancing);
}

/**
 * maillage_action_add_cofinancing:
 * @self: a #MaillageAction
 * @line: a co-financing line
 *
 * Appends @line to the co-financing of the action.
 */
void
maillage_action_add_cofinancing (MaillageAction      *self,
                                 MaillageCofinancing *line)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (MAILLAGE_IS_COFINANCING (line));

  g_list_store_append (self->cofinancing, line);
}

/**
 * maillage_action_remove_cofinancing:
 * @self: a #MaillageAction
 * @line: a co-financing line of @self
 *
 * Removes @line from the co-financing of the action.
 */
void
maillage_action_remove_cofinancing (MaillageAction      *self,
                                    MaillageCofinancing *line)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (MAILLAGE_IS_COFINANCING (line));

  remove_item (self, self->cofinancing, line);
}

/**
 * maillage_action_get_indicators:
 * @self: a #MaillageAction
 *
 * Returns: (transfer none): a #GListModel of #MaillageActionIndicator
 */
GListModel *
maillage_action_get_indicators (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/**
 * maillage_action_add_indicator:
 * @self: a #MaillageAction
 * @indicator: an indicator
 *
 * Appends @indicator to the indicators of the action.
 */
void
maillage_action_add_indicator (MaillageAction          *self,
                               MaillageActionIndicator *indicator)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (MAILLAGE_IS_ACTION_INDICATOR (indicator));

  g_list_store_append (self->indicators, indicator);
}

/**
 * maillage_action_remove_indicator:
 * @self: a #MaillageAction
 * @indicator: an indicator of @self
 *
 * Removes @indicator from the indicators of the action.
 */
void
maillage_action_remove_indicator (MaillageAction          *self,
                                  MaillageActionIndicator *indicator)
{
  g_return_if_fail (MAILLAGE_IS_ACTION (self));
  g_return_if_fail (MAILLAGE_IS_ACTION_INDICATOR (indicator));

  remove_item (self, self->indicators, indicator);
}

static gint64
sum_budget (MaillageAction *self,
            gint64        (*get) (MaillageBudgetLine *))
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->budget));
  gint64 total = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (G_LIST_MODEL (self->budget), i);

      total += get (line);
    }

  return total;
}

/**
 * maillage_action_get_total_investment:
 * @self: a #MaillageAction
 *
 * Returns: the *investissement* of all years, in cents
 */
gint64
maillage_action_get_total_investment (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), 0);

  return sum_budget (self, maillage_budget_line_get_investment);
}

/**
 * maillage_action_get_total_operating:
 * @self: a #MaillageAction
 *
 * Returns: the *fonctionnement* of all years, in cents
 */
gint64
maillage_action_get_total_operating (MaillageAction *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), 0);

  return sum_budget (self, maillage_budget_line_get_operating);
}

/**
 * maillage_action_get_total_cofinancing:
 * @self: a #MaillageAction
 *
 * Returns: the sum of the co-financing lines, in cents
 */
gint64
maillage_action_get_total_cofinancing (MaillageAction *self)
{
  guint n_items;
  gint64 total = 0;

  g_return_val_if_fail (MAILLAGE_IS_ACTION (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->cofinancing));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageCofinancing) line = g_list_model_get_item (G_LIST_MODEL (self->cofinancing), i);

      total += maillage_cofinancing_get_amount (line);
    }

  return total;
}

/* The reader hands over lines sorted by year with distinct years. */
void
_maillage_action_set_budget (MaillageAction *self,
                             GPtrArray      *lines)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->budget));

  g_list_store_splice (self->budget, 0, n_old, lines->pdata, lines->len);
}
