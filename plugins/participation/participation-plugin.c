/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-plugin.c: the entry point libpeas looks up in the module;
 * only type registration, as in GNOME Builder's plugins.
 */
#define G_LOG_DOMAIN "participation-plugin"

#include "config.h"

#include <libpeas/peas.h>

#include "participation-decidim.h"
#include "participation-dispositif-dialog.h"
#include "participation-dispositif.h"
#include "participation-event-dialog.h"
#include "participation-event.h"
#include "participation-import-preview.h"
#include "participation-issue.h"
#include "participation-module.h"
#include "participation-page.h"
#include "participation-plugin.h"
#include "participation-proposal.h"
#include "participation-result.h"

/* Every type of the plugin is dynamic: libpeas may unload the plugin and
 * load it again. The tests register them the same way, with a type module
 * of their own. */
void
participation_register_types (GTypeModule *module)
{
  participation_dispositif_register (module);
  participation_event_register (module);
  participation_proposal_register (module);
  participation_result_register (module);
  participation_issue_register (module);
  participation_decidim_import_register (module);
  participation_module_register (module);
  participation_dispositif_dialog_register (module);
  participation_event_dialog_register (module);
  participation_import_preview_register (module);
  participation_page_register (module);
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  participation_register_types (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, PARTICIPATION_TYPE_MODULE);
}
