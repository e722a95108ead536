/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-plugin.c: the entry point libpeas looks up in the
 * module; only type registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "dematerialisation-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "dematerialisation-module.h"
#include "dematerialisation-page.h"
#include "dematerialisation-plugin.h"
#include "dematerialisation-procedure-dialog.h"
#include "dematerialisation-procedure.h"

/* Every type of the plugin is dynamic: libpeas may unload the plugin and
 * load it again. The tests register them the same way, with a type module
 * of their own. */
void
dematerialisation_register_types (GTypeModule *module)
{
  dematerialisation_procedure_register (module);
  dematerialisation_module_register (module);
  dematerialisation_procedure_dialog_register (module);
  dematerialisation_page_register (module);
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  dematerialisation_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, DEMATERIALISATION_TYPE_MODULE);
}
