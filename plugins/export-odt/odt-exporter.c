/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-exporter.c: the OpenDocument text exporter, the native format of
 * the documents (the RGI recommends ODF). The work is done by
 * odt-package.c; this type is what libpeas hands the program.
 */
#define G_LOG_DOMAIN "odt-exporter"

#include "config.h"

#include "odt-exporter.h"
#include "odt-package.h"

struct _OdtExporter
{
  GObject parent_instance;
};

static void exporter_iface_init (MaillageExporterInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (OdtExporter, odt_exporter, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_EXPORTER,
                                                               exporter_iface_init))

static const char *
odt_exporter_get_format_id (MaillageExporter *exporter)
{
  return "odt";
}

static const char *
odt_exporter_get_mime_type (MaillageExporter *exporter)
{
  return ODT_MIME_TYPE;
}

static const char *
odt_exporter_get_file_extension (MaillageExporter *exporter)
{
  return "odt";
}

static gboolean
odt_exporter_write (MaillageExporter  *exporter,
                    MaillageDocument  *document,
                    GFile             *file,
                    GCancellable      *cancellable,
                    GError           **error)
{
  return odt_package_write (document, file, cancellable, error);
}

static void
exporter_iface_init (MaillageExporterInterface *iface)
{
  iface->get_format_id = odt_exporter_get_format_id;
  iface->get_mime_type = odt_exporter_get_mime_type;
  iface->get_file_extension = odt_exporter_get_file_extension;
  iface->write = odt_exporter_write;
}

static void
odt_exporter_class_init (OdtExporterClass *klass)
{
}

static void
odt_exporter_class_finalize (OdtExporterClass *klass)
{
}

static void
odt_exporter_init (OdtExporter *self)
{
}

/**
 * odt_exporter_register_types:
 * @module: the module that holds the plugin: libpeas', or a test's
 *
 * Registers the plugin's types with @module.
 */
void
odt_exporter_register_types (GTypeModule *module)
{
  odt_exporter_register_type (module);
}
