/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The text fields of a result, named as its properties. */
typedef enum
{
  PARTICIPATION_RESULT_TITLE,
  PARTICIPATION_RESULT_DESCRIPTION,
  PARTICIPATION_RESULT_CATEGORY,
  PARTICIPATION_RESULT_STATUS,
  PARTICIPATION_RESULT_START,
  PARTICIPATION_RESULT_END,
  PARTICIPATION_RESULT_URL,
  PARTICIPATION_RESULT_N_TEXTS
} ParticipationResultText;

#define PARTICIPATION_TYPE_RESULT (participation_result_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationResult, participation_result, PARTICIPATION, RESULT, GObject)

ParticipationResult *participation_result_new          (gint64                   id,
                                                        const char              *title);
gboolean             participation_result_same_content (ParticipationResult     *a,
                                                        ParticipationResult     *b);
gint64               participation_result_get_id       (ParticipationResult     *self);
double               participation_result_get_progress (ParticipationResult     *self);
void                 participation_result_set_progress (ParticipationResult     *self,
                                                        double                   progress);
const char          *participation_result_get_text     (ParticipationResult     *self,
                                                        ParticipationResultText  text);
void                 participation_result_set_text     (ParticipationResult     *self,
                                                        ParticipationResultText  text,
                                                        const char              *value);
const char          *participation_result_get_title    (ParticipationResult     *self);
void                 participation_result_register     (GTypeModule             *module);

G_END_DECLS
