/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dematerialisation-module"

#include "config.h"

#include "dematerialisation-module-private.h"
#include "dematerialisation-page.h"

/*
 * DematerialisationModule: the Dématérialisation module. Its model is the
 * list of the services and procedures (démarches) the strategy takes
 * online, each a DematerialisationProcedure. It is stored under
 * `modules.dematerialisation` as
 *
 *   { "version": 1, "procedures": [ { "name": "…", "audiences": […], … } ] }
 *
 * (see dematerialisation-module-json.c and README.md beside this file).
 * The actions of the plan it owns are the project's actions whose module
 * is its id: MaillageModule's default list_actions.
 */

static void module_iface_init (MaillageModuleInterface *iface);

/* A dynamic type: libpeas may unload the plugin and load it again. */
G_DEFINE_DYNAMIC_TYPE_EXTENDED (DematerialisationModule, dematerialisation_module, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE, module_iface_init))

static void
procedures_changed_cb (GListModel              *procedures,
                       guint                    position,
                       guint                    removed,
                       guint                    added,
                       DematerialisationModule *self)
{
  if (!self->loading)
    maillage_module_emit_changed (MAILLAGE_MODULE (self));
}

static gboolean
dematerialisation_module_load (MaillageModule   *module,
                               MaillageProject  *project,
                               JsonObject       *data,
                               GError          **error)
{
  DematerialisationModule *self = DEMATERIALISATION_MODULE (module);
  gboolean ok = TRUE;

  self->loading = TRUE;
  if (data != NULL)
    ok = _dematerialisation_module_read (self, data, error);
  self->loading = FALSE;

  return ok;
}

static void
dematerialisation_module_unload (MaillageModule *module)
{
  /* Nothing tied to the project: the actions are asked for when needed. */
}

static GtkWidget *
dematerialisation_module_create_page (MaillageModule *module)
{
  return dematerialisation_page_new (DEMATERIALISATION_MODULE (module));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = dematerialisation_module_load;
  iface->unload = dematerialisation_module_unload;
  iface->save = _dematerialisation_module_save;
  iface->create_page = dematerialisation_module_create_page;
  iface->build_chapter = _dematerialisation_module_build_chapter;
  iface->list_findings = _dematerialisation_module_list_findings;
  iface->get_completeness = _dematerialisation_module_get_completeness;
  iface->list_key_points = _dematerialisation_module_list_key_points;
}

static void
dematerialisation_module_finalize (GObject *object)
{
  DematerialisationModule *self = DEMATERIALISATION_MODULE (object);

  g_signal_handlers_disconnect_by_func (self->procedures, procedures_changed_cb, self);
  g_object_unref (self->procedures);

  G_OBJECT_CLASS (dematerialisation_module_parent_class)->finalize (object);
}

static void
dematerialisation_module_class_init (DematerialisationModuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dematerialisation_module_finalize;
}

static void
dematerialisation_module_class_finalize (DematerialisationModuleClass *klass)
{
}

static void
dematerialisation_module_init (DematerialisationModule *self)
{
  self->procedures = g_list_store_new (DEMATERIALISATION_TYPE_PROCEDURE);
  g_signal_connect (self->procedures, "items-changed", G_CALLBACK (procedures_changed_cb), self);
}

/**
 * dematerialisation_module_get_procedures:
 *
 * The list changes through the functions below only; a procedure in it
 * is not changed in place, but replaced.
 *
 * Returns: (transfer none): the procedures, a #GListModel of
 *   #DematerialisationProcedure, in the user's order
 */
GListModel *
dematerialisation_module_get_procedures (DematerialisationModule *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_MODULE (self), NULL);

  return G_LIST_MODEL (self->procedures);
}

/* Adds @procedure at the end of the list: one change of the module. */
void
dematerialisation_module_add_procedure (DematerialisationModule    *self,
                                        DematerialisationProcedure *procedure)
{
  g_return_if_fail (DEMATERIALISATION_IS_MODULE (self));
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (procedure));

  g_list_store_append (self->procedures, procedure);
}

/* Inserts @procedure at @position, or at the end if the list is shorter:
 * one change of the module. Undoing a removal puts it back this way. */
void
dematerialisation_module_insert_procedure (DematerialisationModule    *self,
                                           guint                       position,
                                           DematerialisationProcedure *procedure)
{
  g_return_if_fail (DEMATERIALISATION_IS_MODULE (self));
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (procedure));

  g_list_store_insert (self->procedures,
                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->procedures))),
                       procedure);
}

/* Puts @new_procedure in the place of @old_procedure: one change of the
 * module, nothing if they hold the same values. */
void
dematerialisation_module_replace_procedure (DematerialisationModule    *self,
                                            DematerialisationProcedure *old_procedure,
                                            DematerialisationProcedure *new_procedure)
{
  guint position;

  g_return_if_fail (DEMATERIALISATION_IS_MODULE (self));
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (old_procedure));
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (new_procedure));

  if (!g_list_store_find (self->procedures, old_procedure, &position))
    {
      g_warning ("The procedure to replace is not in the list");
      return;
    }
  if (old_procedure == new_procedure || dematerialisation_procedure_equal (old_procedure, new_procedure))
    return;

  g_list_store_splice (self->procedures, position, 1, (gpointer *) &new_procedure, 1);
}

void
dematerialisation_module_remove_procedure (DematerialisationModule    *self,
                                           DematerialisationProcedure *procedure)
{
  guint position;

  g_return_if_fail (DEMATERIALISATION_IS_MODULE (self));
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (procedure));

  if (g_list_store_find (self->procedures, procedure, &position))
    g_list_store_remove (self->procedures, position);
}

/**
 * dematerialisation_module_count_states:
 * @self: a #DematerialisationModule
 * @today: (out caller-allocates) (array fixed-size=4) (optional): how many
 *   procedures are in each #DematerialisationState today
 * @target: (out caller-allocates) (array fixed-size=4) (optional): how
 *   many are to be in each state once the strategy is carried out
 */
void
dematerialisation_module_count_states (DematerialisationModule *self,
                                       guint                   *today,
                                       guint                   *target)
{
  guint n;

  g_return_if_fail (DEMATERIALISATION_IS_MODULE (self));

  for (guint s = 0; s < DEMATERIALISATION_N_STATES; s++)
    {
      if (today != NULL)
        today[s] = 0;
      if (target != NULL)
        target[s] = 0;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->procedures));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DematerialisationProcedure) procedure =
        g_list_model_get_item (G_LIST_MODEL (self->procedures), i);
      DematerialisationState state = dematerialisation_procedure_get_state (procedure);

      if (today != NULL)
        today[state]++;
      /* A target behind today's state is a mistake the findings report;
       * the procedure does not go back meanwhile. */
      if (target != NULL)
        target[MAX (state, dematerialisation_procedure_get_target_state (procedure))]++;
    }
}

void
dematerialisation_module_register (GTypeModule *module)
{
  dematerialisation_module_register_type (module);
}
