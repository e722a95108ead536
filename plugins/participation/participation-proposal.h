/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The text fields of a proposal, named as its properties. */
typedef enum
{
  PARTICIPATION_PROPOSAL_TITLE,
  PARTICIPATION_PROPOSAL_BODY,
  PARTICIPATION_PROPOSAL_STATE,
  PARTICIPATION_PROPOSAL_CATEGORY,
  PARTICIPATION_PROPOSAL_SCOPE,
  PARTICIPATION_PROPOSAL_REFERENCE,
  PARTICIPATION_PROPOSAL_PUBLISHED,
  PARTICIPATION_PROPOSAL_URL,
  PARTICIPATION_PROPOSAL_ACTION,
  PARTICIPATION_PROPOSAL_N_TEXTS
} ParticipationProposalText;

#define PARTICIPATION_TYPE_PROPOSAL (participation_proposal_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationProposal, participation_proposal, PARTICIPATION, PROPOSAL, GObject)

ParticipationProposal *participation_proposal_new          (gint64                     id,
                                                            const char                *title);
gboolean               participation_proposal_same_content (ParticipationProposal     *a,
                                                            ParticipationProposal     *b);
gint64                 participation_proposal_get_id       (ParticipationProposal     *self);
gint64                 participation_proposal_get_votes    (ParticipationProposal     *self);
gint64                 participation_proposal_get_comments (ParticipationProposal     *self);
const char            *participation_proposal_get_text     (ParticipationProposal     *self,
                                                            ParticipationProposalText  text);
void                   participation_proposal_set_text     (ParticipationProposal     *self,
                                                            ParticipationProposalText  text,
                                                            const char                *value);
const char            *participation_proposal_get_title    (ParticipationProposal     *self);
const char            *participation_proposal_get_state    (ParticipationProposal     *self);
const char            *participation_proposal_get_category (ParticipationProposal     *self);
const char            *participation_proposal_get_action   (ParticipationProposal     *self);
void                   participation_proposal_register     (GTypeModule               *module);

G_END_DECLS
