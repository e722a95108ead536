/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dematerialisation-test"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dematerialisation-plugin.h"
#include "maillage-test-type-module.h"
#include "dematerialisation-test-utils.h"

/* Registers the plugin's types once for the whole test program; the type
 * module stays in use until the end, as a resident plugin does. */
void
dematerialisation_test_register_types (void)
{
  static GTypeModule *module;

  if (module != NULL)
    return;

  module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
  g_assert_true (g_type_module_use (module));
  dematerialisation_register_types (module);
  g_type_module_set_name (module, "dematerialisation-test");
}

/* GLib's tests, the plugin's types, and the catalogue of the build tree,
 * which F_() reads the French of documents from (see src/main.c). */
void
dematerialisation_test_init (int    *argc,
                             char ***argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dematerialisation_test_register_types ();
}

/* The bundled demo project, as read from the source tree. */
MaillageProject *
dematerialisation_test_demo_project (void)
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
DematerialisationModule *
dematerialisation_test_load_module (MaillageProject *project)
{
  DematerialisationModule *module = g_object_new (DEMATERIALISATION_TYPE_MODULE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "dematerialisation", project, &error));
  g_assert_no_error (error);
  g_signal_connect_object (module, "changed", G_CALLBACK (module_changed_cb), project, 0);

  return module;
}

/* @text, a JSON object. */
JsonObject *
dematerialisation_test_parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* A module loaded from @text (its object), in a new empty project. */
DematerialisationModule *
dematerialisation_test_module_from (const char *text)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(JsonObject) data = dematerialisation_test_parse_object (text);
  DematerialisationModule *module = g_object_new (DEMATERIALISATION_TYPE_MODULE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
  g_assert_no_error (error);

  return module;
}

/* Unloads @module and checks that nothing else holds it. */
void
dematerialisation_test_unload (DematerialisationModule *module)
{
  maillage_module_unload (MAILLAGE_MODULE (module));
  g_assert_finalize_object (module);
}
