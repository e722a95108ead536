/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-lieu-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-lieu-dialog.h"

/*
 * MediationLieuDialog: adds one lieu by hand, or edits one. The form shows
 * the required fields of the schema and the optional ones people fill
 * most; the fields it does not show are copied from the lieu edited, so
 * that editing loses nothing an import brought.
 *
 * Every change is written into a draft lieu, and the draft is judged by
 * mediation_schema_check(), the rules imports obey: each problem is shown
 * under its field, and OK stays insensitive while there is one. Whether
 * the id is unique, which the schema leaves to the caller, is checked
 * against the other lieux of the module.
 *
 * An empty id is not a problem: the dialog puts a random UUID in its
 * place, drawn once when the dialog opens, so that it is unique without
 * depending on what the other fields say.
 *
 * The fields with a vocabulary are check buttons, one per value of the
 * vocabulary, and one per other value the lieu already has, so that such
 * a value is kept (or, where the vocabulary is strict, shown as the
 * problem it is) rather than dropped unseen.
 */

typedef struct
{
  MediationField  field;
  const char     *title;
  const char     *hint;
} FormField;

static const FormField form_fields[] = {
  { MEDIATION_FIELD_NOM, N_("Name"), NULL },
  { MEDIATION_FIELD_ID, N_("Identifier"),
    N_("Leave empty to have a unique identifier (a random UUID) generated.") },
  { MEDIATION_FIELD_PIVOT, N_("SIRET, SIREN or RNA number of the structure"), NULL },
  { MEDIATION_FIELD_ADRESSE, N_("Address"), NULL },
  { MEDIATION_FIELD_CODE_POSTAL, N_("Postal code"), NULL },
  { MEDIATION_FIELD_COMMUNE, N_("Commune"), NULL },
  { MEDIATION_FIELD_CODE_INSEE, N_("INSEE code of the commune"), NULL },
  { MEDIATION_FIELD_TELEPHONE, N_("Phone"), N_("Such as +33384123456 or 03 84 12 34 56.") },
  { MEDIATION_FIELD_COURRIELS, N_("Email addresses"), N_("Several are separated by “|”.") },
  { MEDIATION_FIELD_SITE_WEB, N_("Websites"), N_("Several are separated by “|”.") },
  { MEDIATION_FIELD_HORAIRES, N_("Opening hours"),
    N_("In the OpenStreetMap form, such as Mo-Fr 09:00-12:00,14:00-17:30.") },
  { MEDIATION_FIELD_PRESENTATION_RESUME, N_("Summary"), N_("At most 280 characters.") },
  { MEDIATION_FIELD_DATE_MAJ, N_("Last updated"), N_("A date in the form YYYY-MM-DD.") },
  { MEDIATION_FIELD_SERVICES, N_("Services"), NULL },
  { MEDIATION_FIELD_MODALITES_ACCOMPAGNEMENT, N_("Kinds of support"), NULL },
  { MEDIATION_FIELD_FRAIS_A_CHARGE, N_("Fees"), NULL },
  { MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, N_("National programmes"), NULL },
};

#define N_FORM_FIELDS G_N_ELEMENTS (form_fields)

typedef struct
{
  GtkWidget *entry;        /* a GtkEntry, or NULL for check buttons */
  GtkWidget *choices;      /* a GtkFlowBox of GtkCheckButton, or NULL */
  GtkWidget *error_label;
} FieldRow;

struct _MediationLieuDialog
{
  AdwWindow        parent_instance;

  MediationModule *module;
  MediationLieu   *lieu;          /* the lieu edited; NULL when adding */
  MediationLieu   *draft;
  char            *generated_id;
  FieldRow         rows[N_FORM_FIELDS];
  char            *errors[MEDIATION_N_FIELDS];
  guint            n_errors;

  /* Template children */
  GtkBox          *form_box;
  GtkLabel        *other_label;
  GtkButton       *ok_button;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationLieuDialog, mediation_lieu_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

static guint
form_index (MediationField field)
{
  for (guint i = 0; i < N_FORM_FIELDS; i++)
    if (form_fields[i].field == field)
      return i;
  return G_MAXUINT;
}

/* The value of a field of check buttons, in the schema's form. */
static char *
read_choices (FieldRow *row)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (row->choices);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (values, (gpointer) gtk_check_button_get_label (GTK_CHECK_BUTTON (check)));
    }
  g_ptr_array_add (values, NULL);

  return g_strjoinv (MEDIATION_SCHEMA_LIST_SEPARATOR, (char **) values->pdata);
}

