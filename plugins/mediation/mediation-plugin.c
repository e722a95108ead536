/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-plugin.c: the entry point libpeas looks up in the module; only
 * type registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "mediation-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "mediation-coverage.h"
#include "mediation-import-dialog.h"
#include "mediation-import.h"
#include "mediation-issue.h"
#include "mediation-lieu-dialog.h"
#include "mediation-lieu.h"
#include "mediation-module.h"
#include "mediation-page.h"
#include "mediation-plugin.h"

/* Every type of the plugin is dynamic: libpeas may unload the plugin and
 * load it again. The tests register them the same way, with a type module
 * of their own. */
void
mediation_register_types (GTypeModule *module)
{
  mediation_issue_register (module);
  mediation_lieu_register (module);
  mediation_import_register (module);
  mediation_coverage_register (module);
  mediation_module_register (module);
  mediation_import_dialog_register (module);
  mediation_lieu_dialog_register (module);
  mediation_page_register (module);
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  mediation_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, MEDIATION_TYPE_MODULE);
}
