/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-session-dialog.c: adds a session to the plan for training
 * and informing elected members and staff, or edits one: its topic, its
 * audience and the day planned (typed 15/03/2027, or left empty while it
 * is not set).
 */
#define G_LOG_DOMAIN "gouvernance-session-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-date.h"
#include "gouvernance-form.h"
#include "gouvernance-session-dialog.h"

struct _GouvernanceSessionDialog
{
  AdwWindow           parent_instance;

  GouvernanceModule  *module;
  GouvernanceSession *session;  /* the session edited, NULL when adding one */

  /* Template children */
  GtkButton          *save_button;
  AdwEntryRow        *topic_row;
  AdwComboRow        *audience_row;
  AdwEntryRow        *date_row;
  GtkLabel           *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceSessionDialog, gouvernance_session_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

/**
 * gouvernance_session_dialog_save:
 * @self: the dialog
 *
 * Checks the form and, if it is valid, adds the session to the module (or
 * puts it in the place of the one edited) and closes the dialog;
 * otherwise says what is wrong and leaves the module as it is.
 *
 * Returns: whether the session was saved
 */
gboolean
gouvernance_session_dialog_save (GouvernanceSessionDialog *self)
{
  g_autofree char *topic = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GouvernanceSession) session = NULL;
  const char *problem = NULL;

  g_return_val_if_fail (GOUVERNANCE_IS_SESSION_DIALOG (self), FALSE);

  topic = gouvernance_form_get_text (self->topic_row);
  date_text = gouvernance_form_get_text (self->date_row);

  gouvernance_form_mark (GTK_WIDGET (self->topic_row), *topic == '\0');
  if (*topic == '\0')
    problem = _("Give the topic of the session.");

  gouvernance_form_mark (GTK_WIDGET (self->date_row), FALSE);
  if (!gouvernance_date_parse (date_text, &date, &error))
    {
      gouvernance_form_mark (GTK_WIDGET (self->date_row), TRUE);
      /* Translators: %s says what is wrong with the date typed */
      message = g_strdup_printf (_("Planned date: %s"), error->message);
      if (problem == NULL)
        problem = message;
    }

  gouvernance_form_show_error (self->error_label, problem);
  if (problem != NULL)
    return FALSE;

  session = gouvernance_session_new (adw_combo_row_get_selected (self->audience_row), topic, date);
  if (self->session != NULL)
    gouvernance_module_replace_item (self->module, GOUVERNANCE_LIST_SESSIONS, self->session, session);
  else
    gouvernance_module_add_item (self->module, GOUVERNANCE_LIST_SESSIONS, session);

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GouvernanceSessionDialog *self)
{
  gouvernance_session_dialog_save (self);
}

static void
gouvernance_session_dialog_dispose (GObject *object)
{
  GouvernanceSessionDialog *self = GOUVERNANCE_SESSION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOUVERNANCE_TYPE_SESSION_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (gouvernance_session_dialog_parent_class)->dispose (object);
}

static void
gouvernance_session_dialog_class_init (GouvernanceSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gouvernance_session_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/gouvernance/"
                                               "gouvernance-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GouvernanceSessionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceSessionDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceSessionDialog, audience_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceSessionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
gouvernance_session_dialog_class_finalize (GouvernanceSessionDialogClass *klass)
{
}

static void
gouvernance_session_dialog_init (GouvernanceSessionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * gouvernance_session_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module the session goes to
 * @session: (nullable): the session to edit, %NULL to add one
 *
 * Returns: (transfer none): the dialog, to present
 */
GtkWidget *
gouvernance_session_dialog_new (GtkWindow          *parent,
                                GouvernanceModule  *module,
                                GouvernanceSession *session)
{
  GouvernanceSessionDialog *self;
  g_autofree char *date = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (module), NULL);
  g_return_val_if_fail (session == NULL || GOUVERNANCE_IS_SESSION (session), NULL);

  self = g_object_new (GOUVERNANCE_TYPE_SESSION_DIALOG, "transient-for", parent, NULL);
  self->module = g_object_ref (module);
  self->session = session != NULL ? g_object_ref (session) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), session != NULL ? _("Edit Session") : _("Add Session"));
  gtk_button_set_label (self->save_button, session != NULL ? _("_Save") : _("_Add"));
  gouvernance_form_setup_combo (self->audience_row, GOUVERNANCE_VOCABULARY_AUDIENCE,
                                session != NULL ? gouvernance_session_get_audience (session)
                                                : GOUVERNANCE_AUDIENCE_ELECTED);
  if (session == NULL)
    return GTK_WIDGET (self);

  date = gouvernance_date_to_input (gouvernance_session_get_date (session));
  gouvernance_form_set_text (self->topic_row, gouvernance_session_get_topic (session));
  gouvernance_form_set_text (self->date_row, date);

  return GTK_WIDGET (self);
}

void
gouvernance_session_dialog_register (GTypeModule *module)
{
  gouvernance_session_dialog_register_type (module);
}
