/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-plugin.c: the entry point libpeas looks up in the module;
 * only type registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "diagnostic-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "diagnostic-module.h"
#include "diagnostic-register.h"

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  diagnostic_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, DIAGNOSTIC_TYPE_MODULE);
}
