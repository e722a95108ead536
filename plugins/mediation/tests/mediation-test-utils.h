/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-test-utils.h: what the plugin's tests share: its types
 * registered as libpeas would, fixture files written in a temporary
 * folder, and a project loaded with the module.
 */
#pragma once

#include <maillage.h>

#include "mediation-module.h"

G_BEGIN_DECLS

void             mediation_test_register_types (void);
GBytes          *mediation_test_bytes          (const char       *text);
MaillageProject *mediation_test_demo_project   (void);
MediationModule *mediation_test_load_module    (MaillageProject  *project);
char            *mediation_test_csv_header     (const char       *separator);

G_END_DECLS
