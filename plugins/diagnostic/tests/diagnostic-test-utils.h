/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-test-utils.h: what the Diagnostic plugin's tests share: its
 * types registered without libpeas, a small territory, modules loaded from
 * JSON text, files written for a test.
 */
#pragma once

#include <maillage.h>

#include "diagnostic-module.h"

G_BEGIN_DECLS

void              diagnostic_test_register_types (void);
void              diagnostic_test_init        (int          *argc,
                                               char       ***argv);
void              diagnostic_test_init_gtk    (int          *argc,
                                               char       ***argv);
MaillageProject  *diagnostic_test_project     (void);
DiagnosticModule *diagnostic_test_module      (MaillageProject *project,
                                               const char      *json);
JsonObject       *diagnostic_test_parse       (const char      *json);
char             *diagnostic_test_to_json     (JsonObject      *object);
GBytes           *diagnostic_test_bytes       (const char      *text);
char             *diagnostic_test_write_file  (const char      *dir,
                                               const char      *name,
                                               const char      *contents,
                                               gssize           length);
guint             diagnostic_test_count_changes (DiagnosticModule *module);

/* The communes of diagnostic_test_project (), in its order. */
#define TEST_INSEE_A "39801"
#define TEST_INSEE_B "39802"
#define TEST_INSEE_C "39803"
#define TEST_INSEE_D "2A004"

G_END_DECLS
