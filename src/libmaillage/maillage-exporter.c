/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-exporter"

#include "config.h"

#include "maillage-document.h"
#include "maillage-exporter.h"

/**
 * MaillageExporter:
 *
 * The interface of exporter plugins: ODT, PDF, HTML, Markdown… An exporter
 * reads a [class@Maillage.Document] and writes a file; it knows nothing of
 * the modules that built the document.
 */

G_DEFINE_INTERFACE (MaillageExporter, maillage_exporter, G_TYPE_OBJECT)

static void
maillage_exporter_default_init (MaillageExporterInterface *iface)
{
}

/**
 * maillage_exporter_get_format_id:
 * @self: a #MaillageExporter
 *
 * Returns: a short, stable name of the format, such as `odt`
 */
const char *
maillage_exporter_get_format_id (MaillageExporter *self)
{
  g_return_val_if_fail (MAILLAGE_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (MAILLAGE_EXPORTER_GET_IFACE (self)->get_format_id != NULL, NULL);

  return MAILLAGE_EXPORTER_GET_IFACE (self)->get_format_id (self);
}

/**
 * maillage_exporter_get_mime_type:
 * @self: a #MaillageExporter
 *
 * Returns: the MIME type of the files the exporter writes
 */
const char *
maillage_exporter_get_mime_type (MaillageExporter *self)
{
  g_return_val_if_fail (MAILLAGE_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (MAILLAGE_EXPORTER_GET_IFACE (self)->get_mime_type != NULL, NULL);

  return MAILLAGE_EXPORTER_GET_IFACE (self)->get_mime_type (self);
}

/**
 * maillage_exporter_get_file_extension:
 * @self: a #MaillageExporter
 *
 * Returns: the file name extension, without the dot
 */
const char *
maillage_exporter_get_file_extension (MaillageExporter *self)
{
  g_return_val_if_fail (MAILLAGE_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (MAILLAGE_EXPORTER_GET_IFACE (self)->get_file_extension != NULL, NULL);

  return MAILLAGE_EXPORTER_GET_IFACE (self)->get_file_extension (self);
}

/**
 * maillage_exporter_write:
 * @self: a #MaillageExporter
 * @document: the document to write
 * @file: where to write it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document to @file. An exporter leaves no half-written file: on
 * failure, whatever was at @file before is still there.
 *
 * Returns: %TRUE on success
 */
gboolean
maillage_exporter_write (MaillageExporter  *self,
                         MaillageDocument  *document,
                         GFile             *file,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_return_val_if_fail (MAILLAGE_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (MAILLAGE_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (MAILLAGE_EXPORTER_GET_IFACE (self)->write != NULL, FALSE);

  return MAILLAGE_EXPORTER_GET_IFACE (self)->write (self, document, file, cancellable, error);
}
