/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-body-dialog.c: adds a steering body or edits one: its name,
 * kind, frequency, next meeting, and the people or organisations sitting
 * in it with their roles. Nothing changes in the module until the form is
 * valid and saved; then the body is added, or put in the place of the one
 * edited, in one change. Cancel leaves everything as it was.
 */
#define G_LOG_DOMAIN "gouvernance-body-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-body-dialog.h"
#include "gouvernance-date.h"
#include "gouvernance-form.h"

struct _GouvernanceBodyDialog
{
  AdwWindow          parent_instance;

  GouvernanceModule *module;
  GouvernanceBody   *body;  /* the body edited, NULL when adding one */

  /* Template children */
  GtkButton         *save_button;
  AdwEntryRow       *name_row;
  AdwComboRow       *kind_row;
  AdwEntryRow       *frequency_row;
  AdwEntryRow       *next_meeting_row;
  GtkListBox        *participants_list;
  GtkLabel          *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceBodyDialog, gouvernance_body_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

static void
remove_participant_cb (GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);

  gtk_list_box_remove (GTK_LIST_BOX (list), row);
}

static GtkWidget *
new_entry (const char *text,
           const char *placeholder,
           const char *name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_set_name (entry, name);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);

  return entry;
}

/**
 * gouvernance_body_dialog_add_participant:
 * @self: the dialog
 * @name: (nullable): the name to fill in
 * @role: (nullable): the role to fill in
 *
 * Adds a line for one more member of the body, and puts the focus on its
 * name when it is empty.
 */
void
gouvernance_body_dialog_add_participant (GouvernanceBodyDialog *self,
                                         const char            *name,
                                         const char            *role)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *name_entry;
  GtkWidget *role_entry;
  GtkWidget *remove;

  g_return_if_fail (GOUVERNANCE_IS_BODY_DIALOG (self));

  row = gtk_list_box_row_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  name_entry = new_entry (name, _("Name"), "participant-name");
  role_entry = new_entry (role, _("Role, such as “chair”"), "participant-role");
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove this member"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this member"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_participant_cb), row);

  gtk_box_append (GTK_BOX (box), name_entry);
  gtk_box_append (GTK_BOX (box), role_entry);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->participants_list, row);

  if (name == NULL || *name == '\0')
    gtk_widget_grab_focus (name_entry);
}

static void
add_participant_cb (GouvernanceBodyDialog *self)
{
  gouvernance_body_dialog_add_participant (self, NULL, NULL);
}

/* The entries of a participant's row: its name, then its role. */
static void
row_entries (GtkWidget  *row,
             GtkWidget **name_entry,
             GtkWidget **role_entry)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  *name_entry = gtk_widget_get_first_child (box);
  *role_entry = gtk_widget_get_next_sibling (*name_entry);
}

/* The body the form describes, or NULL with the problems shown. */
static GouvernanceBody *
read_fields (GouvernanceBodyDialog *self)
{
  g_autofree char *name = gouvernance_form_get_text (self->name_row);
  g_autofree char *frequency = gouvernance_form_get_text (self->frequency_row);
  g_autofree char *next_meeting_text = gouvernance_form_get_text (self->next_meeting_row);
  g_autofree char *next_meeting = NULL;
  g_autoptr(GouvernanceBody) body = NULL;
  g_autoptr(GError) error = NULL;
  const char *problem = NULL;
  g_autofree char *message = NULL;

  gouvernance_form_mark (GTK_WIDGET (self->name_row), *name == '\0');
  if (*name == '\0')
    problem = _("Give the body a name.");

  gouvernance_form_mark (GTK_WIDGET (self->next_meeting_row), FALSE);
  if (!gouvernance_date_parse (next_meeting_text, &next_meeting, &error))
    {
      gouvernance_form_mark (GTK_WIDGET (self->next_meeting_row), TRUE);
      /* Translators: %s says what is wrong with the date typed */
      message = g_strdup_printf (_("Next meeting: %s"), error->message);
      if (problem == NULL)
        problem = message;
    }

  body = gouvernance_body_new (name, adw_combo_row_get_selected (self->kind_row));
  gouvernance_body_set_frequency (body, frequency);
  gouvernance_body_set_next_meeting (body, next_meeting != NULL ? next_meeting : "");

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->participants_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *name_entry;
      GtkWidget *role_entry;
      g_autofree char *participant = NULL;
      g_autofree char *role = NULL;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      row_entries (row, &name_entry, &role_entry);
      participant = maillage_format_strip (gtk_editable_get_text (GTK_EDITABLE (name_entry)));
      role = maillage_format_strip (gtk_editable_get_text (GTK_EDITABLE (role_entry)));

      /* A line left blank is not a member; a role without a name is a
       * mistake to show. */
      gouvernance_form_mark (name_entry, *participant == '\0' && *role != '\0');
      if (*participant == '\0' && *role != '\0' && problem == NULL)
        problem = _("A member of the body has a role but no name.");
      if (*participant != '\0')
        gouvernance_body_add_participant (body, participant, role);
    }

  gouvernance_form_show_error (self->error_label, problem);
  if (problem != NULL)
    return NULL;

  return g_steal_pointer (&body);
}

