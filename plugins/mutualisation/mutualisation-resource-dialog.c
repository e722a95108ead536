/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mutualisation-resource-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mutualisation-parse.h"
#include "mutualisation-resource-dialog-private.h"

/*
 * MutualisationResourceDialog: adds a shared resource, or edits one. The
 * form holds a draft; OK puts it into the module in one change (a new
 * resource appended, or the edited one replaced where it stands), Cancel
 * or Escape leaves the module as it was.
 *
 * The communes of the territory are listed, each with a check box and,
 * for the keys that need one, an entry for its value: units of use, an
 * agreed percentage or an agreed amount. Each commune keeps the text
 * typed for each key, so that trying another key and coming back loses
 * nothing; the values of the keys not chosen are kept as they were.
 * Communes the resource counts but the territory no longer has are listed
 * too, ticked, so that nothing is dropped unseen.
 *
 * What is not a number is refused where it is typed, with a message that
 * says how to write it, and OK stays insensitive until it is corrected.
 * Agreed percentages that do not total 100 % are not refused: the total
 * is shown, and the findings report it, because only the partners can
 * change what they agreed.
 */

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MutualisationResourceDialog, mutualisation_resource_dialog, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

MutualisationKey
_mutualisation_resource_dialog_current_key (MutualisationResourceDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->key_row);

  return selected < MUTUALISATION_N_KEYS ? (MutualisationKey) selected : MUTUALISATION_KEY_POPULATION;
}

char *
_mutualisation_resource_dialog_stripped_text (AdwEntryRow *row)
{
  return maillage_format_strip (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* The resource as the form describes it. */
static MutualisationResource *
build_resource (MutualisationResourceDialog *self)
{
  MutualisationResource *resource = self->resource != NULL ? mutualisation_resource_copy (self->resource)
                                                           : mutualisation_resource_new ();
  g_autofree char *name = _mutualisation_resource_dialog_stripped_text (self->name_row);
  g_autofree char *category_other = _mutualisation_resource_dialog_stripped_text (self->category_other_row);
  g_autofree char *description = _mutualisation_resource_dialog_stripped_text (self->description_row);
  g_autofree char *vehicle_other = _mutualisation_resource_dialog_stripped_text (self->vehicle_other_row);
  g_autofree char *usage_unit = _mutualisation_resource_dialog_stripped_text (self->usage_unit_row);
  g_autofree char *pending = _mutualisation_resource_dialog_stripped_text (self->organisation_row);
  g_autoptr(GPtrArray) organisations = g_ptr_array_new ();

  mutualisation_resource_set_name (resource, name);
  mutualisation_resource_set_category (resource, adw_combo_row_get_selected (self->category_row));
  mutualisation_resource_set_category_other (resource, category_other);
  mutualisation_resource_set_description (resource, description);
  mutualisation_resource_set_vehicle (resource, adw_combo_row_get_selected (self->vehicle_row));
  mutualisation_resource_set_vehicle_other (resource, vehicle_other);
  mutualisation_resource_set_cost (resource, self->cost);
  mutualisation_resource_set_key (resource, _mutualisation_resource_dialog_current_key (self));
  mutualisation_resource_set_usage_unit (resource, usage_unit);

  mutualisation_resource_clear_members (resource);
  for (guint i = 0; i < self->communes->len; i++)
    {
      CommuneRow *row = g_ptr_array_index (self->communes, i);
      MutualisationMember *member;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (row->check)))
        continue;
      member = mutualisation_resource_add_member (resource, row->insee);
      member->units = row->units;
      member->basis_points = row->basis_points;
      member->amount = row->amount;
    }

  /* A partner typed but not yet added with its button is meant too. */
  for (guint i = 0; i < self->organisations->len; i++)
    g_ptr_array_add (organisations, g_ptr_array_index (self->organisations, i));
  if (*pending != '\0')
    g_ptr_array_add (organisations, pending);
  g_ptr_array_add (organisations, NULL);
  mutualisation_resource_set_organisations (resource, (const char * const *) organisations->pdata);

  return resource;
}

