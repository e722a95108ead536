/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-commune-dialog.c: adds a member commune, or edits one: INSEE
 * code, name and population, checked as they are typed. The button stays
 * insensitive until all three are valid and the code is not another
 * commune's.
 */
#define G_LOG_DOMAIN "maillage-commune-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-commune-dialog.h"
#include "maillage-commune-import.h"

struct _MaillageCommuneDialog
{
  AdwWindow          parent_instance;

  MaillageTerritory *territory;
  /* The commune edited, or NULL when adding one. */
  MaillageCommune   *commune;

  /* A row shows its error only once it has been typed in, so that a new
   * commune's empty form does not start out red. */
  guint              insee_touched : 1;
  guint              name_touched : 1;
  guint              population_touched : 1;
  guint              filling : 1;

  /* Template children */
  AdwWindowTitle    *window_title;
  GtkButton         *apply_button;
  AdwEntryRow       *insee_row;
  AdwEntryRow       *name_row;
  AdwEntryRow       *population_row;
  GtkLabel          *message_label;
};

G_DEFINE_FINAL_TYPE (MaillageCommuneDialog, maillage_commune_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_TERRITORY,
  PROP_COMMUNE,
  N_PROPS
};

enum {
  APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The values of the form, checked. Each error is NULL when that value is
 * fine. */
typedef struct
{
  char   *insee;
  char   *name;
  guint   population;
  GError *insee_error;
  GError *name_error;
  GError *population_error;
} Values;

static void
values_clear (Values *values)
{
  g_free (values->insee);
  g_free (values->name);
  g_clear_error (&values->insee_error);
  g_clear_error (&values->name_error);
  g_clear_error (&values->population_error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Values, values_clear)

static void
read_values (MaillageCommuneDialog *self,
             Values                *values)
{
  MaillageCommune *other;

  values->insee = maillage_commune_normalize_insee (gtk_editable_get_text (GTK_EDITABLE (self->insee_row)));
  values->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (maillage_commune_check_insee (values->insee, &values->insee_error))
    {
      other = maillage_territory_find_commune (self->territory, values->insee);
      if (other != NULL && other != self->commune)
        g_set_error (&values->insee_error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                     MAILLAGE_COMMUNE_IMPORT_ERROR_DUPLICATE,
                     _("%s is already the code of the commune “%s”"),
                     values->insee, maillage_commune_get_name (other));
    }

  if (*values->name == '\0')
    g_set_error_literal (&values->name_error, MAILLAGE_COMMUNE_IMPORT_ERROR,
                         MAILLAGE_COMMUNE_IMPORT_ERROR_INVALID_VALUE,
                         _("the name is empty"));

  maillage_commune_import_parse_population (gtk_editable_get_text (GTK_EDITABLE (self->population_row)),
                                            &values->population, &values->population_error);
}

static const char *
show_error (AdwEntryRow  *row,
            GError       *error,
            gboolean      touched)
{
  const char *message = error != NULL && touched ? error->message : NULL;

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);

  return message;
}

/* Marks the rows in error and says what is wrong with the first one; only
 * a valid form can be applied. */
static void
update_validation (MaillageCommuneDialog *self)
{
  g_auto(Values) values = { 0, };
  const char *messages[3];
  const char *message = NULL;
  g_autofree char *sentence = NULL;

  read_values (self, &values);

  messages[0] = show_error (self->insee_row, values.insee_error, self->insee_touched);
  messages[1] = show_error (self->name_row, values.name_error, self->name_touched);
  messages[2] = show_error (self->population_row, values.population_error, self->population_touched);
  for (guint i = 0; i < G_N_ELEMENTS (messages) && message == NULL; i++)
    message = messages[i];

  /* The messages are clauses shared with the CSV import; here they stand
   * alone, so they start with a capital. */
  if (message != NULL)
    {
      g_autofree char *first = g_utf8_substring (message, 0, 1);
      g_autofree char *upper = g_utf8_strup (first, -1);

      sentence = g_strconcat (upper, g_utf8_offset_to_pointer (message, 1), ".", NULL);
    }
  gtk_label_set_text (self->message_label, sentence != NULL ? sentence : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), sentence != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commune.apply",
                                 values.insee_error == NULL &&
                                 values.name_error == NULL &&
                                 values.population_error == NULL);
}

static void
row_changed_cb (MaillageCommuneDialog *self,
                AdwEntryRow           *row)
{
  if (!self->filling)
    {
      if (row == self->insee_row)
        self->insee_touched = TRUE;
      else if (row == self->name_row)
        self->name_touched = TRUE;
      else if (row == self->population_row)
        self->population_touched = TRUE;
    }

  update_validation (self);
}

/**
 * maillage_commune_dialog_apply:
 * @self: a #MaillageCommuneDialog
 *
 * Does what the Add or Save button does: if the form is valid, adds the
 * commune to the territory or changes the one edited, emits
 * #MaillageCommuneDialog::applied and closes the dialog.
 *
 * Returns: %TRUE if the form was valid and applied
 */
