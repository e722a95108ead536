/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-territory-page-actions.c: the actions of the territory page on
 * its communes: add and edit (in a MaillageCommuneDialog), remove (with an
 * undo toast), and import a CSV file chosen by the user.
 */
#define G_LOG_DOMAIN "maillage-territory-page"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-commune-dialog.h"
#include "maillage-territory-page-private.h"

/* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has the
 * action. */
static void
scroll_to_position (MaillageTerritoryPage *self,
                    guint                  position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          return;
        }
    }
}

static void
select_commune (MaillageTerritoryPage *self,
                MaillageCommune       *commune)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageCommune) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (item == commune)
        {
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to_position (self, i);
          return;
        }
    }
}

static void
commune_dialog_applied_cb (MaillageTerritoryPage *self,
                           MaillageCommune       *commune)
{
  select_commune (self, commune);
}

void
_maillage_territory_page_open_commune_dialog (MaillageTerritoryPage *self,
                                              MaillageCommune       *commune)
{
  MaillageCommuneDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = maillage_commune_dialog_new (self->territory, commune);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "applied", G_CALLBACK (commune_dialog_applied_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _maillage_territory_page_open_commune_dialog (MAILLAGE_TERRITORY_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (widget);
  MaillageCommune *commune = gtk_single_selection_get_selected_item (self->selection);

  if (commune != NULL)
    _maillage_territory_page_open_commune_dialog (self, commune);
}

/* A removed commune, kept so that the toast can put it back. */
typedef struct
{
  GWeakRef         territory;
  MaillageCommune *commune;
  guint            position;
} RemovedCommune;

static void
removed_commune_free (gpointer data)
{
  RemovedCommune *removed = data;

  g_weak_ref_clear (&removed->territory);
  g_object_unref (removed->commune);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast       *toast,
                RemovedCommune *removed)
{
  g_autoptr(MaillageTerritory) territory = g_weak_ref_get (&removed->territory);
  g_autoptr(GPtrArray) communes = NULL;
  GListModel *model;
  guint n_items;

  /* Put back only where it was taken from, and never twice. */
  if (territory == NULL ||
      maillage_territory_find_commune (territory, maillage_commune_get_insee (removed->commune)) != NULL)
    return;

  model = maillage_territory_get_communes (territory);
  n_items = g_list_model_get_n_items (model);
  communes = g_ptr_array_new_full (n_items + 1, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    {
      if (i == removed->position)
        g_ptr_array_add (communes, g_object_ref (removed->commune));
      g_ptr_array_add (communes, g_list_model_get_item (model, i));
    }
  if (removed->position >= n_items)
    g_ptr_array_add (communes, g_object_ref (removed->commune));

  maillage_territory_replace_communes (territory, communes);
}

static void
show_removed_toast (MaillageTerritoryPage *self,
                    MaillageCommune       *commune,
                    guint                  position)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;
  RemovedCommune *removed;
  AdwToast *toast;

  if (overlay == NULL)
    return;

  removed = g_new0 (RemovedCommune, 1);
  g_weak_ref_init (&removed->territory, self->territory);
  removed->commune = g_object_ref (commune);
  removed->position = position;

  /* Toast titles are markup. */
  title = g_markup_printf_escaped (_("Commune “%s” removed"), maillage_commune_get_name (commune));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         removed, (GClosureNotify) (void (*) (void)) removed_commune_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (widget);
  g_autoptr(MaillageCommune) commune = NULL;
  GListModel *communes;
  guint position = 0;
  guint n_items;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    return;

  commune = g_object_ref (gtk_single_selection_get_selected_item (self->selection));
  communes = maillage_territory_get_communes (self->territory);
  n_items = g_list_model_get_n_items (communes);
  for (position = 0; position < n_items; position++)
    {
      g_autoptr(MaillageCommune) item = g_list_model_get_item (communes, position);

      if (item == commune)
        break;
    }

  maillage_territory_remove_commune (self->territory, commune);
  show_removed_toast (self, commune, position);
}

static void
file_chooser_response_cb (GtkNativeDialog       *chooser,
                          int                    response,
                          MaillageTerritoryPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->territory != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file != NULL)
        maillage_territory_page_import_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MaillageTerritoryPage *self = MAILLAGE_TERRITORY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) csv_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Communes"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (csv_filter, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv_filter, "text/csv");
  gtk_file_filter_add_suffix (csv_filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);

  /* The reference is dropped in the response handler. */
  g_signal_connect (chooser, "response", G_CALLBACK (file_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_maillage_territory_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "territory.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "territory.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "territory.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "territory.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "territory.remove", NULL);
}
