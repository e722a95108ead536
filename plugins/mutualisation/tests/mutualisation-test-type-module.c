/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mutualisation-test"

#include "config.h"

#include "mutualisation-test-type-module.h"

/*
 * MutualisationTestTypeModule: the smallest GTypeModule, so that the tests
 * can register the plugin's dynamic types as libpeas's PeasObjectModule
 * does, without a plugin engine. Its code is linked in: nothing to load.
 */
struct _MutualisationTestTypeModule
{
  GTypeModule parent_instance;
};

G_DEFINE_FINAL_TYPE (MutualisationTestTypeModule, mutualisation_test_type_module, G_TYPE_TYPE_MODULE)

static gboolean
mutualisation_test_type_module_load (GTypeModule *module)
{
  return TRUE;
}

static void
mutualisation_test_type_module_unload (GTypeModule *module)
{
}

static void
mutualisation_test_type_module_class_init (MutualisationTestTypeModuleClass *klass)
{
  GTypeModuleClass *module_class = G_TYPE_MODULE_CLASS (klass);

  module_class->load = mutualisation_test_type_module_load;
  module_class->unload = mutualisation_test_type_module_unload;
}

static void
mutualisation_test_type_module_init (MutualisationTestTypeModule *self)
{
}
