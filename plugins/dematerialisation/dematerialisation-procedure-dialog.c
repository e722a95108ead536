/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dematerialisation-procedure-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dematerialisation-procedure-dialog.h"

/*
 * DematerialisationProcedureDialog: adds a procedure, or edits one. Every
 * change of the form is written into a draft and checked at once: what is
 * wrong is said at the top of the form, the field is marked, and OK stays
 * insensitive until it is put right. The module changes only when OK is
 * pressed, in one change (a new procedure added, or the one edited
 * replaced by the draft); Cancel leaves it as it was.
 */

/* The largest number of procedures a year taken: beyond, it is a typo. */
#define MAX_VOLUME G_GINT64_CONSTANT (1000000000000)

struct _DematerialisationProcedureDialog
{
  AdwWindow                   parent_instance;

  DematerialisationModule    *module;
  DematerialisationProcedure *procedure;   /* the one edited; NULL when adding */
  DematerialisationProcedure *draft;
  GPtrArray                  *errors;      /* char *, in the form's order */
  GtkWidget                  *audience_checks[DEMATERIALISATION_N_AUDIENCES];
  gboolean                    filling;

  /* Template children */
  GtkLabel                   *error_label;
  AdwEntryRow                *name_row;
  AdwEntryRow                *service_row;
  AdwEntryRow                *platform_row;
  AdwEntryRow                *volume_row;
  GtkFlowBox                 *audiences_box;
  AdwComboRow                *state_row;
  AdwComboRow                *target_state_row;
  AdwComboRow                *priority_row;
  AdwEntryRow                *target_date_row;
  AdwComboRow                *rgaa_row;
  AdwEntryRow                *rate_row;
  GtkTextView                *notes_view;
  GtkButton                  *ok_button;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DematerialisationProcedureDialog, dematerialisation_procedure_dialog,
                                ADW_TYPE_WINDOW, G_TYPE_FLAG_FINAL, {})

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
mark (GtkWidget *widget,
      gboolean   wrong)
{
  if (wrong)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
fail (DematerialisationProcedureDialog *self,
      GtkWidget                        *widget,
      const char                       *message)
{
  g_ptr_array_add (self->errors, g_strdup (message));
  mark (widget, TRUE);
}

/* A whole number from @min to @max typed in @row, as people write one
 * (`1 200`, `72 %`); DEMATERIALISATION_UNKNOWN when the row is empty.
 * FALSE if it is something else. */
static gboolean
read_whole_number (AdwEntryRow *row,
                   gint64       min,
                   gint64       max,
                   gint64      *value)
{
  g_autofree char *text = row_text (row);
  double number;

  if (*text == '\0')
    {
      *value = DEMATERIALISATION_UNKNOWN;
      return TRUE;
    }
  if (!maillage_format_parse_number (text, &number, NULL) ||
      number != floor (number) || number < min || number > max)
    return FALSE;

  *value = (gint64) number;
  return TRUE;
}

/* `2027-09`, or `09/2027` as people write it in French, as `2027-09`; ""
 * for nothing; NULL for anything else. */
static char *
read_month (AdwEntryRow *row)
{
  g_autofree char *text = row_text (row);
  g_autofree char *swapped = NULL;

  if (*text == '\0' || maillage_action_year_month_is_valid (text))
    return g_steal_pointer (&text);

  if (g_regex_match_simple ("^[0-9]{1,2}/[0-9]{4}$", text, 0, 0))
    {
      int month = atoi (text);

      swapped = g_strdup_printf ("%s-%02d", strchr (text, '/') + 1, month);
      if (maillage_action_year_month_is_valid (swapped))
        return g_steal_pointer (&swapped);
    }

  return NULL;
}

/* Reads the form into the draft and says what is wrong. */
static void
validate (DematerialisationProcedureDialog *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *service = row_text (self->service_row);
  g_autofree char *platform = row_text (self->platform_row);
  g_autofree char *month = read_month (self->target_date_row);
  g_autofree char *notes = NULL;
  g_autofree char *joined = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  guint audiences = 0;
  gint64 volume, rate;

  g_ptr_array_set_size (self->errors, 0);

  mark (GTK_WIDGET (self->name_row), FALSE);
  if (*name == '\0')
    fail (self, GTK_WIDGET (self->name_row), _("Give the procedure a name."));
  dematerialisation_procedure_set_name (self->draft, name);
  dematerialisation_procedure_set_service (self->draft, service);
  dematerialisation_procedure_set_platform (self->draft, platform);

  mark (GTK_WIDGET (self->volume_row), FALSE);
  if (read_whole_number (self->volume_row, 0, MAX_VOLUME, &volume))
    dematerialisation_procedure_set_volume (self->draft, volume);
  else
    fail (self, GTK_WIDGET (self->volume_row),
          _("The number of procedures a year must be a whole number, such as 1 200, or nothing."));

  for (guint i = 0; i < DEMATERIALISATION_N_AUDIENCES; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->audience_checks[i])))
      audiences |= 1u << i;
  dematerialisation_procedure_set_audiences (self->draft, audiences);

  dematerialisation_procedure_set_state (self->draft, adw_combo_row_get_selected (self->state_row));
  dematerialisation_procedure_set_target_state (self->draft, adw_combo_row_get_selected (self->target_state_row));
  dematerialisation_procedure_set_priority (self->draft, adw_combo_row_get_selected (self->priority_row));

  mark (GTK_WIDGET (self->target_date_row), FALSE);
  if (month != NULL)
    dematerialisation_procedure_set_target_date (self->draft, month);
  else
    fail (self, GTK_WIDGET (self->target_date_row),
          _("Write the target date as a month, YYYY-MM, such as 2027-09."));

  dematerialisation_procedure_set_rgaa (self->draft, adw_combo_row_get_selected (self->rgaa_row));
  mark (GTK_WIDGET (self->rate_row), FALSE);
  if (read_whole_number (self->rate_row, 0, 100, &rate))
    dematerialisation_procedure_set_rgaa_rate (self->draft, (int) rate);
  else
    fail (self, GTK_WIDGET (self->rate_row),
          _("The compliance rate must be a whole number from 0 to 100, or nothing."));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  dematerialisation_procedure_set_notes (self->draft, notes);

  g_ptr_array_add (self->errors, NULL);
  joined = g_strjoinv ("\n", (char **) self->errors->pdata);
  g_ptr_array_set_size (self->errors, self->errors->len - 1);
  gtk_label_set_text (self->error_label, joined);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->errors->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), self->errors->len == 0);
}

