/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

void html_append_contents (GString     *out,
                           GPtrArray   *blocks,
                           const guint *levels,
                           guint        index);

G_END_DECLS
