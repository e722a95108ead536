/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-french.c: under a French locale, no English reaches the screen.
 *
 * The test reads the English source strings and their French translations
 * from the very catalogue the program loads (the compiled .mo of the build
 * tree), opens the window on the demo project, then walks every widget of
 * every page, of the preferences, shortcuts and about windows, and of the
 * menus. A text shown that is an English source string with a different
 * French translation means a string was not translated at run time: the
 * test names it.
 */
#define G_LOG_DOMAIN "test-french"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "maillage-test-utils.h"
#include "maillage-window.h"

#define MO_PATH BUILD_ROOT "/po/fr/LC_MESSAGES/" GETTEXT_PACKAGE ".mo"

/* English msgid → French msgstr, from the compiled catalogue. */
static GHashTable *catalogue;

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

static void
add_entry (const char *id,
           gsize       id_len,
           const char *str)
{
  const char *eot;

  /* msgctxt comes before U+0004; plural forms are NUL-separated, and the
   * singular is the first. */
  eot = memchr (id, '\004', id_len);
  if (eot != NULL)
    id = eot + 1;
  if (*id == '\0')
    return;

  g_hash_table_insert (catalogue, g_strdup (id), g_strdup (str));
  if (strlen (id) < id_len && eot == NULL)
    g_hash_table_insert (catalogue, g_strdup (id + strlen (id) + 1),
                         g_strdup (str + strlen (str) + 1));
}

static void
load_catalogue (void)
{
  g_autofree guint8 *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  gboolean swapped;
  guint32 n, ids, strs;

  g_file_get_contents (MO_PATH, (char **) &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 28);

  swapped = read_u32 (data, 0, FALSE) != 0x950412de;
  g_assert_cmphex (read_u32 (data, 0, swapped), ==, 0x950412de);
  n = read_u32 (data, 8, swapped);
  ids = read_u32 (data, 12, swapped);
  strs = read_u32 (data, 16, swapped);
  g_assert_cmpuint (ids + 8 * (gsize) n, <=, length);
  g_assert_cmpuint (strs + 8 * (gsize) n, <=, length);

  catalogue = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len = read_u32 (data, ids + 8 * i, swapped);
      guint32 id_off = read_u32 (data, ids + 8 * i + 4, swapped);
      guint32 str_off = read_u32 (data, strs + 8 * i + 4, swapped);

      g_assert_cmpuint (id_off + (gsize) id_len, <, length);
      add_entry ((const char *) data + id_off, id_len, (const char *) data + str_off);
    }

  /* A catalogue this small means the build did not compile fr.po. */
  g_assert_cmpuint (g_hash_table_size (catalogue), >, 50);
}

typedef struct
{
  GPtrArray *english;    /* what was found untranslated, with where */
  guint      n_texts;    /* how many texts were looked at */
  GString   *all;        /* every text, to look for expected French */
} Scan;

static void
look_at (Scan       *scan,
         const char *text,
         const char *where)
{
  const char *french;

  if (text == NULL || *text == '\0')
    return;

  scan->n_texts++;
  g_string_append_printf (scan->all, "%s\n", text);

  french = g_hash_table_lookup (catalogue, text);
  if (french != NULL && g_strcmp0 (french, text) != 0)
    g_ptr_array_add (scan->english, g_strdup_printf ("“%s” (%s)", text, where));
}

static void
scan_menu (Scan       *scan,
           GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuLinkIter) links = NULL;
      g_autofree char *label = NULL;
      const char *name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        look_at (scan, label, "menu item");

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &name, &link))
        {
          scan_menu (scan, link);
          g_object_unref (link);
        }
    }
}

static void
scan_widget (Scan      *scan,
             GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);

  if (GTK_IS_LABEL (widget))
    look_at (scan, gtk_label_get_text (GTK_LABEL (widget)), type);
  if (GTK_IS_TEXT (widget))
    look_at (scan, gtk_text_get_placeholder_text (GTK_TEXT (widget)), "placeholder");
  if (GTK_IS_WINDOW (widget))
    look_at (scan, gtk_window_get_title (GTK_WINDOW (widget)), "window title");
  if (ADW_IS_PREFERENCES_ROW (widget))
    look_at (scan, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), type);
  if (ADW_IS_ACTION_ROW (widget))
    look_at (scan, adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), type);
  if (ADW_IS_STATUS_PAGE (widget))
    {
      look_at (scan, adw_status_page_get_title (ADW_STATUS_PAGE (widget)), type);
      look_at (scan, adw_status_page_get_description (ADW_STATUS_PAGE (widget)), type);
    }
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    scan_menu (scan, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));

  look_at (scan, gtk_widget_get_tooltip_text (widget), "tooltip");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scan_widget (scan, child);
}