gboolean
maillage_commune_dialog_apply (MaillageCommuneDialog *self)
{
  g_auto(Values) values = { 0, };
  g_autoptr(MaillageCommune) commune = NULL;

  g_return_val_if_fail (MAILLAGE_IS_COMMUNE_DIALOG (self), FALSE);

  read_values (self, &values);
  if (values.insee_error != NULL || values.name_error != NULL || values.population_error != NULL)
    {
      self->insee_touched = self->name_touched = self->population_touched = TRUE;
      update_validation (self);
      return FALSE;
    }

  if (self->commune == NULL)
    {
      commune = maillage_commune_new (values.insee, values.name, values.population);
      maillage_territory_add_commune (self->territory, commune);
    }
  else
    {
      commune = g_object_ref (self->commune);
      maillage_commune_set_insee (commune, values.insee);
      maillage_commune_set_name (commune, values.name);
      maillage_commune_set_population (commune, values.population);
    }

  g_signal_emit (self, signals[APPLIED], 0, commune);
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
row_activated_cb (MaillageCommuneDialog *self)
{
  maillage_commune_dialog_apply (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  maillage_commune_dialog_apply (MAILLAGE_COMMUNE_DIALOG (widget));
}

static void
fill_form (MaillageCommuneDialog *self)
{
  const char *title = self->commune != NULL ? _("Edit Commune") : _("New Commune");

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (self->apply_button, self->commune != NULL ? _("_Save") : _("_Add"));

  self->filling = TRUE;
  if (self->commune != NULL)
    {
      g_autofree char *population = maillage_format_integer (maillage_commune_get_population (self->commune));

      gtk_editable_set_text (GTK_EDITABLE (self->insee_row), maillage_commune_get_insee (self->commune));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), maillage_commune_get_name (self->commune));
      gtk_editable_set_text (GTK_EDITABLE (self->population_row), population);
    }
  self->filling = FALSE;

  update_validation (self);
}

/**
 * maillage_commune_dialog_new:
 * @territory: the territory the commune belongs to
 * @commune: (nullable): the commune to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, to present; GTK owns it until it
 *   is closed
 */
MaillageCommuneDialog *
maillage_commune_dialog_new (MaillageTerritory *territory,
                             MaillageCommune   *commune)
{
  g_return_val_if_fail (MAILLAGE_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (commune == NULL || MAILLAGE_IS_COMMUNE (commune), NULL);

  return g_object_new (MAILLAGE_TYPE_COMMUNE_DIALOG,
                       "territory", territory,
                       "commune", commune,
                       NULL);
}

/**
 * maillage_commune_dialog_get_commune:
 * @self: a #MaillageCommuneDialog
 *
 * Returns: (transfer none) (nullable): the commune edited, or %NULL when
 *   adding one
 */
MaillageCommune *
maillage_commune_dialog_get_commune (MaillageCommuneDialog *self)
{
  g_return_val_if_fail (MAILLAGE_IS_COMMUNE_DIALOG (self), NULL);

  return self->commune;
}

static void
maillage_commune_dialog_constructed (GObject *object)
{
  MaillageCommuneDialog *self = MAILLAGE_COMMUNE_DIALOG (object);

  G_OBJECT_CLASS (maillage_commune_dialog_parent_class)->constructed (object);

  g_assert (self->territory != NULL);
  fill_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->insee_row));
}

static void
maillage_commune_dialog_dispose (GObject *object)
{
  MaillageCommuneDialog *self = MAILLAGE_COMMUNE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_COMMUNE_DIALOG);
  g_clear_object (&self->commune);
  g_clear_object (&self->territory);

  G_OBJECT_CLASS (maillage_commune_dialog_parent_class)->dispose (object);
}

static void
maillage_commune_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MaillageCommuneDialog *self = MAILLAGE_COMMUNE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TERRITORY:
      g_value_set_object (value, self->territory);
      break;

    case PROP_COMMUNE:
      g_value_set_object (value, self->commune);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_commune_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MaillageCommuneDialog *self = MAILLAGE_COMMUNE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TERRITORY:
      self->territory = g_value_dup_object (value);
      break;

    case PROP_COMMUNE:
      self->commune = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_commune_dialog_class_init (MaillageCommuneDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = maillage_commune_dialog_constructed;
  object_class->dispose = maillage_commune_dialog_dispose;
  object_class->get_property = maillage_commune_dialog_get_property;
  object_class->set_property = maillage_commune_dialog_set_property;

  properties[PROP_TERRITORY] =
    g_param_spec_object ("territory", NULL, NULL,
                         MAILLAGE_TYPE_TERRITORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMUNE] =
    g_param_spec_object ("commune", NULL, NULL,
                         MAILLAGE_TYPE_COMMUNE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageCommuneDialog::applied:
   * @self: the dialog
   * @commune: the commune added or changed
   *
   * Emitted once the form has been applied to the territory, just before
   * the dialog closes.
   */
  signals[APPLIED] =
    g_signal_new ("applied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MAILLAGE_TYPE_COMMUNE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-commune-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageCommuneDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MaillageCommuneDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, MaillageCommuneDialog, insee_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageCommuneDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageCommuneDialog, population_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageCommuneDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "commune.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
maillage_commune_dialog_init (MaillageCommuneDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
