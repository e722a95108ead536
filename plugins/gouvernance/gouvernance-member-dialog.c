/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-member-dialog.c: adds a member of the governance or edits
 * one: name, kind, SIREN or SIRET number, roles. The number is checked as
 * it is typed (its row turns red while it is not a valid number) and
 * again when saved, with a message saying what is wrong; it is stored
 * without spaces. Nothing changes in the module until the form is valid.
 */
#define G_LOG_DOMAIN "gouvernance-member-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-form.h"
#include "gouvernance-member-dialog.h"

struct _GouvernanceMemberDialog
{
  AdwWindow            parent_instance;

  GouvernanceModule   *module;
  GouvernanceMember   *member;  /* the member edited, NULL when adding one */
  GtkSwitch           *role_switches[GOUVERNANCE_N_ROLES];

  /* Template children */
  GtkButton           *save_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *siren_row;
  AdwPreferencesGroup *roles_group;
  GtkLabel            *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceMemberDialog, gouvernance_member_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

/* Red while the number typed cannot be one; the message waits for the
 * save, so that nobody is scolded half way through typing. */
static void
siren_changed_cb (GouvernanceMemberDialog *self)
{
  gouvernance_form_mark (GTK_WIDGET (self->siren_row),
                         !gouvernance_member_check_siren (gtk_editable_get_text (GTK_EDITABLE (self->siren_row)), NULL));
}

static GouvernanceMember *
read_fields (GouvernanceMemberDialog *self)
{
  g_autofree char *name = gouvernance_form_get_text (self->name_row);
  const char *siren_text = gtk_editable_get_text (GTK_EDITABLE (self->siren_row));
  g_autofree char *siren = maillage_siren_normalize (siren_text);
  g_autoptr(GError) error = NULL;
  GouvernanceRoles roles = GOUVERNANCE_ROLE_NONE;
  const char *problem = NULL;

  gouvernance_form_mark (GTK_WIDGET (self->name_row), *name == '\0');
  if (*name == '\0')
    problem = _("Give the member a name.");

  if (!gouvernance_member_check_siren (siren_text, &error))
    {
      gouvernance_form_mark (GTK_WIDGET (self->siren_row), TRUE);
      if (problem == NULL)
        problem = error->message;
    }

  gouvernance_form_show_error (self->error_label, problem);
  if (problem != NULL)
    return NULL;

  for (guint i = 0; i < GOUVERNANCE_N_ROLES; i++)
    if (gtk_switch_get_active (self->role_switches[i]))
      roles |= 1u << i;

  return gouvernance_member_new (name, adw_combo_row_get_selected (self->kind_row), siren, roles);
}

/**
 * gouvernance_member_dialog_save:
 * @self: the dialog
 *
 * Checks the form and, if it is valid, adds the member to the module (or
 * puts it in the place of the one edited) and closes the dialog;
 * otherwise says what is wrong and leaves the module as it is.
 *
 * Returns: whether the member was saved
 */
gboolean
gouvernance_member_dialog_save (GouvernanceMemberDialog *self)
{
  g_autoptr(GouvernanceMember) member = NULL;

  g_return_val_if_fail (GOUVERNANCE_IS_MEMBER_DIALOG (self), FALSE);

  member = read_fields (self);
  if (member == NULL)
    return FALSE;

  if (self->member != NULL)
    gouvernance_module_replace_item (self->module, GOUVERNANCE_LIST_MEMBERS, self->member, member);
  else
    gouvernance_module_add_item (self->module, GOUVERNANCE_LIST_MEMBERS, member);

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GouvernanceMemberDialog *self)
{
  gouvernance_member_dialog_save (self);
}

/* One row with a switch per role. */
static void
build_roles (GouvernanceMemberDialog *self)
{
  for (guint i = 0; i < GOUVERNANCE_N_ROLES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      g_autofree char *name = g_strconcat ("role-", gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_ROLE, i),
                                           NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     gouvernance_vocabulary_label (GOUVERNANCE_VOCABULARY_ROLE, i));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_widget_set_name (toggle, name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->roles_group, row);
      self->role_switches[i] = GTK_SWITCH (toggle);
    }
}

static void
gouvernance_member_dialog_dispose (GObject *object)
{
  GouvernanceMemberDialog *self = GOUVERNANCE_MEMBER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOUVERNANCE_TYPE_MEMBER_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->member);

  G_OBJECT_CLASS (gouvernance_member_dialog_parent_class)->dispose (object);
}

static void
gouvernance_member_dialog_class_init (GouvernanceMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gouvernance_member_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/gouvernance/"
                                               "gouvernance-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GouvernanceMemberDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceMemberDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceMemberDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceMemberDialog, siren_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceMemberDialog, roles_group);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceMemberDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, siren_changed_cb);
}

static void
gouvernance_member_dialog_class_finalize (GouvernanceMemberDialogClass *klass)
{
}

static void
gouvernance_member_dialog_init (GouvernanceMemberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_roles (self);
}

/**
 * gouvernance_member_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module the member goes to
 * @member: (nullable): the member to edit, %NULL to add one
 *
 * Returns: (transfer none): the dialog, to present
 */
GtkWidget *
gouvernance_member_dialog_new (GtkWindow         *parent,
                               GouvernanceModule *module,
                               GouvernanceMember *member)
{
  GouvernanceMemberDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (module), NULL);
  g_return_val_if_fail (member == NULL || GOUVERNANCE_IS_MEMBER (member), NULL);

  self = g_object_new (GOUVERNANCE_TYPE_MEMBER_DIALOG, "transient-for", parent, NULL);
  self->module = g_object_ref (module);
  self->member = member != NULL ? g_object_ref (member) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), member != NULL ? _("Edit Member") : _("Add Member"));
  gtk_button_set_label (self->save_button, member != NULL ? _("_Save") : _("_Add"));
  gouvernance_form_setup_combo (self->kind_row, GOUVERNANCE_VOCABULARY_MEMBER_KIND,
                                member != NULL ? gouvernance_member_get_kind (member) : GOUVERNANCE_MEMBER_COMMUNE);
  if (member == NULL)
    return GTK_WIDGET (self);

  gouvernance_form_set_text (self->name_row, gouvernance_member_get_name (member));
  gouvernance_form_set_text (self->siren_row, gouvernance_member_get_siren (member));
  for (guint i = 0; i < GOUVERNANCE_N_ROLES; i++)
    gtk_switch_set_active (self->role_switches[i], (gouvernance_member_get_roles (member) & (1u << i)) != 0);

  return GTK_WIDGET (self);
}

void
gouvernance_member_dialog_register (GTypeModule *module)
{
  gouvernance_member_dialog_register_type (module);
}
