/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-register.c: every type of the plugin, registered with a
 * GTypeModule — libpeas's when the plugin loads (mutualisation-plugin.c),
 * a test's own otherwise. All are dynamic: libpeas may unload the plugin
 * and load it again.
 */
#define G_LOG_DOMAIN "mutualisation-plugin"

#include "config.h"

#include "mutualisation-module.h"
#include "mutualisation-page.h"
#include "mutualisation-register.h"
#include "mutualisation-resource-dialog.h"
#include "mutualisation-resource.h"
#include "mutualisation-share-row.h"

void
mutualisation_register_types (GTypeModule *module)
{
  mutualisation_resource_register (module);
  mutualisation_share_row_register (module);
  mutualisation_module_register (module);
  mutualisation_resource_dialog_register (module);
  mutualisation_page_register (module);
}
