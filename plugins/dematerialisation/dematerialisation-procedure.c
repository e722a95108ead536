/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dematerialisation-procedure"

#include "config.h"

#include <maillage.h>
#include <stdlib.h>

#include "dematerialisation-procedure.h"

/*
 * DematerialisationProcedure: one service or procedure (démarche) the
 * strategy takes online: whom it is for, which service owns it, how far
 * online it is today and is to be, how urgent, by when, how accessible
 * (RGAA), how many are made each year, on which platform, and notes.
 *
 * The module treats a procedure in its list as a value: editing one puts
 * a changed copy in its place, so that the list changes once and the
 * project sees one change. The properties are what the editor's list shows
 * and sorts by.
 */
struct _DematerialisationProcedure
{
  GObject                    parent_instance;

  char                      *name;
  guint                      audiences;     /* DematerialisationAudience */
  char                      *service;
  DematerialisationState     state;
  DematerialisationState     target_state;
  DematerialisationPriority  priority;
  char                      *target_date;   /* YYYY-MM or "" */
  DematerialisationRgaa      rgaa;
  int                        rgaa_rate;     /* 0–100, or DEMATERIALISATION_UNKNOWN */
  gint64                     volume;        /* per year, or DEMATERIALISATION_UNKNOWN */
  char                      *platform;
  char                      *notes;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DematerialisationProcedure, dematerialisation_procedure, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_NAME,
  PROP_AUDIENCES,
  PROP_SERVICE,
  PROP_STATE,
  PROP_TARGET_STATE,
  PROP_PRIORITY,
  PROP_TARGET_DATE,
  PROP_TARGET_DATE_KEY,
  PROP_RGAA,
  PROP_RGAA_RATE,
  PROP_VOLUME,
  PROP_PLATFORM,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dematerialisation_procedure_finalize (GObject *object)
{
  DematerialisationProcedure *self = DEMATERIALISATION_PROCEDURE (object);

  g_free (self->name);
  g_free (self->service);
  g_free (self->target_date);
  g_free (self->platform);
  g_free (self->notes);

  G_OBJECT_CLASS (dematerialisation_procedure_parent_class)->finalize (object);
}

static void
dematerialisation_procedure_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  DematerialisationProcedure *self = DEMATERIALISATION_PROCEDURE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_AUDIENCES:
      g_value_set_uint (value, self->audiences);
      break;
    case PROP_SERVICE:
      g_value_set_string (value, self->service);
      break;
    case PROP_STATE:
      g_value_set_uint (value, self->state);
      break;
    case PROP_TARGET_STATE:
      g_value_set_uint (value, self->target_state);
      break;
    case PROP_PRIORITY:
      g_value_set_uint (value, self->priority);
      break;
    case PROP_TARGET_DATE:
      g_value_set_string (value, self->target_date);
      break;
    case PROP_TARGET_DATE_KEY:
      /* A number, not the text: a string sorter collates by locale, and
       * so may put an undated procedure anywhere. Undated ones last. */
      g_value_set_int (value, *self->target_date != '\0'
                              ? atoi (self->target_date) * 12 + atoi (self->target_date + 5) - 1
                              : G_MAXINT);
      break;
    case PROP_RGAA:
      g_value_set_uint (value, self->rgaa);
      break;
    case PROP_RGAA_RATE:
      g_value_set_int (value, self->rgaa_rate);
      break;
    case PROP_VOLUME:
      g_value_set_int64 (value, self->volume);
      break;
    case PROP_PLATFORM:
      g_value_set_string (value, self->platform);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dematerialisation_procedure_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  DematerialisationProcedure *self = DEMATERIALISATION_PROCEDURE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      dematerialisation_procedure_set_name (self, g_value_get_string (value));
      break;
    case PROP_AUDIENCES:
      dematerialisation_procedure_set_audiences (self, g_value_get_uint (value));
      break;
    case PROP_SERVICE:
      dematerialisation_procedure_set_service (self, g_value_get_string (value));
      break;
    case PROP_STATE:
      dematerialisation_procedure_set_state (self, g_value_get_uint (value));
      break;
    case PROP_TARGET_STATE:
      dematerialisation_procedure_set_target_state (self, g_value_get_uint (value));
      break;
    case PROP_PRIORITY:
      dematerialisation_procedure_set_priority (self, g_value_get_uint (value));
      break;
    case PROP_TARGET_DATE:
      dematerialisation_procedure_set_target_date (self, g_value_get_string (value));
      break;
    case PROP_RGAA:
      dematerialisation_procedure_set_rgaa (self, g_value_get_uint (value));
      break;
    case PROP_RGAA_RATE:
      dematerialisation_procedure_set_rgaa_rate (self, g_value_get_int (value));
      break;
    case PROP_VOLUME:
      dematerialisation_procedure_set_volume (self, g_value_get_int64 (value));
      break;
    case PROP_PLATFORM:
      dematerialisation_procedure_set_platform (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      dematerialisation_procedure_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
dematerialisation_procedure_class_init (DematerialisationProcedureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dematerialisation_procedure_finalize;
  object_class->get_property = dematerialisation_procedure_get_property;
  object_class->set_property = dematerialisation_procedure_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_AUDIENCES] = g_param_spec_uint ("audiences", NULL, NULL,
                                                  0, (1u << DEMATERIALISATION_N_AUDIENCES) - 1, 0,
                                                  PARAM_FLAGS);
  properties[PROP_SERVICE] = g_param_spec_string ("service", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_STATE] = g_param_spec_uint ("state", NULL, NULL,
                                              0, DEMATERIALISATION_N_STATES - 1, 0, PARAM_FLAGS);
  properties[PROP_TARGET_STATE] = g_param_spec_uint ("target-state", NULL, NULL,
                                                     0, DEMATERIALISATION_N_STATES - 1,
                                                     DEMATERIALISATION_STATE_ONLINE, PARAM_FLAGS);
  properties[PROP_PRIORITY] = g_param_spec_uint ("priority", NULL, NULL,
                                                 0, DEMATERIALISATION_N_PRIORITIES - 1,
                                                 DEMATERIALISATION_PRIORITY_MEDIUM, PARAM_FLAGS);
  properties[PROP_TARGET_DATE] = g_param_spec_string ("target-date", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_TARGET_DATE_KEY] =
    g_param_spec_int ("target-date-key", NULL, NULL, 0, G_MAXINT, G_MAXINT,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RGAA] = g_param_spec_uint ("rgaa", NULL, NULL,
                                             0, DEMATERIALISATION_N_RGAA - 1, 0, PARAM_FLAGS);
  properties[PROP_RGAA_RATE] = g_param_spec_int ("rgaa-rate", NULL, NULL,
                                                 DEMATERIALISATION_UNKNOWN, 100, DEMATERIALISATION_UNKNOWN,
                                                 PARAM_FLAGS);
  properties[PROP_VOLUME] = g_param_spec_int64 ("volume", NULL, NULL,
                                                DEMATERIALISATION_UNKNOWN, G_MAXINT64, DEMATERIALISATION_UNKNOWN,
                                                PARAM_FLAGS);
  properties[PROP_PLATFORM] = g_param_spec_string ("platform", NULL, NULL, "", PARAM_FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dematerialisation_procedure_class_finalize (DematerialisationProcedureClass *klass)
{
}

static void
dematerialisation_procedure_init (DematerialisationProcedure *self)
{
  self->name = g_strdup ("");
  self->service = g_strdup ("");
  self->state = DEMATERIALISATION_STATE_PAPER;
  self->target_state = DEMATERIALISATION_STATE_ONLINE;
  self->priority = DEMATERIALISATION_PRIORITY_MEDIUM;
  self->target_date = g_strdup ("");
  self->rgaa = DEMATERIALISATION_RGAA_NOT_ASSESSED;
  self->rgaa_rate = DEMATERIALISATION_UNKNOWN;
  self->volume = DEMATERIALISATION_UNKNOWN;
  self->platform = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * dematerialisation_procedure_new:
 * @name: (nullable): its name
 *
 * Returns: (transfer full): a procedure on paper, to be taken fully
 *   online, of medium priority, its accessibility not assessed
 */
DematerialisationProcedure *
dematerialisation_procedure_new (const char *name)
{
  DematerialisationProcedure *self = g_object_new (DEMATERIALISATION_TYPE_PROCEDURE, NULL);

  dematerialisation_procedure_set_name (self, name);
  return self;
}

/**
 * dematerialisation_procedure_copy:
 *
 * Returns: (transfer full): a new procedure with the same values
 */
DematerialisationProcedure *
dematerialisation_procedure_copy (DematerialisationProcedure *self)
{
  DematerialisationProcedure *copy;

  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), NULL);

  copy = dematerialisation_procedure_new (self->name);
  copy->audiences = self->audiences;
  g_free (copy->service);
  copy->service = g_strdup (self->service);
  copy->state = self->state;
  copy->target_state = self->target_state;
  copy->priority = self->priority;
  g_free (copy->target_date);
  copy->target_date = g_strdup (self->target_date);
  copy->rgaa = self->rgaa;
  copy->rgaa_rate = self->rgaa_rate;
  copy->volume = self->volume;
  g_free (copy->platform);
  copy->platform = g_strdup (self->platform);
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);

  return copy;
}

/* Whether @a and @b hold the same values. */
gboolean
dematerialisation_procedure_equal (DematerialisationProcedure *a,
                                   DematerialisationProcedure *b)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (a), FALSE);
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (b), FALSE);

  return g_str_equal (a->name, b->name) &&
         a->audiences == b->audiences &&
         g_str_equal (a->service, b->service) &&
         a->state == b->state &&
         a->target_state == b->target_state &&
         a->priority == b->priority &&
         g_str_equal (a->target_date, b->target_date) &&
         a->rgaa == b->rgaa &&
         a->rgaa_rate == b->rgaa_rate &&
         a->volume == b->volume &&
         g_str_equal (a->platform, b->platform) &&
         g_str_equal (a->notes, b->notes);
}

