/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-module-findings.c: what the overview says about the
 * Participation module — no dispositif described, events of the calendar
 * that are past but still planned, proposals linked to actions the plan
 * no longer has, actions of the module without a pilot — and how
 * complete the module is.
 */
#define G_LOG_DOMAIN "participation-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "participation-check.h"
#include "participation-module-private.h"

static void
add (GListStore       *findings,
     MaillageSeverity  severity,
     const char       *message)
{
  g_autoptr(MaillageFinding) finding = maillage_finding_new (severity, message);

  g_list_store_append (findings, finding);
}

static void
check_dispositifs (ParticipationModule *self,
                   GListStore          *findings)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs)) > 0)
    return;

  add (findings, MAILLAGE_SEVERITY_WARNING,
       _("No participation tool is described: add the consultations, participatory budget, "
         "open data or councils through which the inhabitants take part."));
}

static void
check_overdue_events (ParticipationModule *self,
                      const GDate         *today,
                      GListStore          *findings)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  g_autoptr(ParticipationEvent) first = NULL;
  guint count = 0;
  g_autofree char *date_text = NULL;
  g_autofree char *message = NULL;
  GDate date;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      if (!participation_event_is_overdue (event, today))
        continue;
      if (count++ == 0)
        first = g_steal_pointer (&event);
    }

  if (count == 0)
    return;

  participation_check_get_date (participation_event_get_date (first), &date);
  date_text = maillage_format_date (&date);
  if (count == 1)
    message = g_strdup_printf (_("The event “%s” of %s is past but still planned: say whether it "
                                 "was held or cancelled."),
                               participation_event_get_title (first), date_text);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u event of the calendar is past but still planned, "
                                            "the first “%s” of %s: say whether it was held or cancelled.",
                                            "%u events of the calendar are past but still planned, "
                                            "the first “%s” of %s: say whether they were held or cancelled.",
                                            count),
                               count, participation_event_get_title (first), date_text);
  add (findings, MAILLAGE_SEVERITY_WARNING, message);
}

static void
check_links (ParticipationModule *self,
             MaillageProject     *project,
             GListStore          *findings)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->proposals));
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(ParticipationProposal) first = NULL;
  guint count = 0;
  g_autofree char *ids = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (G_LIST_MODEL (self->proposals), i);
      const char *action = participation_proposal_get_action (proposal);

      if (*action == '\0' || (project != NULL && maillage_project_find_action (project, action) != NULL))
        continue;

      /* The store keeps the proposal, and so its action id, alive. */
      if (!g_ptr_array_find_with_equal_func (missing, action, g_str_equal, NULL))
        g_ptr_array_add (missing, (gpointer) action);
      if (count++ == 0)
        first = g_steal_pointer (&proposal);
    }

  if (count == 0)
    return;

  g_ptr_array_add (missing, NULL);
  ids = g_strjoinv (", ", (char **) missing->pdata);
  if (count == 1)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, participation_proposal_get_id (first));

      /* Translators: “The proposal 1075 “Open the data…” is linked to the
       * action A-099, …” */
      message = g_strdup_printf (_("The proposal %s “%s” is linked to the action %s, which is not in "
                                   "the plan: link it to another action, or to none."),
                                 number, participation_proposal_get_title (first), ids);
    }
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u proposal is linked to actions that are not in the plan "
                                            "(%s): link it to another action, or to none.",
                                            "%u proposals are linked to actions that are not in the plan "
                                            "(%s): link them to other actions, or to none.",
                                            count),
                               count, ids);
  add (findings, MAILLAGE_SEVERITY_ERROR, message);
}

static void
check_pilots (ParticipationModule *self,
              GListStore          *findings)
{
  g_autoptr(GListModel) actions = NULL;
  guint n;

  if (maillage_module_get_project (MAILLAGE_MODULE (self)) == NULL)
    return;

  actions = maillage_module_list_actions (MAILLAGE_MODULE (self));
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      g_autofree char *pilot = g_strstrip (g_strdup (maillage_action_get_pilot (action)));
      g_autofree char *message = NULL;

      if (*pilot != '\0')
        continue;
      message = g_strdup_printf (_("The action %s “%s” has no pilot: say which service or person "
                                   "carries it."),
                                 maillage_action_get_id (action), maillage_action_get_title (action));
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }
}

/* The findings as they are on @today, for the tests. */
GListModel *
_participation_module_list_findings_at (ParticipationModule *self,
                                        const GDate         *today)
{
  GListStore *findings = g_list_store_new (MAILLAGE_TYPE_FINDING);

  check_links (self, maillage_module_get_project (MAILLAGE_MODULE (self)), findings);
  check_dispositifs (self, findings);
  check_overdue_events (self, today, findings);
  check_pilots (self, findings);

  return G_LIST_MODEL (findings);
}

GListModel *
_participation_module_list_findings (MaillageModule *module)
{
  g_autoptr(GDate) today = g_date_new ();

  g_date_set_time_t (today, time (NULL));
  return _participation_module_list_findings_at (PARTICIPATION_MODULE (module), today);
}

/* A quarter for each: a dispositif described, an event in the calendar,
 * an action in the plan, and no warning or error. */
double
_participation_module_get_completeness (MaillageModule *module)
{
  ParticipationModule *self = PARTICIPATION_MODULE (module);
  g_autoptr(GListModel) findings = _participation_module_list_findings (module);
  g_autoptr(GListModel) actions = NULL;
  double completeness = 0.0;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs)) > 0)
    completeness += 0.25;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->events)) > 0)
    completeness += 0.25;
  if (maillage_module_get_project (module) != NULL)
    {
      actions = maillage_module_list_actions (module);
      if (g_list_model_get_n_items (actions) > 0)
        completeness += 0.25;
    }
  if (g_list_model_get_n_items (findings) == 0)
    completeness += 0.25;

  return completeness;
}
