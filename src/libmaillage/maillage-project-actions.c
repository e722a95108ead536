/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-actions.c: the action plan of a MaillageProject. The
 * project listens to every action through its list watch (set up in
 * maillage-project.c), so adding or removing is all there is to do here.
 */
#define G_LOG_DOMAIN "maillage-project-actions"

#include "config.h"

#include "maillage-project-private.h"

/**
 * maillage_project_get_actions:
 * @self: a #MaillageProject
 *
 * Gets the action plan. Change the list through the project
 * (maillage_project_add_action(), maillage_project_remove_action()).
 *
 * Returns: (transfer none): a #GListModel of #MaillageAction
 */
GListModel *
maillage_project_get_actions (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * maillage_project_add_action:
 * @self: a #MaillageProject
 * @action: an action
 *
 * Appends @action to the action plan. Its id should be unique: see
 * maillage_project_next_action_id().
 */
void
maillage_project_add_action (MaillageProject *self,
                             MaillageAction  *action)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (MAILLAGE_IS_ACTION (action));

  g_list_store_append (self->actions, action);
}

/**
 * maillage_project_insert_action:
 * @self: a #MaillageProject
 * @position: where to insert @action; past the end, it is appended
 * @action: an action
 *
 * Inserts @action in the action plan at @position, such as where an
 * action removed by mistake stood, so that undoing the removal gives back
 * the plan in its order. Its id should be unique: see
 * maillage_project_next_action_id().
 */
void
maillage_project_insert_action (MaillageProject *self,
                                guint            position,
                                MaillageAction  *action)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (MAILLAGE_IS_ACTION (action));

  g_list_store_insert (self->actions,
                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->actions))),
                       action);
}

/**
 * maillage_project_remove_action:
 * @self: a #MaillageProject
 * @action: an action of @self
 *
 * Removes @action from the action plan.
 */
void
maillage_project_remove_action (MaillageProject *self,
                                MaillageAction  *action)
{
  guint position;

  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (MAILLAGE_IS_ACTION (action));

  if (!g_list_store_find (self->actions, action, &position))
    {
      g_critical ("Action %s is not in the project", maillage_action_get_id (action));
      return;
    }

  g_list_store_remove (self->actions, position);
}

/**
 * maillage_project_find_action:
 * @self: a #MaillageProject
 * @id: an action id
 *
 * Returns: (transfer none) (nullable): the action with the id @id, or %NULL
 */
MaillageAction *
maillage_project_find_action (MaillageProject *self,
                              const char      *id)
{
  guint n_items;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      /* The store keeps its own reference. */
      if (g_strcmp0 (maillage_action_get_id (action), id) == 0)
        return action;
    }

  return NULL;
}

/**
 * maillage_project_next_action_id:
 * @self: a #MaillageProject
 *
 * Proposes an id for a new action: the first of `A-001`, `A-002`, … that no
 * action of the project uses.
 *
 * Returns: (transfer full): a free action id
 */
char *
maillage_project_next_action_id (MaillageProject *self)
{
  g_autoptr(GHashTable) used = NULL;
  guint n_items;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  used = g_hash_table_new (g_str_hash, g_str_equal);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      g_hash_table_add (used, (gpointer) maillage_action_get_id (action));
    }

  /* With n actions, one of the first n + 1 numbers is free. */
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("A-%03u", n);

      if (!g_hash_table_contains (used, id))
        return g_steal_pointer (&id);
    }
}

void
_maillage_project_set_actions (MaillageProject *self,
                               GPtrArray       *actions)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->actions));

  g_list_store_splice (self->actions, 0, n_old, actions->pdata, actions->len);
}
