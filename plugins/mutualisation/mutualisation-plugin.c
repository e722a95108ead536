/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-plugin.c: the entry point libpeas looks up in the module;
 * only type registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "mutualisation-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "mutualisation-module.h"
#include "mutualisation-register.h"

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  mutualisation_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, MUTUALISATION_TYPE_MODULE);
}