static void
set_error_style (GtkWidget *widget,
                 gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
update_total (MutualisationResourceDialog *self,
              MutualisationResource       *draft)
{
  g_autoptr(MutualisationShares) shares = mutualisation_module_compute_shares (self->module, draft);
  guint n = mutualisation_resource_get_n_members (draft);
  g_autofree char *ticked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u commune ticked",
                                                          "%u communes ticked", n), n);
  g_autofree char *weight = NULL;
  g_autofree char *cost = NULL;

  g_free (self->total);
  switch (mutualisation_resource_get_key (draft))
    {
    case MUTUALISATION_KEY_POPULATION:
      weight = maillage_format_integer ((gint64) shares->total_weight);
      /* Translators: “12 communes ticked, 24 310 inhabitants in all.” */
      self->total = g_strdup_printf (_("%s, %s inhabitants in all."), ticked, weight);
      break;
    case MUTUALISATION_KEY_USAGE:
      weight = maillage_format_integer ((gint64) shares->total_weight);
      self->total = g_strdup_printf (_("%s, %s units of use in all."), ticked, weight);
      break;
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      weight = mutualisation_format_percent (shares->total_weight);
      if (shares->total_weight == MUTUALISATION_FULL_BASIS_POINTS)
        self->total = g_strdup_printf (_("%s, the percentages total %s."), ticked, weight);
      else
        self->total = g_strdup_printf (_("%s, the percentages total %s, not 100: the shares will not make the "
                                         "cost."),
                                       ticked, weight);
      break;
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      weight = maillage_format_money ((gint64) shares->total_weight);
      cost = maillage_format_money (mutualisation_resource_get_cost (draft));
      if (shares->gap == 0)
        self->total = g_strdup_printf (_("%s, the amounts total %s, the annual cost."), ticked, weight);
      else
        self->total = g_strdup_printf (_("%s, the amounts total %s for an annual cost of %s."), ticked, weight,
                                       cost);
      break;
    case MUTUALISATION_KEY_EQUAL:
    default:
      self->total = g_strdup_printf (_("%s."), ticked);
      break;
    }

  gtk_label_set_text (self->total_label, self->total);
}

/* Judges the form, shows what is wrong, and lets OK through when
 * nothing is. */
void
_mutualisation_resource_dialog_validate (MutualisationResourceDialog *self)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualisationResource) draft = NULL;
  g_autofree char *name = _mutualisation_resource_dialog_stripped_text (self->name_row);
  g_autofree char *cost_text = _mutualisation_resource_dialog_stripped_text (self->cost_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *values_error = NULL;
  gboolean cost_ok = TRUE;
  gint64 cost = 0;

  g_clear_pointer (&self->error, g_free);

  if (*name == '\0' && self->name_touched)
    g_ptr_array_add (problems, g_strdup (_("Give the resource a name.")));
  set_error_style (GTK_WIDGET (self->name_row), *name == '\0' && self->name_touched);

  /* No cost yet is allowed: the findings will ask for it. */
  if (*cost_text != '\0')
    cost_ok = mutualisation_parse_amount (cost_text, &cost, &error);
  if (cost_ok)
    self->cost = cost;
  else
    g_ptr_array_add (problems, g_strdup_printf (_("Annual cost: %s"), error->message));
  set_error_style (GTK_WIDGET (self->cost_row), !cost_ok);

  for (guint i = 0; i < self->communes->len; i++)
    {
      CommuneRow *row = g_ptr_array_index (self->communes, i);
      gboolean active = gtk_check_button_get_active (GTK_CHECK_BUTTON (row->check));
      gboolean wrong = active && row->error != NULL;

      set_error_style (row->entry, wrong);
      if (wrong && values_error == NULL)
        {
          const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row->row));

          /* Translators: “Pernoz: « abc » is not a whole number…” */
          values_error = g_strdup_printf (_("%s: %s"), title, row->error);
          g_ptr_array_add (problems, g_strdup (values_error));
        }
    }

  /* Above the form, where it is seen whatever is scrolled to: the
   * commune at fault may be the thirtieth. */
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problems->len > 0);
  if (problems->len > 0)
    {
      g_autofree char *text = NULL;

      self->error = g_strdup (g_ptr_array_index (problems, 0));
      g_ptr_array_add (problems, NULL);
      text = g_strjoinv ("\n", (char **) problems->pdata);
      gtk_label_set_text (self->error_label, text);
    }

  draft = build_resource (self);
  update_total (self, draft);

  gtk_widget_set_sensitive (GTK_WIDGET (self->ok_button), self->error == NULL && *name != '\0');
}

