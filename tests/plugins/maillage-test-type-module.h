/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_TEST_TYPE_MODULE (maillage_test_type_module_get_type ())
G_DECLARE_FINAL_TYPE (MaillageTestTypeModule, maillage_test_type_module, MAILLAGE, TEST_TYPE_MODULE, GTypeModule)

G_END_DECLS
