/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mediation-schema.h"

G_BEGIN_DECLS

#define MEDIATION_TYPE_ISSUE (mediation_issue_get_type ())
G_DECLARE_FINAL_TYPE (MediationIssue, mediation_issue, MEDIATION, ISSUE, GObject)

MediationIssue *mediation_issue_new            (guint           row,
                                                MediationField  field,
                                                const char     *value,
                                                const char     *message);
MediationIssue *mediation_issue_new_for_row    (guint           row,
                                                const char     *message);
guint           mediation_issue_get_row        (MediationIssue *self);
gboolean        mediation_issue_has_field      (MediationIssue *self);
MediationField  mediation_issue_get_field      (MediationIssue *self);
const char     *mediation_issue_get_field_name (MediationIssue *self);
const char     *mediation_issue_get_value      (MediationIssue *self);
const char     *mediation_issue_get_message    (MediationIssue *self);
char           *mediation_issue_to_string      (MediationIssue *self,
                                                gboolean        lines);
void            mediation_issue_register       (GTypeModule    *module);

G_END_DECLS