static void
set_string (DematerialisationProcedure  *self,
            char                       **field,
            const char                  *value,
            guint                        prop_id)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (*field, value))
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
dematerialisation_procedure_get_name (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), NULL);

  return self->name;
}

void
dematerialisation_procedure_set_name (DematerialisationProcedure *self,
                                      const char                 *name)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));

  set_string (self, &self->name, name, PROP_NAME);
}

/* The DematerialisationAudience flags of whom the procedure is for. */
guint
dematerialisation_procedure_get_audiences (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), 0);

  return self->audiences;
}

void
dematerialisation_procedure_set_audiences (DematerialisationProcedure *self,
                                           guint                       audiences)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (audiences < (1u << DEMATERIALISATION_N_AUDIENCES));

  if (self->audiences == audiences)
    return;
  self->audiences = audiences;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCES]);
}

const char *
dematerialisation_procedure_get_service (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), NULL);

  return self->service;
}

void
dematerialisation_procedure_set_service (DematerialisationProcedure *self,
                                         const char                 *service)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));

  set_string (self, &self->service, service, PROP_SERVICE);
}

DematerialisationState
dematerialisation_procedure_get_state (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), 0);

  return self->state;
}

void
dematerialisation_procedure_set_state (DematerialisationProcedure *self,
                                       DematerialisationState      state)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (state < DEMATERIALISATION_N_STATES);

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

