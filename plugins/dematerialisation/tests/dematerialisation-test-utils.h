/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-test-utils.h: what the plugin's tests share: its types
 * registered as libpeas would, the French catalogue of the build tree, the
 * demo project, and a module loaded from a project or from JSON text.
 */
#pragma once

#include <maillage.h>

#include "dematerialisation-module.h"

G_BEGIN_DECLS

/* The date the findings are judged at in the tests, and the demo's
 * last change. */
#define DEMATERIALISATION_TEST_TODAY 22, G_DATE_NOVEMBER, 2026

void                     dematerialisation_test_register_types (void);
void                     dematerialisation_test_init          (int              *argc,
                                                               char           ***argv);
MaillageProject         *dematerialisation_test_demo_project  (void);
DematerialisationModule *dematerialisation_test_load_module   (MaillageProject  *project);
JsonObject              *dematerialisation_test_parse_object  (const char       *text);
DematerialisationModule *dematerialisation_test_module_from   (const char       *text);
void                     dematerialisation_test_unload        (DematerialisationModule *module);

G_END_DECLS
