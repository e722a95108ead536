/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

void    odt_picture_get_size     (MaillageChart  *chart,
                                  double          max_width_cm,
                                  double          max_height_cm,
                                  double         *width_cm,
                                  double         *height_cm);
GBytes *odt_picture_render_chart (MaillageChart  *chart,
                                  GError        **error);

G_END_DECLS
