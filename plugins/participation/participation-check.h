/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-check.h: the rules the module's values obey, shared by
 * its dialogs, its JSON reader and the Decidim import.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  participation_check_url          (const char *url);
gboolean  participation_check_date         (const char *date);
gboolean  participation_check_get_date     (const char *date,
                                            GDate      *out);
char     *participation_check_parse_date   (const char *text);
char     *participation_check_plain_text   (const char *text);

G_END_DECLS
