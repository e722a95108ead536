/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *maillage_departements_lookup (const char *code);

G_END_DECLS