static void
assert_french (Scan *scan)
{
  if (scan->english->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (scan->english, NULL);
      list = g_strjoinv (", ", (char **) scan->english->pdata);
      g_test_message ("English on screen: %s", list);
      g_ptr_array_remove_index (scan->english, scan->english->len - 1);
    }
  g_assert_cmpuint (scan->english->len, ==, 0);
}

static void
select_page (GtkWidget  *window,
             const char *name)
{
  gtk_widget_activate_action (window, "win.select-page", "s", name);
  maillage_test_wait_for_frame (window);
}

static GtkWidget *
open_and_find (GtkApplication *app,
               const char     *action,
               GType           type)
{
  GtkWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
  maillage_test_iterate ();
  window = maillage_test_find_window (type, NULL);
  g_assert_nonnull (window);
  maillage_test_wait_for_frame (GTK_WIDGET (window));

  return GTK_WIDGET (window);
}

static void
test_french_window (void)
{
  g_autoptr(MaillageApplication) app = maillage_test_application_new ();
  g_autoptr(GFile) demo = g_file_new_for_path (SOURCE_ROOT "/data/demo.maillage");
  /* Every page of the sidebar: the core's and each module plugin's. */
  static const char * const pages[] = {
    "overview", "territory", "module:diagnostic", "module:mediation", "module:gouvernance",
    "module:mutualisation", "module:dematerialisation", "module:participation", "actions",
    "deliberation", "preview",
  };
  /* Either apostrophe is fine French; the catalogue decides which. */
  static const char * const expected[][2] = {
    { "Vue d’ensemble", "Vue d'ensemble" },
    { "Territoire", "Territoire" },
    { "Plan d’actions", "Plan d'actions" },
  };
  MaillageWindow *window;
  GtkWidget *other;
  Scan scan = { g_ptr_array_new_with_free_func (g_free), 0, g_string_new (NULL) };
  g_autofree char *all = NULL;

  /* The welcome page first, before a project is open. */
  window = maillage_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  maillage_test_wait_for_mapped (GTK_WIDGET (window));
  scan_widget (&scan, GTK_WIDGET (window));

  g_assert_true (maillage_window_open_project (window, demo));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdelimit (g_strconcat ("french-", pages[i], NULL), ":", '-');
      g_autofree char *path = NULL;

      select_page (GTK_WIDGET (window), pages[i]);
      g_assert_cmpstr (maillage_window_get_visible_page_name (window), ==, pages[i]);
      scan_widget (&scan, GTK_WIDGET (window));
      path = maillage_test_screenshot (GTK_WIDGET (window), name);
      g_test_message ("%s", path);
    }

  other = open_and_find (GTK_APPLICATION (app), "preferences", ADW_TYPE_PREFERENCES_WINDOW);
  scan_widget (&scan, other);
  gtk_window_destroy (GTK_WINDOW (other));

  other = open_and_find (GTK_APPLICATION (app), "shortcuts", GTK_TYPE_SHORTCUTS_WINDOW);
  scan_widget (&scan, other);
  gtk_window_destroy (GTK_WINDOW (other));

  other = open_and_find (GTK_APPLICATION (app), "about", ADW_TYPE_ABOUT_WINDOW);
  scan_widget (&scan, other);
  gtk_window_destroy (GTK_WINDOW (other));

  /* Enough was looked at for the test to mean something, and the sidebar
   * does speak French (so the catalogue was not just missing). */
  g_assert_cmpuint (scan.n_texts, >, 40);
  all = g_string_free (scan.all, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (strstr (all, expected[i][0]) == NULL && strstr (all, expected[i][1]) == NULL)
        g_error ("“%s” is not on screen", expected[i][0]);
    }

  assert_french (&scan);
  g_ptr_array_unref (scan.english);

  gtk_window_destroy (GTK_WINDOW (window));
  maillage_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  /* What a French user has: nothing set but the locale. */
  g_setenv ("LANG", "fr_FR.UTF-8", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");

  maillage_test_init (&argc, &argv);

  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "fr_FR.UTF-8") != 0)
    g_error ("The fr_FR.UTF-8 locale is missing: build-aux/setup.sh generates it");

  load_catalogue ();
  g_test_add_func ("/french/window", test_french_window);

  return maillage_test_run ();
}
