/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mutualisation-test"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mutualisation-register.h"
#include "maillage-test-type-module.h"
#include "mutualisation-test-utils.h"

/* Registers the plugin's types once for the whole test program; the type
 * module stays in use until the end, as a resident plugin does. */
void
mutualisation_test_register_types (void)
{
  static GTypeModule *module;

  if (module != NULL)
    return;

  module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
  g_assert_true (g_type_module_use (module));
  mutualisation_register_types (module);
  g_type_module_set_name (module, "mutualisation-test");
}

/* The French catalogue of the build tree, which F_() reads, as src/main.c
 * binds the installed one. */
void
mutualisation_test_bind_french (void)
{
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

/* The bundled demo project, as read from the source tree. */
MaillageProject *
mutualisation_test_demo_project (void)
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
MutualisationModule *
mutualisation_test_load_module (MaillageProject *project)
{
  MutualisationModule *module = g_object_new (MUTUALISATION_TYPE_MODULE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "mutualisation", project, &error));
  g_assert_no_error (error);
  g_signal_connect_object (module, "changed", G_CALLBACK (module_changed_cb), project, 0);

  return module;
}

/* @text, a JSON object. */
JsonObject *
mutualisation_test_parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* A territory of three communes: Aval (39901, 1 000 inhabitants), Bourg
 * (39902, 2 000) and Cime (39903, 0: not counted yet). */
MaillageProject *
mutualisation_test_small_project (void)
{
  MaillageProject *project = maillage_project_new ();
  MaillageTerritory *territory = maillage_project_get_territory (project);
  g_autoptr(MaillageCommune) aval = maillage_commune_new ("39901", "Aval", 1000);
  g_autoptr(MaillageCommune) bourg = maillage_commune_new ("39902", "Bourg", 2000);
  g_autoptr(MaillageCommune) cime = maillage_commune_new ("39903", "Cime", 0);

  maillage_territory_add_commune (territory, aval);
  maillage_territory_add_commune (territory, bourg);
  maillage_territory_add_commune (territory, cime);

  return project;
}