static void
remember_error (MediationField  field,
                const char     *value,
                const char     *message,
                gpointer        user_data)
{
  MediationLieuDialog *self = user_data;

  if (self->errors[field] == NULL)
    self->errors[field] = g_strdup (message);
  self->n_errors++;
}

static gboolean
id_is_taken (MediationLieuDialog *self,
             const char          *id)
{
  GListModel *lieux = mediation_module_get_lieux (self->module);
  guint n = g_list_model_get_n_items (lieux);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) other = g_list_model_get_item (lieux, i);

      if (other != self->lieu && g_strcmp0 (mediation_lieu_get_id (other), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
show_error (GtkWidget  *widget,
            GtkWidget  *label,
            const char *message)
{
  gtk_label_set_text (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/* Judges the draft and shows what is wrong, field by field. */
static void
validate (MediationLieuDialog *self)
{
  g_autoptr(GString) others = g_string_new (NULL);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    g_clear_pointer (&self->errors[f], g_free);
  self->n_errors = 0;

  mediation_schema_check (mediation_lieu_get_values (self->draft), remember_error, self);
  if (self->errors[MEDIATION_FIELD_ID] == NULL && id_is_taken (self, mediation_lieu_get_id (self->draft)))
    remember_error (MEDIATION_FIELD_ID, NULL, _("Another place already has this identifier."), self);

  for (guint i = 0; i < N_FORM_FIELDS; i++)
    {
      FieldRow *row = &self->rows[i];

      show_error (row->entry != NULL ? row->entry : row->choices, row->error_label,
                  self->errors[form_fields[i].field]);
    }

  /* A lieu imported may break the schema in a field the form does not
   * show: say which, or OK would stay insensitive without a reason. */
  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    if (self->errors[f] != NULL && form_index (f) == G_MAXUINT)
      {
        if (others->len > 0)
          g_string_append_c (others, '\n');
        g_string_append_printf (others, _("Field “%s”: %s"), mediation_schema_field_name (f),
                                self->errors[f]);
      }
  gtk_label_set_text (self->other_label, others->str);
  gtk_widget_set_visible (GTK_WIDGET (self->other_label), others->len > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), self->n_errors == 0);
}

static void
field_changed_cb (GtkWidget           *widget,
                  MediationLieuDialog *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "mediation-form-index"));
  FieldRow *row = &self->rows[i];
  MediationField field = form_fields[i].field;
  g_autofree char *value = NULL;

  if (row->entry != NULL)
    value = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->entry)));
  else
    value = read_choices (row);

  if (field == MEDIATION_FIELD_ID && *g_strstrip (value) == '\0')
    {
      g_free (value);
      value = g_strdup (self->generated_id);
    }

  mediation_lieu_set_value (self->draft, field, value);
  validate (self);
}

static GtkWidget *
add_choice (MediationLieuDialog *self,
            guint                i,
            const char          *value,
            gboolean             active)
{
  GtkWidget *check = gtk_check_button_new_with_label (value);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data (G_OBJECT (check), "mediation-form-index", GUINT_TO_POINTER (i));
  g_signal_connect (check, "toggled", G_CALLBACK (field_changed_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (self->rows[i].choices), check);
  return check;
}

static GtkWidget *
build_choices (MediationLieuDialog *self,
               guint                i)
{
  MediationField field = form_fields[i].field;
  const char * const *vocabulary = mediation_schema_vocabulary (field);
  const char * const *current = mediation_lieu_get_list (self->draft, field);

  self->rows[i].choices = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->rows[i].choices), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->rows[i].choices), 2);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->rows[i].choices), TRUE);

  for (guint v = 0; vocabulary != NULL && vocabulary[v] != NULL; v++)
    add_choice (self, i, vocabulary[v], g_strv_contains (current, vocabulary[v]));
  for (guint v = 0; current[v] != NULL; v++)
    if (vocabulary == NULL || !g_strv_contains (vocabulary, current[v]))
      add_choice (self, i, current[v], TRUE);

  return self->rows[i].choices;
}

