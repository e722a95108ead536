/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "diagnostic-test-utils"

#include "config.h"

#include <adwaita.h>
#include <libintl.h>
#include <locale.h>

#include "diagnostic-register.h"
#include "diagnostic-test-utils.h"
#include "maillage-test-type-module.h"

/* The plugin's types, registered as libpeas would. */
void
diagnostic_test_register_types (void)
{
  /* Used once and never unused: the types stay for the whole run. */
  GTypeModule *module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);

  g_assert_true (g_type_module_use (module));
  diagnostic_register_types (module);
}

/* Unit tests: messages in English (the source strings), isolated dirs. */
void
diagnostic_test_init (int    *argc,
                      char ***argv)
{
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* The chapter's words come from the French catalogue built beside the
   * tests, as they do from the installed one (maillage-french.h). */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  diagnostic_test_register_types ();
}

/* Widget tests: GTK and libadwaita too, without animations. Not
 * G_TEST_OPTION_ISOLATE_DIRS: it empties XDG_DATA_DIRS, where GTK finds its
 * settings schemas and icons; these tests write no file. */
void
diagnostic_test_init_gtk (int    *argc,
                          char ***argv)
{
  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  diagnostic_test_register_types ();
}

/* A territory of four communes, one of them in Corsica. */
MaillageProject *
diagnostic_test_project (void)
{
  MaillageProject *project = maillage_project_new ();
  MaillageTerritory *territory = maillage_project_get_territory (project);
  static const struct { const char *insee; const char *name; guint population; } communes[] = {
    { TEST_INSEE_A, "Arlenans-le-Bief", 1435 },
    { TEST_INSEE_B, "Belvoiset", 980 },
    { TEST_INSEE_C, "Bréviaux-sur-Sorne", 7350 },
    { TEST_INSEE_D, "Ajaccio-sur-Test", 210 },
  };

  maillage_territory_set_name (territory, "Communauté de test");
  for (guint i = 0; i < G_N_ELEMENTS (communes); i++)
    {
      g_autoptr(MaillageCommune) commune =
        maillage_commune_new (communes[i].insee, communes[i].name, communes[i].population);

      maillage_territory_add_commune (territory, commune);
    }

  return project;
}

JsonObject *
diagnostic_test_parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_object_ref (json_node_get_object (node));
}

char *
diagnostic_test_to_json (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  return json_to_string (node, FALSE);
}

/* A module loaded in @project from @json (NULL: no data yet). */
DiagnosticModule *
diagnostic_test_module (MaillageProject *project,
                        const char      *json)
{
  DiagnosticModule *module = diagnostic_module_new ();
  g_autoptr(JsonObject) data = json != NULL ? diagnostic_test_parse (json) : NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_module_load (MAILLAGE_MODULE (module), project, data, &error));
  g_assert_no_error (error);

  return module;
}

GBytes *
diagnostic_test_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

char *
diagnostic_test_write_file (const char *dir,
                            const char *name,
                            const char *contents,
                            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* Counts the module's "changed" emissions from now on, into a counter that
 * lives as long as the module. */
guint
diagnostic_test_count_changes (DiagnosticModule *module)
{
  guint *count = g_object_get_data (G_OBJECT (module), "test-changes");

  if (count == NULL)
    {
      count = g_new0 (guint, 1);
      g_object_set_data_full (G_OBJECT (module), "test-changes", count, g_free);
      g_signal_connect (module, "changed", G_CALLBACK (count_cb), count);
    }

  return *count;
}
