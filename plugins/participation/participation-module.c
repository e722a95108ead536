/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-module-private.h"
#include "participation-page.h"

/*
 * ParticipationModule: the Participation citoyenne module. Its model is
 * the participation tools the strategy relies on (dispositifs), the
 * calendar of their events, and what a Decidim platform published: the
 * inhabitants' proposals — each of which may be linked to an action of
 * the plan — and the results of its accountability component. It is
 * stored under `modules.participation` as
 *
 *   { "version": 1, "dispositifs": [ … ], "calendar": [ … ],
 *     "proposals": [ … ], "results": [ … ] }
 *
 * always in that order (see participation-module-json.c and README.md
 * beside this file).
 *
 * Every change goes through one of the functions below and reaches the
 * stores in one splice, so that the project is told once ("changed") and
 * the lists redraw once. What Decidim published, and importing it, is in
 * participation-module-import.c.
 */

static void module_iface_init (MaillageModuleInterface *iface);

/* A dynamic type: libpeas may unload the plugin and load it again. */
G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationModule, participation_module, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE, module_iface_init))

/* Tells the project, unless load() is filling the model. */
void
_participation_module_changed (ParticipationModule *self)
{
  if (!self->loading)
    maillage_module_emit_changed (MAILLAGE_MODULE (self));
}

static void
store_changed_cb (GListModel          *store,
                  guint                position,
                  guint                removed,
                  guint                added,
                  ParticipationModule *self)
{
  _participation_module_changed (self);
}

static void
clear_store (GListStore *store)
{
  g_list_store_remove_all (store);
}

static gboolean
participation_module_load (MaillageModule   *module,
                           MaillageProject  *project,
                           JsonObject       *data,
                           GError          **error)
{
  ParticipationModule *self = PARTICIPATION_MODULE (module);
  gboolean ok = TRUE;

  self->loading = TRUE;
  if (data != NULL)
    ok = _participation_module_read (self, data, error);
  if (!ok)
    {
      /* Left empty, as the interface asks. */
      clear_store (self->dispositifs);
      clear_store (self->events);
      clear_store (self->proposals);
      clear_store (self->results);
    }
  self->loading = FALSE;

  return ok;
}

static GtkWidget *
participation_module_create_page (MaillageModule *module)
{
  return participation_page_new (PARTICIPATION_MODULE (module));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = participation_module_load;
  iface->save = _participation_module_save;
  iface->create_page = participation_module_create_page;
  iface->build_chapter = _participation_module_build_chapter;
  iface->list_findings = _participation_module_list_findings;
  iface->get_completeness = _participation_module_get_completeness;
  iface->list_key_points = _participation_module_list_key_points;
}

static void
participation_module_finalize (GObject *object)
{
  ParticipationModule *self = PARTICIPATION_MODULE (object);

  g_signal_handlers_disconnect_by_func (self->dispositifs, store_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->events, store_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->proposals, store_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->results, store_changed_cb, self);
  g_object_unref (self->dispositifs);
  g_object_unref (self->events);
  g_object_unref (self->proposals);
  g_object_unref (self->results);

  G_OBJECT_CLASS (participation_module_parent_class)->finalize (object);
}

static void
participation_module_class_init (ParticipationModuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = participation_module_finalize;
}

static void
participation_module_class_finalize (ParticipationModuleClass *klass)
{
}

static void
participation_module_init (ParticipationModule *self)
{
  GListStore **stores[] = { &self->dispositifs, &self->events, &self->proposals, &self->results };
  GType types[] = {
    PARTICIPATION_TYPE_DISPOSITIF, PARTICIPATION_TYPE_EVENT,
    PARTICIPATION_TYPE_PROPOSAL, PARTICIPATION_TYPE_RESULT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    {
      *stores[i] = g_list_store_new (types[i]);
      g_signal_connect (*stores[i], "items-changed", G_CALLBACK (store_changed_cb), self);
    }
}

/* Dispositifs */

/**
 * participation_module_get_dispositifs:
 *
 * Returns: (transfer none): a #GListModel of #ParticipationDispositif
 */
GListModel *
participation_module_get_dispositifs (ParticipationModule *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->dispositifs);
}

/**
 * participation_module_find_dispositif:
 *
 * Returns: (transfer none) (nullable): the dispositif named @name
 */
ParticipationDispositif *
participation_module_find_dispositif (ParticipationModule *self,
                                      const char          *name)
{
  guint n;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationDispositif) dispositif = g_list_model_get_item (G_LIST_MODEL (self->dispositifs), i);

      if (g_str_equal (participation_dispositif_get_name (dispositif), name))
        return dispositif;  /* the store keeps it alive */
    }

  return NULL;
}

/* Puts @dispositif at @position (at the end if beyond), as adding one or
 * undoing a removal does. */
