/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-page-strategy.c: the Strategy view of the editor: the text of
 * the mediation strategy, the publics it aims at (a check each) and the
 * national programmes present on the territory (a declared number each,
 * beside the number of places of the inventory that belong to them).
 */
#define G_LOG_DOMAIN "mediation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-page-private.h"

static void
strategy_changed_cb (GtkTextBuffer *buffer,
                     MediationPage *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  mediation_module_set_strategy (self->module, text);
}

static void
public_toggled_cb (GtkCheckButton *check,
                   MediationPage  *self)
{
  const char *name = g_object_get_data (G_OBJECT (check), "mediation-public");

  mediation_module_set_public (self->module, name, gtk_check_button_get_active (check));
}

static void
add_public_row (MediationPage *self,
                const char    *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               mediation_module_has_public (self->module, name));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "mediation-public", g_strdup (name), g_free);
  /* Connected once the state is set: showing the page is not a change. */
  g_signal_connect_object (check, "toggled", G_CALLBACK (public_toggled_cb), self, 0);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->publics_group, row);
}

static void
dispositif_changed_cb (GtkSpinButton *spin,
                       MediationPage *self)
{
  const char *name = g_object_get_data (G_OBJECT (spin), "mediation-dispositif");

  mediation_module_set_dispositif_count (self->module, name,
                                         (guint) gtk_spin_button_get_value_as_int (spin));
}

static void
add_dispositif_row (MediationPage *self,
                    const char    *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);
  g_autofree char *label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             mediation_module_get_dispositif_count (self->module, name));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a number field, “Number of France Services” */
  label = g_strdup_printf (_("Number of %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (spin), "mediation-dispositif", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (row), "mediation-dispositif", g_strdup (name), g_free);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (dispositif_changed_cb), self, 0);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (self->dispositifs_group, row);
  g_ptr_array_add (self->dispositif_rows, row);
}

/* How many places of the inventory belong to each programme. */
void
_mediation_page_update_dispositifs (MediationPage *self)
{
  for (guint i = 0; i < self->dispositif_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->dispositif_rows, i);
      const char *name = g_object_get_data (G_OBJECT (row), "mediation-dispositif");
      guint n = mediation_module_count_lieux_with (self->module,
                                                   MEDIATION_FIELD_DISPOSITIF_PROGRAMMES_NATIONAUX, name);
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u place of the inventory",
                                               "%u places of the inventory", n),
                                  n);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
}

void
_mediation_page_init_strategy (MediationPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->strategy_view);
  const char * const *catalogue = mediation_module_public_catalogue ();
  const char * const *chosen = mediation_module_get_publics (self->module);
  g_auto(GStrv) dispositifs = mediation_module_list_dispositifs (self->module);

  gtk_text_buffer_set_text (buffer, mediation_module_get_strategy (self->module), -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (strategy_changed_cb), self, 0);

  for (guint i = 0; catalogue[i] != NULL; i++)
    add_public_row (self, catalogue[i]);
  /* Publics of the project that the catalogue does not offer. */
  for (guint i = 0; chosen[i] != NULL; i++)
    if (!g_strv_contains (catalogue, chosen[i]))
      add_public_row (self, chosen[i]);

  self->dispositif_rows = g_ptr_array_new ();
  for (guint i = 0; dispositifs[i] != NULL; i++)
    add_dispositif_row (self, dispositifs[i]);
  _mediation_page_update_dispositifs (self);
}
