/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-vocabulary.c: the values of the closed lists, their names
 * in the project file (English, stable: never rename one) and their
 * labels. A label is looked up in the user's catalogue for the interface
 * and in the French one for documents (F_), from the same msgid, so that
 * the page and the chapter always agree.
 */
#define G_LOG_DOMAIN "participation-vocabulary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>

#include "participation-vocabulary.h"

typedef struct
{
  const char *name;     /* in the project file, or Decidim's token */
  const char *context;  /* of the label's msgid */
  const char *label;
} Value;

static const Value kinds[] = {
  { "consultation", "dispositif kind", NC_("dispositif kind", "Consultation") },
  { "participatory-budget", "dispositif kind", NC_("dispositif kind", "Participatory budget") },
  { "open-data", "dispositif kind", NC_("dispositif kind", "Open data") },
  { "dataviz", "dispositif kind", NC_("dispositif kind", "Data visualisation") },
  { "workshops", "dispositif kind", NC_("dispositif kind", "Workshops") },
  { "councils", "dispositif kind", NC_("dispositif kind", "Local or citizens’ councils") },
  { "other", "dispositif kind", NC_("dispositif kind", "Other") },
};

static const Value event_statuses[] = {
  { "planned", "event status", NC_("event status", "Planned") },
  { "held", "event status", NC_("event status", "Held") },
  { "cancelled", "event status", NC_("event status", "Cancelled") },
};

/* The states a Decidim proposal is exported with, in the order a summary
 * lists them. Decidim 0.28 lets a platform define states of its own: those
 * keep their token, shown as it is, after these. */
static const Value proposal_states[] = {
  { "accepted", "proposal state", NC_("proposal state", "Accepted") },
  { "evaluating", "proposal state", NC_("proposal state", "Under evaluation") },
  { "not_answered", "proposal state", NC_("proposal state", "Not answered") },
  { "rejected", "proposal state", NC_("proposal state", "Rejected") },
  { "withdrawn", "proposal state", NC_("proposal state", "Withdrawn") },
};

static const char * const proposal_state_names[] = {
  "accepted", "evaluating", "not_answered", "rejected", "withdrawn", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == PARTICIPATION_N_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (event_statuses) == PARTICIPATION_N_EVENT_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (proposal_states) + 1 == G_N_ELEMENTS (proposal_state_names));

static const char *
label (const Value *value,
       gboolean     french)
{
  if (french)
    return FC_(value->context, value->label);
  return g_dpgettext2 (GETTEXT_PACKAGE, value->context, value->label);
}

static gboolean
lookup (const Value *values,
        guint        n_values,
        const char  *name,
        guint       *index)
{
  for (guint i = 0; name != NULL && i < n_values; i++)
    if (g_str_equal (values[i].name, name))
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

const char *
participation_kind_to_string (ParticipationKind kind)
{
  g_return_val_if_fail (kind < PARTICIPATION_N_KINDS, NULL);

  return kinds[kind].name;
}

gboolean
participation_kind_from_string (const char        *name,
                                ParticipationKind *kind)
{
  guint index;

  if (!lookup (kinds, G_N_ELEMENTS (kinds), name, &index))
    return FALSE;
  *kind = index;
  return TRUE;
}

const char *
participation_kind_get_label (ParticipationKind kind,
                              gboolean          french)
{
  g_return_val_if_fail (kind < PARTICIPATION_N_KINDS, NULL);

  return label (&kinds[kind], french);
}

const char *
participation_event_status_to_string (ParticipationEventStatus status)
{
  g_return_val_if_fail (status < PARTICIPATION_N_EVENT_STATUSES, NULL);

  return event_statuses[status].name;
}

gboolean
participation_event_status_from_string (const char               *name,
                                        ParticipationEventStatus *status)
{
  guint index;

  if (!lookup (event_statuses, G_N_ELEMENTS (event_statuses), name, &index))
    return FALSE;
  *status = index;
  return TRUE;
}

const char *
participation_event_status_get_label (ParticipationEventStatus status,
                                      gboolean                 french)
{
  g_return_val_if_fail (status < PARTICIPATION_N_EVENT_STATUSES, NULL);

  return label (&event_statuses[status], french);
}

/* The states Decidim itself defines, NULL-terminated. */
const char * const *
participation_proposal_states (void)
{
  return proposal_state_names;
}

/* The label of a known state; a state of the platform's own, its token. */
const char *
participation_proposal_state_get_label (const char *state,
                                        gboolean    french)
{
  guint index;

  g_return_val_if_fail (state != NULL, NULL);

  if (!lookup (proposal_states, G_N_ELEMENTS (proposal_states), state, &index))
    return state;
  return label (&proposal_states[index], french);
}

/* Where a state comes in a summary: the known ones in their order, the
 * others after. */
guint
participation_proposal_state_rank (const char *state)
{
  guint index;

  if (!lookup (proposal_states, G_N_ELEMENTS (proposal_states), state, &index))
    return G_N_ELEMENTS (proposal_states);
  return index;
}
