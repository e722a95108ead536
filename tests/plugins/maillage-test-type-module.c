/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-test-type-module.c: MaillageTestTypeModule, the smallest
 * GTypeModule, so that a plugin's tests can register its dynamic types as
 * libpeas's PeasObjectModule does, without a plugin engine. The plugin's
 * code is linked into the test: there is nothing to load.
 */
#define G_LOG_DOMAIN "maillage-test"

#include "config.h"

#include "maillage-test-type-module.h"

struct _MaillageTestTypeModule
{
  GTypeModule parent_instance;
};

G_DEFINE_FINAL_TYPE (MaillageTestTypeModule, maillage_test_type_module, G_TYPE_TYPE_MODULE)

static gboolean
maillage_test_type_module_load (GTypeModule *module)
{
  return TRUE;
}

static void
maillage_test_type_module_unload (GTypeModule *module)
{
}

static void
maillage_test_type_module_class_init (MaillageTestTypeModuleClass *klass)
{
  GTypeModuleClass *module_class = G_TYPE_MODULE_CLASS (klass);

  module_class->load = maillage_test_type_module_load;
  module_class->unload = maillage_test_type_module_unload;
}

static void
maillage_test_type_module_init (MaillageTestTypeModule *self)
{
}
