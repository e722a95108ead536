/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-test"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "participation-plugin.h"
#include "maillage-test-type-module.h"
#include "participation-test-utils.h"

/* Registers the plugin's types once for the whole test program; the type
 * module stays in use until the end, as a resident plugin does. */
void
participation_test_register_types (void)
{
  static GTypeModule *module;

  if (module != NULL)
    return;

  module = g_object_new (MAILLAGE_TYPE_TEST_TYPE_MODULE, NULL);
  g_assert_true (g_type_module_use (module));
  participation_register_types (module);
  g_type_module_set_name (module, "participation-test");
}

/* The catalogue of the build tree, as src/main.c binds the installed one:
 * the French lookups of the documents find the .mo there. */
void
participation_test_bind_french (void)
{
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

GBytes *
participation_test_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* A file of plugins/participation/tests/data. */
GBytes *
participation_test_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "plugins", "participation", "tests", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* The bundled demo project, as read from the source tree. */
MaillageProject *
participation_test_demo_project (void)
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
ParticipationModule *
participation_test_load_module (MaillageProject *project)
{
  ParticipationModule *module = g_object_new (PARTICIPATION_TYPE_MODULE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (maillage_module_attach (MAILLAGE_MODULE (module), "participation", project, &error));
  g_assert_no_error (error);
  g_signal_connect_object (module, "changed", G_CALLBACK (module_changed_cb), project, 0);

  return module;
}

ParticipationDecidimImport *
participation_test_read (const char  *text,
                         GError     **error)
{
  g_autoptr(GBytes) bytes = participation_test_bytes (text);

  return participation_decidim_import_new_from_bytes (bytes, error);
}

GDate *
participation_test_date (guint year,
                         guint month,
                         guint day)
{
  return g_date_new_dmy (day, month, year);
}