static void
changed_cb (DematerialisationProcedureDialog *self)
{
  if (!self->filling)
    validate (self);
}

static void
ok_clicked_cb (DematerialisationProcedureDialog *self)
{
  if (dematerialisation_procedure_dialog_apply (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
dematerialisation_procedure_dialog_dispose (GObject *object)
{
  DematerialisationProcedureDialog *self = DEMATERIALISATION_PROCEDURE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DEMATERIALISATION_TYPE_PROCEDURE_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->procedure);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (dematerialisation_procedure_dialog_parent_class)->dispose (object);
}

static void
dematerialisation_procedure_dialog_class_init (DematerialisationProcedureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dematerialisation_procedure_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/dematerialisation/"
                                               "dematerialisation-procedure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, platform_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, volume_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, audiences_box);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, state_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, target_state_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, target_date_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, rgaa_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, rate_row);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, DematerialisationProcedureDialog, ok_button);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dematerialisation_procedure_dialog_class_finalize (DematerialisationProcedureDialogClass *klass)
{
}

static void
dematerialisation_procedure_dialog_init (DematerialisationProcedureDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->errors = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->ok_button));
}

static void
set_choices (AdwComboRow           *row,
             DematerialisationList  list,
             guint                  selected)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  for (guint i = 0; i < dematerialisation_list_size (list); i++)
    gtk_string_list_append (strings, dematerialisation_list_label (list, i));
  adw_combo_row_set_model (row, G_LIST_MODEL (strings));
  adw_combo_row_set_selected (row, selected);
}

static void
set_number (AdwEntryRow *row,
            gint64       value)
{
  g_autofree char *text = NULL;

  if (value != DEMATERIALISATION_UNKNOWN)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The form shows the draft; connected once filled, so that filling it is
 * no change. */
static void
fill (DematerialisationProcedureDialog *self)
{
  DematerialisationProcedure *draft = self->draft;
  guint audiences = dematerialisation_procedure_get_audiences (draft);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), dematerialisation_procedure_get_name (draft));
  gtk_editable_set_text (GTK_EDITABLE (self->service_row), dematerialisation_procedure_get_service (draft));
  gtk_editable_set_text (GTK_EDITABLE (self->platform_row), dematerialisation_procedure_get_platform (draft));
  set_number (self->volume_row, dematerialisation_procedure_get_volume (draft));
  for (guint i = 0; i < DEMATERIALISATION_N_AUDIENCES; i++)
    {
      GtkWidget *check =
        gtk_check_button_new_with_label (dematerialisation_list_label (DEMATERIALISATION_LIST_AUDIENCE, i));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (audiences & (1u << i)) != 0);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (changed_cb), self);
      gtk_flow_box_append (self->audiences_box, check);
      self->audience_checks[i] = check;
    }
  set_choices (self->state_row, DEMATERIALISATION_LIST_STATE, dematerialisation_procedure_get_state (draft));
  set_choices (self->target_state_row, DEMATERIALISATION_LIST_STATE,
               dematerialisation_procedure_get_target_state (draft));
  set_choices (self->priority_row, DEMATERIALISATION_LIST_PRIORITY,
               dematerialisation_procedure_get_priority (draft));
  gtk_editable_set_text (GTK_EDITABLE (self->target_date_row), dematerialisation_procedure_get_target_date (draft));
  set_choices (self->rgaa_row, DEMATERIALISATION_LIST_RGAA, dematerialisation_procedure_get_rgaa (draft));
  set_number (self->rate_row, dematerialisation_procedure_get_rgaa_rate (draft));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            dematerialisation_procedure_get_notes (draft), -1);
  self->filling = FALSE;

  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->service_row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->platform_row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->volume_row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->target_date_row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->rate_row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->state_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->target_state_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->priority_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->rgaa_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed", G_CALLBACK (changed_cb), self);
}

