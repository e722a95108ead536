/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

MaillageChart *dematerialisation_chart_new_by_state (const guint *today,
                                                     const guint *target,
                                                     gboolean     french);

G_END_DECLS
