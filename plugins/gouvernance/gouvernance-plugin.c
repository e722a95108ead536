/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-plugin.c: the entry point libpeas looks up in the module;
 * only type registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "gouvernance-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "gouvernance-module.h"
#include "gouvernance-register.h"

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  gouvernance_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, GOUVERNANCE_TYPE_MODULE);
}
