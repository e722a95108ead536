/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-coordinator-dialog.c: names the coordinator of the strategy
 * — name, function, organisation, email address — or, with every field
 * emptied, says there is none. The address is checked for its shape
 * (something, “@”, a domain with a dot), which catches the usual slips
 * without refusing unusual but real addresses.
 */
#define G_LOG_DOMAIN "gouvernance-coordinator-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gouvernance-coordinator-dialog.h"
#include "gouvernance-form.h"

struct _GouvernanceCoordinatorDialog
{
  AdwWindow          parent_instance;

  GouvernanceModule *module;

  /* Template children */
  GtkButton         *save_button;
  AdwEntryRow       *name_row;
  AdwEntryRow       *function_row;
  AdwEntryRow       *organisation_row;
  AdwEntryRow       *email_row;
  GtkLabel          *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceCoordinatorDialog, gouvernance_coordinator_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

/* “local@domain.tld”: one “@”, something before, a dot in the domain
 * neither first nor last, no spaces. */
gboolean
gouvernance_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  g_return_val_if_fail (email != NULL, FALSE);

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/**
 * gouvernance_coordinator_dialog_save:
 * @self: the dialog
 *
 * Checks the form and, if it is valid, sets the coordinator of the module
 * and closes the dialog; otherwise says what is wrong and leaves the
 * module as it is.
 *
 * Returns: whether the coordinator was saved
 */
gboolean
gouvernance_coordinator_dialog_save (GouvernanceCoordinatorDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *function = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *email = NULL;
  g_autofree char *message = NULL;
  const char *problem = NULL;
  gboolean name_missing;
  gboolean email_wrong;

  g_return_val_if_fail (GOUVERNANCE_IS_COORDINATOR_DIALOG (self), FALSE);

  name = gouvernance_form_get_text (self->name_row);
  function = gouvernance_form_get_text (self->function_row);
  organisation = gouvernance_form_get_text (self->organisation_row);
  email = gouvernance_form_get_text (self->email_row);

  /* Every field empty is “no coordinator”; any other, a coordinator, who
   * has a name. */
  name_missing = *name == '\0' && (*function != '\0' || *organisation != '\0' || *email != '\0');
  email_wrong = *email != '\0' && !gouvernance_email_is_valid (email);
  gouvernance_form_mark (GTK_WIDGET (self->name_row), name_missing);
  gouvernance_form_mark (GTK_WIDGET (self->email_row), email_wrong);
  if (name_missing)
    {
      problem = _("Give the coordinator’s name, or empty every field if there is no coordinator.");
    }
  else if (email_wrong)
    {
      message = g_strdup_printf (_("“%s” is not an email address: it should look like name@example.org."),
                                 email);
      problem = message;
    }

  gouvernance_form_show_error (self->error_label, problem);
  if (problem != NULL)
    return FALSE;

  gouvernance_module_set_coordinator (self->module, name, function, organisation, email);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GouvernanceCoordinatorDialog *self)
{
  gouvernance_coordinator_dialog_save (self);
}

static void
gouvernance_coordinator_dialog_dispose (GObject *object)
{
  GouvernanceCoordinatorDialog *self = GOUVERNANCE_COORDINATOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOUVERNANCE_TYPE_COORDINATOR_DIALOG);
  g_clear_object (&self->module);

  G_OBJECT_CLASS (gouvernance_coordinator_dialog_parent_class)->dispose (object);
}

static void
gouvernance_coordinator_dialog_class_init (GouvernanceCoordinatorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gouvernance_coordinator_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/gouvernance/"
                                               "gouvernance-coordinator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCoordinatorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCoordinatorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCoordinatorDialog, function_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCoordinatorDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCoordinatorDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCoordinatorDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
gouvernance_coordinator_dialog_class_finalize (GouvernanceCoordinatorDialogClass *klass)
{
}

static void
gouvernance_coordinator_dialog_init (GouvernanceCoordinatorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * gouvernance_coordinator_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module whose coordinator to set
 *
 * Returns: (transfer none): the dialog, filled with the coordinator of
 *   @module, to present
 */
GtkWidget *
gouvernance_coordinator_dialog_new (GtkWindow         *parent,
                                    GouvernanceModule *module)
{
  GouvernanceCoordinatorDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (module), NULL);

  self = g_object_new (GOUVERNANCE_TYPE_COORDINATOR_DIALOG, "transient-for", parent, NULL);
  self->module = g_object_ref (module);

  gtk_window_set_title (GTK_WINDOW (self), _("Coordinator"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gouvernance_form_set_text (self->name_row, gouvernance_module_get_coordinator (module, GOUVERNANCE_COORDINATOR_NAME));
  gouvernance_form_set_text (self->function_row,
                             gouvernance_module_get_coordinator (module, GOUVERNANCE_COORDINATOR_FUNCTION));
  gouvernance_form_set_text (self->organisation_row,
                             gouvernance_module_get_coordinator (module, GOUVERNANCE_COORDINATOR_ORGANISATION));
  gouvernance_form_set_text (self->email_row, gouvernance_module_get_coordinator (module, GOUVERNANCE_COORDINATOR_EMAIL));

  return GTK_WIDGET (self);
}

void
gouvernance_coordinator_dialog_register (GTypeModule *module)
{
  gouvernance_coordinator_dialog_register_type (module);
}
