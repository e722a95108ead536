/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-council-dialog.c: adds a conseil local du numérique or
 * edits one: its name, status, area in words, and the member communes it
 * covers, one check button per commune of the territory. A code the
 * council has that the territory no longer lists keeps its check button,
 * ticked, so that it is not dropped unseen.
 */
#define G_LOG_DOMAIN "gouvernance-council-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-council-dialog.h"
#include "gouvernance-form.h"

struct _GouvernanceCouncilDialog
{
  AdwWindow           parent_instance;

  GouvernanceModule  *module;
  GouvernanceCouncil *council;  /* the council edited, NULL when adding one */

  /* Template children */
  GtkButton          *save_button;
  AdwEntryRow        *name_row;
  AdwComboRow        *status_row;
  AdwEntryRow        *area_row;
  GtkFlowBox         *communes_box;
  GtkLabel           *no_communes_label;
  GtkLabel           *error_label;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (GouvernanceCouncilDialog, gouvernance_council_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

#define INSEE_KEY "gouvernance-insee"

static void
add_check (GouvernanceCouncilDialog *self,
           const char               *insee,
           const char               *label,
           gboolean                  active)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data_full (G_OBJECT (check), INSEE_KEY, g_strdup (insee), g_free);
  gtk_flow_box_append (self->communes_box, check);
}

static void
fill_communes (GouvernanceCouncilDialog *self,
               const char * const       *chosen)
{
  MaillageTerritory *territory = gouvernance_module_get_territory (self->module);
  GListModel *communes = territory != NULL ? maillage_territory_get_communes (territory) : NULL;
  guint n = communes != NULL ? g_list_model_get_n_items (communes) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      const char *insee = maillage_commune_get_insee (commune);

      add_check (self, insee, maillage_commune_get_name (commune), g_strv_contains (chosen, insee));
    }

  for (guint i = 0; chosen[i] != NULL; i++)
    if (territory == NULL || maillage_territory_find_commune (territory, chosen[i]) == NULL)
      add_check (self, chosen[i], chosen[i], TRUE);

  gtk_widget_set_visible (GTK_WIDGET (self->communes_box), gtk_widget_get_first_child (GTK_WIDGET (self->communes_box)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->no_communes_label), n == 0);
}

/**
 * gouvernance_council_dialog_get_check:
 * @self: the dialog
 * @insee: the INSEE code of a commune
 *
 * For the tests.
 *
 * Returns: (transfer none) (nullable): the check button of the commune
 */
GtkWidget *
gouvernance_council_dialog_get_check (GouvernanceCouncilDialog *self,
                                      const char               *insee)
{
  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL_DIALOG (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->communes_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (g_strcmp0 (g_object_get_data (G_OBJECT (check), INSEE_KEY), insee) == 0)
        return check;
    }

  return NULL;
}

/**
 * gouvernance_council_dialog_save:
 * @self: the dialog
 *
 * Checks the form and, if it is valid, adds the council to the module (or
 * puts it in the place of the one edited) and closes the dialog;
 * otherwise says what is wrong and leaves the module as it is.
 *
 * Returns: whether the council was saved
 */
gboolean
gouvernance_council_dialog_save (GouvernanceCouncilDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *area = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) communes = NULL;
  g_autoptr(GouvernanceCouncil) council = NULL;

  g_return_val_if_fail (GOUVERNANCE_IS_COUNCIL_DIALOG (self), FALSE);

  name = gouvernance_form_get_text (self->name_row);
  area = gouvernance_form_get_text (self->area_row);
  gouvernance_form_mark (GTK_WIDGET (self->name_row), *name == '\0');
  if (*name == '\0')
    {
      gouvernance_form_show_error (self->error_label, _("Give the council a name."));
      return FALSE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->communes_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), INSEE_KEY));
    }
  communes = g_strv_builder_end (builder);

  council = gouvernance_council_new (name, adw_combo_row_get_selected (self->status_row));
  gouvernance_council_set_area (council, area);
  gouvernance_council_set_communes (council, (const char * const *) communes);

  if (self->council != NULL)
    gouvernance_module_replace_item (self->module, GOUVERNANCE_LIST_COUNCILS, self->council, council);
  else
    gouvernance_module_add_item (self->module, GOUVERNANCE_LIST_COUNCILS, council);

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GouvernanceCouncilDialog *self)
{
  gouvernance_council_dialog_save (self);
}

static void
gouvernance_council_dialog_dispose (GObject *object)
{
  GouvernanceCouncilDialog *self = GOUVERNANCE_COUNCIL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GOUVERNANCE_TYPE_COUNCIL_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->council);

  G_OBJECT_CLASS (gouvernance_council_dialog_parent_class)->dispose (object);
}

static void
gouvernance_council_dialog_class_init (GouvernanceCouncilDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gouvernance_council_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/gouvernance/"
                                               "gouvernance-council-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, communes_box);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, no_communes_label);
  gtk_widget_class_bind_template_child (widget_class, GouvernanceCouncilDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
gouvernance_council_dialog_class_finalize (GouvernanceCouncilDialogClass *klass)
{
}

static void
gouvernance_council_dialog_init (GouvernanceCouncilDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * gouvernance_council_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @module: the module the council goes to
 * @council: (nullable): the council to edit, %NULL to add one
 *
 * Returns: (transfer none): the dialog, to present
 */
GtkWidget *
gouvernance_council_dialog_new (GtkWindow          *parent,
                                GouvernanceModule  *module,
                                GouvernanceCouncil *council)
{
  static const char * const none[] = { NULL };
  GouvernanceCouncilDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GOUVERNANCE_IS_MODULE (module), NULL);
  g_return_val_if_fail (council == NULL || GOUVERNANCE_IS_COUNCIL (council), NULL);

  self = g_object_new (GOUVERNANCE_TYPE_COUNCIL_DIALOG, "transient-for", parent, NULL);
  self->module = g_object_ref (module);
  self->council = council != NULL ? g_object_ref (council) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), council != NULL ? _("Edit Local Digital Council")
                                                           : _("Add Local Digital Council"));
  gtk_button_set_label (self->save_button, council != NULL ? _("_Save") : _("_Add"));
  gouvernance_form_setup_combo (self->status_row, GOUVERNANCE_VOCABULARY_COUNCIL_STATUS,
                                council != NULL ? gouvernance_council_get_status (council)
                                                : GOUVERNANCE_COUNCIL_PLANNED);
  fill_communes (self, council != NULL ? gouvernance_council_get_communes (council) : none);
  if (council == NULL)
    return GTK_WIDGET (self);

  gouvernance_form_set_text (self->name_row, gouvernance_council_get_name (council));
  gouvernance_form_set_text (self->area_row, gouvernance_council_get_area (council));

  return GTK_WIDGET (self);
}

void
gouvernance_council_dialog_register (GTypeModule *module)
{
  gouvernance_council_dialog_register_type (module);
}
