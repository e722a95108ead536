/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-private.h: what the two halves of MaillageAction share.
 * maillage-action.c has the type, its properties and what describes the
 * action; maillage-action-lists.c its budget, co-financing and indicator
 * lists. Not installed, not introspected.
 */
#pragma once

#include "maillage-list-watch-private.h"
#include "maillage-project-private.h"

G_BEGIN_DECLS

struct _MaillageAction
{
  GObject parent_instance;

  char                  *id;
  char                  *title;
  char                  *module;
  char                  *axis;
  char                  *pilot;
  char                 **partners;
  char                  *start;
  char                  *end;
  MaillageActionStatus   status;

  /* Budget lines are kept sorted by year, one per year. */
  GListStore            *budget;
  GListStore            *cofinancing;
  GListStore            *indicators;
  MaillageListWatch     *budget_watch;
  MaillageListWatch     *cofinancing_watch;
  MaillageListWatch     *indicators_watch;

  JsonObject            *extras;
};

/* maillage-action.c */
void _maillage_action_emit_changed  (MaillageAction *self);

/* maillage-action-lists.c */
void _maillage_action_init_lists    (MaillageAction *self);
void _maillage_action_dispose_lists (MaillageAction *self);

G_END_DECLS
