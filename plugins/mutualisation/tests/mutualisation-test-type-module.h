/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MUTUALISATION_TYPE_TEST_TYPE_MODULE (mutualisation_test_type_module_get_type ())
G_DECLARE_FINAL_TYPE (MutualisationTestTypeModule, mutualisation_test_type_module, MUTUALISATION, TEST_TYPE_MODULE,
                      GTypeModule)

G_END_DECLS
