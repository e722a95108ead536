/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-module-import.c: what a Decidim platform published, in the
 * module — the proposals, each of which may be linked to an action of the
 * plan, and the results — and taking an import in: what it would change,
 * whether it may be taken, and merging it by Decidim id in one change.
 */
#define G_LOG_DOMAIN "participation-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "participation-module-private.h"

/**
 * participation_module_get_proposals:
 *
 * Returns: (transfer none): a #GListModel of #ParticipationProposal
 */
GListModel *
participation_module_get_proposals (ParticipationModule *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->proposals);
}

/**
 * participation_module_get_results:
 *
 * Returns: (transfer none): a #GListModel of #ParticipationResult
 */
GListModel *
participation_module_get_results (ParticipationModule *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->results);
}

static gint64
item_id (gpointer item)
{
  if (PARTICIPATION_IS_PROPOSAL (item))
    return participation_proposal_get_id (item);
  return participation_result_get_id (item);
}

static gpointer
find_item (GListStore *store,
           gint64      id,
           guint      *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (item_id (item) == id)
        {
          if (position != NULL)
            *position = i;
          return item;  /* the store keeps it alive */
        }
    }

  return NULL;
}

/**
 * participation_module_find_proposal:
 *
 * Returns: (transfer none) (nullable): the proposal of Decidim id @id
 */
ParticipationProposal *
participation_module_find_proposal (ParticipationModule *self,
                                    gint64               id)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return find_item (self->proposals, id, NULL);
}

/**
 * participation_module_find_result:
 *
 * Returns: (transfer none) (nullable): the result of Decidim id @id
 */
ParticipationResult *
participation_module_find_result (ParticipationModule *self,
                                  gint64               id)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return find_item (self->results, id, NULL);
}

/**
 * participation_module_link_proposal:
 * @self: a #ParticipationModule
 * @proposal: one of its proposals
 * @action_id: (nullable): the id of an action of the plan, or %NULL or ""
 *   for none
 *
 * Says which action of the plan takes @proposal up.
 */
void
participation_module_link_proposal (ParticipationModule   *self,
                                    ParticipationProposal *proposal,
                                    const char            *action_id)
{
  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_PROPOSAL (proposal));

  if (action_id == NULL)
    action_id = "";
  if (g_str_equal (participation_proposal_get_action (proposal), action_id))
    return;

  participation_proposal_set_text (proposal, PARTICIPATION_PROPOSAL_ACTION, action_id);
  _participation_module_changed (self);
}

static GListStore *
store_for (ParticipationModule *self,
           gpointer             item)
{
  return PARTICIPATION_IS_PROPOSAL (item) ? self->proposals : self->results;
}

static gboolean
same_content (gpointer a,
              gpointer b)
{
  if (PARTICIPATION_IS_PROPOSAL (a))
    return participation_proposal_same_content (a, b);
  return participation_result_same_content (a, b);
}

/* What importing @item would do: add it, update the row of the same id,
 * or nothing. */
ParticipationChange
participation_module_get_change (ParticipationModule *self,
                                 GObject             *item)
{
  gpointer current;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), PARTICIPATION_CHANGE_ADDED);
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (item) || PARTICIPATION_IS_RESULT (item),
                        PARTICIPATION_CHANGE_ADDED);

  current = find_item (store_for (self, item), item_id (item), NULL);
  if (current == NULL)
    return PARTICIPATION_CHANGE_ADDED;
  return same_content (current, item) ? PARTICIPATION_CHANGE_UNCHANGED : PARTICIPATION_CHANGE_UPDATED;
}

/* Where each id of @store is, from 1. */
static GHashTable *
index_ids (GListStore *store)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 id = item_id (item);

      g_hash_table_insert (ids, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
    }

  return ids;
}

