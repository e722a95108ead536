/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-resource-dialog-communes.c: the lists of the resource
 * dialog: the communes of the territory, each with a check box and an
 * entry for its value under the key chosen (units of use, an agreed
 * percentage or amount) — the text typed kept for each key, read into its
 * value when it is a number — and the other partners, added with the entry
 * row's button and removed with theirs.
 */
#define G_LOG_DOMAIN "mutualisation-resource-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mutualisation-parse.h"
#include "mutualisation-resource-dialog-private.h"

void
_mutualisation_resource_dialog_commune_row_free (CommuneRow *row)
{
  g_free (row->insee);
  for (guint s = 0; s < N_SLOTS; s++)
    g_free (row->texts[s]);
  g_free (row->error);
  g_free (row);
}

int
_mutualisation_resource_dialog_slot_of (MutualisationKey key)
{
  switch (key)
    {
    case MUTUALISATION_KEY_USAGE:
      return SLOT_UNITS;
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      return SLOT_PERCENT;
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      return SLOT_AMOUNT;
    case MUTUALISATION_KEY_POPULATION:
    case MUTUALISATION_KEY_EQUAL:
    default:
      return -1;
    }
}

/* Reads the text of @row for the current key into its value. */
void
_mutualisation_resource_dialog_read_value (MutualisationResourceDialog *self,
            CommuneRow                  *row)
{
  MutualisationKey key = _mutualisation_resource_dialog_current_key (self);
  int slot = _mutualisation_resource_dialog_slot_of (key);
  g_autoptr(GError) error = NULL;
  const char *text;
  gboolean ok = TRUE;

  g_clear_pointer (&row->error, g_free);
  if (slot < 0)
    return;

  text = row->texts[slot];
  switch (slot)
    {
    case SLOT_UNITS:
      {
        guint64 units;

        /* An empty entry is nothing agreed yet: 0. */
        if (*text == '\0')
          units = 0;
        else
          ok = mutualisation_parse_units (text, &units, &error);
        if (ok)
          row->units = units;
      }
      break;
    case SLOT_PERCENT:
      {
        guint32 basis_points;

        if (*text == '\0')
          basis_points = 0;
        else
          ok = mutualisation_parse_percent (text, &basis_points, &error);
        if (ok)
          row->basis_points = basis_points;
      }
      break;
    case SLOT_AMOUNT:
    default:
      {
        gint64 amount;

        if (*text == '\0')
          amount = 0;
        else
          ok = mutualisation_parse_amount (text, &amount, &error);
        if (ok)
          row->amount = amount;
      }
      break;
    }

  if (!ok)
    row->error = g_strdup (error->message);
}

static void
value_changed_cb (GtkEditable                 *entry,
                  MutualisationResourceDialog *self)
{
  CommuneRow *row = g_object_get_data (G_OBJECT (entry), "mutualisation-commune");
  int slot = _mutualisation_resource_dialog_slot_of (_mutualisation_resource_dialog_current_key (self));

  if (self->filling || slot < 0)
    return;

  g_free (row->texts[slot]);
  row->texts[slot] = maillage_format_strip (gtk_editable_get_text (entry));
  _mutualisation_resource_dialog_read_value (self, row);
  _mutualisation_resource_dialog_validate (self);
}

static void
check_toggled_cb (GtkCheckButton              *check,
                  MutualisationResourceDialog *self)
{
  CommuneRow *row = g_object_get_data (G_OBJECT (check), "mutualisation-commune");

  gtk_widget_set_sensitive (row->entry, gtk_check_button_get_active (check));
  if (!self->filling)
    _mutualisation_resource_dialog_validate (self);
}

static void
set_all (MutualisationResourceDialog *self,
         gboolean                     active)
{
  self->filling = TRUE;
  for (guint i = 0; i < self->communes->len; i++)
    {
      CommuneRow *row = g_ptr_array_index (self->communes, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (row->check), active);
    }
  self->filling = FALSE;
  _mutualisation_resource_dialog_validate (self);
}

void
_mutualisation_resource_dialog_all_clicked (MutualisationResourceDialog *self)
{
  set_all (self, TRUE);
}

void
_mutualisation_resource_dialog_none_clicked (MutualisationResourceDialog *self)
{
  set_all (self, FALSE);
}

static char *
value_text (const MutualisationMember *member,
            int                        slot)
{
  if (member == NULL)
    return g_strdup ("");

  switch (slot)
    {
    case SLOT_UNITS:
      return g_strdup_printf ("%" G_GUINT64_FORMAT, member->units);
    case SLOT_PERCENT:
      {
        g_autofree char *percent = mutualisation_format_percent (member->basis_points);

        /* Without the sign: the entry holds the number. */
        return g_strndup (percent, strlen (percent) - strlen ("\u00a0%"));
      }
    case SLOT_AMOUNT:
    default:
      return mutualisation_format_amount_input (member->amount);
    }
}

