/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-territory-page-import.c: imports the communes of a CSV file into
 * the territory shown: reads and checks the whole file, says why it cannot
 * be imported, or asks before applying it all at once.
 */
#define G_LOG_DOMAIN "maillage-territory-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-commune-import.h"
#include "maillage-territory-page-private.h"

static void
show_message (MaillageTerritoryPage *self,
              const char            *heading,
              const char            *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    MaillageTerritoryPage *self)
{
  MaillageTerritory *territory = g_object_get_data (G_OBJECT (dialog), "territory");
  GPtrArray *imported = g_object_get_data (G_OBJECT (dialog), "communes");
  g_autoptr(GPtrArray) merged = NULL;

  /* The project may have been closed or replaced meanwhile. */
  if (g_strcmp0 (response, "import") != 0 || territory != self->territory)
    return;

  merged = maillage_commune_import_merge (maillage_territory_get_communes (territory),
                                          imported, NULL, NULL);
  maillage_territory_replace_communes (territory, merged);
}

static void
confirm_import (MaillageTerritoryPage *self,
                GPtrArray             *imported)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GPtrArray) merged = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint n_updated;
  guint n_added;

  merged = maillage_commune_import_merge (maillage_territory_get_communes (self->territory),
                                          imported, &n_updated, &n_added);
  if (n_updated == 0 && n_added == 0)
    {
      show_message (self, _("Nothing to Import"),
                    _("Every commune of the file is already in the territory, "
                      "with the same name and population."));
      return;
    }

  heading = g_strdup_printf (ngettext ("Import %u commune?", "Import %u communes?",
                                          imported->len),
                             imported->len);
  added_text = g_strdup_printf (ngettext ("%u new commune", "%u new communes", n_added),
                                n_added);
  updated_text = g_strdup_printf (ngettext ("%u commune updated", "%u communes updated",
                                               n_updated),
                                  n_updated);
  /* Translators: the two %s are "3 new communes" and "2 communes updated" */
  body = g_strdup_printf (_("Communes already present will be updated and new ones added "
                            "(%s, %s). The other communes of the territory stay as they are."),
                          added_text, updated_text);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "communes", g_ptr_array_ref (imported),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "territory", g_object_ref (self->territory),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MaillageTerritoryPage) self = user_data;
  GFile *file = G_FILE (object);
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  char *contents = NULL;
  gsize length = 0;

  if (g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      bytes = g_bytes_new_take (contents, length);
      imported = maillage_commune_import_parse (bytes, &error);
    }

  if (self->territory == NULL)
    return;

  if (imported == NULL)
    {
      heading = g_strdup_printf (_("Could Not Import “%s”"), basename);
      show_message (self, heading, error->message);
      return;
    }

  confirm_import (self, imported);
}

/**
 * maillage_territory_page_import_file:
 * @self: a #MaillageTerritoryPage
 * @file: a CSV file of communes
 *
 * Imports the communes of @file as the "Import CSV…" button does once a
 * file is chosen: reads it, then either shows why it cannot be imported
 * (nothing is changed) or asks for confirmation in an #AdwMessageDialog
 * whose "import" response applies the whole import at once. Tests drive
 * this dialog with adw_message_dialog_response().
 */
void
maillage_territory_page_import_file (MaillageTerritoryPage *self,
                                     GFile                 *file)
{
  g_return_if_fail (MAILLAGE_IS_TERRITORY_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->territory != NULL);

  g_file_load_contents_async (file, NULL, import_loaded_cb, g_object_ref (self));
}
