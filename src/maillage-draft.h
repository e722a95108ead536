/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/* A draft is <id>.maillage, the project, and <id>.json, its sidecar. */
#define MAILLAGE_DRAFT_SUFFIX         ".maillage"
#define MAILLAGE_DRAFT_SIDECAR_SUFFIX ".json"

#define MAILLAGE_TYPE_DRAFT (maillage_draft_get_type ())
G_DECLARE_FINAL_TYPE (MaillageDraft, maillage_draft, MAILLAGE, DRAFT, GObject)

MaillageDraft *maillage_draft_new          (const char    *id,
                                            const char    *title,
                                            GFile         *original,
                                            GDateTime     *saved);
const char    *maillage_draft_get_id       (MaillageDraft *self);
const char    *maillage_draft_get_title    (MaillageDraft *self);
GFile         *maillage_draft_get_original (MaillageDraft *self);
GDateTime     *maillage_draft_get_saved    (MaillageDraft *self);
char          *maillage_draft_dup_name     (MaillageDraft *self);
MaillageDraft *maillage_draft_load         (const char    *folder,
                                            const char    *id);
char          *maillage_draft_build_path   (const char    *folder,
                                            const char    *id,
                                            const char    *suffix);
char          *maillage_draft_build_sidecar (MaillageProject *project);

G_END_DECLS
