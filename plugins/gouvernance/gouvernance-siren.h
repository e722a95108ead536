/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-siren.h: SIREN (9 digits) and SIRET (14 digits) numbers,
 * checked by their Luhn key.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *gouvernance_siren_normalize (const char  *text);
gboolean  gouvernance_siren_check     (const char  *text,
                                       GError     **error);
char     *gouvernance_siren_format    (const char  *number);

G_END_DECLS
