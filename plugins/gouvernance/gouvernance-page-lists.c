/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-page-lists.c: the four lists of the Gouvernance page —
 * steering bodies, members and co-porteurs, conseils locaux du numérique,
 * training sessions. Each is a boxed GtkListBox bound to the module's
 * list: a row per item, with what matters in its subtitle, opening the
 * item's dialog when activated, and a button to remove it after asking.
 * Since the module replaces an item rather than change it, the rows follow
 * the lists and nothing else.
 */
#define G_LOG_DOMAIN "gouvernance-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-body-dialog.h"
#include "gouvernance-council-dialog.h"
#include "gouvernance-date.h"
#include "gouvernance-member-dialog.h"
#include "gouvernance-page-private.h"
#include "gouvernance-session-dialog.h"
#include "gouvernance-vocabulary.h"

#define ITEM_KEY "gouvernance-item"
#define LIST_KEY "gouvernance-list"

static GtkWindow *
parent_window (GouvernancePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Opens the dialog of @item of @list, or of a new item for NULL. */
static void
open_dialog (GouvernancePage *self,
             GouvernanceList  list,
             gpointer         item)
{
  GtkWindow *parent = parent_window (self);
  GtkWidget *dialog = NULL;

  switch (list)
    {
    case GOUVERNANCE_LIST_BODIES:
      dialog = gouvernance_body_dialog_new (parent, self->module, item);
      break;
    case GOUVERNANCE_LIST_MEMBERS:
      dialog = gouvernance_member_dialog_new (parent, self->module, item);
      break;
    case GOUVERNANCE_LIST_COUNCILS:
      dialog = gouvernance_council_dialog_new (parent, self->module, item);
      break;
    case GOUVERNANCE_LIST_SESSIONS:
      dialog = gouvernance_session_dialog_new (parent, self->module, item);
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (GouvernancePage *self,
                  GtkListBoxRow   *row)
{
  gpointer item = g_object_get_data (G_OBJECT (row), ITEM_KEY);

  if (item != NULL)
    open_dialog (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), LIST_KEY)), item);
}

typedef struct
{
  GouvernancePage *page;
  GouvernanceList  list;
  GObject         *item;
} Removal;

static void
removal_free (gpointer  data,
              GClosure *closure)
{
  Removal *removal = data;

  g_object_unref (removal->page);
  g_object_unref (removal->item);
  g_free (removal);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Removal          *removal)
{
  if (g_strcmp0 (response, "remove") == 0)
    gouvernance_module_remove_item (removal->page->module, removal->list, removal->item);
}

