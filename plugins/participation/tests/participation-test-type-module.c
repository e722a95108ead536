/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-test"

#include "config.h"

#include "participation-test-type-module.h"

/*
 * ParticipationTestTypeModule: the smallest GTypeModule, so that the tests
 * can register the plugin's dynamic types as libpeas's PeasObjectModule
 * does, without a plugin engine. Its code is linked in: nothing to load.
 */
struct _ParticipationTestTypeModule
{
  GTypeModule parent_instance;
};

G_DEFINE_FINAL_TYPE (ParticipationTestTypeModule, participation_test_type_module, G_TYPE_TYPE_MODULE)

static gboolean
participation_test_type_module_load (GTypeModule *module)
{
  return TRUE;
}

static void
participation_test_type_module_unload (GTypeModule *module)
{
}

static void
participation_test_type_module_class_init (ParticipationTestTypeModuleClass *klass)
{
  GTypeModuleClass *module_class = G_TYPE_MODULE_CLASS (klass);

  module_class->load = participation_test_type_module_load;
  module_class->unload = participation_test_type_module_unload;
}

static void
participation_test_type_module_init (ParticipationTestTypeModule *self)
{
}
