/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PARTICIPATION_TYPE_TEST_TYPE_MODULE (participation_test_type_module_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationTestTypeModule, participation_test_type_module, PARTICIPATION,
                      TEST_TYPE_MODULE, GTypeModule)

G_END_DECLS