static GtkWidget *
build_entry (MediationLieuDialog *self,
             guint                i)
{
  MediationField field = form_fields[i].field;
  GtkWidget *entry = gtk_entry_new ();
  const char *value = mediation_lieu_get_value (self->draft, field);

  /* The id generated is not shown: the hint says what empty means. */
  if (field != MEDIATION_FIELD_ID || g_strcmp0 (value, self->generated_id) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), value);
  g_object_set_data (G_OBJECT (entry), "mediation-form-index", GUINT_TO_POINTER (i));
  g_signal_connect (entry, "changed", G_CALLBACK (field_changed_cb), self);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  self->rows[i].entry = entry;
  return entry;
}

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* One block per field: its title, its entry or check buttons, a hint,
 * and the problem, when there is one, in red under it. */
static void
build_form (MediationLieuDialog *self)
{
  /* The widgets are given their values before they are connected. */
  for (guint i = 0; i < N_FORM_FIELDS; i++)
    {
      const FormField *form_field = &form_fields[i];
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      g_autofree char *title = NULL;
      GtkWidget *input;
      GtkWidget *title_label;

      if (mediation_schema_field_required (form_field->field) && form_field->field != MEDIATION_FIELD_ID)
        /* Translators: the title of a field the schema requires */
        title = g_strdup_printf (_("%s (required)"), _(form_field->title));
      else
        title = g_strdup (_(form_field->title));
      title_label = new_label (title, "heading");
      gtk_box_append (GTK_BOX (box), title_label);

      if (mediation_schema_field_kind (form_field->field) == MEDIATION_FIELD_KIND_LIST &&
          mediation_schema_vocabulary (form_field->field) != NULL)
        input = build_choices (self, i);
      else
        input = build_entry (self, i);
      gtk_box_append (GTK_BOX (box), input);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (input),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL, -1);

      if (form_field->hint != NULL)
        gtk_box_append (GTK_BOX (box), new_label (_(form_field->hint), "dim-label"));

      self->rows[i].error_label = new_label (NULL, "error");
      gtk_widget_set_visible (self->rows[i].error_label, FALSE);
      gtk_box_append (GTK_BOX (box), self->rows[i].error_label);

      gtk_box_append (self->form_box, box);
    }
}

static void
ok_clicked_cb (MediationLieuDialog *self)
{
  if (mediation_lieu_dialog_apply (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
mediation_lieu_dialog_dispose (GObject *object)
{
  MediationLieuDialog *self = MEDIATION_LIEU_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MEDIATION_TYPE_LIEU_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->lieu);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (mediation_lieu_dialog_parent_class)->dispose (object);
}

static void
mediation_lieu_dialog_finalize (GObject *object)
{
  MediationLieuDialog *self = MEDIATION_LIEU_DIALOG (object);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    g_free (self->errors[f]);
  g_free (self->generated_id);

  G_OBJECT_CLASS (mediation_lieu_dialog_parent_class)->finalize (object);
}

static void
mediation_lieu_dialog_class_init (MediationLieuDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mediation_lieu_dialog_dispose;
  object_class->finalize = mediation_lieu_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/mediation/mediation-lieu-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MediationLieuDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, MediationLieuDialog, other_label);
  gtk_widget_class_bind_template_child (widget_class, MediationLieuDialog, ok_button);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mediation_lieu_dialog_class_finalize (MediationLieuDialogClass *klass)
{
}

static void
mediation_lieu_dialog_init (MediationLieuDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->generated_id = g_uuid_string_random ();
}

/* A copy of every value of @lieu, the fields the form does not show
 * included. */
static MediationLieu *
copy_lieu (MediationLieu *lieu)
{
  const char * const *values = mediation_lieu_get_values (lieu);
  char **copy = g_new0 (char *, MEDIATION_N_FIELDS);

  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    copy[f] = g_strdup (values[f]);
  return mediation_lieu_new_take (copy);
}

/**
 * mediation_lieu_dialog_new:
 * @module: the module the lieu belongs to
 * @lieu: (nullable): the lieu to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, which GTK owns until it is
 *   destroyed; the caller makes it transient for its window and
 *   presents it
 */
MediationLieuDialog *
mediation_lieu_dialog_new (MediationModule *module,
                           MediationLieu   *lieu)
{
  MediationLieuDialog *self;

  g_return_val_if_fail (MEDIATION_IS_MODULE (module), NULL);
  g_return_val_if_fail (lieu == NULL || MEDIATION_IS_LIEU (lieu), NULL);

  self = g_object_new (MEDIATION_TYPE_LIEU_DIALOG, NULL);
  self->module = g_object_ref (module);
  if (lieu != NULL)
    {
      self->lieu = g_object_ref (lieu);
      self->draft = copy_lieu (lieu);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Place"));
      gtk_button_set_label (self->ok_button, _("_Apply"));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      self->draft = mediation_lieu_new ();
      mediation_lieu_set_value (self->draft, MEDIATION_FIELD_DATE_MAJ, today);
      gtk_window_set_title (GTK_WINDOW (self), _("Add a Place"));
    }
  if (*mediation_lieu_get_id (self->draft) == '\0')
    mediation_lieu_set_value (self->draft, MEDIATION_FIELD_ID, self->generated_id);

  build_form (self);
  validate (self);

  return self;
}

gboolean
mediation_lieu_dialog_is_valid (MediationLieuDialog *self)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU_DIALOG (self), FALSE);

  return self->n_errors == 0;
}

