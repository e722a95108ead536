/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-page.c: the editor of the Participation module, in four
 * views: the participation tools and the calendar; the proposals of a
 * Decidim platform, filtered and searched, each of which may be linked to
 * an action of the plan; the results of its accountability component;
 * and the actions of the plan the module owns (MaillageActionList). This
 * file holds the page, the tools and the calendar; the proposals and
 * results, and the import, have files of their own (see
 * participation-page-private.h).
 *
 * Adding and editing go through dialogs that change the module only when
 * the user accepts (ParticipationDispositifDialog,
 * ParticipationEventDialog); removing is at once, with a toast to undo it.
 */
#define G_LOG_DOMAIN "participation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "participation-check.h"
#include "participation-dispositif-dialog.h"
#include "participation-event-dialog.h"
#include "participation-page-private.h"

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationPage, participation_page, ADW_TYPE_BIN, G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_MODULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
present_dialog (ParticipationPage *self,
                GtkWindow         *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
}

/* Removing, and undoing it */

typedef struct
{
  GWeakRef  module;
  GObject  *item;
  guint     position;
} Removed;

static void
removed_free (gpointer data,
              GClosure *closure)
{
  Removed *removed = data;

  g_weak_ref_clear (&removed->module);
  g_object_unref (removed->item);
  g_free (removed);
}

static void
undo_cb (AdwToast *toast,
         Removed  *removed)
{
  g_autoptr(ParticipationModule) module = g_weak_ref_get (&removed->module);

  /* Put back only once, and only into the module it was taken from. */
  if (module == NULL)
    return;

  if (PARTICIPATION_IS_DISPOSITIF (removed->item))
    {
      const char *name = participation_dispositif_get_name (PARTICIPATION_DISPOSITIF (removed->item));

      if (participation_module_find_dispositif (module, name) == NULL)
        participation_module_insert_dispositif (module, removed->position,
                                                PARTICIPATION_DISPOSITIF (removed->item));
    }
  else
    {
      guint position;

      if (!g_list_store_find (G_LIST_STORE (participation_module_get_events (module)), removed->item, &position))
        participation_module_add_event (module, PARTICIPATION_EVENT (removed->item));
    }
}

static void
toast_removed (ParticipationPage *self,
               const char        *title,
               GObject           *item,
               guint              position)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (title, -1);
  Removed *removed;
  AdwToast *toast;

  if (overlay == NULL)
    return;

  removed = g_new0 (Removed, 1);
  g_weak_ref_init (&removed->module, self->module);
  removed->item = g_object_ref (item);
  removed->position = position;

  /* Toast titles are markup. */
  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), removed, removed_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The tools */

static void
edit_dispositif_cb (GtkWidget         *button,
                    ParticipationPage *self)
{
  ParticipationDispositif *dispositif = g_object_get_data (G_OBJECT (button), "participation-item");

  present_dialog (self, GTK_WINDOW (participation_dispositif_dialog_new (self->module, dispositif)));
}

static void
remove_dispositif_cb (GtkWidget         *button,
                      ParticipationPage *self)
{
  ParticipationDispositif *dispositif = g_object_get_data (G_OBJECT (button), "participation-item");
  g_autoptr(ParticipationDispositif) kept = g_object_ref (dispositif);
  g_autofree char *title = NULL;
  guint position;

  position = participation_module_remove_dispositif (self->module, kept);
  title = g_strdup_printf (_("“%s” removed"), participation_dispositif_get_name (kept));
  toast_removed (self, title, G_OBJECT (kept), position);
}

static GtkWidget *
row_button (ParticipationPage *self,
            const char        *icon_name,
            const char        *tooltip,
            gpointer           item,
            GCallback          callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "participation-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static GtkWidget *
create_dispositif_row (gpointer item,
                       gpointer user_data)
{
  ParticipationPage *self = user_data;
  ParticipationDispositif *dispositif = item;
  const char *kind = participation_kind_get_label (participation_dispositif_get_kind (dispositif), FALSE);
  const char *audience = participation_dispositif_get_audience (dispositif);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit;

  /* Translators: “Consultation · Inhabitants over 16” */
  subtitle = *audience != '\0' ? g_strdup_printf (_("%s · %s"), kind, audience) : g_strdup (kind);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), participation_dispositif_get_name (dispositif));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  edit = row_button (self, "document-edit-symbolic", _("Edit"), dispositif, G_CALLBACK (edit_dispositif_cb));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, "user-trash-symbolic", _("Remove"), dispositif,
                                         G_CALLBACK (remove_dispositif_cb)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

  return row;
}

/* The calendar */

static void
edit_event_cb (GtkWidget         *button,
               ParticipationPage *self)
{
  ParticipationEvent *event = g_object_get_data (G_OBJECT (button), "participation-item");

  present_dialog (self, GTK_WINDOW (participation_event_dialog_new (self->module, event)));
}

