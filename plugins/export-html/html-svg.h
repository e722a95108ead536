/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

gboolean html_append_chart_svg (GString        *out,
                                MaillageChart  *chart,
                                const char     *id,
                                const char     *title,
                                const char     *description,
                                GError        **error);

G_END_DECLS
