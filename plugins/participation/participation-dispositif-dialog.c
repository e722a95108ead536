/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-dispositif-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-check.h"
#include "participation-dispositif-dialog.h"

/*
 * ParticipationDispositifDialog: adds a participation tool, or edits one.
 * Every keystroke goes into a draft, a copy: the module is changed only
 * when the user presses Add (or Save), in one change, and Cancel or Escape
 * leave it as it was. While the draft breaks a rule — no name, a name
 * another tool has, a web address that is not http(s) — the problem is
 * shown and the button stays insensitive.
 */
struct _ParticipationDispositifDialog
{
  AdwWindow                parent_instance;

  ParticipationModule     *module;
  ParticipationDispositif *original;  /* NULL when adding */
  ParticipationDispositif *draft;
  char                    *error;     /* NULL when the draft is valid */

  /* Template children */
  GtkButton               *ok_button;
  AdwComboRow             *kind_row;
  AdwEntryRow             *name_row;
  AdwEntryRow             *audience_row;
  AdwEntryRow             *url_row;
  GtkTextView             *description_view;
  GtkLabel                *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationDispositifDialog, participation_dispositif_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

static char *
text_of (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static char *
find_error (ParticipationDispositifDialog *self)
{
  const char *name = participation_dispositif_get_name (self->draft);
  const char *url = participation_dispositif_get_url (self->draft);
  ParticipationDispositif *other;

  if (*name == '\0')
    return g_strdup (_("Give the tool a name."));

  other = participation_module_find_dispositif (self->module, name);
  if (other != NULL && other != self->original)
    return g_strdup_printf (_("Another tool is already named “%s”."), name);

  if (*url != '\0' && !participation_check_url (url))
    return g_strdup_printf (_("“%s” is not a web address: it starts with http:// or https://."), url);

  return NULL;
}

static void
field_changed_cb (ParticipationDispositifDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *name = NULL;
  g_autofree char *audience = NULL;
  g_autofree char *url = NULL;
  g_autofree char *description = NULL;
  guint kind;

  /* Signals from the template come before the draft exists. */
  if (self->draft == NULL)
    return;

  name = text_of (GTK_EDITABLE (self->name_row));
  audience = text_of (GTK_EDITABLE (self->audience_row));
  url = text_of (GTK_EDITABLE (self->url_row));
  buffer = gtk_text_view_get_buffer (self->description_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  kind = adw_combo_row_get_selected (self->kind_row);

  if (kind < PARTICIPATION_N_KINDS)
    participation_dispositif_set_kind (self->draft, kind);
  participation_dispositif_set_name (self->draft, name);
  participation_dispositif_set_audience (self->draft, audience);
  participation_dispositif_set_url (self->draft, url);
  participation_dispositif_set_description (self->draft, g_strstrip (description));

  g_free (self->error);
  self->error = find_error (self);
  gtk_label_set_text (self->error_label, self->error != NULL ? self->error : "");
  /* The empty name of a new tool is no error to shout about yet. */
  gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                          self->error != NULL && (*name != '\0' || self->original != NULL));
  gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), self->error == NULL);
}

