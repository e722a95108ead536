/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "gouvernance-test-utils"

#include "config.h"

#include <libintl.h>

#include "gouvernance-register.h"
#include "gouvernance-test-utils.h"
#include "maillage-test-type-module.h"

static void
register_types (void)
{
  /* Used once and never unused: the types stay for the whole run. */
  GTypeModule *module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);

  g_assert_true (g_type_module_use (module));
  gouvernance_register_types (module);
}

/* Unit tests: messages in English (the source strings), documents from
 * the French catalogue built beside the tests, isolated dirs. */
void
gouvernance_test_init (int    *argc,
                       char ***argv)
{
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  register_types ();
}

/* Widget tests: GTK and libadwaita too, without animations. Not
 * G_TEST_OPTION_ISOLATE_DIRS: it empties XDG_DATA_DIRS, where GTK finds
 * its settings schemas and icons; these tests write no file. */
void
gouvernance_test_init_gtk (int    *argc,
                           char ***argv)
{
  g_test_init (argc, argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  register_types ();
}

/* A territory of three communes. */
MaillageProject *
gouvernance_test_project (void)
{
  MaillageProject *project = maillage_project_new ();
  MaillageTerritory *territory = maillage_project_get_territory (project);
  static const struct { const char *insee; const char *name; guint population; } communes[] = {
    { TEST_INSEE_A, "Arlenans-le-Bief", 1435 },
    { TEST_INSEE_B, "Belvoiset", 980 },
    { TEST_INSEE_C, "Bréviaux-sur-Sorne", 7350 },
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

/* The bundled demo project, as read from the source tree. */
MaillageProject *
gouvernance_test_demo_project (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  g_autoptr(GError) error = NULL;
  MaillageProject *project;

  project = maillage_project_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  return project;
}

JsonObject *
gouvernance_test_parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_object_ref (json_node_get_object (node));
}

static void
module_changed_cb (MaillageModule  *module,
                   MaillageProject *project)
{
  g_autoptr(JsonObject) data = maillage_module_save (module);

  maillage_project_set_module_data (project, maillage_module_get_id (module), data);
}

/* A module attached to @project as the application attaches it, its data
 * first set to @json (NULL: what the project has); each change is saved
 * into the project. */
GouvernanceModule *
gouvernance_test_module (MaillageProject *project,
                         const char      *json)
{
  GouvernanceModule *module = gouvernance_module_new ();
  g_autoptr(GError) error = NULL;

  if (json != NULL)
    {
      g_autoptr(JsonObject) data = gouvernance_test_parse (json);

      maillage_project_set_module_data (project, "gouvernance", data);
    }

  maillage_module_attach (MAILLAGE_MODULE (module), "gouvernance", project, &error);
  g_assert_no_error (error);
  g_signal_connect_object (module, "changed", G_CALLBACK (module_changed_cb), project, 0);

  return module;
}

/* The project's canonical text, with the module saved into it. */
char *
gouvernance_test_canonical (MaillageProject   *project,
                            GouvernanceModule *module)
{
  g_autoptr(JsonObject) saved = maillage_module_save (MAILLAGE_MODULE (module));

  maillage_project_set_module_data (project, "gouvernance", saved);
  return maillage_project_to_data (project, NULL);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* The module's "changed" emissions from the first call on. */
guint
gouvernance_test_count_changes (GouvernanceModule *module)
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

/* The first widget named @name in @widget's tree, depth first. */
GtkWidget *
gouvernance_test_find_named (GtkWidget  *widget,
                             const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gouvernance_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Lets the main loop handle what is pending. */
void
gouvernance_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
