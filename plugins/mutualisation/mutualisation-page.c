/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-page.c: the editor of the Mutualisation module: the list
 * of shared resources (add, edit, remove with undo), the shares of the
 * selected resource, commune by commune, with their total, and the
 * actions of the plan that belong to the module.
 *
 * The list is a GtkListBox bound to the module's GListStore: a resource is
 * never edited in place but replaced, so each change rebuilds its row.
 * The shares are computed again whenever the module says they may have
 * changed — a resource edited, or a population changed in the Territory
 * page — and shown by mutualisation-page-shares.c.
 */
#define G_LOG_DOMAIN "mutualisation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mutualisation-page-private.h"
#include "mutualisation-parse.h"
#include "mutualisation-resource-dialog.h"
#include "mutualisation-share-row.h"

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MutualisationPage, mutualisation_page, ADW_TYPE_BIN, G_TYPE_FLAG_FINAL, {})

enum {
  PROP_0,
  PROP_MODULE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What is wrong with a resource, in a few words, or NULL. */
static char *
describe_problem (MutualisationPage     *self,
                  MutualisationResource *resource)
{
  g_autoptr(MutualisationShares) shares = mutualisation_module_compute_shares (self->module, resource);

  if (!mutualisation_resource_has_partners (resource))
    return g_strdup (_("No partner yet"));
  if (mutualisation_resource_get_cost (resource) == 0)
    return g_strdup (_("No annual cost yet"));

  switch (shares->status)
    {
    case MUTUALISATION_SPLIT_NO_WEIGHT:
      return g_strdup (_("The shares cannot be computed: nothing to weigh the communes by"));
    case MUTUALISATION_SPLIT_TOO_LARGE:
      return g_strdup (_("The shares cannot be computed: the figures are too large"));
    case MUTUALISATION_SPLIT_NO_PARTS:
    case MUTUALISATION_SPLIT_OK:
    default:
      break;
    }

  if (shares->gap != 0)
    {
      g_autofree char *gap = maillage_format_money (shares->gap > 0 ? shares->gap : -shares->gap);

      if (shares->gap > 0)
        return g_strdup_printf (_("The shares leave %s of the cost uncovered"), gap);
      return g_strdup_printf (_("The shares exceed the cost by %s"), gap);
    }
  if (!mutualisation_shares_is_exact (shares))
    {
      g_autofree char *total = mutualisation_format_percent (shares->total_weight);

      return g_strdup_printf (_("The agreed percentages total %s, not 100"), total);
    }

  return NULL;
}

static void
edit_clicked_cb (GtkButton         *button,
                 MutualisationPage *self)
{
  MutualisationResource *resource = g_object_get_data (G_OBJECT (button), "mutualisation-resource");

  mutualisation_page_open_dialog (self, resource);
}

static void
remove_clicked_cb (GtkButton         *button,
                   MutualisationPage *self)
{
  MutualisationResource *resource = g_object_get_data (G_OBJECT (button), "mutualisation-resource");

  mutualisation_page_remove (self, resource);
}

static GtkWidget *
new_row_button (MutualisationPage     *self,
                MutualisationResource *resource,
                const char            *icon_name,
                const char            *tooltip,
                GCallback              callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  /* The row holds the resource, and the button lives no longer. */
  g_object_set_data (G_OBJECT (button), "mutualisation-resource", resource);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MutualisationPage *self = user_data;
  MutualisationResource *resource = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *cost = maillage_format_money (mutualisation_resource_get_cost (resource));
  g_autofree char *cost_text = g_strdup_printf (_("%s a year"), cost);
  g_autofree char *key_text = g_strdup_printf (_("key: %s"),
                                               mutualisation_key_get_label (mutualisation_resource_get_key (resource),
                                                                            FALSE));
  g_autofree char *subtitle = NULL;
  g_autofree char *problem = describe_problem (self, resource);

  /* Translators: “Hébergement · Service commun · 45 000,00 € par an · clé : population” */
  subtitle = g_strdup_printf (_("%s · %s · %s · %s"),
                              mutualisation_resource_get_category_label (resource, FALSE),
                              mutualisation_resource_get_vehicle_label (resource, FALSE),
                              cost_text, key_text);

  /* The user's words, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mutualisation_resource_get_title (resource, FALSE));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "mutualisation-resource", g_object_ref (resource), g_object_unref);

  if (problem != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, problem, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button (self, resource, "document-edit-symbolic", _("Edit"),
                                             G_CALLBACK (edit_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button (self, resource, "user-trash-symbolic", _("Remove"),
                                             G_CALLBACK (remove_clicked_cb)));

  return row;
}

static void
row_selected_cb (MutualisationPage *self,
                 GtkListBoxRow     *row)
{
  MutualisationResource *resource = row != NULL ? g_object_get_data (G_OBJECT (row), "mutualisation-resource") : NULL;

  g_set_object (&self->selected, resource);
  _mutualisation_page_update_shares (self);
}

static void
row_activated_cb (MutualisationPage *self,
                  GtkListBoxRow     *row)
{
  mutualisation_page_open_dialog (self, g_object_get_data (G_OBJECT (row), "mutualisation-resource"));
}

/* After the list changed, a resource added or edited (a new object in
 * the same place) is selected; when the one shown was removed, its
 * neighbour is. */
static void
resources_changed_cb (GListModel        *resources,
                      guint              position,
                      guint              removed,
                      guint              added,
                      MutualisationPage *self)
{
  guint n = g_list_model_get_n_items (resources);

  gtk_stack_set_visible_child_name (self->resources_stack, n > 0 ? "list" : "empty");

  if (n == 0)
    gtk_list_box_unselect_all (self->resources_list);
  else if (added > 0)
    mutualisation_page_select (self, position + added - 1);
  else if (gtk_list_box_get_selected_row (self->resources_list) == NULL)
    mutualisation_page_select (self, MIN (position, n - 1));
}

static void
shares_changed_cb (MutualisationModule *module,
                   MutualisationPage   *self)
{
  _mutualisation_page_update_shares (self);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mutualisation_page_open_dialog (MUTUALISATION_PAGE (widget), NULL);
}

static void
setup_actions (MutualisationPage *self)
{
  MaillageProject *project = maillage_module_get_project (MAILLAGE_MODULE (self->module));

  /* Without a project (a page made for a test of its own), no plan. */
  if (project == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->actions_group), FALSE);
      return;
    }

