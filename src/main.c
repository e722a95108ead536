/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "maillage-main"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "maillage-application.h"

/* Run from the build tree, the catalogue compiled there is the one that
 * matches the strings; the installed one may be older or missing. */
static const char *
find_locale_dir (void)
{
  if (g_getenv ("MAILLAGE_UNINSTALLED") != NULL &&
      g_file_test (BUILD_ROOT "/po/fr/LC_MESSAGES/" GETTEXT_PACKAGE ".mo", G_FILE_TEST_EXISTS))
    return BUILD_ROOT "/po";

  return LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MaillageApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Maillage"));

  app = maillage_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
