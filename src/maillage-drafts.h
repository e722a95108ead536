/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "maillage-draft.h"

G_BEGIN_DECLS

/* How long after the first unsaved change a draft is written. */
#define MAILLAGE_DRAFTS_DEFAULT_DELAY_MS 5000

#define MAILLAGE_TYPE_DRAFTS (maillage_drafts_get_type ())
G_DECLARE_FINAL_TYPE (MaillageDrafts, maillage_drafts, MAILLAGE, DRAFTS, GObject)

MaillageDrafts  *maillage_drafts_new            (const char       *folder);
const char      *maillage_drafts_get_folder     (MaillageDrafts   *self);
guint            maillage_drafts_get_delay_ms   (MaillageDrafts   *self);
void             maillage_drafts_set_delay_ms   (MaillageDrafts   *self,
                                                 guint             delay_ms);
const char      *maillage_drafts_watch          (MaillageDrafts   *self,
                                                 MaillageProject  *project);
void             maillage_drafts_unwatch        (MaillageDrafts   *self,
                                                 MaillageProject  *project);
const char      *maillage_drafts_get_id         (MaillageDrafts   *self,
                                                 MaillageProject  *project);
GPtrArray       *maillage_drafts_list_orphans   (MaillageDrafts   *self);
MaillageProject *maillage_drafts_recover        (MaillageDrafts   *self,
                                                 const char       *id,
                                                 GError          **error);
gboolean         maillage_drafts_discard        (MaillageDrafts   *self,
                                                 const char       *id,
                                                 GError          **error);

G_END_DECLS
