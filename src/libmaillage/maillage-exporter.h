/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>

#include "maillage-types.h"

G_BEGIN_DECLS

#define MAILLAGE_TYPE_EXPORTER (maillage_exporter_get_type ())
G_DECLARE_INTERFACE (MaillageExporter, maillage_exporter, MAILLAGE, EXPORTER, GObject)

/**
 * MaillageExporterInterface:
 * @get_format_id: a short, stable name for the format (`odt`, `pdf`, …),
 *   used on the command line
 * @get_mime_type: the MIME type of the files written
 * @get_file_extension: the file name extension, without the dot
 * @write: writes @document to @file; on failure, leaves no half-written file
 *
 * The interface of exporter plugins. An exporter reads a #MaillageDocument
 * and knows nothing of modules.
 */
struct _MaillageExporterInterface
{
  GTypeInterface parent_iface;

  const char *(*get_format_id)      (MaillageExporter  *self);
  const char *(*get_mime_type)      (MaillageExporter  *self);
  const char *(*get_file_extension) (MaillageExporter  *self);
  gboolean    (*write)              (MaillageExporter  *self,
                                     MaillageDocument  *document,
                                     GFile             *file,
                                     GCancellable      *cancellable,
                                     GError           **error);

  /*< private >*/
  gpointer padding[8];
};

const char *maillage_exporter_get_format_id      (MaillageExporter  *self);
const char *maillage_exporter_get_mime_type      (MaillageExporter  *self);
const char *maillage_exporter_get_file_extension (MaillageExporter  *self);
gboolean    maillage_exporter_write              (MaillageExporter  *self,
                                                  MaillageDocument  *document,
                                                  GFile             *file,
                                                  GCancellable      *cancellable,
                                                  GError           **error);

G_END_DECLS
