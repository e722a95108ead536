/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_FINDING (maillage_finding_get_type ())
G_DECLARE_FINAL_TYPE (MaillageFinding, maillage_finding, MAILLAGE, FINDING, GObject)

MaillageFinding  *maillage_finding_new          (MaillageSeverity  severity,
                                                 const char       *message);
MaillageSeverity  maillage_finding_get_severity (MaillageFinding  *self);
const char       *maillage_finding_get_message  (MaillageFinding  *self);

G_END_DECLS
