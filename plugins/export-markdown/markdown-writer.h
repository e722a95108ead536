/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

GBytes   *markdown_writer_write        (MaillageDocument  *document,
                                        GCancellable      *cancellable,
                                        GError           **error);
gboolean  markdown_writer_write_stream (MaillageDocument  *document,
                                        GOutputStream     *stream,
                                        GCancellable      *cancellable,
                                        GError           **error);
char     *markdown_slug                (const char        *text);

G_END_DECLS
