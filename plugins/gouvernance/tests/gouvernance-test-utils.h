/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-test-utils.h: what the Gouvernance plugin's tests share:
 * its types registered without libpeas, a small territory, modules
 * loaded from JSON text as the application loads them, and widgets found
 * by name.
 */
#pragma once

#include <adwaita.h>
#include <maillage.h>

#include "gouvernance-module.h"

G_BEGIN_DECLS

void               gouvernance_test_init          (int               *argc,
                                                   char            ***argv);
void               gouvernance_test_init_gtk      (int               *argc,
                                                   char            ***argv);
MaillageProject   *gouvernance_test_project       (void);
MaillageProject   *gouvernance_test_demo_project  (void);
GouvernanceModule *gouvernance_test_module        (MaillageProject   *project,
                                                   const char        *json);
JsonObject        *gouvernance_test_parse         (const char        *json);
char              *gouvernance_test_canonical     (MaillageProject   *project,
                                                   GouvernanceModule *module);
guint              gouvernance_test_count_changes (GouvernanceModule *module);
GtkWidget         *gouvernance_test_find_named    (GtkWidget         *widget,
                                                   const char        *name);
void               gouvernance_test_iterate       (void);

/* The communes of gouvernance_test_project (), in its order. */
#define TEST_INSEE_A "39801"
#define TEST_INSEE_B "39802"
#define TEST_INSEE_C "39803"

G_END_DECLS
