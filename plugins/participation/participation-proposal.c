/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-proposal"

#include "config.h"

#include "participation-proposal.h"
#include "participation-vocabulary.h"

/*
 * ParticipationProposal: a proposal made by the inhabitants on a Decidim
 * platform, as its open data export gives it: the id Decidim numbers it
 * with (the key that a new import of the same export updates), its title
 * and body, its state (Decidim's token: `accepted`, `evaluating`,
 * `not_answered`, `rejected`, `withdrawn`, or one a platform defined), its
 * category and scope, reference, votes, comments, day of publication and
 * address. Only one field belongs to Maillage: the id of the action of
 * the plan that takes the proposal up (empty for none), which an import
 * keeps.
 *
 * The text fields are properties named as in the project file; the
 * page's column view binds to them.
 */
struct _ParticipationProposal
{
  GObject  parent_instance;

  gint64   id;
  gint64   votes;
  gint64   comments;
  char    *texts[PARTICIPATION_PROPOSAL_N_TEXTS];
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationProposal, participation_proposal, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_ID,
  PROP_VOTES,
  PROP_COMMENTS,
  PROP_STATE_LABEL,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + PARTICIPATION_PROPOSAL_N_TEXTS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_names[] = {
  "title", "body", "state", "category", "scope", "reference", "published", "url", "action",
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_names) == PARTICIPATION_PROPOSAL_N_TEXTS);

static void
participation_proposal_finalize (GObject *object)
{
  ParticipationProposal *self = PARTICIPATION_PROPOSAL (object);

  for (guint i = 0; i < PARTICIPATION_PROPOSAL_N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (participation_proposal_parent_class)->finalize (object);
}

static void
participation_proposal_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ParticipationProposal *self = PARTICIPATION_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_VOTES:
      g_value_set_int64 (value, self->votes);
      break;
    case PROP_COMMENTS:
      g_value_set_int64 (value, self->comments);
      break;
    case PROP_STATE_LABEL:
      g_value_set_string (value,
                          participation_proposal_state_get_label (self->texts[PARTICIPATION_PROPOSAL_STATE],
                                                                  FALSE));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_proposal_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ParticipationProposal *self = PARTICIPATION_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_VOTES:
      self->votes = g_value_get_int64 (value);
      break;
    case PROP_COMMENTS:
      self->comments = g_value_get_int64 (value);
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        participation_proposal_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_proposal_class_init (ParticipationProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = participation_proposal_finalize;
  object_class->get_property = participation_proposal_get_property;
  object_class->set_property = participation_proposal_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("decidim-id", NULL, NULL, 0, G_MAXINT64, 0,
                                            flags | G_PARAM_CONSTRUCT_ONLY);
  properties[PROP_VOTES] = g_param_spec_int64 ("votes", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COMMENTS] = g_param_spec_int64 ("comments", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, "",
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < PARTICIPATION_PROPOSAL_N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
participation_proposal_class_finalize (ParticipationProposalClass *klass)
{
}

static void
participation_proposal_init (ParticipationProposal *self)
{
  for (guint i = 0; i < PARTICIPATION_PROPOSAL_N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
  g_free (self->texts[PARTICIPATION_PROPOSAL_STATE]);
  self->texts[PARTICIPATION_PROPOSAL_STATE] = g_strdup ("not_answered");
}

ParticipationProposal *
participation_proposal_new (gint64      id,
                            const char *title)
{
  g_return_val_if_fail (id >= 0, NULL);

  return g_object_new (PARTICIPATION_TYPE_PROPOSAL, "decidim-id", id, "title", title, NULL);
}

/* Whether @a and @b say the same of the proposal: every field Decidim
 * gives, not the link to an action. */
gboolean
participation_proposal_same_content (ParticipationProposal *a,
                                     ParticipationProposal *b)
{
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (a), FALSE);
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (b), FALSE);

  if (a->id != b->id || a->votes != b->votes || a->comments != b->comments)
    return FALSE;
  for (guint i = 0; i < PARTICIPATION_PROPOSAL_N_TEXTS; i++)
    if (i != PARTICIPATION_PROPOSAL_ACTION && !g_str_equal (a->texts[i], b->texts[i]))
      return FALSE;
  return TRUE;
}

gint64
participation_proposal_get_id (ParticipationProposal *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (self), 0);

  return self->id;
}

gint64
participation_proposal_get_votes (ParticipationProposal *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (self), 0);

  return self->votes;
}

gint64
participation_proposal_get_comments (ParticipationProposal *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (self), 0);

  return self->comments;
}

const char *
participation_proposal_get_text (ParticipationProposal     *self,
                                 ParticipationProposalText  text)
{
  g_return_val_if_fail (PARTICIPATION_IS_PROPOSAL (self), NULL);
  g_return_val_if_fail (text < PARTICIPATION_PROPOSAL_N_TEXTS, NULL);

  return self->texts[text];
}

void
participation_proposal_set_text (ParticipationProposal     *self,
                                 ParticipationProposalText  text,
                                 const char                *value)
{
  g_return_if_fail (PARTICIPATION_IS_PROPOSAL (self));
  g_return_if_fail (text < PARTICIPATION_PROPOSAL_N_TEXTS);

  if (value == NULL || (text == PARTICIPATION_PROPOSAL_STATE && *value == '\0'))
    value = text == PARTICIPATION_PROPOSAL_STATE ? "not_answered" : "";
  if (g_str_equal (self->texts[text], value))
    return;

  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + text]);
  if (text == PARTICIPATION_PROPOSAL_STATE)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE_LABEL]);
}

const char *
participation_proposal_get_title (ParticipationProposal *self)
{
  return participation_proposal_get_text (self, PARTICIPATION_PROPOSAL_TITLE);
}

const char *
participation_proposal_get_state (ParticipationProposal *self)
{
  return participation_proposal_get_text (self, PARTICIPATION_PROPOSAL_STATE);
}

const char *
participation_proposal_get_category (ParticipationProposal *self)
{
  return participation_proposal_get_text (self, PARTICIPATION_PROPOSAL_CATEGORY);
}

const char *
participation_proposal_get_action (ParticipationProposal *self)
{
  return participation_proposal_get_text (self, PARTICIPATION_PROPOSAL_ACTION);
}

void
participation_proposal_register (GTypeModule *module)
{
  participation_proposal_register_type (module);
}
