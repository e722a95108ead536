/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *maillage_format_money   (gint64  cents);
char *maillage_format_integer (gint64  value);

G_END_DECLS