/* The first problem of @field, as shown under it, or NULL. */
const char *
mediation_lieu_dialog_get_error (MediationLieuDialog *self,
                                 MediationField       field)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU_DIALOG (self), NULL);
  g_return_val_if_fail (field < MEDIATION_N_FIELDS, NULL);

  return self->errors[field];
}

/**
 * mediation_lieu_dialog_get_widget:
 * @self: a #MediationLieuDialog
 * @field: a field of the form
 * @choice: (nullable): for a field of check buttons, the value of one
 *
 * For the tests.
 *
 * Returns: (transfer none) (nullable): the entry of @field, or its check
 *   button for @choice
 */
GtkWidget *
mediation_lieu_dialog_get_widget (MediationLieuDialog *self,
                                  MediationField       field,
                                  const char          *choice)
{
  guint i = form_index (field);

  g_return_val_if_fail (MEDIATION_IS_LIEU_DIALOG (self), NULL);

  if (i == G_MAXUINT)
    return NULL;
  if (self->rows[i].entry != NULL)
    return self->rows[i].entry;

  for (GtkWidget *child = gtk_widget_get_first_child (self->rows[i].choices);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), choice) == 0)
        return check;
    }
  return NULL;
}

GtkWidget *
mediation_lieu_dialog_get_ok_button (MediationLieuDialog *self)
{
  g_return_val_if_fail (MEDIATION_IS_LIEU_DIALOG (self), NULL);

  return GTK_WIDGET (self->ok_button);
}

static gboolean
same_values (MediationLieu *a,
             MediationLieu *b)
{
  for (guint f = 0; f < MEDIATION_N_FIELDS; f++)
    if (g_strcmp0 (mediation_lieu_get_value (a, f), mediation_lieu_get_value (b, f)) != 0)
      return FALSE;
  return TRUE;
}

/**
 * mediation_lieu_dialog_apply:
 * @self: a #MediationLieuDialog
 *
 * Adds the lieu to the module, or puts it in the place of the lieu edited,
 * in one change of the module. Nothing happens while the form is invalid,
 * the id of another lieu included.
 *
 * Returns: whether the form was valid
 */
gboolean
mediation_lieu_dialog_apply (MediationLieuDialog *self)
{
  g_autoptr(GPtrArray) lieux = NULL;
  g_autoptr(MediationLieu) lieu = NULL;

  g_return_val_if_fail (MEDIATION_IS_LIEU_DIALOG (self), FALSE);

  validate (self);
  if (self->n_errors > 0)
    return FALSE;
  if (self->lieu != NULL && same_values (self->lieu, self->draft))
    return TRUE;

  /* A copy: the draft stays the dialog's, should it be applied twice. */
  lieu = copy_lieu (self->draft);
  lieux = g_ptr_array_new ();
  g_ptr_array_add (lieux, lieu);

  /* With the same id, merging replaces the lieu where it stands; with
   * another, the old one goes and the new one comes at the end. */
  if (self->lieu != NULL &&
      g_strcmp0 (mediation_lieu_get_id (self->lieu), mediation_lieu_get_id (lieu)) != 0)
    mediation_module_remove_lieu (self->module, self->lieu);
  mediation_module_merge_lieux (self->module, lieux, NULL, NULL);

  g_set_object (&self->lieu, lieu);
  return TRUE;
}

void
mediation_lieu_dialog_register (GTypeModule *module)
{
  mediation_lieu_dialog_register_type (module);
}
