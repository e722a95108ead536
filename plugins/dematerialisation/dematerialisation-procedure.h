/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "dematerialisation-vocabulary.h"

G_BEGIN_DECLS

/* The value of an optional number not given. */
#define DEMATERIALISATION_UNKNOWN (-1)

#define DEMATERIALISATION_TYPE_PROCEDURE (dematerialisation_procedure_get_type ())
G_DECLARE_FINAL_TYPE (DematerialisationProcedure, dematerialisation_procedure,
                      DEMATERIALISATION, PROCEDURE, GObject)

DematerialisationProcedure *dematerialisation_procedure_new              (const char                 *name);
DematerialisationProcedure *dematerialisation_procedure_copy             (DematerialisationProcedure *self);
gboolean                    dematerialisation_procedure_equal            (DematerialisationProcedure *a,
                                                                          DematerialisationProcedure *b);

const char                 *dematerialisation_procedure_get_name         (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_name         (DematerialisationProcedure *self,
                                                                          const char                 *name);
guint                       dematerialisation_procedure_get_audiences    (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_audiences    (DematerialisationProcedure *self,
                                                                          guint                       audiences);
const char                 *dematerialisation_procedure_get_service      (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_service      (DematerialisationProcedure *self,
                                                                          const char                 *service);
DematerialisationState      dematerialisation_procedure_get_state        (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_state        (DematerialisationProcedure *self,
                                                                          DematerialisationState      state);
DematerialisationState      dematerialisation_procedure_get_target_state (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_target_state (DematerialisationProcedure *self,
                                                                          DematerialisationState      state);
DematerialisationPriority   dematerialisation_procedure_get_priority     (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_priority     (DematerialisationProcedure *self,
                                                                          DematerialisationPriority   priority);
const char                 *dematerialisation_procedure_get_target_date  (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_target_date  (DematerialisationProcedure *self,
                                                                          const char                 *year_month);
DematerialisationRgaa       dematerialisation_procedure_get_rgaa         (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_rgaa         (DematerialisationProcedure *self,
                                                                          DematerialisationRgaa       rgaa);
int                         dematerialisation_procedure_get_rgaa_rate    (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_rgaa_rate    (DematerialisationProcedure *self,
                                                                          int                         rate);
gint64                      dematerialisation_procedure_get_volume       (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_volume       (DematerialisationProcedure *self,
                                                                          gint64                      volume);
const char                 *dematerialisation_procedure_get_platform     (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_platform     (DematerialisationProcedure *self,
                                                                          const char                 *platform);
const char                 *dematerialisation_procedure_get_notes        (DematerialisationProcedure *self);
void                        dematerialisation_procedure_set_notes        (DematerialisationProcedure *self,
                                                                          const char                 *notes);

gboolean                    dematerialisation_procedure_is_online        (DematerialisationProcedure *self);
gboolean                    dematerialisation_procedure_needs_work       (DematerialisationProcedure *self);
gboolean                    dematerialisation_rgaa_rate_fits             (DematerialisationRgaa       rgaa,
                                                                          int                         rate);
void                        dematerialisation_procedure_register         (GTypeModule                *module);

G_END_DECLS