/**
 * participation_module_list_changes:
 * @self: a #ParticipationModule
 * @import: what a Decidim export holds
 *
 * What participation_module_apply_import() would do, without doing it.
 *
 * Returns: (transfer full) (element-type ParticipationChange): the change
 *   each item of @import would make, in the same order
 */
GArray *
participation_module_list_changes (ParticipationModule        *self,
                                   ParticipationDecidimImport *import)
{
  GPtrArray *items;
  GListStore *store;
  g_autoptr(GHashTable) ids = NULL;
  GArray *changes;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (import), NULL);

  items = participation_decidim_import_get_items (import);
  store = participation_decidim_import_get_kind (import) == PARTICIPATION_DECIDIM_PROPOSALS
            ? self->proposals : self->results;
  ids = index_ids (store);
  changes = g_array_sized_new (FALSE, FALSE, sizeof (ParticipationChange), items->len);
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gint64 id = item_id (item);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (ids, &id));
      g_autoptr(GObject) current = NULL;
      ParticipationChange change = PARTICIPATION_CHANGE_ADDED;

      if (position > 0)
        {
          current = g_list_model_get_item (G_LIST_MODEL (store), position - 1);
          change = same_content (current, item) ? PARTICIPATION_CHANGE_UNCHANGED : PARTICIPATION_CHANGE_UPDATED;
        }
      g_array_append_val (changes, change);
    }

  return changes;
}

/* How many items of @import participation_module_apply_import() would
 * add, update and leave unchanged. */
void
participation_module_count_changes (ParticipationModule        *self,
                                    ParticipationDecidimImport *import,
                                    guint                      *n_added,
                                    guint                      *n_updated,
                                    guint                      *n_unchanged)
{
  g_autoptr(GArray) changes = NULL;
  guint counts[3] = { 0, };

  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (import));

  changes = participation_module_list_changes (self, import);
  for (guint i = 0; i < changes->len; i++)
    counts[g_array_index (changes, ParticipationChange, i)]++;

  if (n_added != NULL)
    *n_added = counts[PARTICIPATION_CHANGE_ADDED];
  if (n_updated != NULL)
    *n_updated = counts[PARTICIPATION_CHANGE_UPDATED];
  if (n_unchanged != NULL)
    *n_unchanged = counts[PARTICIPATION_CHANGE_UNCHANGED];
}

/* About how many bytes @item takes in the project file, pretty-printed:
 * its texts, and the names, indentation and punctuation of its members. */
static gsize
estimate_size (gpointer item)
{
  gsize size = 240;

  if (PARTICIPATION_IS_PROPOSAL (item))
    for (guint t = 0; t < PARTICIPATION_PROPOSAL_N_TEXTS; t++)
      size += strlen (participation_proposal_get_text (item, t));
  else
    for (guint t = 0; t < PARTICIPATION_RESULT_N_TEXTS; t++)
      size += strlen (participation_result_get_text (item, t));

  return size;
}

static gsize
estimate_store (GListStore *store,
                GHashTable *replaced)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  gsize size = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 id = item_id (item);

      if (replaced == NULL || !g_hash_table_contains (replaced, &id))
        size += estimate_size (item);
    }

  return size;
}

/**
 * participation_module_check_import:
 * @self: a #ParticipationModule
 * @import: what a Decidim export holds
 * @error: return location for a #GError
 *
 * Whether participation_module_apply_import() would take @import: every
 * row of it is valid, and the project would not grow beyond what a
 * project file may hold (%MAILLAGE_PROJECT_MAX_SIZE, of which the module
 * takes at most %PARTICIPATION_MAX_DATA_SIZE), for then it could not be
 * saved.
 *
 * Returns: whether @import can be imported; if not, @error says why
 */
