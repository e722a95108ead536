/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-test-utils.h: what the plugin's tests share: its types
 * registered as libpeas would, the demo project with the module bound to
 * it, files written in a temporary folder, and a GDate.
 */
#pragma once

#include <maillage.h>

#include "participation-module.h"

G_BEGIN_DECLS

void                        participation_test_register_types (void);
void                        participation_test_bind_french    (void);
GBytes                     *participation_test_bytes          (const char          *text);
GBytes                     *participation_test_fixture        (const char          *name);
MaillageProject            *participation_test_demo_project   (void);
ParticipationModule        *participation_test_load_module    (MaillageProject     *project);
ParticipationDecidimImport *participation_test_read           (const char          *text,
                                                               GError             **error);
GDate                      *participation_test_date           (guint                year,
                                                               guint                month,
                                                               guint                day);

G_END_DECLS
