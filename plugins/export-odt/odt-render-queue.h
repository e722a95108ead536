/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

typedef struct _OdtRenderQueue OdtRenderQueue;

OdtRenderQueue *odt_render_queue_new    (GPtrArray       *charts,
                                         GCancellable    *cancellable);
GPtrArray      *odt_render_queue_finish (OdtRenderQueue  *queue,
                                         GError         **error);

G_END_DECLS