DematerialisationState
dematerialisation_procedure_get_target_state (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), 0);

  return self->target_state;
}

void
dematerialisation_procedure_set_target_state (DematerialisationProcedure *self,
                                              DematerialisationState      state)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (state < DEMATERIALISATION_N_STATES);

  if (self->target_state == state)
    return;
  self->target_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_STATE]);
}

DematerialisationPriority
dematerialisation_procedure_get_priority (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), 0);

  return self->priority;
}

void
dematerialisation_procedure_set_priority (DematerialisationProcedure *self,
                                          DematerialisationPriority   priority)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (priority < DEMATERIALISATION_N_PRIORITIES);

  if (self->priority == priority)
    return;
  self->priority = priority;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIORITY]);
}

/* The month the target state is due, `YYYY-MM`, or "". */
const char *
dematerialisation_procedure_get_target_date (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), NULL);

  return self->target_date;
}

void
dematerialisation_procedure_set_target_date (DematerialisationProcedure *self,
                                             const char                 *year_month)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (year_month == NULL || *year_month == '\0' ||
                    maillage_action_year_month_is_valid (year_month));

  if (g_strcmp0 (self->target_date, year_month != NULL ? year_month : "") == 0)
    return;
  set_string (self, &self->target_date, year_month, PROP_TARGET_DATE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_DATE_KEY]);
}