/* There is no undo: a body with its members is a lot to lose to a slip. */
static void
remove_clicked_cb (GtkWidget       *button,
                   GouvernancePage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
  Removal *removal = g_new0 (Removal, 1);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  removal->page = g_object_ref (self);
  removal->list = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), LIST_KEY));
  removal->item = g_object_ref (g_object_get_data (G_OBJECT (row), ITEM_KEY));

  /* Translators: %s is the name of what is removed, or a session's topic */
  heading = g_strdup_printf (_("Remove “%s”?"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading,
                                                       _("It will no longer be part of the governance.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), removal,
                         removal_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
new_row (GouvernancePage *self,
         GouvernanceList  list,
         gpointer         item,
         const char      *title,
         const char      *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* Names are the user's: “Ateliers & Co” is not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), LIST_KEY, GUINT_TO_POINTER (list));

  gtk_widget_set_name (remove, "remove");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

/* “a · b · c”, the empty parts left out. */
static char *
join_parts (const char * const *parts,
            guint               n)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_body_row (gpointer item,
                 gpointer user_data)
{
  GouvernanceBody *body = item;
  guint n = gouvernance_body_get_n_participants (body);
  g_autofree char *members = NULL;
  g_autofree char *subtitle = NULL;
  const char *parts[3];

  if (n == 0)
    members = g_strdup (_("nobody sits in it yet"));
  else
    members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", n), n);
  parts[0] = gouvernance_vocabulary_label (GOUVERNANCE_VOCABULARY_BODY_KIND, gouvernance_body_get_kind (body));
  parts[1] = gouvernance_body_get_frequency (body);
  parts[2] = members;
  subtitle = join_parts (parts, G_N_ELEMENTS (parts));

  return new_row (user_data, GOUVERNANCE_LIST_BODIES, body, gouvernance_body_get_name (body), subtitle);
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  GouvernanceMember *member = item;
  const char *siren = gouvernance_member_get_siren (member);
  g_autofree char *number = NULL;
  g_autofree char *roles = gouvernance_roles_to_label (gouvernance_member_get_roles (member), FALSE);
  g_autofree char *subtitle = NULL;
  const char *parts[3];
  GtkWidget *row;

  if (*siren != '\0')
    {
      g_autofree char *formatted = maillage_siren_format (siren);

      /* “SIREN 123 456 789” or “SIRET 123 456 789 00012” */
      number = g_strdup_printf ("%s %s", g_utf8_strlen (siren, -1) == 14 ? "SIRET" : "SIREN", formatted);
    }
  parts[0] = gouvernance_vocabulary_label (GOUVERNANCE_VOCABULARY_MEMBER_KIND, gouvernance_member_get_kind (member));
  parts[1] = number;
  parts[2] = roles;
  subtitle = join_parts (parts, G_N_ELEMENTS (parts));

  row = new_row (user_data, GOUVERNANCE_LIST_MEMBERS, member, gouvernance_member_get_name (member), subtitle);
  if (!gouvernance_member_siren_is_valid (member))
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (warning, "warning");
      gtk_widget_set_tooltip_text (warning, _("This SIREN or SIRET number is wrong."));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), warning);
    }

  return row;
}

static GtkWidget *
create_council_row (gpointer item,
                    gpointer user_data)
{
  GouvernanceCouncil *council = item;
  guint n = g_strv_length ((char **) gouvernance_council_get_communes (council));
  g_autofree char *communes = NULL;
  g_autofree char *subtitle = NULL;
  const char *parts[3];

  if (n > 0)
    communes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u commune", "%u communes", n), n);
  parts[0] = gouvernance_vocabulary_label (GOUVERNANCE_VOCABULARY_COUNCIL_STATUS,
                                           gouvernance_council_get_status (council));
  parts[1] = communes;
  parts[2] = gouvernance_council_get_area (council);
  subtitle = join_parts (parts, G_N_ELEMENTS (parts));

  return new_row (user_data, GOUVERNANCE_LIST_COUNCILS, council, gouvernance_council_get_name (council), subtitle);
}

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  GouvernanceSession *session = item;
  g_autoptr(GDate) date = gouvernance_date_to_gdate (gouvernance_session_get_date (session));
  g_autofree char *when = date != NULL ? maillage_format_date (date) : g_strdup (_("date to be set"));
  g_autofree char *subtitle = NULL;
  const char *parts[2];

  parts[0] = gouvernance_vocabulary_label (GOUVERNANCE_VOCABULARY_AUDIENCE, gouvernance_session_get_audience (session));
  parts[1] = when;
  subtitle = join_parts (parts, G_N_ELEMENTS (parts));

  return new_row (user_data, GOUVERNANCE_LIST_SESSIONS, session, gouvernance_session_get_topic (session), subtitle);
}

void
_gouvernance_page_bind_lists (GouvernancePage *self)
{
  gtk_list_box_bind_model (self->bodies_list, gouvernance_module_get_list (self->module, GOUVERNANCE_LIST_BODIES),
                           create_body_row, self, NULL);
  gtk_list_box_bind_model (self->members_list, gouvernance_module_get_list (self->module, GOUVERNANCE_LIST_MEMBERS),
                           create_member_row, self, NULL);
  gtk_list_box_bind_model (self->councils_list,
                           gouvernance_module_get_list (self->module, GOUVERNANCE_LIST_COUNCILS),
                           create_council_row, self, NULL);
  gtk_list_box_bind_model (self->sessions_list,
                           gouvernance_module_get_list (self->module, GOUVERNANCE_LIST_SESSIONS),
                           create_session_row, self, NULL);
}

/* Before the template goes: the lists outlive the page. */
void
_gouvernance_page_unbind_lists (GouvernancePage *self)
{
  GtkListBox *lists[] = { self->bodies_list, self->members_list, self->councils_list, self->sessions_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != NULL)
      gtk_list_box_bind_model (lists[i], NULL, NULL, NULL, NULL);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  static const struct { const char *name; GouvernanceList list; } actions[] = {
    { "gouvernance.add-body", GOUVERNANCE_LIST_BODIES },
    { "gouvernance.add-member", GOUVERNANCE_LIST_MEMBERS },
    { "gouvernance.add-council", GOUVERNANCE_LIST_COUNCILS },
    { "gouvernance.add-session", GOUVERNANCE_LIST_SESSIONS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_strcmp0 (action_name, actions[i].name) == 0)
      open_dialog (GOUVERNANCE_PAGE (widget), actions[i].list, NULL);
}

void
_gouvernance_page_class_init_lists (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_install_action (widget_class, "gouvernance.add-body", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "gouvernance.add-member", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "gouvernance.add-council", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "gouvernance.add-session", NULL, add_activated);
}
