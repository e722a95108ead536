/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

GBytes *html_writer_write (MaillageDocument  *document,
                           GCancellable      *cancellable,
                           GError           **error);

G_END_DECLS
