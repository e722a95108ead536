/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define MAILLAGE_SIREN_ERROR (maillage_siren_error_quark ())

/**
 * MaillageSirenError:
 * @MAILLAGE_SIREN_ERROR_EMPTY: no number was given
 * @MAILLAGE_SIREN_ERROR_NOT_DIGITS: the number holds something else than digits
 * @MAILLAGE_SIREN_ERROR_LENGTH: the number has neither 9 digits (SIREN) nor 14 (SIRET)
 * @MAILLAGE_SIREN_ERROR_CHECK_DIGIT: the check digit is wrong: a digit was mistyped
 *
 * Why a text is not a SIREN or SIRET number.
 */
typedef enum
{
  MAILLAGE_SIREN_ERROR_EMPTY,
  MAILLAGE_SIREN_ERROR_NOT_DIGITS,
  MAILLAGE_SIREN_ERROR_LENGTH,
  MAILLAGE_SIREN_ERROR_CHECK_DIGIT,
} MaillageSirenError;

GQuark    maillage_siren_error_quark (void);

char     *maillage_siren_normalize   (const char  *text);
gboolean  maillage_siren_is_valid    (const char  *siren);
gboolean  maillage_siret_is_valid    (const char  *siret);
gboolean  maillage_siren_check       (const char  *text,
                                      GError     **error);
char     *maillage_siren_format      (const char  *number);

G_END_DECLS