static void
show_others (MutualisationResourceDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->category_other_row),
                          adw_combo_row_get_selected (self->category_row) == MUTUALISATION_CATEGORY_OTHER);
  gtk_widget_set_visible (GTK_WIDGET (self->vehicle_other_row),
                          adw_combo_row_get_selected (self->vehicle_row) == MUTUALISATION_VEHICLE_OTHER);
}

static void
form_changed_cb (MutualisationResourceDialog *self,
                 GObject                     *sender)
{
  if (self->filling)
    return;
  if (sender == G_OBJECT (self->name_row))
    self->name_touched = TRUE;
  show_others (self);
  _mutualisation_resource_dialog_validate (self);
}

static const char *
key_description (MutualisationKey key)
{
  switch (key)
    {
    case MUTUALISATION_KEY_POPULATION:
      return _("Each commune pays in proportion to its population, as the Territory page gives it.");
    case MUTUALISATION_KEY_EQUAL:
      return _("Each commune pays the same share.");
    case MUTUALISATION_KEY_USAGE:
      return _("Each commune pays in proportion to its use: enter its number of units.");
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return _("Each commune pays the percentage agreed between the partners; they should total 100.");
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return _("Each commune pays the amount agreed between the partners; they should total the cost.");
    default:
      return NULL;
    }
}

/* Shows, for each commune, the text of the key chosen. */
static void
key_changed_cb (MutualisationResourceDialog *self)
{
  MutualisationKey key = _mutualisation_resource_dialog_current_key (self);
  int slot = _mutualisation_resource_dialog_slot_of (key);

  adw_preferences_group_set_description (self->key_group, key_description (key));
  gtk_widget_set_visible (GTK_WIDGET (self->usage_unit_row), key == MUTUALISATION_KEY_USAGE);

  self->filling = TRUE;
  for (guint i = 0; i < self->communes->len; i++)
    {
      CommuneRow *row = g_ptr_array_index (self->communes, i);

      gtk_widget_set_visible (row->entry, slot >= 0);
      if (slot >= 0)
        gtk_editable_set_text (GTK_EDITABLE (row->entry), row->texts[slot]);
      _mutualisation_resource_dialog_read_value (self, row);
    }
  self->filling = FALSE;

  _mutualisation_resource_dialog_validate (self);
}

static void
ok_clicked_cb (MutualisationResourceDialog *self)
{
  if (mutualisation_resource_dialog_apply (self))
    gtk_window_close (GTK_WINDOW (self));
}

static GListModel *
choices (guint               n,
         const char       *(*label) (guint, gboolean))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i, FALSE));
  return G_LIST_MODEL (list);
}

static void
mutualisation_resource_dialog_dispose (GObject *object)
{
  MutualisationResourceDialog *self = MUTUALISATION_RESOURCE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MUTUALISATION_TYPE_RESOURCE_DIALOG);
  g_clear_object (&self->module);
  g_clear_object (&self->resource);

  G_OBJECT_CLASS (mutualisation_resource_dialog_parent_class)->dispose (object);
}

static void
mutualisation_resource_dialog_finalize (GObject *object)
{
  MutualisationResourceDialog *self = MUTUALISATION_RESOURCE_DIALOG (object);

  g_ptr_array_unref (self->communes);
  g_ptr_array_unref (self->organisations);
  g_ptr_array_unref (self->organisation_rows);
  g_free (self->error);
  g_free (self->total);

  G_OBJECT_CLASS (mutualisation_resource_dialog_parent_class)->finalize (object);
}

