/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

char *maillage_format_number  (double value,
                               guint  decimals);
char *maillage_format_integer (gint64 value);
char *maillage_format_money   (gint64 cents);
char *maillage_format_percent (double value,
                               guint  decimals);

gboolean maillage_format_is_space (gunichar    c);
char    *maillage_format_strip    (const char *text);
char    *maillage_format_excerpt  (const char *value);

G_END_DECLS