  adw_preferences_group_add (self->actions_group,
                             maillage_action_list_new (project, maillage_module_get_id (MAILLAGE_MODULE (self->module))));
}

static void
mutualisation_page_constructed (GObject *object)
{
  MutualisationPage *self = MUTUALISATION_PAGE (object);
  GListModel *resources;

  G_OBJECT_CLASS (mutualisation_page_parent_class)->constructed (object);

  g_return_if_fail (self->module != NULL);

  resources = mutualisation_module_get_resources (self->module);
  _mutualisation_page_setup_shares (self);
  gtk_list_box_bind_model (self->resources_list, resources, create_row, self, NULL);
  /* After the list box's own handler: the rows are there. */
  self->resources_changed_id = g_signal_connect (resources, "items-changed",
                                                 G_CALLBACK (resources_changed_cb), self);
  self->shares_changed_id = g_signal_connect (self->module, "shares-changed",
                                              G_CALLBACK (shares_changed_cb), self);
  setup_actions (self);

  gtk_stack_set_visible_child_name (self->resources_stack,
                                    g_list_model_get_n_items (resources) > 0 ? "list" : "empty");
  if (g_list_model_get_n_items (resources) > 0)
    mutualisation_page_select (self, 0);
}

static void
mutualisation_page_dispose (GObject *object)
{
  MutualisationPage *self = MUTUALISATION_PAGE (object);

  if (self->module != NULL)
    {
      g_clear_signal_handler (&self->resources_changed_id, mutualisation_module_get_resources (self->module));
      g_clear_signal_handler (&self->shares_changed_id, self->module);
    }
  if (self->resources_list != NULL)
    gtk_list_box_bind_model (self->resources_list, NULL, NULL, NULL, NULL);
  if (self->removed_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->removed_toast), (gpointer *) &self->removed_toast);
  self->removed_toast = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), MUTUALISATION_TYPE_PAGE);

  g_clear_object (&self->selected);
  g_clear_object (&self->removed);
  g_clear_object (&self->share_rows);
  g_clear_object (&self->module);

  G_OBJECT_CLASS (mutualisation_page_parent_class)->dispose (object);
}

static void
mutualisation_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualisationPage *self = MUTUALISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      g_value_set_object (value, self->module);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutualisation_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualisationPage *self = MUTUALISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODULE:
      self->module = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutualisation_page_class_init (MutualisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mutualisation_page_constructed;
  object_class->dispose = mutualisation_page_dispose;
  object_class->get_property = mutualisation_page_get_property;
  object_class->set_property = mutualisation_page_set_property;

  properties[PROP_MODULE] =
    g_param_spec_object ("module", NULL, NULL, MUTUALISATION_TYPE_MODULE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/mutualisation/mutualisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, resources_stack);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, resources_list);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, shares_group);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, gap_label);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, shares_window);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, shares_view);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, commune_column);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, insee_column);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, basis_column);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, share_column);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, no_share_label);
  gtk_widget_class_bind_template_child (widget_class, MutualisationPage, actions_group);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "mutualisation.add", NULL, add_activated);
}

