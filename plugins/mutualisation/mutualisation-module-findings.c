/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-module-findings.c: what the overview says about the
 * Mutualisation module — no resource yet; a resource without partners or
 * without a cost; shares that cannot be computed or that do not cover the
 * cost (agreed percentages not at 100 %, agreed amounts not at the cost);
 * communes that are not in the territory; actions of the module without a
 * budget — and how complete the module is.
 *
 * Shares that miss the cost are reported, never scaled to fit: the
 * percentages were agreed between partners, only they can change them.
 */
#define G_LOG_DOMAIN "mutualisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mutualisation-module-private.h"
#include "mutualisation-parse.h"

static void
add (GListStore       *findings,
     MaillageSeverity  severity,
     const char       *message)
{
  g_autoptr(MaillageFinding) finding = maillage_finding_new (severity, message);

  g_list_store_append (findings, finding);
}

/* Agreed shares that do not make the cost, in words. */
static void
add_gap (MutualisationResource     *resource,
         const MutualisationShares *shares,
         GListStore                *findings)
{
  const char *name = mutualisation_resource_get_title (resource, FALSE);
  g_autofree char *gap = maillage_format_money (shares->gap > 0 ? shares->gap : -shares->gap);
  g_autofree char *message = NULL;

  if (mutualisation_resource_get_key (resource) == MUTUALISATION_KEY_CUSTOM_PERCENT)
    {
      g_autofree char *total = mutualisation_format_percent (shares->total_weight);

      if (shares->gap == 0)
        message = g_strdup_printf (_("The agreed percentages of “%s” total %s, not 100. Correct them with the "
                                     "partners."),
                                   name, total);
      else if (shares->gap > 0)
        message = g_strdup_printf (_("The agreed percentages of “%s” total %s, not 100: %s of its cost is not covered. "
                                     "Correct them with the partners."),
                                   name, total, gap);
      else
        message = g_strdup_printf (_("The agreed percentages of “%s” total %s, not 100: %s is asked beyond its cost. "
                                     "Correct them with the partners."),
                                   name, total, gap);
    }
  else
    {
      g_autofree char *total = maillage_format_money ((gint64) shares->total_weight);
      g_autofree char *cost = maillage_format_money (mutualisation_resource_get_cost (resource));

      if (shares->gap > 0)
        message = g_strdup_printf (_("The agreed amounts of “%s” total %s for a cost of %s: %s is not covered. "
                                     "Correct them with the partners."),
                                   name, total, cost, gap);
      else
        message = g_strdup_printf (_("The agreed amounts of “%s” total %s for a cost of %s: %s is asked beyond "
                                     "its cost. Correct them with the partners."),
                                   name, total, cost, gap);
    }
  add (findings, MAILLAGE_SEVERITY_ERROR, message);
}

static void
add_shares (MutualisationResource     *resource,
            const MutualisationShares *shares,
            GListStore                *findings)
{
  const char *name = mutualisation_resource_get_title (resource, FALSE);
  g_autofree char *message = NULL;

  switch (shares->status)
    {
    case MUTUALISATION_SPLIT_NO_PARTS:
      /* Said with “no partner”, or a resource of organisations only. */
      return;

    case MUTUALISATION_SPLIT_NO_WEIGHT:
      if (mutualisation_resource_get_key (resource) == MUTUALISATION_KEY_POPULATION)
        message = g_strdup_printf (_("The communes taking part in “%s” have no population recorded: its cost "
                                     "cannot be shared by population. Enter their population in the Territory "
                                     "page, or choose another key."),
                                   name);
      else
        message = g_strdup_printf (_("No unit of use is entered for the communes taking part in “%s”: its cost "
                                     "cannot be shared by use. Enter them, or choose another key."),
                                   name);
      add (findings, MAILLAGE_SEVERITY_ERROR, message);
      return;

    case MUTUALISATION_SPLIT_TOO_LARGE:
      message = g_strdup_printf (_("The shares of “%s” cannot be computed: its figures are too large."), name);
      add (findings, MAILLAGE_SEVERITY_ERROR, message);
      return;

    case MUTUALISATION_SPLIT_OK:
    default:
      if (!mutualisation_shares_is_exact (shares))
        add_gap (resource, shares, findings);
      return;
    }
}

