/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define MAILLAGE_FORMAT_ERROR (maillage_format_error_quark ())

/**
 * MaillageFormatError:
 * @MAILLAGE_FORMAT_ERROR_EMPTY: there is nothing to read
 * @MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER: the text is not a number
 * @MAILLAGE_FORMAT_ERROR_PRECISION: an amount has more than two decimals
 * @MAILLAGE_FORMAT_ERROR_RANGE: the number is too large to be kept
 * @MAILLAGE_FORMAT_ERROR_NOT_A_DATE: the text is not a day
 *
 * Why a number, an amount or a date typed by the user could not be read.
 */
typedef enum
{
  MAILLAGE_FORMAT_ERROR_EMPTY,
  MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER,
  MAILLAGE_FORMAT_ERROR_PRECISION,
  MAILLAGE_FORMAT_ERROR_RANGE,
  MAILLAGE_FORMAT_ERROR_NOT_A_DATE,
} MaillageFormatError;

GQuark maillage_format_error_quark (void);

char *maillage_format_number  (double value,
                               guint  decimals);
char *maillage_format_integer (gint64 value);
char *maillage_format_money   (gint64 cents);
char *maillage_format_percent (double value,
                               guint  decimals);

char *maillage_format_date    (GDate  *date);
char *maillage_format_month   (guint   year,
                               guint   month);

gboolean maillage_format_read_iso_date (const char   *iso,
                                        GDate        *date);
gboolean maillage_format_parse_date    (const char   *text,
                                        GDate        *date,
                                        GError      **error);
char    *maillage_format_iso_date      (const GDate  *date);
char    *maillage_format_short_date    (const GDate  *date);

gboolean maillage_format_parse_number (const char  *text,
                                       double      *value,
                                       GError     **error);
gboolean maillage_format_parse_money  (const char  *text,
                                       gint64      *cents,
                                       GError     **error);

char    *maillage_format_enumeration (const char * const *items);

gboolean maillage_format_is_space (gunichar    c);
char    *maillage_format_strip    (const char *text);
char    *maillage_format_excerpt  (const char *value);

G_END_DECLS
