/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-event-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-check.h"
#include "participation-event-dialog.h"

/*
 * ParticipationEventDialog: adds an event to the calendar, or edits one,
 * on a draft as ParticipationDispositifDialog does: the module changes
 * only on Add (or Save). The date is typed as 2027-03-14, or as
 * 14/03/2027, which is kept as 2027-03-14; the tool is chosen among the
 * module's (or none), and a tool the event names that the module no
 * longer has is offered too, so that editing the event does not lose it.
 */
struct _ParticipationEventDialog
{
  AdwWindow            parent_instance;

  ParticipationModule *module;
  ParticipationEvent  *original;  /* NULL when adding */
  ParticipationEvent  *draft;
  GtkStringList       *dispositifs;  /* "" (none), then names */
  char                *error;

  /* Template children */
  GtkButton           *ok_button;
  AdwEntryRow         *date_row;
  AdwEntryRow         *title_row;
  AdwComboRow         *dispositif_row;
  AdwEntryRow         *place_row;
  AdwComboRow         *status_row;
  GtkLabel            *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationEventDialog, participation_event_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

static char *
text_of (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
field_changed_cb (ParticipationEventDialog *self)
{
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *place = NULL;
  guint dispositif;
  guint status;

  if (self->draft == NULL)
    return;

  date_text = text_of (GTK_EDITABLE (self->date_row));
  date = *date_text != '\0' ? participation_check_parse_date (date_text) : NULL;
  title = text_of (GTK_EDITABLE (self->title_row));
  place = text_of (GTK_EDITABLE (self->place_row));
  dispositif = adw_combo_row_get_selected (self->dispositif_row);
  status = adw_combo_row_get_selected (self->status_row);

  participation_event_set_date (self->draft, date != NULL ? date : "");
  participation_event_set_title (self->draft, title);
  participation_event_set_place (self->draft, place);
  /* The first choice is “none”, an empty name. */
  if (dispositif < g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs)))
    participation_event_set_dispositif (self->draft, dispositif == 0 ? ""
                                        : gtk_string_list_get_string (self->dispositifs, dispositif));
  if (status < PARTICIPATION_N_EVENT_STATUSES)
    participation_event_set_status (self->draft, status);

  g_clear_pointer (&self->error, g_free);
  if (date == NULL)
    self->error = *date_text == '\0' ? g_strdup (_("Give the date of the event."))
                                     : g_strdup_printf (_("“%s” is not a date: write it as 2027-03-14 "
                                                          "or 14/03/2027."),
                                                        date_text);
  else if (*title == '\0')
    self->error = g_strdup (_("Give the event a title."));

  gtk_label_set_text (self->error_label, self->error != NULL ? self->error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->error != NULL && *date_text != '\0');
  gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), self->error == NULL);
}

