/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-list-watch.c: listening to every item of a GListStore. See
 * maillage-list-watch-private.h.
 *
 * The watch follows the store itself, through GListModel::items-changed,
 * so that whoever changes the store (append, insert_sorted, remove, splice)
 * need not remember to connect or disconnect anything. items-changed does
 * not say which items left, and by then the store may have dropped its
 * reference to them; so the watch keeps its own list, in the store's order,
 * of each item (a reference) and of the id of its handler there.
 */
#define G_LOG_DOMAIN "maillage-list-watch"

#include "config.h"

#include "maillage-list-watch-private.h"

typedef struct
{
  GObject *item;
  gulong   handler_id;
} WatchedItem;

struct _MaillageListWatch
{
  GListStore *store;
  const char *item_signal;
  GCallback   item_callback;
  gpointer    owner;

  /* WatchedItem, one per item of the store, in the same order. */
  GArray     *items;

  gulong      items_changed_id;
  gulong      owner_items_changed_id;
};

static void
watched_item_clear (gpointer data)
{
  WatchedItem *watched = data;

  g_clear_signal_handler (&watched->handler_id, watched->item);
  g_clear_object (&watched->item);
}

static void
items_changed_cb (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  MaillageListWatch *self)
{
  g_autofree WatchedItem *block = NULL;

  /* The clear function disconnects from the removed items. */
  g_array_remove_range (self->items, position, removed);
  if (added == 0)
    return;

  block = g_new (WatchedItem, added);
  for (guint i = 0; i < added; i++)
    {
      block[i].item = g_list_model_get_item (model, position + i);
      block[i].handler_id = g_signal_connect (block[i].item, self->item_signal,
                                              self->item_callback, self->owner);
    }
  g_array_insert_vals (self->items, position, block, added);
}

/**
 * maillage_list_watch_new:
 * @store: the store to watch
 * @item_signal: a signal of the items, such as "notify" or "changed"
 * @item_callback: connected to @item_signal of every item while it is in
 *   @store, with @owner as its last argument, as by g_signal_connect()
 * @items_changed_callback: (nullable): connected to
 *   #GListModel::items-changed of @store with @owner as its first argument,
 *   as by g_signal_connect_swapped(); it runs once the watch has caught up
 * @owner: the object that owns @store
 *
 * Starts listening to the items of @store, those in it now and those added
 * later, until they leave it or the watch is freed. The watch holds a
 * reference to @store and to each of its items.
 *
 * Returns: (transfer full): the watch; free it with
 *   maillage_list_watch_free(), typically in the owner's dispose
 */
MaillageListWatch *
maillage_list_watch_new (GListStore *store,
                         const char *item_signal,
                         GCallback   item_callback,
                         GCallback   items_changed_callback,
                         gpointer    owner)
{
  MaillageListWatch *self;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (item_signal != NULL, NULL);
  g_return_val_if_fail (item_callback != NULL, NULL);

  self = g_new0 (MaillageListWatch, 1);
  self->store = g_object_ref (store);
  self->item_signal = g_intern_string (item_signal);
  self->item_callback = item_callback;
  self->owner = owner;
  self->items = g_array_new (FALSE, FALSE, sizeof (WatchedItem));
  g_array_set_clear_func (self->items, watched_item_clear);

  items_changed_cb (G_LIST_MODEL (store), 0, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), self);

  /* Ours first, so that the owner hears of the change with every item
   * already watched. */
  self->items_changed_id = g_signal_connect (store, "items-changed", G_CALLBACK (items_changed_cb), self);
  if (items_changed_callback != NULL)
    self->owner_items_changed_id = g_signal_connect_swapped (store, "items-changed",
                                                             items_changed_callback, owner);

  return self;
}

/**
 * maillage_list_watch_free:
 * @self: a watch
 *
 * Stops listening to the store and its items, and lets go of them.
 */
void
maillage_list_watch_free (MaillageListWatch *self)
{
  g_return_if_fail (self != NULL);

  g_clear_signal_handler (&self->items_changed_id, self->store);
  g_clear_signal_handler (&self->owner_items_changed_id, self->store);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_object (&self->store);
  g_free (self);
}
