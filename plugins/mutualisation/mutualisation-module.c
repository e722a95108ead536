/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mutualisation-module"

#include "config.h"

#include "mutualisation-module-private.h"
#include "mutualisation-page.h"

/*
 * MutualisationModule: the Mutualisation module. Its model is the list of
 * resources the communes of the territory share (MutualisationResource),
 * each with its partners and its distribution key; the shares themselves
 * are computed from the territory when asked for, never stored, so that
 * a population changed in the Territory page changes them at once. It is
 * stored under `modules.mutualisation` as
 *
 *   { "version": 1, "resources": [ { "name": "…", "category": "hosting", … }, … ] }
 *
 * (see mutualisation-module-json.c and README.md beside this file).
 */

static void module_iface_init (MaillageModuleInterface *iface);

/* A dynamic type: libpeas may unload the plugin and load it again. */
G_DEFINE_DYNAMIC_TYPE_EXTENDED (MutualisationModule, mutualisation_module, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE, module_iface_init))

enum {
  SHARES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
territory_changed_cb (MaillageTerritory   *territory,
                      MutualisationModule *self)
{
  g_signal_emit (self, signals[SHARES_CHANGED], 0);
}

static void
resources_changed_cb (GListModel          *resources,
                      guint                position,
                      guint                removed,
                      guint                added,
                      MutualisationModule *self)
{
  g_signal_emit (self, signals[SHARES_CHANGED], 0);
  if (!self->loading)
    maillage_module_emit_changed (MAILLAGE_MODULE (self));
}

static gboolean
mutualisation_module_load (MaillageModule   *module,
                           MaillageProject  *project,
                           JsonObject       *data,
                           GError          **error)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);
  gboolean ok = TRUE;

  self->loading = TRUE;
  if (data != NULL)
    ok = _mutualisation_module_read (self, data, error);
  self->loading = FALSE;

  if (!ok)
    return FALSE;

  self->territory = g_object_ref (maillage_project_get_territory (project));
  self->territory_changed_id = g_signal_connect (self->territory, "changed",
                                                 G_CALLBACK (territory_changed_cb), self);
  g_signal_emit (self, signals[SHARES_CHANGED], 0);

  return TRUE;
}

static void
mutualisation_module_unload (MaillageModule *module)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);

  g_clear_signal_handler (&self->territory_changed_id, self->territory);
  g_clear_object (&self->territory);
}

static GtkWidget *
mutualisation_module_create_page (MaillageModule *module)
{
  return mutualisation_page_new (MUTUALISATION_MODULE (module));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = mutualisation_module_load;
  iface->unload = mutualisation_module_unload;
  iface->save = _mutualisation_module_save;
  iface->create_page = mutualisation_module_create_page;
  iface->build_chapter = _mutualisation_module_build_chapter;
  iface->list_findings = _mutualisation_module_list_findings;
  iface->get_completeness = _mutualisation_module_get_completeness;
  iface->list_key_points = _mutualisation_module_list_key_points;
}

static void
mutualisation_module_dispose (GObject *object)
{
  mutualisation_module_unload (MAILLAGE_MODULE (object));

  G_OBJECT_CLASS (mutualisation_module_parent_class)->dispose (object);
}

static void
mutualisation_module_finalize (GObject *object)
{
  MutualisationModule *self = MUTUALISATION_MODULE (object);

  g_object_unref (self->resources);

  G_OBJECT_CLASS (mutualisation_module_parent_class)->finalize (object);
}

static void
mutualisation_module_class_init (MutualisationModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mutualisation_module_dispose;
  object_class->finalize = mutualisation_module_finalize;

  /**
   * MutualisationModule::shares-changed:
   *
   * Emitted when the resources or the territory changed, so that the
   * shares computed before may be different now.
   */
  signals[SHARES_CHANGED] =
    g_signal_new ("shares-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
mutualisation_module_class_finalize (MutualisationModuleClass *klass)
{
}

static void
mutualisation_module_init (MutualisationModule *self)
{
  self->resources = g_list_store_new (MUTUALISATION_TYPE_RESOURCE);
  g_signal_connect (self->resources, "items-changed", G_CALLBACK (resources_changed_cb), self);
}

/**
 * mutualisation_module_get_resources:
 *
 * Returns: (transfer none): the resources, a #GListModel of
 *   #MutualisationResource; change them through the module
 */
GListModel *
mutualisation_module_get_resources (MutualisationModule *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->resources);
}

/* Puts @resource at @position (at the end if beyond), as undoing a
 * removal does. */
void
mutualisation_module_insert_resource (MutualisationModule   *self,
                                      guint                  position,
                                      MutualisationResource *resource)
{
  g_return_if_fail (MUTUALISATION_IS_MODULE (self));
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (resource));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->resources)));
  g_list_store_insert (self->resources, position, resource);
}

void
mutualisation_module_add_resource (MutualisationModule   *self,
                                   MutualisationResource *resource)
{
  g_return_if_fail (MUTUALISATION_IS_MODULE (self));
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (resource));

  g_list_store_append (self->resources, resource);
}

/**
 * mutualisation_module_replace_resource:
 * @old_resource: a resource of the module
 * @new_resource: what to put in its place
 *
 * Puts @new_resource in the place of @old_resource, in one change; if
 * they hold the same values, nothing changes.
 *
 * Returns: whether @old_resource was in the module
 */
gboolean
mutualisation_module_replace_resource (MutualisationModule   *self,
                                       MutualisationResource *old_resource,
                                       MutualisationResource *new_resource)
{
  guint position;

  g_return_val_if_fail (MUTUALISATION_IS_MODULE (self), FALSE);
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (old_resource), FALSE);
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (new_resource), FALSE);

  if (!g_list_store_find (self->resources, old_resource, &position))
    return FALSE;
  if (old_resource == new_resource || mutualisation_resource_equal (old_resource, new_resource))
    return TRUE;

  g_list_store_splice (self->resources, position, 1, (gpointer *) &new_resource, 1);
  return TRUE;
}

/**
 * mutualisation_module_remove_resource:
 * @position: (out) (optional): where it was, to put it back
 *
 * Returns: whether @resource was in the module
 */
gboolean
mutualisation_module_remove_resource (MutualisationModule   *self,
                                      MutualisationResource *resource,
                                      guint                 *position)
{
  guint found;

  g_return_val_if_fail (MUTUALISATION_IS_MODULE (self), FALSE);
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (resource), FALSE);

  if (!g_list_store_find (self->resources, resource, &found))
    return FALSE;

  g_list_store_remove (self->resources, found);
  if (position != NULL)
    *position = found;
  return TRUE;
}

/**
 * mutualisation_module_get_territory:
 *
 * Returns: (transfer none) (nullable): the territory of the project, between
 *   load and unload
 */
MaillageTerritory *
mutualisation_module_get_territory (MutualisationModule *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_MODULE (self), NULL);

  return self->territory;
}

/**
 * mutualisation_module_compute_shares:
 *
 * Returns: (transfer full): the shares of @resource, from the populations of
 *   the project's territory
 */
MutualisationShares *
mutualisation_module_compute_shares (MutualisationModule   *self,
                                     MutualisationResource *resource)
{
  g_return_val_if_fail (MUTUALISATION_IS_MODULE (self), NULL);
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE (resource), NULL);

  return mutualisation_resource_compute_shares (resource, self->territory);
}

void
mutualisation_module_register (GTypeModule *module)
{
  mutualisation_module_register_type (module);
}
