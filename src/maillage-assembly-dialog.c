/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-assembly-dialog.c: edits one assembly and its séance. The
 * rows edit a copy; « Enregistrer » copies it back onto the assembly of
 * the project, Cancel leaves the project untouched. While the user types,
 * the dialog shows the votants, whether the quorum is met and what
 * maillage_assembly_check() finds wrong; dates are typed as French people
 * write them (28/01/2027) and kept in ISO form.
 */
#define G_LOG_DOMAIN "maillage-assembly-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "maillage-assembly-dialog.h"

struct _MaillageAssemblyDialog
{
  AdwWindow         parent_instance;

  MaillageAssembly *assembly;
  MaillageAssembly *edited;

  /* Template children */
  GtkLabel         *error_label;
  AdwActionRow     *check_row;
  GtkImage         *check_icon;
  AdwComboRow      *kind_row;
  AdwEntryRow      *name_row;
  AdwEntryRow      *collectivite_row;
  AdwEntryRow      *siret_row;
  AdwEntryRow      *number_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *time_row;
  AdwEntryRow      *place_row;
  AdwEntryRow      *convocation_row;
  AdwEntryRow      *prefecture_row;
  AdwEntryRow      *president_row;
  AdwEntryRow      *president_title_row;
  AdwEntryRow      *secretary_row;
  GtkSpinButton    *members_spin;
  GtkSpinButton    *present_spin;
  GtkSpinButton    *represented_spin;
  AdwActionRow     *voters_row;
  GtkSwitch        *unanimous_switch;
  GtkSpinButton    *for_spin;
  GtkSpinButton    *against_spin;
  GtkSpinButton    *abstentions_spin;
};

