/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * html-plugin.c: the entry point libpeas looks up in the module; only type
 * registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "export-html"

#include "config.h"

#include <libpeas/peas.h>

#include "html-exporter.h"
#include "html-plugin.h"

/* The type is dynamic: libpeas may unload the plugin and load it again.
 * The tests register it the same way, with a type module of their own. */
void
html_register_types (GTypeModule *module)
{
  html_exporter_register (module);
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  html_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_EXPORTER, HTML_TYPE_EXPORTER);
}
