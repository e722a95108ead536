/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-module-findings.c: what the overview says about the
 * Dématérialisation module — procedure by procedure: no target date while
 * there is something to do, a target state not beyond today's, a high
 * priority overdue, an online procedure whose accessibility is not
 * assessed, a compliance rate that contradicts its RGAA level; and the
 * module's actions without a pilot or a budget. And how complete the
 * module is.
 */
#define G_LOG_DOMAIN "dematerialisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "dematerialisation-module-private.h"

static void
add (GListStore       *findings,
     MaillageSeverity  severity,
     char             *message)
{
  g_autoptr(MaillageFinding) finding = NULL;

  if (findings != NULL)
    {
      finding = maillage_finding_new (severity, message);
      g_list_store_append (findings, finding);
    }
  g_free (message);
}

static const char *
state_label (DematerialisationState state)
{
  return dematerialisation_list_label (DEMATERIALISATION_LIST_STATE, state);
}

/* The problems of one procedure as of @today, added to @findings if not
 * NULL; how many there are. */
static guint
check_procedure (DematerialisationProcedure *procedure,
                 const GDate                *today,
                 GListStore                 *findings)
{
  const char *name = dematerialisation_procedure_get_name (procedure);
  DematerialisationState state = dematerialisation_procedure_get_state (procedure);
  DematerialisationState target = dematerialisation_procedure_get_target_state (procedure);
  const char *target_date = dematerialisation_procedure_get_target_date (procedure);
  DematerialisationRgaa rgaa = dematerialisation_procedure_get_rgaa (procedure);
  int rate = dematerialisation_procedure_get_rgaa_rate (procedure);
  guint problems = 0;

  if (target < state)
    {
      add (findings, MAILLAGE_SEVERITY_ERROR,
           g_strdup_printf (_("The target state of the procedure “%s” (%s) is behind its state today (%s): "
                              "set a target at least as far online."),
                            name, state_label (target), state_label (state)));
      problems++;
    }
  else if (target == state && state != DEMATERIALISATION_STATE_ONLINE)
    {
      add (findings, MAILLAGE_SEVERITY_WARNING,
           g_strdup_printf (_("The target state of the procedure “%s” is its state today (%s): "
                              "set a target beyond it."),
                            name, state_label (state)));
      problems++;
    }

  if (dematerialisation_procedure_needs_work (procedure) && *target_date == '\0')
    {
      add (findings, MAILLAGE_SEVERITY_WARNING,
           g_strdup_printf (_("The procedure “%s” has no target date: say by which month it should reach “%s”."),
                            name, state_label (target)));
      problems++;
    }

  if (dematerialisation_procedure_get_priority (procedure) == DEMATERIALISATION_PRIORITY_HIGH &&
      dematerialisation_procedure_needs_work (procedure) &&
      *target_date != '\0' && dematerialisation_month_compare (target_date, today) < 0)
    {
      g_autofree char *month = dematerialisation_format_month (target_date, FALSE);

      add (findings, MAILLAGE_SEVERITY_WARNING,
           g_strdup_printf (_("The procedure “%s” has a high priority and was due in %s, but it is still at "
                              "“%s”: update its state, or set a new target date."),
                            name, month, state_label (state)));
      problems++;
    }

  if (dematerialisation_procedure_is_online (procedure) && rgaa == DEMATERIALISATION_RGAA_NOT_ASSESSED)
    {
      add (findings, MAILLAGE_SEVERITY_WARNING,
           g_strdup_printf (_("The procedure “%s” is online, but its accessibility has not been assessed: "
                              "an RGAA audit and an accessibility statement are due."),
                            name));
      problems++;
    }

  if (!dematerialisation_rgaa_rate_fits (rgaa, rate))
    {
      add (findings, MAILLAGE_SEVERITY_WARNING,
           g_strdup_printf (_("The compliance rate of the procedure “%s” (%d %%) does not match its RGAA "
                              "level (%s): fully compliant is 100 %%, partially compliant 50 %% or more, "
                              "non-compliant less than 50 %%."),
                            name, rate, dematerialisation_list_label (DEMATERIALISATION_LIST_RGAA, rgaa)));
      problems++;
    }

  return problems;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* The problems of the module's actions, added to @findings if not NULL;
 * how many actions have one. @n_actions gets how many there are. */
static guint
check_actions (DematerialisationModule *self,
               GListStore              *findings,
               guint                   *n_actions)
{
  g_autoptr(GListModel) actions = NULL;
  guint n;
  guint with_problem = 0;

  *n_actions = 0;
  if (maillage_module_get_project (MAILLAGE_MODULE (self)) == NULL)
    return 0;

  actions = maillage_module_list_actions (MAILLAGE_MODULE (self));
  n = g_list_model_get_n_items (actions);
  *n_actions = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      const char *title = maillage_action_get_title (action);
      gboolean no_pilot = is_blank (maillage_action_get_pilot (action));
      gboolean no_budget = maillage_action_get_total_investment (action) +
                           maillage_action_get_total_operating (action) == 0;

      if (is_blank (title))
        title = maillage_action_get_id (action);

      if (no_pilot && no_budget)
        add (findings, MAILLAGE_SEVERITY_WARNING,
             g_strdup_printf (_("The action “%s” has neither a pilot nor a budget."), title));
      else if (no_pilot)
        add (findings, MAILLAGE_SEVERITY_WARNING,
             g_strdup_printf (_("The action “%s” has no pilot: say who leads it."), title));
      else if (no_budget)
        add (findings, MAILLAGE_SEVERITY_WARNING,
             g_strdup_printf (_("The action “%s” has no budget: give its cost for each year."), title));

      if (no_pilot || no_budget)
        with_problem++;
    }

  return with_problem;
}

