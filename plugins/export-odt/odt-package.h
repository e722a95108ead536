/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"

GBytes   *odt_package_build (MaillageDocument  *document,
                             GCancellable      *cancellable,
                             GError           **error);
gboolean  odt_package_write (MaillageDocument  *document,
                             GFile             *file,
                             GCancellable      *cancellable,
                             GError           **error);

G_END_DECLS
