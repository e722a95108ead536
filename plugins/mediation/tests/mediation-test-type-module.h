/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MEDIATION_TYPE_TEST_TYPE_MODULE (mediation_test_type_module_get_type ())
G_DECLARE_FINAL_TYPE (MediationTestTypeModule, mediation_test_type_module, MEDIATION, TEST_TYPE_MODULE, GTypeModule)

G_END_DECLS
