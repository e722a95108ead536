/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-exporter.c: the MaillageExporter of the HTML format. The page is
 * built whole in memory (html-writer.c), then written atomically: the
 * file is either the old one or the new one, never half of either.
 */
#define G_LOG_DOMAIN "export-html"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "html-exporter.h"
#include "html-writer.h"

struct _HtmlExporter
{
  GObject parent_instance;
};

static void exporter_iface_init (MaillageExporterInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (HtmlExporter, html_exporter, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_EXPORTER, exporter_iface_init))

static const char *
html_exporter_get_format_id (MaillageExporter *exporter)
{
  return "html";
}

static const char *
html_exporter_get_mime_type (MaillageExporter *exporter)
{
  return "text/html";
}

static const char *
html_exporter_get_file_extension (MaillageExporter *exporter)
{
  return "html";
}

static gboolean
html_exporter_write (MaillageExporter  *exporter,
                     MaillageDocument  *document,
                     GFile             *file,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autoptr(GBytes) page = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gsize size;
  const char *data;

  page = html_writer_write (document, cancellable, error);
  if (page == NULL)
    return FALSE;

  /* No backup: an export is made again from the project at will. */
  data = g_bytes_get_data (page, &size);
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
               _("Could not write the web page “%s”: %s"), name, local_error->message);
  return FALSE;
}

static void
exporter_iface_init (MaillageExporterInterface *iface)
{
  iface->get_format_id = html_exporter_get_format_id;
  iface->get_mime_type = html_exporter_get_mime_type;
  iface->get_file_extension = html_exporter_get_file_extension;
  iface->write = html_exporter_write;
}

static void
html_exporter_class_init (HtmlExporterClass *klass)
{
}

static void
html_exporter_class_finalize (HtmlExporterClass *klass)
{
}

static void
html_exporter_init (HtmlExporter *self)
{
}

void
html_exporter_register (GTypeModule *module)
{
  html_exporter_register_type (module);
}