/**
 * gouvernance_body_dialog_save:
 * @self: the dialog
 *
 * Checks the form and, if it is valid, adds the body to the module (or
 * puts it in the place of the one edited) and closes the dialog;
 * otherwise says what is wrong and leaves the module as it is.
 *
 * Returns: whether the body was saved
 */
gboolean
gouvernance_body_dialog_save (GouvernanceBodyDialog *self)
{
  g_autoptr(GouvernanceBody) body = NULL;

  g_return_val_if_fail (GOUVERNANCE_IS_BODY_DIALOG (self), FALSE);

  body = read_fields (self);
  if (body == NULL)
    return FALSE;

  if (self->body != NULL)
    gouvernance_module_replace_item (self->module, GOUVERNANCE_LIST_BODIES, self->body, body);
  else
    gouvernance_module_add_item (self->module, GOUVERNANCE_LIST_BODIES, body);

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GouvernanceBodyDialog *self)
{
  gouvernance_body_dialog_save (self);
}

static void
gouvernance_body_dialog_dispose (GObject *object)
{
  GouvernanceBodyDialog *self = GOUVERNANCE_BODY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOUVERNANCE_TYPE_BODY_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->body);

  G_OBJECT_CLASS (gouvernance_body_dialog_parent_class)->dispose (object);
}

static void
gouvernance_body_dialog_class_init (GouvernanceBodyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gouvernance_body_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/gouvernance/"
                                               "gouvernance-body-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, next_meeting_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, participants_list);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceBodyDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_participant_cb);
}

static void
gouvernance_body_dialog_class_finalize (GouvernanceBodyDialogClass *klass)
{
}

static void
gouvernance_body_dialog_init (GouvernanceBodyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * gouvernance_body_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module the body goes to
 * @body: (nullable): the body to edit, %NULL to add one
 *
 * Returns: (transfer none): the dialog, to present
 */
GtkWidget *
gouvernance_body_dialog_new (GtkWindow         *parent,
                             GouvernanceModule *module,
                             GouvernanceBody   *body)
{
  GouvernanceBodyDialog *self;
  g_autofree char *next_meeting = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (module), NULL);
  g_return_val_if_fail (body == NULL || GOUVERNANCE_IS_BODY (body), NULL);

  self = g_object_new (GOUVERNANCE_TYPE_BODY_DIALOG, "transient-for", parent, NULL);
  self->module = g_object_ref (module);
  self->body = body != NULL ? g_object_ref (body) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), body != NULL ? _("Edit Body") : _("Add Body"));
  gtk_button_set_label (self->save_button, body != NULL ? _("_Save") : _("_Add"));
  gouvernance_form_setup_combo (self->kind_row, GOUVERNANCE_VOCABULARY_BODY_KIND,
                                body != NULL ? gouvernance_body_get_kind (body) : GOUVERNANCE_BODY_STRATEGIC);
  if (body == NULL)
    return GTK_WIDGET (self);

  next_meeting = gouvernance_date_to_input (gouvernance_body_get_next_meeting (body));
  gouvernance_form_set_text (self->name_row, gouvernance_body_get_name (body));
  gouvernance_form_set_text (self->frequency_row, gouvernance_body_get_frequency (body));
  gouvernance_form_set_text (self->next_meeting_row, next_meeting);
  for (guint i = 0; i < gouvernance_body_get_n_participants (body); i++)
    {
      const GouvernanceParticipant *participant = gouvernance_body_get_participant (body, i);

      gouvernance_body_dialog_add_participant (self, participant->name, participant->role);
    }

  return GTK_WIDGET (self);
}

void
gouvernance_body_dialog_register (GTypeModule *module)
{
  gouvernance_body_dialog_register_type (module);
}
