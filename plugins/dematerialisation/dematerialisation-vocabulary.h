/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-vocabulary.h: the closed lists a procedure's fields
 * take their values from (states, priorities, RGAA compliance, audiences),
 * each value with its name in the project file and its label, for the
 * interface (the user's language) or for a document (French).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How far a procedure is taken online, in order: each is beyond the one
 * before it. */
typedef enum
{
  DEMATERIALISATION_STATE_PAPER,
  DEMATERIALISATION_STATE_FORM,
  DEMATERIALISATION_STATE_PARTIAL,
  DEMATERIALISATION_STATE_ONLINE,
} DematerialisationState;

#define DEMATERIALISATION_N_STATES 4

/* Ranked: the higher the priority, the smaller the value, so that an
 * ascending sort shows the most urgent first. */
typedef enum
{
  DEMATERIALISATION_PRIORITY_HIGH,
  DEMATERIALISATION_PRIORITY_MEDIUM,
  DEMATERIALISATION_PRIORITY_LOW,
} DematerialisationPriority;

#define DEMATERIALISATION_N_PRIORITIES 3

/* The RGAA's levels of compliance, from none known to full. */
typedef enum
{
  DEMATERIALISATION_RGAA_NOT_ASSESSED,
  DEMATERIALISATION_RGAA_NON_COMPLIANT,
  DEMATERIALISATION_RGAA_PARTIAL,
  DEMATERIALISATION_RGAA_FULL,
} DematerialisationRgaa;

#define DEMATERIALISATION_N_RGAA 4

/* Whom a procedure is for; a procedure may be for several. */
typedef enum /*< flags >*/
{
  DEMATERIALISATION_AUDIENCE_INDIVIDUALS  = 1 << 0,
  DEMATERIALISATION_AUDIENCE_BUSINESSES   = 1 << 1,
  DEMATERIALISATION_AUDIENCE_ASSOCIATIONS = 1 << 2,
  DEMATERIALISATION_AUDIENCE_STAFF        = 1 << 3,
  DEMATERIALISATION_AUDIENCE_ELECTED      = 1 << 4,
} DematerialisationAudience;

#define DEMATERIALISATION_N_AUDIENCES 5

/* A list of values, in the order the file and the interface show them. */
typedef enum
{
  DEMATERIALISATION_LIST_STATE,
  DEMATERIALISATION_LIST_PRIORITY,
  DEMATERIALISATION_LIST_RGAA,
  DEMATERIALISATION_LIST_AUDIENCE,
} DematerialisationList;

guint       dematerialisation_list_size       (DematerialisationList  list);
const char *dematerialisation_list_to_string  (DematerialisationList  list,
                                               guint                  value);
gboolean    dematerialisation_list_from_string (DematerialisationList list,
                                                const char           *string,
                                                guint                *value);
const char *dematerialisation_list_label      (DematerialisationList  list,
                                               guint                  value);
const char *dematerialisation_list_french     (DematerialisationList  list,
                                               guint                  value);

char       *dematerialisation_audiences_label (guint                  audiences,
                                               gboolean               french);
char       *dematerialisation_format_month    (const char            *year_month,
                                               gboolean               french);
int         dematerialisation_month_compare   (const char            *year_month,
                                               const GDate           *date);

G_END_DECLS