void
participation_module_insert_dispositif (ParticipationModule     *self,
                                        guint                    position,
                                        ParticipationDispositif *dispositif)
{
  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (dispositif));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs)));
  g_list_store_insert (self->dispositifs, position, dispositif);
}

/**
 * participation_module_replace_dispositif:
 * @self: a #ParticipationModule
 * @old: a dispositif of the module
 * @dispositif: what it becomes
 *
 * Puts @dispositif in the place of @old, as the dialog does when its
 * change is accepted. When the name changes, the events of the calendar
 * that named the old one name the new one.
 */
void
participation_module_replace_dispositif (ParticipationModule     *self,
                                         ParticipationDispositif *old,
                                         ParticipationDispositif *dispositif)
{
  const char *old_name;
  const char *new_name;
  guint position;

  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (old));
  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF (dispositif));

  if (!g_list_store_find (self->dispositifs, old, &position) || participation_dispositif_equal (old, dispositif))
    return;

  old_name = participation_dispositif_get_name (old);
  new_name = participation_dispositif_get_name (dispositif);
  if (!g_str_equal (old_name, new_name))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
      g_autoptr(GPtrArray) events = g_ptr_array_new_full (n, g_object_unref);
      gboolean renamed = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ParticipationEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

          if (g_str_equal (participation_event_get_dispositif (event), old_name))
            {
              ParticipationEvent *copy = participation_event_copy (event);

              participation_event_set_dispositif (copy, new_name);
              g_ptr_array_add (events, copy);
              renamed = TRUE;
            }
          else
            {
              g_ptr_array_add (events, g_steal_pointer (&event));
            }
        }
      if (renamed)
        _participation_module_set_events (self, events);
    }

  g_list_store_splice (self->dispositifs, position, 1, (gpointer *) &dispositif, 1);
}

/* Removes @dispositif; returns where it was, for an undo. The events that
 * name it keep the name. */
guint
participation_module_remove_dispositif (ParticipationModule     *self,
                                        ParticipationDispositif *dispositif)
{
  guint position;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), 0);
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF (dispositif), 0);

  if (!g_list_store_find (self->dispositifs, dispositif, &position))
    return 0;
  g_list_store_remove (self->dispositifs, position);
  return position;
}

/* Events */

/**
 * participation_module_get_events:
 *
 * Returns: (transfer none): the calendar, a #GListModel of
 *   #ParticipationEvent sorted by date
 */
GListModel *
participation_module_get_events (ParticipationModule *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->events);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return participation_event_compare (*(ParticipationEvent **) a, *(ParticipationEvent **) b);
}

/* Replaces the calendar by @events, sorted by date (a stable sort: events
 * of the same date and title keep their order), in one change. */
void
_participation_module_set_events (ParticipationModule *self,
                                  GPtrArray           *events)
{
  g_ptr_array_sort (events, compare_events);
  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       events->pdata, events->len);
}

static GPtrArray *
copy_events (ParticipationModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  GPtrArray *events = g_ptr_array_new_full (n + 1, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (events, g_list_model_get_item (G_LIST_MODEL (self->events), i));
  return events;
}

void
participation_module_add_event (ParticipationModule *self,
                                ParticipationEvent  *event)
{
  g_autoptr(GPtrArray) events = NULL;

  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_EVENT (event));

  events = copy_events (self);
  g_ptr_array_add (events, g_object_ref (event));
  _participation_module_set_events (self, events);
}

void
participation_module_replace_event (ParticipationModule *self,
                                    ParticipationEvent  *old,
                                    ParticipationEvent  *event)
{
  g_autoptr(GPtrArray) events = NULL;
  guint position;

  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_EVENT (old));
  g_return_if_fail (PARTICIPATION_IS_EVENT (event));

  if (!g_list_store_find (self->events, old, &position) || participation_event_equal (old, event))
    return;

  events = copy_events (self);
  g_object_unref (g_ptr_array_index (events, position));
  g_ptr_array_index (events, position) = g_object_ref (event);
  _participation_module_set_events (self, events);
}

void
participation_module_remove_event (ParticipationModule *self,
                                   ParticipationEvent  *event)
{
  guint position;

  g_return_if_fail (PARTICIPATION_IS_MODULE (self));
  g_return_if_fail (PARTICIPATION_IS_EVENT (event));

  if (g_list_store_find (self->events, event, &position))
    g_list_store_remove (self->events, position);
}

/**
 * participation_module_get_project:
 *
 * Returns: (transfer none) (nullable): the project, between load and
 *   unload
 */
MaillageProject *
participation_module_get_project (ParticipationModule *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (self), NULL);

  return maillage_module_get_project (MAILLAGE_MODULE (self));
}

void
participation_module_register (GTypeModule *module)
{
  participation_module_register_type (module);
}
