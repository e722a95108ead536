/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-register.c: registers every type of the plugin with the module
 * that holds it: libpeas' for the plugin, a plain GTypeModule for the
 * tests, which link the same code without libpeas.
 */
#define G_LOG_DOMAIN "diagnostic-plugin"

#include "config.h"

#include "diagnostic-import-plan.h"
#include "diagnostic-import-preview.h"
#include "diagnostic-indicator-dialog.h"
#include "diagnostic-indicator.h"
#include "diagnostic-module.h"
#include "diagnostic-page.h"
#include "diagnostic-register.h"
#include "diagnostic-swot-list.h"

void
diagnostic_register_types (GTypeModule *module)
{
  diagnostic_indicator_register_types (module);
  diagnostic_import_plan_register_types (module);
  diagnostic_module_register_types (module);
  diagnostic_swot_list_register_types (module);
  diagnostic_indicator_dialog_register_types (module);
  diagnostic_import_preview_register_types (module);
  diagnostic_page_register_types (module);
}