/* Communes of the resource that the territory does not have: removed
 * from it since, or typed in a file by hand. */
static void
add_outside (MutualisationModule   *self,
             MutualisationResource *resource,
             GListStore            *findings)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  guint n = mutualisation_resource_get_n_members (resource);
  g_autofree char *list = NULL;
  g_autofree char *message = NULL;

  if (self->territory == NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      const MutualisationMember *member = mutualisation_resource_get_member (resource, i);

      if (maillage_territory_find_commune (self->territory, member->insee) == NULL)
        g_ptr_array_add (codes, member->insee);
    }
  if (codes->len == 0)
    return;

  g_ptr_array_add (codes, NULL);
  list = g_strjoinv (", ", (char **) codes->pdata);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "“%s” counts %u commune that is not in the territory (%s): "
                                          "add it to the territory, or take it out of the resource.",
                                          "“%s” counts %u communes that are not in the territory (%s): "
                                          "add them to the territory, or take them out of the resource.",
                                          codes->len - 1),
                             mutualisation_resource_get_title (resource, FALSE), codes->len - 1, list);
  add (findings, MAILLAGE_SEVERITY_WARNING, message);
}

static void
add_resource (MutualisationModule   *self,
              MutualisationResource *resource,
              GListStore            *findings)
{
  g_autoptr(MutualisationShares) shares = mutualisation_module_compute_shares (self, resource);
  const char *name = mutualisation_resource_get_title (resource, FALSE);

  if (*mutualisation_resource_get_name (resource) == '\0')
    add (findings, MAILLAGE_SEVERITY_WARNING, _("A shared resource has no name: give it one."));

  if (!mutualisation_resource_has_partners (resource))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” has no partner: tick the communes that take part, or name the other "
                                   "partners."),
                                 name);
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }

  if (mutualisation_resource_get_cost (resource) == 0)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” has no annual cost: enter it, so that the communes know their share."),
                                 name);
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }

  add_shares (resource, shares, findings);
  add_outside (self, resource, findings);
}

static gboolean
has_budget (MaillageAction *action)
{
  return maillage_action_get_total_investment (action) > 0 || maillage_action_get_total_operating (action) > 0;
}

static void
add_actions (MutualisationModule *self,
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
      g_autofree char *message = NULL;

      if (has_budget (action))
        continue;
      /* Translators: “The action A-013, « Titre », has no budget…” */
      message = g_strdup_printf (_("The action %s, “%s”, has no budget: enter its investment and operating "
                                   "costs in the action plan."),
                                 maillage_action_get_id (action), maillage_action_get_title (action));
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }
}

GListModel *
_mutualisation_module_list_findings (MaillageModule *module)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);
  GListStore *findings = g_list_store_new (MAILLAGE_TYPE_FINDING);
  GListModel *resources = G_LIST_MODEL (self->resources);
  guint n = g_list_model_get_n_items (resources);

  if (n == 0)
    add (findings, MAILLAGE_SEVERITY_WARNING,
         _("No shared resource is described yet: add those the communes share (hosting, archiving, "
           "a data protection officer, joint purchasing…) in the Shared Resources page."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, i);

      add_resource (self, resource, findings);
    }

  add_actions (self, findings);

  return G_LIST_MODEL (findings);
}

/* A resource is complete when it has a name, partners and a cost, and
 * its shares cover the cost exactly. The list of resources counts for a
 * fifth, the state of each for the rest. */
double
_mutualisation_module_get_completeness (MaillageModule *module)
{
  MutualisationModule *self = MUTUALISATION_MODULE (module);
  GListModel *resources = G_LIST_MODEL (self->resources);
  guint n = g_list_model_get_n_items (resources);
  guint complete = 0;

  if (n == 0)
    return 0.0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualisationResource) resource = g_list_model_get_item (resources, i);
      g_autoptr(MutualisationShares) shares = mutualisation_module_compute_shares (self, resource);

      if (*mutualisation_resource_get_name (resource) != '\0' &&
          mutualisation_resource_get_n_members (resource) > 0 &&
          mutualisation_resource_get_cost (resource) > 0 &&
          mutualisation_shares_is_exact (shares))
        complete++;
    }

  return 0.2 + 0.8 * complete / n;
}
