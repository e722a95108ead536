/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * markdown-exporter.c: the MaillageExporter of the Markdown format. The
 * text is built whole in memory (markdown-writer.c), then written
 * atomically: the file is either the old one or the new one, never half of
 * either.
 */
#define G_LOG_DOMAIN "export-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "markdown-exporter.h"
#include "markdown-writer.h"

struct _MarkdownExporter
{
  GObject parent_instance;
};

static void exporter_iface_init (MaillageExporterInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MarkdownExporter, markdown_exporter, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_EXPORTER, exporter_iface_init))

static const char *
markdown_exporter_get_format_id (MaillageExporter *exporter)
{
  return "markdown";
}

static const char *
markdown_exporter_get_mime_type (MaillageExporter *exporter)
{
  return "text/markdown";
}

static const char *
markdown_exporter_get_file_extension (MaillageExporter *exporter)
{
  return "md";
}

static gboolean
markdown_exporter_write (MaillageExporter  *exporter,
                         MaillageDocument  *document,
                         GFile             *file,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize size;
  const char *data;

  text = markdown_writer_write (document, cancellable, error);
  if (text == NULL)
    return FALSE;

  /* No backup: an export is made again from the project at will. */
  data = g_bytes_get_data (text, &size);
  if (g_file_replace_contents (file, data, size, NULL, FALSE,
                               G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                               cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               _("Could not write the Markdown file “%s”: %s"), name, local_error->message);
  return FALSE;
}

static void
exporter_iface_init (MaillageExporterInterface *iface)
{
  iface->get_format_id = markdown_exporter_get_format_id;
  iface->get_mime_type = markdown_exporter_get_mime_type;
  iface->get_file_extension = markdown_exporter_get_file_extension;
  iface->write = markdown_exporter_write;
}

static void
markdown_exporter_class_init (MarkdownExporterClass *klass)
{
}

static void
markdown_exporter_class_finalize (MarkdownExporterClass *klass)
{
}

static void
markdown_exporter_init (MarkdownExporter *self)
{
}

void
markdown_exporter_register (GTypeModule *module)
{
  markdown_exporter_register_type (module);
}
