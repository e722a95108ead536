/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-test"

#include "config.h"

#include <string.h>

#include "mediation-plugin.h"
#include "maillage-test-type-module.h"
#include "mediation-test-utils.h"

/* Registers the plugin's types once for the whole test program; the type
 * module stays in use until the end, as a resident plugin does. */
void
mediation_test_register_types (void)
{
  static GTypeModule *module;

  if (module != NULL)
    return;

  module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
  g_assert_true (g_type_module_use (module));
  mediation_register_types (module);
  g_type_module_set_name (module, "mediation-test");
}

GBytes *
mediation_test_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* The bundled demo project, as read from the source tree. */
MaillageProject *
mediation_test_demo_project (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autoptr(GError) error = NULL;
  MaillageProject *project;

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  return project;
}

static void
module_changed_cb (MaillageModule  *module,
                   MaillageProject *project)
{
  g_autoptr(JsonObject) data = maillage_module_save (module);

  maillage_project_set_module_data (project, maillage_module_get_id (module), data);
}

/* A module bound to @project, as the application binds it: each change is
 * saved into the project, which becomes dirty. */
MediationModule *
mediation_test_load_module (MaillageProject *project)
{
  MediationModule *module = g_object_new (MEDIATION_TYPE_MODULE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "mediation", project, &error));
  g_assert_no_error (error);
  g_signal_connect_object (module, "changed", G_CALLBACK (module_changed_cb), project, 0);

  return module;
}

/* Every field of the schema, in its order, joined by @separator. */
char *
mediation_test_csv_header (const char *separator)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    g_ptr_array_add (names, (gpointer) mediation_schema_field_name (f));
  g_ptr_array_add (names, NULL);

  return g_strjoinv (separator, (char **) names->pdata);
}