G_DEFINE_FINAL_TYPE (MaillageAssemblyDialog, maillage_assembly_dialog, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds, in the order of MaillageAssemblyKind. */
static const char * const kind_labels[] = {
  N_("Community council"),
  N_("Municipal council"),
  N_("Departmental council"),
  N_("Regional council"),
  N_("Other assembly"),
  NULL,
};

/**
 * maillage_assembly_dialog_parse_date:
 * @text: a date as typed: `28/01/2027`, `28/1/2027` or `2027-01-28`
 *
 * Returns: (transfer full) (nullable): the date written `YYYY-MM-DD`, ""
 *   for an empty @text, or %NULL if @text is no date
 */
char *
maillage_assembly_dialog_parse_date (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint day, month, year;
  char end;

  if (*stripped == '\0')
    return g_strdup ("");
  if (maillage_assembly_date_is_valid (stripped))
    return g_steal_pointer (&stripped);
  if (sscanf (stripped, "%u/%u/%u%c", &day, &month, &year, &end) != 3 ||
      year < 1000 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static char *
date_to_text (const char *iso)
{
  if (!maillage_assembly_date_is_valid (iso))
    return g_strdup (iso);

  return g_strdup_printf ("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

static gboolean
iso_to_text (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_take_string (to, date_to_text (g_value_get_string (from)));
  return TRUE;
}

/* A date that cannot be read stays in the row, marked, and the assembly
 * keeps its last good one: Save refuses until it is fixed. */
static gboolean
text_to_iso (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  char *iso = maillage_assembly_dialog_parse_date (g_value_get_string (from));
  GtkWidget *row = GTK_WIDGET (g_binding_dup_source (binding));

  if (iso == NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  g_object_unref (row);

  if (iso == NULL)
    return FALSE;

  g_value_take_string (to, iso);
  return TRUE;
}

static void
update_status (MaillageAssemblyDialog *self)
{
  MaillageAssembly *edited = self->edited;
  g_autofree char *voters = g_strdup_printf ("%u", maillage_assembly_get_voters (edited));
  g_autofree char *problem = maillage_assembly_check (edited);
  gboolean counted = !maillage_assembly_get_unanimous (edited);

  adw_action_row_set_subtitle (self->voters_row, voters);

  gtk_widget_set_sensitive (GTK_WIDGET (self->for_spin), counted);
  gtk_widget_set_sensitive (GTK_WIDGET (self->against_spin), counted);
  gtk_widget_set_sensitive (GTK_WIDGET (self->abstentions_spin), counted);

  if (problem != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->check_row),
                                     maillage_assembly_has_quorum (edited)
                                     ? _("The counts of the session do not hold together")
                                     : _("Quorum not met"));
      adw_action_row_set_subtitle (self->check_row, problem);
      gtk_image_set_from_icon_name (self->check_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->check_row), "warning");
    }
  else
    {
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf (_("%u members present out of %u in office; %s."),
                                  maillage_assembly_get_present (edited),
                                  maillage_assembly_get_members (edited),
                                  maillage_assembly_is_adopted (edited) ? _("adopted") : _("not adopted"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->check_row), _("Quorum met"));
      adw_action_row_set_subtitle (self->check_row, subtitle);
      gtk_image_set_from_icon_name (self->check_icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->check_row), "warning");
    }
}

static gboolean
kind_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_kind (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > MAILLAGE_ASSEMBLY_KIND_OTHER)
    return FALSE;

  g_value_set_enum (to, (int) selected);
  return TRUE;
}

static void
bind_text (MaillageAssemblyDialog *self,
           const char             *property,
           AdwEntryRow            *row)
{
  g_object_bind_property (self->edited, property, row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
bind_date (MaillageAssemblyDialog *self,
           const char             *property,
           AdwEntryRow            *row)
{
  g_object_bind_property_full (row, "text", self->edited, property, G_BINDING_BIDIRECTIONAL,
                               text_to_iso, iso_to_text, NULL, NULL);
  {
    g_autofree char *iso = NULL;
    g_autofree char *text = NULL;

    g_object_get (self->edited, property, &iso, NULL);
    text = date_to_text (iso);
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  }
}

static void
bind_count (MaillageAssemblyDialog *self,
            const char             *property,
            GtkSpinButton          *spin)
{
  g_object_bind_property (self->edited, property, gtk_spin_button_get_adjustment (spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
bind_rows (MaillageAssemblyDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (guint i = 0; kind_labels[i] != NULL; i++)
    gtk_string_list_append (kinds, _(kind_labels[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_object_bind_property_full (self->edited, "kind", self->kind_row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               kind_to_selected, selected_to_kind, NULL, NULL);

  bind_text (self, "name", self->name_row);
  bind_text (self, "collectivite", self->collectivite_row);
  bind_text (self, "siret", self->siret_row);
  bind_text (self, "number", self->number_row);
  bind_date (self, "date", self->date_row);
  bind_text (self, "time", self->time_row);
  bind_text (self, "place", self->place_row);
  bind_date (self, "convocation-date", self->convocation_row);
  bind_date (self, "prefecture-date", self->prefecture_row);
  bind_text (self, "president", self->president_row);
  bind_text (self, "president-title", self->president_title_row);
  bind_text (self, "secretary", self->secretary_row);
  bind_count (self, "members", self->members_spin);
  bind_count (self, "present", self->present_spin);
  bind_count (self, "represented", self->represented_spin);
  g_object_bind_property (self->edited, "unanimous", self->unanimous_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  bind_count (self, "votes-for", self->for_spin);
  bind_count (self, "votes-against", self->against_spin);
  bind_count (self, "abstentions", self->abstentions_spin);

  g_signal_connect_object (self->edited, "changed", G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  update_status (self);
}

/* What stops the assembly from being saved, in French; NULL if nothing. */
static char *
dup_refusal (MaillageAssemblyDialog *self)
{
  const struct {
    AdwEntryRow *row;
    const char  *label;
  } dates[] = {
    { self->date_row, N_("the date of the session") },
    { self->convocation_row, N_("the date of the convocation") },
    { self->prefecture_row, N_("the date it was sent to the prefecture") },
  };
  const char *siret = maillage_assembly_get_siret (self->edited);
  const char *time = maillage_assembly_get_time (self->edited);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = maillage_assembly_dialog_parse_date (gtk_editable_get_text (GTK_EDITABLE (dates[i].row)));

      if (iso == NULL)
        /* Translators: %s is « la date de la séance » */
        return g_strdup_printf (_("Write %s as day/month/year, such as 28/01/2027."), _(dates[i].label));
    }
  if (*siret != '\0' && !maillage_assembly_siret_is_valid (siret))
    return g_strdup (_("The SIRET must be 14 digits whose check key holds."));
  if (*time != '\0' && !maillage_assembly_time_is_valid (time))
    return g_strdup (_("Write the time as hours:minutes, such as 18:30."));

  return NULL;
}

/**
 * maillage_assembly_dialog_apply:
 * @self: a #MaillageAssemblyDialog
 *
 * Copies the edited fields onto the assembly, if they can be saved;
 * otherwise says why in the dialog.
 *
 * Returns: whether the assembly was changed
 */
gboolean
maillage_assembly_dialog_apply (MaillageAssemblyDialog *self)
{
  g_autofree char *refusal = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY_DIALOG (self), FALSE);

  refusal = dup_refusal (self);
  gtk_label_set_label (self->error_label, refusal != NULL ? refusal : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), refusal != NULL);
  if (refusal != NULL)
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self->edited), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self->edited), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (self->assembly), pspecs[i]->name, &value);
    }

  g_signal_emit (self, signals[APPLIED], 0);

  return TRUE;
}

static void
ok_clicked_cb (MaillageAssemblyDialog *self)
{
  if (maillage_assembly_dialog_apply (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
maillage_assembly_dialog_dispose (GObject *object)
{
  MaillageAssemblyDialog *self = MAILLAGE_ASSEMBLY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MAILLAGE_TYPE_ASSEMBLY_DIALOG);
  g_clear_object (&self->edited);
  g_clear_object (&self->assembly);

  G_OBJECT_CLASS (maillage_assembly_dialog_parent_class)->dispose (object);
}

static void
maillage_assembly_dialog_class_init (MaillageAssemblyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = maillage_assembly_dialog_dispose;

  /**
   * MaillageAssemblyDialog::applied:
   *
   * Emitted once the edits were copied onto the assembly.
   */
  signals[APPLIED] =
    g_signal_new ("applied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/maillage-assembly-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, check_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, check_icon);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, collectivite_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, siret_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, convocation_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, prefecture_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, president_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, president_title_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, secretary_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, members_spin);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, present_spin);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, represented_spin);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, voters_row);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, unanimous_switch);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, for_spin);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, against_spin);
  gtk_widget_class_bind_template_child (widget_class, MaillageAssemblyDialog, abstentions_spin);
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);
}

static void
maillage_assembly_dialog_init (MaillageAssemblyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * maillage_assembly_dialog_new:
 * @parent: (nullable): the window it is modal for
 * @assembly: the assembly to edit, which changes only on Save
 *
 * Returns: (transfer none): a new dialog, to present
 */
MaillageAssemblyDialog *
maillage_assembly_dialog_new (GtkWindow        *parent,
                              MaillageAssembly *assembly)
{
  MaillageAssemblyDialog *self;

  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (assembly), NULL);

  self = g_object_new (MAILLAGE_TYPE_ASSEMBLY_DIALOG, "transient-for", parent, NULL);
  self->assembly = g_object_ref (assembly);
  self->edited = maillage_assembly_copy (assembly);
  bind_rows (self);

  return self;
}

/**
 * maillage_assembly_dialog_get_edited:
 * @self: a #MaillageAssemblyDialog
 *
 * Returns: (transfer none): the copy the rows edit
 */
MaillageAssembly *
maillage_assembly_dialog_get_edited (MaillageAssemblyDialog *self)
{
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY_DIALOG (self), NULL);

  return self->edited;
}
