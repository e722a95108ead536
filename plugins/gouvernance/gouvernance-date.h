/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-date.h: the dates of the module (a session, a next
 * meeting): ISO 8601 days in the file, typed the French way or the ISO
 * way in the dialogs.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  gouvernance_date_is_valid  (const char  *iso);
GDate    *gouvernance_date_to_gdate  (const char  *iso);
gboolean  gouvernance_date_parse     (const char  *text,
                                      char       **iso,
                                      GError     **error);
char     *gouvernance_date_to_input  (const char  *iso);

G_END_DECLS
