/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-module-findings.c: what the overview says about the
 * Gouvernance module — members whose SIREN or SIRET number is wrong, no
 * comité stratégique, bodies nobody sits in, no coordinator, actions of
 * the module without a pilot — and how complete the module is.
 */
#define G_LOG_DOMAIN "gouvernance-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-module-private.h"

static void
add (GListStore       *findings,
     MaillageSeverity  severity,
     const char       *message)
{
  g_autoptr(MaillageFinding) finding = maillage_finding_new (severity, message);

  g_list_store_append (findings, finding);
}

static void
check_members (GouvernanceModule *self,
               GListStore        *findings)
{
  GListModel *members = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_MEMBERS]);
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceMember) member = g_list_model_get_item (members, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      if (gouvernance_member_check_siren (gouvernance_member_get_siren (member), &error))
        continue;

      /* Translators: the first %s is a member's name, the second says
       * what is wrong with its number. */
      message = g_strdup_printf (_("The SIREN or SIRET number of the member “%s” is wrong: %s "
                                   "Correct it in Members and Co-Sponsors."),
                                 gouvernance_member_get_name (member), error->message);
      add (findings, MAILLAGE_SEVERITY_ERROR, message);
    }
}

static gboolean
has_body_of_kind (GouvernanceModule   *self,
                  GouvernanceBodyKind  kind)
{
  GListModel *bodies = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_BODIES]);
  guint n = g_list_model_get_n_items (bodies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceBody) body = g_list_model_get_item (bodies, i);

      if (gouvernance_body_get_kind (body) == kind)
        return TRUE;
    }

  return FALSE;
}

/* Bodies nobody sits in; their number. */
static guint
check_bodies (GouvernanceModule *self,
              GListStore        *findings)
{
  GListModel *bodies = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_BODIES]);
  guint n = g_list_model_get_n_items (bodies);
  guint empty = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceBody) body = g_list_model_get_item (bodies, i);
      g_autofree char *message = NULL;

      if (gouvernance_body_get_n_participants (body) > 0)
        continue;

      empty++;
      if (findings == NULL)
        continue;
      message = g_strdup_printf (_("Nobody sits in the body “%s” yet: say who its members are."),
                                 gouvernance_body_get_name (body));
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }

  return empty;
}

static void
check_actions (GouvernanceModule *self,
               GListStore        *findings)
{
  g_autoptr(GListModel) actions = maillage_module_list_actions (MAILLAGE_MODULE (self));
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      g_autofree char *message = NULL;

      if (!_gouvernance_text_is_blank (maillage_action_get_pilot (action)))
        continue;

      /* Translators: %s is the title of an action, then its identifier */
      message = g_strdup_printf (_("The action “%s” (%s) has no pilot: say who leads it."),
                                 maillage_action_get_title (action), maillage_action_get_id (action));
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }
}

GListModel *
_gouvernance_module_list_findings (MaillageModule *module)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (module);
  GListStore *findings = g_list_store_new (MAILLAGE_TYPE_FINDING);

  /* Inconsistencies first, then what is missing. */
  check_members (self, findings);

  if (!has_body_of_kind (self, GOUVERNANCE_BODY_STRATEGIC))
    add (findings, MAILLAGE_SEVERITY_WARNING,
         _("The governance has no strategic committee: add one to Steering Bodies, where the "
           "elected members decide on the strategy."));

  check_bodies (self, findings);

  if (!gouvernance_module_has_coordinator (self))
    add (findings, MAILLAGE_SEVERITY_WARNING,
         _("No coordinator is named: say who leads the strategy day to day."));

  check_actions (self, findings);

  return G_LIST_MODEL (findings);
}

static gboolean
all_sirens_valid (GouvernanceModule *self)
{
  GListModel *members = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_MEMBERS]);
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceMember) member = g_list_model_get_item (members, i);

      if (!gouvernance_member_siren_is_valid (member))
        return FALSE;
    }

  return TRUE;
}

static guint
n_items (GouvernanceModule *self,
         GouvernanceList    list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->lists[list]));
}

/* Eight parts, each filled or not: the échelon, the perimeter, a comité
 * stratégique, bodies each with members, members with valid numbers, a
 * coordinator, a conseil local du numérique, a training plan. */
double
_gouvernance_module_get_completeness (MaillageModule *module)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (module);
  const gboolean parts[] = {
    self->echelon != GOUVERNANCE_ECHELON_NONE,
    !_gouvernance_text_is_blank (self->perimeter),
    has_body_of_kind (self, GOUVERNANCE_BODY_STRATEGIC),
    n_items (self, GOUVERNANCE_LIST_BODIES) > 0 && check_bodies (self, NULL) == 0,
    n_items (self, GOUVERNANCE_LIST_MEMBERS) > 0 && all_sirens_valid (self),
    gouvernance_module_has_coordinator (self),
    n_items (self, GOUVERNANCE_LIST_COUNCILS) > 0,
    !_gouvernance_text_is_blank (self->training_plan) || n_items (self, GOUVERNANCE_LIST_SESSIONS) > 0,
  };
  guint filled = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i])
      filled++;

  return (double) filled / G_N_ELEMENTS (parts);
}
