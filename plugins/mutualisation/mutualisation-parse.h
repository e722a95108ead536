/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-parse.h: amounts, percentages and counts as people type
 * them in French — « 12 500,50 », « 33,5 % » — read exactly, into
 * integers. No GObject here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MUTUALISATION_PARSE_ERROR (mutualisation_parse_error_quark ())

typedef enum
{
  MUTUALISATION_PARSE_ERROR_EMPTY,
  MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER,
  MUTUALISATION_PARSE_ERROR_NEGATIVE,
  MUTUALISATION_PARSE_ERROR_TOO_PRECISE,
  MUTUALISATION_PARSE_ERROR_TOO_LARGE,
} MutualisationParseError;

GQuark   mutualisation_parse_error_quark (void);

gboolean mutualisation_parse_amount      (const char  *text,
                                          gint64      *cents,
                                          GError     **error);
gboolean mutualisation_parse_percent     (const char  *text,
                                          guint32     *basis_points,
                                          GError     **error);
gboolean mutualisation_parse_units       (const char  *text,
                                          guint64     *units,
                                          GError     **error);
char    *mutualisation_format_percent    (guint64      basis_points);
char    *mutualisation_format_amount_input (gint64     cents);

G_END_DECLS