static void
add_commune_row (MutualisationResourceDialog *self,
                 const char                  *insee,
                 const char                  *name,
                 const char                  *subtitle,
                 guint64                      population,
                 const MutualisationMember   *member)
{
  CommuneRow *row = g_new0 (CommuneRow, 1);

  row->insee = g_strdup (insee);
  row->population = population;
  if (member != NULL)
    {
      row->units = member->units;
      row->basis_points = member->basis_points;
      row->amount = member->amount;
    }
  for (guint s = 0; s < N_SLOTS; s++)
    row->texts[s] = value_text (member, s);

  row->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), subtitle);

  row->check = gtk_check_button_new ();
  gtk_widget_set_valign (row->check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (row->check), member != NULL);
  g_object_set_data (G_OBJECT (row->check), "mutualisation-commune", row);
  g_signal_connect (row->check, "toggled", G_CALLBACK (check_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row->row), row->check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), row->check);

  row->entry = gtk_entry_new ();
  gtk_widget_set_valign (row->entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->entry), 12);
  gtk_editable_set_alignment (GTK_EDITABLE (row->entry), 1.0);
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->entry), "0");
  gtk_entry_set_activates_default (GTK_ENTRY (row->entry), TRUE);
  gtk_widget_set_sensitive (row->entry, member != NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row->entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row->row, NULL, -1);
  g_object_set_data (G_OBJECT (row->entry), "mutualisation-commune", row);
  g_signal_connect (row->entry, "changed", G_CALLBACK (value_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->entry);

  adw_preferences_group_add (self->communes_group, row->row);
  g_ptr_array_add (self->communes, row);
}

/* The communes of the territory, in its order, then those the resource
 * counts that the territory does not have. */
void
_mutualisation_resource_dialog_build_communes (MutualisationResourceDialog *self)
{
  MaillageTerritory *territory = mutualisation_module_get_territory (self->module);
  GListModel *communes = territory != NULL ? maillage_territory_get_communes (territory) : NULL;
  guint n = communes != NULL ? g_list_model_get_n_items (communes) : 0;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);
      const char *insee = maillage_commune_get_insee (commune);
      guint population = maillage_commune_get_population (commune);
      g_autofree char *people = maillage_format_integer (population);
      g_autofree char *subtitle = NULL;
      const MutualisationMember *member = NULL;

      /* A duplicate code the user has not fixed yet is listed once. */
      if (!g_hash_table_add (listed, (gpointer) insee))
        continue;
      if (self->resource != NULL)
        member = mutualisation_resource_find_member (self->resource, insee);
      /* Translators: “39801 · 1 435 inhabitants” */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s inhabitant", "%s · %s inhabitants",
                                               population),
                                  insee, people);
      add_commune_row (self, insee, maillage_commune_get_name (commune), subtitle, population, member);
    }

  for (guint i = 0; self->resource != NULL && i < mutualisation_resource_get_n_members (self->resource); i++)
    {
      const MutualisationMember *member = mutualisation_resource_get_member (self->resource, i);
      g_autofree char *subtitle = NULL;

      if (g_hash_table_contains (listed, member->insee))
        continue;
      subtitle = g_strdup_printf (_("%s · not a commune of the territory"), member->insee);
      add_commune_row (self, member->insee, member->insee, subtitle, 0, member);
    }

  if (self->communes->len == 0)
    adw_preferences_group_set_description (self->communes_group,
                                           _("The territory has no commune yet: add them in the Territory page."));
}

static void
organisation_remove_cb (GtkButton                   *button,
                        MutualisationResourceDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "mutualisation-row");
  guint position;

  if (!g_ptr_array_find (self->organisation_rows, row, &position))
    return;

  adw_preferences_group_remove (self->organisations_group, row);
  g_ptr_array_remove_index (self->organisation_rows, position);
  g_ptr_array_remove_index (self->organisations, position);
  _mutualisation_resource_dialog_validate (self);
}

void
_mutualisation_resource_dialog_add_organisation (MutualisationResourceDialog *self,
                  const char                  *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"), -1);
  g_object_set_data (G_OBJECT (button), "mutualisation-row", row);
  g_signal_connect (button, "clicked", G_CALLBACK (organisation_remove_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  adw_preferences_group_add (self->organisations_group, row);
  g_ptr_array_add (self->organisation_rows, row);
  g_ptr_array_add (self->organisations, g_strdup (name));
}

void
_mutualisation_resource_dialog_organisation_apply (MutualisationResourceDialog *self)
{
  g_autofree char *name = _mutualisation_resource_dialog_stripped_text (self->organisation_row);

  if (*name == '\0')
    return;

  _mutualisation_resource_dialog_add_organisation (self, name);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), "");
  self->filling = FALSE;
  _mutualisation_resource_dialog_validate (self);
}

static CommuneRow *
find_commune (MutualisationResourceDialog *self,
              const char                  *insee)
{
  for (guint i = 0; i < self->communes->len; i++)
    {
      CommuneRow *row = g_ptr_array_index (self->communes, i);

      if (g_strcmp0 (row->insee, insee) == 0)
        return row;
    }
  return NULL;
}

/**
 * mutualisation_resource_dialog_get_commune_check:
 *
 * Returns: (transfer none) (nullable): the check button of the commune
 *   @insee
 */
GtkWidget *
mutualisation_resource_dialog_get_commune_check (MutualisationResourceDialog *self,
                                                 const char                  *insee)
{
  CommuneRow *row;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), NULL);

  row = find_commune (self, insee);
  return row != NULL ? row->check : NULL;
}

/**
 * mutualisation_resource_dialog_get_commune_entry:
 *
 * Returns: (transfer none) (nullable): the entry of the value of the
 *   commune @insee
 */
GtkWidget *
mutualisation_resource_dialog_get_commune_entry (MutualisationResourceDialog *self,
                                                 const char                  *insee)
{
  CommuneRow *row;

  g_return_val_if_fail (MUTUALISATION_IS_RESOURCE_DIALOG (self), NULL);

  row = find_commune (self, insee);
  return row != NULL ? row->entry : NULL;
}