static void
ok_clicked_cb (ParticipationDispositifDialog *self)
{
  if (participation_dispositif_dialog_apply (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
participation_dispositif_dialog_dispose (GObject *object)
{
  ParticipationDispositifDialog *self = PARTICIPATION_DISPOSITIF_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARTICIPATION_TYPE_DISPOSITIF_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->original);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (participation_dispositif_dialog_parent_class)->dispose (object);
}

static void
participation_dispositif_dialog_finalize (GObject *object)
{
  g_free (PARTICIPATION_DISPOSITIF_DIALOG (object)->error);

  G_OBJECT_CLASS (participation_dispositif_dialog_parent_class)->finalize (object);
}

static void
participation_dispositif_dialog_class_init (ParticipationDispositifDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = participation_dispositif_dialog_dispose;
  object_class->finalize = participation_dispositif_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/participation/"
                                               "participation-dispositif-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, ok_button);
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, audience_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, ParticipationDispositifDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
participation_dispositif_dialog_class_finalize (ParticipationDispositifDialogClass *klass)
{
}

static void
participation_dispositif_dialog_init (ParticipationDispositifDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < PARTICIPATION_N_KINDS; i++)
    gtk_string_list_append (kinds, participation_kind_get_label (i, FALSE));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

/**
 * participation_dispositif_dialog_new:
 * @module: the module to change
 * @dispositif: (nullable): the tool to edit, or %NULL to add one
 *
 * Returns: (transfer full): a new dialog, not shown
 */
ParticipationDispositifDialog *
participation_dispositif_dialog_new (ParticipationModule     *module,
                                     ParticipationDispositif *dispositif)
{
  ParticipationDispositifDialog *self;
  g_autoptr(ParticipationDispositif) values = NULL;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (module), NULL);
  g_return_val_if_fail (dispositif == NULL || PARTICIPATION_IS_DISPOSITIF (dispositif), NULL);

  self = g_object_new (PARTICIPATION_TYPE_DISPOSITIF_DIALOG, NULL);
  self->module = g_object_ref (module);
  if (dispositif != NULL)
    {
      self->original = g_object_ref (dispositif);
      gtk_window_set_title (GTK_WINDOW (self), participation_dispositif_get_name (dispositif));
      gtk_button_set_label (self->ok_button, _("_Save"));
    }

  values = dispositif != NULL ? participation_dispositif_copy (dispositif)
                              : participation_dispositif_new (PARTICIPATION_KIND_CONSULTATION, "");
  self->draft = participation_dispositif_copy (values);

  /* Each field set below fills the draft from the whole form, so the
   * values are read from their own copy. */
  adw_combo_row_set_selected (self->kind_row, participation_dispositif_get_kind (values));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), participation_dispositif_get_name (values));
  gtk_editable_set_text (GTK_EDITABLE (self->audience_row), participation_dispositif_get_audience (values));
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), participation_dispositif_get_url (values));
  buffer = gtk_text_view_get_buffer (self->description_view);
  gtk_text_buffer_set_text (buffer, participation_dispositif_get_description (values), -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  field_changed_cb (self);

  return self;
}

/**
 * participation_dispositif_dialog_get_draft:
 *
 * Returns: (transfer none): the tool as the form says it
 */
ParticipationDispositif *
participation_dispositif_dialog_get_draft (ParticipationDispositifDialog *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF_DIALOG (self), NULL);

  return self->draft;
}

/**
 * participation_dispositif_dialog_get_error:
 *
 * Returns: (nullable): why the draft cannot be accepted, or %NULL
 */
const char *
participation_dispositif_dialog_get_error (ParticipationDispositifDialog *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF_DIALOG (self), NULL);

  return self->error;
}

/* Types @value into the field @field ("name", "audience", "url",
 * "description"), or chooses the kind named @value ("kind"), as a person
 * would. For the tests. */
void
participation_dispositif_dialog_set_field (ParticipationDispositifDialog *self,
                                           const char                    *field,
                                           const char                    *value)
{
  ParticipationKind kind;

  g_return_if_fail (PARTICIPATION_IS_DISPOSITIF_DIALOG (self));

  if (g_str_equal (field, "name"))
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), value);
  else if (g_str_equal (field, "audience"))
    gtk_editable_set_text (GTK_EDITABLE (self->audience_row), value);
  else if (g_str_equal (field, "url"))
    gtk_editable_set_text (GTK_EDITABLE (self->url_row), value);
  else if (g_str_equal (field, "description"))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), value, -1);
  else if (g_str_equal (field, "kind") && participation_kind_from_string (value, &kind))
    adw_combo_row_set_selected (self->kind_row, kind);
  else
    g_return_if_reached ();
}

/**
 * participation_dispositif_dialog_apply:
 * @self: the dialog
 *
 * Does what the Add (or Save) button does, without closing the dialog:
 * adds the draft to the module, or puts it in the place of the tool
 * edited.
 *
 * Returns: whether the module was changed (the draft is valid)
 */
gboolean
participation_dispositif_dialog_apply (ParticipationDispositifDialog *self)
{
  g_autoptr(ParticipationDispositif) dispositif = NULL;

  g_return_val_if_fail (PARTICIPATION_IS_DISPOSITIF_DIALOG (self), FALSE);

  if (self->error != NULL)
    return FALSE;

  /* The module gets its own copy: the draft stays the dialog's. */
  dispositif = participation_dispositif_copy (self->draft);
  if (self->original != NULL)
    participation_module_replace_dispositif (self->module, self->original, dispositif);
  else
    participation_module_insert_dispositif (self->module, G_MAXUINT, dispositif);
  return TRUE;
}

void
participation_dispositif_dialog_register (GTypeModule *module)
{
  participation_dispositif_dialog_register_type (module);
}