/**
 * dematerialisation_procedure_dialog_new:
 * @module: the module the procedure belongs to
 * @procedure: (nullable): the procedure to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, which GTK owns until it is
 *   destroyed; the caller makes it transient for its window and
 *   presents it
 */
DematerialisationProcedureDialog *
dematerialisation_procedure_dialog_new (DematerialisationModule    *module,
                                        DematerialisationProcedure *procedure)
{
  DematerialisationProcedureDialog *self;

  g_return_val_if_fail (DEMATERIALISATION_IS_MODULE (module), NULL);
  g_return_val_if_fail (procedure == NULL || DEMATERIALISATION_IS_PROCEDURE (procedure), NULL);

  self = g_object_new (DEMATERIALISATION_TYPE_PROCEDURE_DIALOG, NULL);
  self->module = g_object_ref (module);
  if (procedure != NULL)
    {
      self->procedure = g_object_ref (procedure);
      self->draft = dematerialisation_procedure_copy (procedure);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Procedure"));
      gtk_button_set_label (self->ok_button, _("_Apply"));
    }
  else
    {
      self->draft = dematerialisation_procedure_new (NULL);
    }

  fill (self);
  validate (self);

  return self;
}

/* The values of the form, as they would be applied. */
DematerialisationProcedure *
dematerialisation_procedure_dialog_get_draft (DematerialisationProcedureDialog *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE_DIALOG (self), NULL);

  return self->draft;
}

gboolean
dematerialisation_procedure_dialog_is_valid (DematerialisationProcedureDialog *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE_DIALOG (self), FALSE);

  return self->errors->len == 0;
}

/* What is wrong with the form, as shown at its top; "" if nothing. */
const char *
dematerialisation_procedure_dialog_get_errors (DematerialisationProcedureDialog *self)
{
  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE_DIALOG (self), NULL);

  return gtk_label_get_text (self->error_label);
}

/**
 * dematerialisation_procedure_dialog_get_widget:
 * @self: a #DematerialisationProcedureDialog
 * @field: `name`, `service`, `platform`, `volume`, `state`,
 *   `target-state`, `priority`, `target-date`, `rgaa`, `rate`, `notes`,
 *   `ok`, or an audience's name in the project file (`staff`)
 *
 * For the tests.
 *
 * Returns: (transfer none) (nullable): the widget of @field
 */
GtkWidget *
dematerialisation_procedure_dialog_get_widget (DematerialisationProcedureDialog *self,
                                               const char                       *field)
{
  const struct
  {
    const char *name;
    gpointer    widget;
  } widgets[] = {
    { "name", self->name_row },
    { "service", self->service_row },
    { "platform", self->platform_row },
    { "volume", self->volume_row },
    { "state", self->state_row },
    { "target-state", self->target_state_row },
    { "priority", self->priority_row },
    { "target-date", self->target_date_row },
    { "rgaa", self->rgaa_row },
    { "rate", self->rate_row },
    { "notes", self->notes_view },
    { "ok", self->ok_button },
  };
  guint audience;

  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (g_strcmp0 (widgets[i].name, field) == 0)
      return widgets[i].widget;
  if (dematerialisation_list_from_string (DEMATERIALISATION_LIST_AUDIENCE, field, &audience))
    return self->audience_checks[audience];

  return NULL;
}

/**
 * dematerialisation_procedure_dialog_apply:
 * @self: a #DematerialisationProcedureDialog
 *
 * Adds the procedure to the module, or puts it in the place of the one
 * edited, in one change of the module. Nothing happens while the form is
 * invalid.
 *
 * Returns: whether the form was valid
 */
gboolean
dematerialisation_procedure_dialog_apply (DematerialisationProcedureDialog *self)
{
  g_autoptr(DematerialisationProcedure) procedure = NULL;

  g_return_val_if_fail (DEMATERIALISATION_IS_PROCEDURE_DIALOG (self), FALSE);

  validate (self);
  if (self->errors->len > 0)
    return FALSE;
  if (self->procedure != NULL && dematerialisation_procedure_equal (self->procedure, self->draft))
    return TRUE;

  /* A copy: the draft stays the dialog's, should it be applied twice. */
  procedure = dematerialisation_procedure_copy (self->draft);
  if (self->procedure != NULL)
    dematerialisation_module_replace_procedure (self->module, self->procedure, procedure);
  else
    dematerialisation_module_add_procedure (self->module, procedure);

  g_set_object (&self->procedure, procedure);
  return TRUE;
}

void
dematerialisation_procedure_dialog_register (GTypeModule *module)
{
  dematerialisation_procedure_dialog_register_type (module);
}