static void
mutualisation_page_class_finalize (MutualisationPageClass *klass)
{
}

static void
mutualisation_page_init (MutualisationPage *self)
{
  self->share_rows = g_list_store_new (MUTUALISATION_TYPE_SHARE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
mutualisation_page_new (MutualisationModule *module)
{
  g_return_val_if_fail (MUTUALISATION_IS_MODULE (module), NULL);

  return g_object_new (MUTUALISATION_TYPE_PAGE, "module", module, NULL);
}

/**
 * mutualisation_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the resource whose shares are shown
 */
MutualisationResource *
mutualisation_page_get_selected (MutualisationPage *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_PAGE (self), NULL);

  return self->selected;
}

/* Shows the shares of the resource at @position. */
void
mutualisation_page_select (MutualisationPage *self,
                           guint              position)
{
  GtkListBoxRow *row;

  g_return_if_fail (MUTUALISATION_IS_PAGE (self));

  row = gtk_list_box_get_row_at_index (self->resources_list, (int) position);
  if (row != NULL)
    gtk_list_box_select_row (self->resources_list, row);
}

/**
 * mutualisation_page_get_share_rows:
 *
 * Returns: (transfer none): the lines of the shares table, a #GListModel of
 *   #MutualisationShareRow, the total last
 */
GListModel *
mutualisation_page_get_share_rows (MutualisationPage *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->share_rows);
}

/**
 * mutualisation_page_get_resource_list:
 *
 * Returns: (transfer none): the list box of the resources
 */
GtkWidget *
mutualisation_page_get_resource_list (MutualisationPage *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_PAGE (self), NULL);

  return GTK_WIDGET (self->resources_list);
}

/**
 * mutualisation_page_open_dialog:
 * @resource: (nullable): the resource to edit, or %NULL to add one
 *
 * Opens the resource dialog, transient for the page's window; the dialog
 * applies its change to the module itself.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
mutualisation_page_open_dialog (MutualisationPage     *self,
                                MutualisationResource *resource)
{
  MutualisationResourceDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (MUTUALISATION_IS_PAGE (self), NULL);

  dialog = mutualisation_resource_dialog_new (self->module, resource);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WIDGET (dialog);
}

static void
undo_clicked_cb (AdwToast          *toast,
                 MutualisationPage *self)
{
  mutualisation_page_undo_remove (self);
}

/* Removes @resource at once, and offers to put it back. */
void
mutualisation_page_remove (MutualisationPage     *self,
                           MutualisationResource *resource)
{
  g_autoptr(MutualisationResource) kept = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint position;

  g_return_if_fail (MUTUALISATION_IS_PAGE (self));
  g_return_if_fail (MUTUALISATION_IS_RESOURCE (resource));

  kept = g_object_ref (resource);
  if (!mutualisation_module_remove_resource (self->module, resource, &position))
    return;

  g_set_object (&self->removed, kept);
  self->removed_position = position;

  /* A toast's title is markup. */
  escaped = g_markup_escape_text (mutualisation_resource_get_title (kept, FALSE), -1);
  title = g_strdup_printf (_("Resource “%s” removed"), escaped);
  if (self->removed_toast != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->removed_toast), (gpointer *) &self->removed_toast);
      adw_toast_dismiss (self->removed_toast);
    }
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  self->removed_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->removed_toast);
  /* The bin's child; not a template child, which the template's dispose
   * would unparent before the bin does. */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))), toast);
}

/* Puts the resource removed last back in its place. */
void
mutualisation_page_undo_remove (MutualisationPage *self)
{
  g_autoptr(MutualisationResource) resource = NULL;

  g_return_if_fail (MUTUALISATION_IS_PAGE (self));

  if (self->removed == NULL)
    return;

  resource = g_steal_pointer (&self->removed);
  mutualisation_module_insert_resource (self->module, self->removed_position, resource);
  mutualisation_page_select (self, MIN (self->removed_position,
                                        g_list_model_get_n_items (mutualisation_module_get_resources (self->module)) - 1));
}

void
mutualisation_page_register (GTypeModule *module)
{
  mutualisation_page_register_type (module);
}
