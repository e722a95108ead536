/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/* A picture of the package: its path in the zip and its PNG bytes. */
typedef struct
{
  char   *path;
  GBytes *data;
} OdtPicture;

void  odt_picture_free   (OdtPicture        *picture);

char *odt_content_build  (MaillageDocument  *document,
                          GPtrArray         *pictures,
                          GCancellable      *cancellable,
                          GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OdtPicture, odt_picture_free)

G_END_DECLS
