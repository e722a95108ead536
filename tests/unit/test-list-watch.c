/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-list-watch.c: MaillageListWatch follows its store however the store
 * is changed, hears every item while it is in the store and none after,
 * and lets go of everything when freed.
 */
#define G_LOG_DOMAIN "maillage-test-list-watch"

#include "config.h"

#include <gio/gio.h>

#include "maillage-list-watch-private.h"

typedef struct
{
  GListStore        *store;
  MaillageListWatch *watch;
  guint              item_notifies;
  guint              items_changes;
  /* Whether items_changed_cb checks that every item is watched by then
   * (by toggling them all), and what it found. */
  gboolean           check_caught_up;
  gboolean           caught_up;
} Fixture;

static GSimpleAction *
new_item (const char *name)
{
  return g_simple_action_new (name, NULL);
}

static void
item_notify_cb (GSimpleAction *item,
                GParamSpec    *pspec,
                Fixture       *f)
{
  f->item_notifies++;
}

/* Toggles every item of the store and counts what the watch heard. */
static gboolean
all_items_heard (Fixture *f)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (f->store));
  guint before = f->item_notifies;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GSimpleAction) item = g_list_model_get_item (G_LIST_MODEL (f->store), i);

      g_simple_action_set_enabled (item, !g_action_get_enabled (G_ACTION (item)));
    }

  return f->item_notifies - before == n_items;
}

static void
items_changed_cb (Fixture    *f,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  f->items_changes++;
  if (f->check_caught_up)
    f->caught_up = all_items_heard (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSimpleAction) first = new_item ("first");

  f->store = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  /* An item already there when the watch starts is watched too. */
  g_list_store_append (f->store, first);
  f->watch = maillage_list_watch_new (f->store, "notify::enabled",
                                      G_CALLBACK (item_notify_cb),
                                      G_CALLBACK (items_changed_cb),
                                      f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->watch, maillage_list_watch_free);
  g_clear_object (&f->store);
}

static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSimpleAction) second = new_item ("second");
  g_autoptr(GSimpleAction) third = new_item ("third");
  g_autoptr(GSimpleAction) fourth = new_item ("fourth");
  gpointer replacements[] = { third, fourth };

  f->check_caught_up = TRUE;
  g_assert_true (all_items_heard (f));

  g_list_store_append (f->store, second);
  g_assert_cmpuint (f->items_changes, ==, 1);
  g_assert_true (f->caught_up);

  g_list_store_insert (f->store, 1, third);
  g_assert_true (f->caught_up);

  /* The middle of the store swapped in one go: the watch follows the
   * positions, not only the ends. */
  g_list_store_splice (f->store, 1, 2, replacements, G_N_ELEMENTS (replacements));
  g_assert_cmpuint (f->items_changes, ==, 3);
  g_assert_true (f->caught_up);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->store)), ==, 3);

  /* second left the store: no longer heard; third came back: heard once. */
  f->item_notifies = 0;
  g_simple_action_set_enabled (second, FALSE);
  g_assert_cmpuint (f->item_notifies, ==, 0);
  g_simple_action_set_enabled (third, FALSE);
  g_assert_cmpuint (f->item_notifies, ==, 1);

  g_list_store_remove_all (f->store);
  g_assert_true (f->caught_up);
  g_simple_action_set_enabled (fourth, FALSE);
  g_assert_cmpuint (f->item_notifies, ==, 1);
}

/* The store may hold the last reference to an item: the item is let go of
 * once the watch has disconnected from it. */
static void
test_last_reference (Fixture       *f,
                     gconstpointer  data)
{
  GSimpleAction *item = new_item ("only-in-store");

  g_list_store_append (f->store, item);
  g_object_add_weak_pointer (G_OBJECT (item), (gpointer *) &item);
  g_object_unref (item);
  g_assert_nonnull (item);

  g_list_store_remove (f->store, 1);
  g_assert_null (item);
}

static void
move_to_front_cb (GSimpleAction *item,
                  GParamSpec    *pspec,
                  Fixture       *f)
{
  guint position;

  if (g_list_store_find (f->store, item, &position) && position != 0)
    {
      g_autoptr(GSimpleAction) hold = g_object_ref (item);

      g_list_store_remove (f->store, position);
      g_list_store_insert (f->store, 0, item);
    }
}

/* An item moved inside the store while it notifies (as an action moves a
 * budget line whose year changed) is heard once then, and once later. */
static void
test_move_while_notifying (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GSimpleAction) second = new_item ("second");
  g_autoptr(GSimpleAction) front = NULL;

  g_list_store_append (f->store, second);
  g_signal_connect (second, "notify::enabled", G_CALLBACK (move_to_front_cb), f);
  f->item_notifies = 0;

  g_simple_action_set_enabled (second, FALSE);
  front = g_list_model_get_item (G_LIST_MODEL (f->store), 0);
  g_assert_true (front == second);
  g_assert_cmpuint (f->item_notifies, ==, 1);

  g_simple_action_set_enabled (second, TRUE);
  g_assert_cmpuint (f->item_notifies, ==, 2);
  g_assert_true (all_items_heard (f));
}

/* Freed, the watch hears nothing more and holds nothing. */
static void
test_free (void)
{
  GListStore *store = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  GSimpleAction *item = new_item ("item");
  Fixture f = { store, NULL, 0, 0, FALSE, FALSE };

  g_list_store_append (store, item);
  f.watch = maillage_list_watch_new (store, "notify::enabled", G_CALLBACK (item_notify_cb),
                                     G_CALLBACK (items_changed_cb), &f);
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_object_add_weak_pointer (G_OBJECT (item), (gpointer *) &item);

  g_simple_action_set_enabled (item, FALSE);
  g_assert_cmpuint (f.item_notifies, ==, 1);

  g_clear_pointer (&f.watch, maillage_list_watch_free);
  g_simple_action_set_enabled (item, TRUE);
  g_list_store_remove_all (store);
  g_assert_cmpuint (f.item_notifies, ==, 1);
  g_assert_cmpuint (f.items_changes, ==, 0);

  /* Only our references were left. */
  g_object_unref (item);
  g_assert_null (item);
  g_object_unref (store);
  g_assert_null (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/list-watch/follows-store", Fixture, NULL,
              fixture_set_up, test_follows_store, fixture_tear_down);
  g_test_add ("/list-watch/last-reference", Fixture, NULL,
              fixture_set_up, test_last_reference, fixture_tear_down);
  g_test_add ("/list-watch/move-while-notifying", Fixture, NULL,
              fixture_set_up, test_move_while_notifying, fixture_tear_down);
  g_test_add_func ("/list-watch/free", test_free);

  return g_test_run ();
}
