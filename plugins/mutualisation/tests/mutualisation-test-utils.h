/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-test-utils.h: what the plugin's tests share: its types
 * registered as libpeas would, the demo project, a project loaded with the
 * module, and module data parsed from text.
 */
#pragma once

#include <maillage.h>

#include "mutualisation-module.h"

G_BEGIN_DECLS

void                 mutualisation_test_register_types (void);
void                 mutualisation_test_bind_french    (void);
MaillageProject     *mutualisation_test_demo_project   (void);
MutualisationModule *mutualisation_test_load_module    (MaillageProject *project);
JsonObject          *mutualisation_test_parse_object   (const char      *text);
MaillageProject     *mutualisation_test_small_project  (void);

G_END_DECLS
