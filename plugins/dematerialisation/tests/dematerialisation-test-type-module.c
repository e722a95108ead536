/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dematerialisation-test"

#include "config.h"

#include "dematerialisation-test-type-module.h"

/*
 * DematerialisationTestTypeModule: the smallest GTypeModule, so that the
 * tests can register the plugin's dynamic types as libpeas's
 * PeasObjectModule does, without a plugin engine. Its code is linked in:
 * nothing to load.
 */
struct _DematerialisationTestTypeModule
{
  GTypeModule parent_instance;
};

G_DEFINE_FINAL_TYPE (DematerialisationTestTypeModule, dematerialisation_test_type_module, G_TYPE_TYPE_MODULE)

static gboolean
dematerialisation_test_type_module_load (GTypeModule *module)
{
  return TRUE;
}

static void
dematerialisation_test_type_module_unload (GTypeModule *module)
{
}

static void
dematerialisation_test_type_module_class_init (DematerialisationTestTypeModuleClass *klass)
{
  GTypeModuleClass *module_class = G_TYPE_MODULE_CLASS (klass);

  module_class->load = dematerialisation_test_type_module_load;
  module_class->unload = dematerialisation_test_type_module_unload;
}

static void
dematerialisation_test_type_module_init (DematerialisationTestTypeModule *self)
{
}