DematerialisationRgaa
dematerialisation_procedure_get_rgaa (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), 0);

  return self->rgaa;
}

void
dematerialisation_procedure_set_rgaa (DematerialisationProcedure *self,
                                      DematerialisationRgaa       rgaa)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (rgaa < DEMATERIALISATION_N_RGAA);

  if (self->rgaa == rgaa)
    return;
  self->rgaa = rgaa;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RGAA]);
}

/* The rate of RGAA criteria met, in percent, or DEMATERIALISATION_UNKNOWN. */
int
dematerialisation_procedure_get_rgaa_rate (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), DEMATERIALISATION_UNKNOWN);

  return self->rgaa_rate;
}

void
dematerialisation_procedure_set_rgaa_rate (DematerialisationProcedure *self,
                                           int                         rate)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (rate >= DEMATERIALISATION_UNKNOWN && rate <= 100);

  if (self->rgaa_rate == rate)
    return;
  self->rgaa_rate = rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RGAA_RATE]);
}

/* How many are made a year, or DEMATERIALISATION_UNKNOWN. */
gint64
dematerialisation_procedure_get_volume (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), DEMATERIALISATION_UNKNOWN);

  return self->volume;
}

void
dematerialisation_procedure_set_volume (DematerialisationProcedure *self,
                                        gint64                      volume)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));
  g_return_if_fail (volume >= DEMATERIALISATION_UNKNOWN);

  if (self->volume == volume)
    return;
  self->volume = volume;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

const char *
dematerialisation_procedure_get_platform (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), NULL);

  return self->platform;
}

void
dematerialisation_procedure_set_platform (DematerialisationProcedure *self,
                                          const char                 *platform)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));

  set_string (self, &self->platform, platform, PROP_PLATFORM);
}

const char *
dematerialisation_procedure_get_notes (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), NULL);

  return self->notes;
}

void
dematerialisation_procedure_set_notes (DematerialisationProcedure *self,
                                       const char                 *notes)
{
  g_return_if_fail (DEMATERIALISATION_IS_PROCEDURE (self));

  set_string (self, &self->notes, notes, PROP_NOTES);
}

/* Whether people can already do at least part of it online today. */
gboolean
dematerialisation_procedure_is_online (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), FALSE);

  return self->state >= DEMATERIALISATION_STATE_PARTIAL;
}

/* Whether the strategy has something to do for it: its target is beyond
 * where it stands today. */
gboolean
dematerialisation_procedure_needs_work (DematerialisationProcedure *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE (self), FALSE);

  return self->target_state > self->state;
}

/* Whether a compliance rate agrees with the level declared, as the RGAA
 * defines the levels: fully compliant is 100 %, partially compliant at
 * least 50 %, non-compliant below 50 %; a procedure not assessed has no
 * rate. An unknown rate agrees with any level. */
gboolean
dematerialisation_rgaa_rate_fits (DematerialisationRgaa rgaa,
                                  int                   rate)
{
  if (rate == DEMATERIALISATION_UNKNOWN)
    return TRUE;

  switch (rgaa)
    {
    case DEMATERIALISATION_RGAA_NOT_ASSESSED:
      return FALSE;
    case DEMATERIALISATION_RGAA_NON_COMPLIANT:
      return rate < 50;
    case DEMATERIALISATION_RGAA_PARTIAL:
      return rate >= 50 && rate < 100;
    case DEMATERIALISATION_RGAA_FULL:
      return rate == 100;
    default:
      return FALSE;
    }
}

void
dematerialisation_procedure_register (GTypeModule *module)
{
  dematerialisation_procedure_register_type (module);
}