static void
ok_clicked_cb (ParticipationEventDialog *self)
{
  if (participation_event_dialog_apply (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
participation_event_dialog_dispose (GObject *object)
{
  ParticipationEventDialog *self = PARTICIPATION_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARTICIPATION_TYPE_EVENT_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->original);
  g_clear_object (&self->draft);
  g_clear_object (&self->dispositifs);

  G_OBJECT_CLASS (participation_event_dialog_parent_class)->dispose (object);
}

static void
participation_event_dialog_finalize (GObject *object)
{
  g_free (PARTICIPATION_EVENT_DIALOG (object)->error);

  G_OBJECT_CLASS (participation_event_dialog_parent_class)->finalize (object);
}

static void
participation_event_dialog_class_init (ParticipationEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = participation_event_dialog_dispose;
  object_class->finalize = participation_event_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/participation/"
                                               "participation-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, ok_button);
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, dispositif_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, ParticipationEventDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
participation_event_dialog_class_finalize (ParticipationEventDialogClass *klass)
{
}

static void
participation_event_dialog_init (ParticipationEventDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < PARTICIPATION_N_EVENT_STATUSES; i++)
    gtk_string_list_append (statuses, participation_event_status_get_label (i, FALSE));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

/* The choices of tool: none, the module's, and the one the event names
 * if the module has no such tool. Returns the position of the event's. */
static guint
fill_dispositifs (ParticipationEventDialog *self,
                  const char               *current)
{
  GListModel *dispositifs = participation_module_get_dispositifs (self->module);
  guint n = g_list_model_get_n_items (dispositifs);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint position = 0;

  self->dispositifs = gtk_string_list_new (NULL);
  gtk_string_list_append (self->dispositifs, "");
  gtk_string_list_append (labels, _("None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationDispositif) dispositif = g_list_model_get_item (dispositifs, i);
      const char *name = participation_dispositif_get_name (dispositif);

      if (g_str_equal (name, current))
        position = i + 1;
      gtk_string_list_append (self->dispositifs, name);
      gtk_string_list_append (labels, name);
    }
  if (*current != '\0' && position == 0)
    {
      position = n + 1;
      gtk_string_list_append (self->dispositifs, current);
      gtk_string_list_append (labels, current);
    }

  adw_combo_row_set_model (self->dispositif_row, G_LIST_MODEL (labels));
  return position;
}

/**
 * participation_event_dialog_new:
 * @module: the module to change
 * @event: (nullable): the event to edit, or %NULL to add one
 *
 * Returns: (transfer full): a new dialog, not shown
 */
ParticipationEventDialog *
participation_event_dialog_new (ParticipationModule *module,
                                ParticipationEvent  *event)
{
  ParticipationEventDialog *self;
  g_autoptr(ParticipationEvent) values = NULL;
  guint dispositif;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (module), NULL);
  g_return_val_if_fail (event == NULL || PARTICIPATION_IS_EVENT (event), NULL);

  self = g_object_new (PARTICIPATION_TYPE_EVENT_DIALOG, NULL);
  self->module = g_object_ref (module);
  if (event != NULL)
    {
      self->original = g_object_ref (event);
      gtk_window_set_title (GTK_WINDOW (self), participation_event_get_title (event));
      gtk_button_set_label (self->ok_button, _("_Save"));
    }

  values = event != NULL ? participation_event_copy (event) : participation_event_new ("", "");
  self->draft = participation_event_copy (values);

  /* Each field set below fills the draft from the whole form, so the
   * values are read from their own copy. */
  dispositif = fill_dispositifs (self, participation_event_get_dispositif (values));
  adw_combo_row_set_selected (self->dispositif_row, dispositif);
  adw_combo_row_set_selected (self->status_row, participation_event_get_status (values));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), participation_event_get_date (values));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), participation_event_get_title (values));
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), participation_event_get_place (values));
  field_changed_cb (self);

  return self;
}

/**
 * participation_event_dialog_get_draft:
 *
 * Returns: (transfer none): the event as the form says it
 */
ParticipationEvent *
participation_event_dialog_get_draft (ParticipationEventDialog *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT_DIALOG (self), NULL);

  return self->draft;
}

/**
 * participation_event_dialog_get_error:
 *
 * Returns: (nullable): why the draft cannot be accepted, or %NULL
 */
const char *
participation_event_dialog_get_error (ParticipationEventDialog *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_EVENT_DIALOG (self), NULL);

  return self->error;
}

/* Types @value into the field @field ("date", "title", "place"), or
 * chooses the tool named @value ("dispositif") or the status named
 * @value ("status"), as a person would. For the tests. */
void
participation_event_dialog_set_field (ParticipationEventDialog *self,
                                      const char               *field,
                                      const char               *value)
{
  ParticipationEventStatus status;

  g_return_if_fail (PARTICIPATION_IS_EVENT_DIALOG (self));

  if (g_str_equal (field, "date"))
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), value);
  else if (g_str_equal (field, "title"))
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), value);
  else if (g_str_equal (field, "place"))
    gtk_editable_set_text (GTK_EDITABLE (self->place_row), value);
  else if (g_str_equal (field, "status") && participation_event_status_from_string (value, &status))
    adw_combo_row_set_selected (self->status_row, status);
  else if (g_str_equal (field, "dispositif"))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs));

      for (guint i = 0; i < n; i++)
        if (g_str_equal (gtk_string_list_get_string (self->dispositifs, i), value))
          adw_combo_row_set_selected (self->dispositif_row, i);
    }
  else
    g_return_if_reached ();
}

/**
 * participation_event_dialog_apply:
 * @self: the dialog
 *
 * Does what the Add (or Save) button does, without closing the dialog.
 *
 * Returns: whether the module was changed (the draft is valid)
 */
gboolean
participation_event_dialog_apply (ParticipationEventDialog *self)
{
  g_autoptr(ParticipationEvent) event = NULL;

  g_return_val_if_fail (PARTICIPATION_IS_EVENT_DIALOG (self), FALSE);

  if (self->error != NULL)
    return FALSE;

  event = participation_event_copy (self->draft);
  if (self->original != NULL)
    participation_module_replace_event (self->module, self->original, event);
  else
    participation_module_add_event (self->module, event);
  return TRUE;
}

void
participation_event_dialog_register (GTypeModule *module)
{
  participation_event_dialog_register_type (module);
}