/* The findings as of @today, which tests set. */
GListModel *
_dematerialisation_module_list_findings_at (DematerialisationModule *self,
                                            const GDate             *today)
{
  GListStore *findings = g_list_store_new (MAILLAGE_TYPE_FINDING);
  GListModel *procedures = G_LIST_MODEL (self->procedures);
  guint n = g_list_model_get_n_items (procedures);
  guint n_actions;

  if (n == 0)
    add (findings, MAILLAGE_SEVERITY_WARNING,
         g_strdup (_("No procedure is listed yet: add the services and procedures to take online "
                     "in the Online Procedures page.")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DematerialisationProcedure) procedure = g_list_model_get_item (procedures, i);

      check_procedure (procedure, today, findings);
    }

  check_actions (self, findings, &n_actions);

  return G_LIST_MODEL (findings);
}

static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_time_t (today, time (NULL));
}

GListModel *
_dematerialisation_module_list_findings (MaillageModule *module)
{
  GDate today;

  get_today (&today);
  return _dematerialisation_module_list_findings_at (DEMATERIALISATION_MODULE (module), &today);
}

/* A fifth for having procedures at all, three fifths shared by the
 * procedures without a problem, a fifth shared by the actions with a
 * pilot and a budget (none without an action). */
double
_dematerialisation_module_get_completeness (MaillageModule *module)
{
  DematerialisationModule *self = DEMATERIALISATION_MODULE (module);
  GListModel *procedures = G_LIST_MODEL (self->procedures);
  guint n = g_list_model_get_n_items (procedures);
  guint n_good = 0;
  guint n_actions;
  guint actions_with_problem;
  double completeness;
  GDate today;

  if (n == 0)
    return 0.0;

  get_today (&today);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DematerialisationProcedure) procedure = g_list_model_get_item (procedures, i);

      if (check_procedure (procedure, &today, NULL) == 0)
        n_good++;
    }

  completeness = 0.2 + 0.6 * n_good / n;
  actions_with_problem = check_actions (self, NULL, &n_actions);
  if (n_actions > 0)
    completeness += 0.2 * (n_actions - actions_with_problem) / n_actions;

  return completeness;
}