static void
remove_event_cb (GtkWidget         *button,
                 ParticipationPage *self)
{
  ParticipationEvent *event = g_object_get_data (G_OBJECT (button), "participation-item");
  g_autoptr(ParticipationEvent) kept = g_object_ref (event);
  g_autofree char *title = NULL;

  participation_module_remove_event (self->module, kept);
  title = g_strdup_printf (_("“%s” removed"), participation_event_get_title (kept));
  toast_removed (self, title, G_OBJECT (kept), 0);
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  ParticipationPage *self = user_data;
  ParticipationEvent *event = item;
  const char *dispositif = participation_event_get_dispositif (event);
  const char *place = participation_event_get_place (event);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autoptr(GDate) today = g_date_new ();
  g_autofree char *date_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit;
  GDate date;

  if (participation_check_get_date (participation_event_get_date (event), &date))
    date_text = maillage_format_date (&date);
  else
    date_text = g_strdup (participation_event_get_date (event));
  /* Translators: “14 mars 2027 — Public meeting” */
  title = g_strdup_printf (_("%s — %s"), date_text, participation_event_get_title (event));

  if (*dispositif != '\0')
    g_ptr_array_add (parts, (gpointer) dispositif);
  if (*place != '\0')
    g_ptr_array_add (parts, (gpointer) place);
  g_ptr_array_add (parts, (gpointer) participation_event_status_get_label (participation_event_get_status (event),
                                                                           FALSE));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  g_date_set_time_t (today, time (NULL));
  if (participation_event_is_overdue (event, today))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("This event is past but still planned: say whether it was held "
                                           "or cancelled."));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  edit = row_button (self, "document-edit-symbolic", _("Edit"), event, G_CALLBACK (edit_event_cb));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, "user-trash-symbolic", _("Remove"), event,
                                         G_CALLBACK (remove_event_cb)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

  return row;
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
add_dispositif_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ParticipationPage *self = PARTICIPATION_PAGE (widget);

  present_dialog (self, GTK_WINDOW (participation_dispositif_dialog_new (self->module, NULL)));
}

static void
add_event_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ParticipationPage *self = PARTICIPATION_PAGE (widget);

  present_dialog (self, GTK_WINDOW (participation_event_dialog_new (self->module, NULL)));
}

static void
participation_page_constructed (GObject *object)
{
  ParticipationPage *self = PARTICIPATION_PAGE (object);

  G_OBJECT_CLASS (participation_page_parent_class)->constructed (object);

  g_return_if_fail (self->module != NULL);

  gtk_list_box_bind_model (self->dispositifs_list, participation_module_get_dispositifs (self->module),
                           create_dispositif_row, self, NULL);
  gtk_list_box_set_placeholder (self->dispositifs_list,
                                placeholder (_("No participation tool yet: add the ones the strategy "
                                               "relies on.")));
  gtk_list_box_bind_model (self->events_list, participation_module_get_events (self->module),
                           create_event_row, self, NULL);
  gtk_list_box_set_placeholder (self->events_list, placeholder (_("No event in the calendar yet.")));

  self->project = participation_module_get_project (self->module);
  if (self->project != NULL)
    {
      g_object_ref (self->project);
      adw_bin_set_child (self->actions_bin, maillage_action_list_new (self->project, "participation"));
    }

  _participation_page_init_proposals (self);
}

static void
participation_page_dispose (GObject *object)
{
  ParticipationPage *self = PARTICIPATION_PAGE (object);

  _participation_page_dispose_proposals (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PARTICIPATION_TYPE_PAGE);
  g_clear_object (&self->project);
  g_clear_object (&self->module);

  G_OBJECT_CLASS (participation_page_parent_class)->dispose (object);
}

static void
participation_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ParticipationPage *self = PARTICIPATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      g_value_set_object (value, self->module);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ParticipationPage *self = PARTICIPATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      self->module = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
participation_page_class_init (ParticipationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = participation_page_constructed;
  object_class->dispose = participation_page_dispose;
  object_class->get_property = participation_page_get_property;
  object_class->set_property = participation_page_set_property;

  properties[PROP_MODULE] =
    g_param_spec_object ("module", NULL, NULL, PARTICIPATION_TYPE_MODULE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/participation/"
                                               "participation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, dispositifs_list);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, proposals_stack);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, proposals_view);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, action_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, results_count_label);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, results_view);
  gtk_widget_class_bind_template_child (widget_class, ParticipationPage, actions_bin);
  gtk_widget_class_bind_template_callback (widget_class, _participation_page_filter_changed);

  gtk_widget_class_install_action (widget_class, "participation.add-dispositif", NULL, add_dispositif_activated);
  gtk_widget_class_install_action (widget_class, "participation.add-event", NULL, add_event_activated);
  _participation_page_class_init_import (widget_class);
}

static void
participation_page_class_finalize (ParticipationPageClass *klass)
{
}

static void
participation_page_init (ParticipationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
participation_page_new (ParticipationModule *module)
{
  g_return_val_if_fail (PARTICIPATION_IS_MODULE (module), NULL);

  return g_object_new (PARTICIPATION_TYPE_PAGE, "module", module, NULL);
}

void
participation_page_register (GTypeModule *module)
{
  participation_page_register_type (module);
}