static void
mutualisation_resource_dialog_class_init (MutualisationResourceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mutualisation_resource_dialog_dispose;
  object_class->finalize = mutualisation_resource_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/mutualisation/"
                                               "mutualisation-resource-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, category_other_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, vehicle_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, vehicle_other_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, cost_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, key_group);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, key_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, usage_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, communes_group);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, total_label);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, organisations_group);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, MutualisationResourceDialog, ok_button);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "all_clicked_cb",
                                                G_CALLBACK (_mutualisation_resource_dialog_all_clicked));
  gtk_widget_class_bind_template_callback_full (widget_class, "none_clicked_cb",
                                                G_CALLBACK (_mutualisation_resource_dialog_none_clicked));
  gtk_widget_class_bind_template_callback_full (widget_class, "organisation_apply_cb",
                                                G_CALLBACK (_mutualisation_resource_dialog_organisation_apply));
  gtk_widget_class_bind_template_callback (widget_class, ok_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mutualisation_resource_dialog_class_finalize (MutualisationResourceDialogClass *klass)
{
}

static void
mutualisation_resource_dialog_init (MutualisationResourceDialog *self)
{
  self->communes = g_ptr_array_new_with_free_func ((GDestroyNotify) _mutualisation_resource_dialog_commune_row_free);
  self->organisations = g_ptr_array_new_with_free_func (g_free);
  self->organisation_rows = g_ptr_array_new ();

  /* Nothing the form does while it is being built is the user's. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

static const char *
category_label (guint    i,
                gboolean document)
{
  return mutualisation_category_get_label (i, document);
}

static const char *
vehicle_label (guint    i,
               gboolean document)
{
  return mutualisation_vehicle_get_label (i, document);
}

static const char *
key_label (guint    i,
           gboolean document)
{
  return mutualisation_key_get_label (i, document);
}

/* Puts the values of @resource, or a new resource's, into the form. */
static void
fill (MutualisationResourceDialog *self)
{
  g_autoptr(MutualisationResource) fresh = mutualisation_resource_new ();
  MutualisationResource *resource = self->resource != NULL ? self->resource : fresh;
  const char * const *organisations = mutualisation_resource_get_organisations (resource);
  g_autoptr(GListModel) categories = choices (MUTUALISATION_N_CATEGORIES, category_label);
  g_autoptr(GListModel) vehicles = choices (MUTUALISATION_N_VEHICLES, vehicle_label);
  g_autoptr(GListModel) keys = choices (MUTUALISATION_N_KEYS, key_label);

  adw_combo_row_set_model (self->category_row, categories);
  adw_combo_row_set_model (self->vehicle_row, vehicles);
  adw_combo_row_set_model (self->key_row, keys);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), mutualisation_resource_get_name (resource));
  adw_combo_row_set_selected (self->category_row, mutualisation_resource_get_category (resource));
  gtk_editable_set_text (GTK_EDITABLE (self->category_other_row),
                         mutualisation_resource_get_category_other (resource));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), mutualisation_resource_get_description (resource));
  adw_combo_row_set_selected (self->vehicle_row, mutualisation_resource_get_vehicle (resource));
  gtk_editable_set_text (GTK_EDITABLE (self->vehicle_other_row),
                         mutualisation_resource_get_vehicle_other (resource));
  if (self->resource != NULL)
    {
      g_autofree char *cost = mutualisation_format_amount_input (mutualisation_resource_get_cost (resource));

      gtk_editable_set_text (GTK_EDITABLE (self->cost_row), cost);
    }
  adw_combo_row_set_selected (self->key_row, mutualisation_resource_get_key (resource));
  gtk_editable_set_text (GTK_EDITABLE (self->usage_unit_row), mutualisation_resource_get_usage_unit (resource));

  _mutualisation_resource_dialog_build_communes (self);
  for (guint i = 0; organisations[i] != NULL; i++)
    _mutualisation_resource_dialog_add_organisation (self, organisations[i]);

  show_others (self);
}

/**
 * mutualisation_resource_dialog_new:
 * @module: the module the resource belongs to
 * @resource: (nullable): the resource to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, which GTK owns until it is
 *   destroyed; the caller makes it transient for its window and
 *   presents it
 */
