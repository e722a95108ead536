/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-test"

#include "config.h"

#include "mediation-test-type-module.h"

/*
 * MediationTestTypeModule: the smallest GTypeModule, so that the tests can
 * register the plugin's dynamic types as libpeas's PeasObjectModule does,
 * without a plugin engine. Its code is linked in: nothing to load.
 */
struct _MediationTestTypeModule
{
  GTypeModule parent_instance;
};

G_DEFINE_FINAL_TYPE (MediationTestTypeModule, mediation_test_type_module, G_TYPE_TYPE_MODULE)

static gboolean
mediation_test_type_module_load (GTypeModule *module)
{
  return TRUE;
}

static void
mediation_test_type_module_unload (GTypeModule *module)
{
}

static void
mediation_test_type_module_class_init (MediationTestTypeModuleClass *klass)
{
  GTypeModuleClass *module_class = G_TYPE_MODULE_CLASS (klass);

  module_class->load = mediation_test_type_module_load;
  module_class->unload = mediation_test_type_module_unload;
}

static void
mediation_test_type_module_init (MediationTestTypeModule *self)
{
}
