/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-odt-plugin.c: the plugin as the program loads it, through libpeas
 * from its build folder: its .plugin file says it is an exporter, and the
 * extension it gives writes an .odt.
 */
#define G_LOG_DOMAIN "test-odt-plugin"

#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <libpeas/peas.h>
#include <maillage.h>
#include <string.h>

static void
test_load (void)
{
  g_autoptr(PeasEngine) engine = peas_engine_new ();
  g_autoptr(GObject) extension = NULL;
  g_autoptr(MaillageDocument) document = maillage_document_new ("Essai");
  g_autofree char *dir = g_dir_make_tmp ("maillage-odt-plugin-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "essai.odt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  PeasPluginInfo *info;

  peas_engine_add_search_path (engine, EXPORT_ODT_PLUGIN_DIR, NULL);
  info = peas_engine_get_plugin_info (engine, "export-odt");
  g_assert_nonnull (info);
  g_assert_cmpstr (peas_plugin_info_get_external_data (info, "Maillage-Kind"), ==, "exporter");
  g_assert_true (peas_engine_load_plugin (engine, info));
  g_assert_true (peas_plugin_info_is_loaded (info));
  g_assert_true (peas_engine_provides_extension (engine, info, MAILLAGE_TYPE_EXPORTER));

  extension = peas_engine_create_extension (engine, info, MAILLAGE_TYPE_EXPORTER, NULL);
  g_assert_true (MAILLAGE_IS_EXPORTER (extension));
  g_assert_cmpstr (maillage_exporter_get_format_id (MAILLAGE_EXPORTER (extension)), ==, "odt");

  maillage_document_add_paragraph (document, "Bonjour");
  g_assert_true (maillage_exporter_write (MAILLAGE_EXPORTER (extension), document, file,
                                          NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_true (g_str_has_prefix (data, "PK"));

  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bindtextdomain (GETTEXT_PACKAGE, BUILD_ROOT "/po");

  g_test_add_func ("/odt/plugin/load", test_load);

  return g_test_run ();
}
