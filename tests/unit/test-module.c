/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-module.c: what MaillageModule's invokers do for every module: the
 * key points set in French typography (modules write plain text, as they
 * do for their chapters), none by default, none when a module returns
 * NULL.
 */
#define G_LOG_DOMAIN "test-module"

#include "config.h"

#include "maillage.h"

/* A module whose key points are what the test puts in @points. */
#define TEST_TYPE_MODULE (test_module_get_type ())
G_DECLARE_FINAL_TYPE (TestModule, test_module, TEST, MODULE, GObject)

struct _TestModule
{
  GObject   parent_instance;
  char    **points;   /* NULL: the vfunc returns NULL */
};

static void test_module_iface_init (MaillageModuleInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestModule, test_module, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (MAILLAGE_TYPE_MODULE, test_module_iface_init))

static char **
test_module_list_key_points (MaillageModule *module)
{
  return g_strdupv (TEST_MODULE (module)->points);
}

static void
test_module_iface_init (MaillageModuleInterface *iface)
{
  iface->list_key_points = test_module_list_key_points;
}

static void
test_module_finalize (GObject *object)
{
  g_strfreev (TEST_MODULE (object)->points);

  G_OBJECT_CLASS (test_module_parent_class)->finalize (object);
}

static void
test_module_class_init (TestModuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_module_finalize;
}

static void
test_module_init (TestModule *self)
{
}

/* A module with no list_key_points of its own. */
#define TEST_TYPE_SILENT (test_silent_get_type ())
G_DECLARE_FINAL_TYPE (TestSilent, test_silent, TEST, SILENT, GObject)

struct _TestSilent
{
  GObject parent_instance;
};

static void
test_silent_iface_init (MaillageModuleInterface *iface)
{
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestSilent, test_silent, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (MAILLAGE_TYPE_MODULE, test_silent_iface_init))

static void
test_silent_class_init (TestSilentClass *klass)
{
}

static void
test_silent_init (TestSilent *self)
{
}

static void
test_key_points_typography (void)
{
  g_autoptr(TestModule) module = g_object_new (TEST_TYPE_MODULE, NULL);
  const char *points[] = {
    "La stratégie est pilotée par 3 instances : A, B et C.",
    "Le budget est de 12500 € ; il est financé à 40 % !",
    NULL,
  };
  g_auto(GStrv) typeset = NULL;

  module->points = g_strdupv ((char **) points);
  typeset = maillage_module_list_key_points (MAILLAGE_MODULE (module));

  g_assert_cmpuint (g_strv_length (typeset), ==, 2);
  g_assert_cmpstr (typeset[0], ==, "La stratégie est pilotée par 3 instances\u00a0: A, B et C.");
  g_assert_cmpstr (typeset[1], ==, "Le budget est de 12\u202f500\u00a0€\u202f; il est financé à 40\u00a0%\u202f!");
}

static void
test_key_points_none (void)
{
  g_autoptr(TestModule) module = g_object_new (TEST_TYPE_MODULE, NULL);
  g_autoptr(TestSilent) silent = g_object_new (TEST_TYPE_SILENT, NULL);
  g_auto(GStrv) from_null = maillage_module_list_key_points (MAILLAGE_MODULE (module));
  g_auto(GStrv) by_default = maillage_module_list_key_points (MAILLAGE_MODULE (silent));

  g_assert_nonnull (from_null);
  g_assert_null (from_null[0]);
  g_assert_nonnull (by_default);
  g_assert_null (by_default[0]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/module/key-points/typography", test_key_points_typography);
  g_test_add_func ("/module/key-points/none", test_key_points_none);

  return g_test_run ();
}
