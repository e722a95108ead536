/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-plugin.c: the entry point libpeas looks up in the module; only type
 * registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "odt-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "odt-exporter.h"

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  odt_exporter_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_EXPORTER, ODT_TYPE_EXPORTER);
}