MutualisationResourceDialog *
mutualisation_resource_dialog_new (MutualisationModule   *module,
                                   MutualisationResource *resource)
{
  MutualisationResourceDialog *self;

  g_return_val_if_fail (MUTUALISATION_IS_MODULE (module), NULL);
  g_return_val_if_fail (resource == NULL || MUTUALISATION_IS_RESOURCE (resource), NULL);

  self = g_object_new (MUTUALISATION_TYPE_RESOURCE_DIALOG, NULL);
  self->module = g_object_ref (module);
  if (resource != NULL)
    {
      self->resource = g_object_ref (resource);
      self->name_touched = TRUE;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit a Shared Resource"));
      gtk_button_set_label (self->ok_button, _("_Apply"));
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add a Shared Resource"));
    }

  fill (self);
  self->filling = FALSE;
  key_changed_cb (self);

  return self;
}

gboolean
mutualisation_resource_dialog_is_valid (MutualisationResourceDialog *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), FALSE);

  return gtk_widget_get_sensitive (GTK_WIDGET (self->ok_button));
}

/* The first problem of the form, as shown, or NULL. */
const char *
mutualisation_resource_dialog_get_error (MutualisationResourceDialog *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), NULL);

  return self->error;
}

/* The line under the communes that totals them. */
const char *
mutualisation_resource_dialog_get_total (MutualisationResourceDialog *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), NULL);

  return self->total;
}

GtkWidget *
mutualisation_resource_dialog_get_ok_button (MutualisationResourceDialog *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), NULL);

  return GTK_WIDGET (self->ok_button);
}

/**
 * mutualisation_resource_dialog_get_row:
 * @name: `name`, `category`, `category-other`, `description`, `vehicle`,
 *   `vehicle-other`, `cost`, `key`, `usage-unit` or `organisation`
 *
 * For the tests.
 *
 * Returns: (transfer none) (nullable): the row of the form called @name
 */
GtkWidget *
mutualisation_resource_dialog_get_row (MutualisationResourceDialog *self,
                                       const char                  *name)
{
  const struct { const char *name; gsize offset; } rows[] = {
    { "name", G_STRUCT_OFFSET (MutualisationResourceDialog, name_row) },
    { "category", G_STRUCT_OFFSET (MutualisationResourceDialog, category_row) },
    { "category-other", G_STRUCT_OFFSET (MutualisationResourceDialog, category_other_row) },
    { "description", G_STRUCT_OFFSET (MutualisationResourceDialog, description_row) },
    { "vehicle", G_STRUCT_OFFSET (MutualisationResourceDialog, vehicle_row) },
    { "vehicle-other", G_STRUCT_OFFSET (MutualisationResourceDialog, vehicle_other_row) },
    { "cost", G_STRUCT_OFFSET (MutualisationResourceDialog, cost_row) },
    { "key", G_STRUCT_OFFSET (MutualisationResourceDialog, key_row) },
    { "usage-unit", G_STRUCT_OFFSET (MutualisationResourceDialog, usage_unit_row) },
    { "organisation", G_STRUCT_OFFSET (MutualisationResourceDialog, organisation_row) },
  };

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (rows[i].name, name) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, rows[i].offset);
  return NULL;
}

/**
 * mutualisation_resource_dialog_apply:
 *
 * Adds the resource to the module, or puts it in the place of the one
 * edited, in one change. Nothing happens while the form is invalid.
 *
 * Returns: whether the form was valid
 */
gboolean
mutualisation_resource_dialog_apply (MutualisationResourceDialog *self)
{
  g_autoptr(MutualisationResource) resource = NULL;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), FALSE);

  self->name_touched = TRUE;
  _mutualisation_resource_dialog_validate (self);
  if (!mutualisation_resource_dialog_is_valid (self))
    return FALSE;

  resource = build_resource (self);
  if (self->resource != NULL && mutualisation_resource_equal (self->resource, resource))
    return TRUE;
  if (self->resource != NULL)
    mutualisation_module_replace_resource (self->module, self->resource, resource);
  else
    mutualisation_module_add_resource (self->module, resource);

  /* Applied twice, it edits what it added. */
  g_set_object (&self->resource, resource);
  return TRUE;
}

void
mutualisation_resource_dialog_register (GTypeModule *module)
{
  mutualisation_resource_dialog_register_type (module);
}