gboolean
participation_module_check_import (ParticipationModule         *self,
                                   ParticipationDecidimImport  *import,
                                   GError                     **error)
{
  g_autoptr(GHashTable) incoming = NULL;
  GPtrArray *items;
  gboolean proposals;
  gsize size = 0;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), FALSE);
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (import), FALSE);

  if (!participation_decidim_import_check (import, error))
    return FALSE;

  items = participation_decidim_import_get_items (import);
  proposals = participation_decidim_import_get_kind (import) == PARTICIPATION_DECIDIM_PROPOSALS;
  incoming = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = item_id (g_ptr_array_index (items, i));

      g_hash_table_add (incoming, g_memdup2 (&id, sizeof id));
      size += estimate_size (g_ptr_array_index (items, i));
    }
  size += estimate_store (self->proposals, proposals ? incoming : NULL);
  size += estimate_store (self->results, proposals ? NULL : incoming);

  if (size > PARTICIPATION_MAX_DATA_SIZE)
    {
      g_autofree char *megabytes = maillage_format_number (size / (1024.0 * 1024.0), 0);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("The import would make the project too large to be saved: the proposals and "
                     "results would take about %s MB of it, and a project file cannot exceed %u MB. "
                     "Nothing was imported: import the proposals of one participatory process at a "
                     "time."),
                   megabytes, MAILLAGE_PROJECT_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  return TRUE;
}

/**
 * participation_module_apply_import:
 * @self: a #ParticipationModule
 * @import: what a Decidim export holds
 * @error: return location for a #GError
 *
 * Takes @import into the module in one change, or nothing at all if one
 * of its rows is invalid or if it would make the project too large
 * (participation_module_check_import()). A row
 * whose id is already there replaces it in its place — a proposal keeps
 * its link to an action — so importing the same export again, or a newer
 * one, duplicates nothing; the others are added at the end, in the file's
 * order.
 *
 * Returns: whether the import was done
 */
gboolean
participation_module_apply_import (ParticipationModule         *self,
                                   ParticipationDecidimImport  *import,
                                   GError                     **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  GPtrArray *items;
  GListStore *store;
  guint n_old;
  gboolean changes = FALSE;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), FALSE);
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (import), FALSE);

  if (!participation_module_check_import (self, import, error))
    return FALSE;

  items = participation_decidim_import_get_items (import);
  store = participation_decidim_import_get_kind (import) == PARTICIPATION_DECIDIM_PROPOSALS
            ? self->proposals : self->results;
  ids = index_ids (store);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  merged = g_ptr_array_new_full (n_old + items->len, g_object_unref);
  for (guint i = 0; i < n_old; i++)
    g_ptr_array_add (merged, g_list_model_get_item (G_LIST_MODEL (store), i));

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gint64 id = item_id (item);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (ids, &id));
      gpointer current = position > 0 ? g_ptr_array_index (merged, position - 1) : NULL;

      if (current != NULL && same_content (current, item))
        continue;
      changes = TRUE;

      if (current == NULL)
        {
          g_ptr_array_add (merged, g_object_ref (item));
          continue;
        }

      /* The link to an action is Maillage's, not Decidim's: it stays. The
       * import's own object is left as it was, for a second apply. */
      if (PARTICIPATION_IS_PROPOSAL (item))
        {
          ParticipationProposal *copy = g_object_new (PARTICIPATION_TYPE_PROPOSAL,
                                                      "decidim-id", id, NULL);

          for (guint t = 0; t < PARTICIPATION_PROPOSAL_N_TEXTS; t++)
            participation_proposal_set_text (copy, t, participation_proposal_get_text (item, t));
          g_object_set (copy,
                        "votes", participation_proposal_get_votes (item),
                        "comments", participation_proposal_get_comments (item),
                        "action", participation_proposal_get_action (current),
                        NULL);
          item = copy;
        }
      else
        {
          g_object_ref (item);
        }
      g_object_unref (current);
      g_ptr_array_index (merged, position - 1) = item;
    }

  /* One splice, one "items-changed", one "changed". */
  if (changes)
    g_list_store_splice (store, 0, n_old, merged->pdata, merged->len);

  return TRUE;
}
