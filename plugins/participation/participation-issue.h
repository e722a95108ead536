/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_ISSUE (participation_issue_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationIssue, participation_issue, PARTICIPATION, ISSUE, GObject)

ParticipationIssue *participation_issue_new         (guint               line,
                                                     const char         *column,
                                                     const char         *message);
guint               participation_issue_get_line    (ParticipationIssue *self);
const char         *participation_issue_get_column  (ParticipationIssue *self);
const char         *participation_issue_get_message (ParticipationIssue *self);
char               *participation_issue_to_string   (ParticipationIssue *self);
void                participation_issue_register    (GTypeModule        *module);

G_END_DECLS
