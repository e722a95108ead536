/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-form.c: helpers of the Gouvernance dialogs. Each dialog
 * checks its fields when saved; the rows at fault are marked in red and
 * the label under the form says what is wrong, in words, while the module
 * stays as it was.
 */
#define G_LOG_DOMAIN "gouvernance-form"

#include "config.h"

#include <maillage.h>

#include "gouvernance-form.h"

/* The text of @row without spaces around it. */
char *
gouvernance_form_get_text (AdwEntryRow *row)
{
  return maillage_format_strip (gtk_editable_get_text (GTK_EDITABLE (row)));
}

void
gouvernance_form_set_text (AdwEntryRow *row,
                           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* @row offers the labels of @vocabulary; the position selected is the
 * value. */
void
gouvernance_form_setup_combo (AdwComboRow           *row,
                              GouvernanceVocabulary  vocabulary,
                              guint                  selected)
{
  g_autoptr(GtkStringList) model = gouvernance_vocabulary_new_model (vocabulary);

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
}

void
gouvernance_form_mark (GtkWidget *row,
                       gboolean   wrong)
{
  if (wrong)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Shows @message under the form, or hides the label for NULL. */
void
gouvernance_form_show_error (GtkLabel   *label,
                             const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}
