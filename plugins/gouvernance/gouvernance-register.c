/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-register.c: registers every type of the plugin with the
 * module that holds it: libpeas' for the plugin, a plain GTypeModule for
 * the tests, which link the same code without libpeas.
 */
#define G_LOG_DOMAIN "gouvernance-plugin"

#include "config.h"

#include "gouvernance-body-dialog.h"
#include "gouvernance-coordinator-dialog.h"
#include "gouvernance-council-dialog.h"
#include "gouvernance-member-dialog.h"
#include "gouvernance-module.h"
#include "gouvernance-page.h"
#include "gouvernance-register.h"
#include "gouvernance-session-dialog.h"

void
gouvernance_register_types (GTypeModule *module)
{
  gouvernance_body_register (module);
  gouvernance_member_register (module);
  gouvernance_council_register (module);
  gouvernance_session_register (module);
  gouvernance_module_register (module);
  gouvernance_body_dialog_register (module);
  gouvernance_member_dialog_register (module);
  gouvernance_coordinator_dialog_register (module);
  gouvernance_council_dialog_register (module);
  gouvernance_session_dialog_register (module);
  gouvernance_page_register (module);
}
