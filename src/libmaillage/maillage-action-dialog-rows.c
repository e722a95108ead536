/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-dialog-rows.c: an editable table of MaillageActionDialog,
 * one row of entries per partner, budget year, co-financing line or
 * indicator, with a button to add a row and one to remove each. The
 * dialog reads and judges the text; this file only lays it out and shows
 * the problems it is told of.
 */
#define G_LOG_DOMAIN "maillage-action-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "maillage-action-dialog-private.h"

typedef struct
{
  MaillageRows *rows;
  GtkWidget    *entries[MAILLAGE_ROWS_MAX_COLUMNS];
  GtkWidget    *remove_button;
} Row;

struct _MaillageRows
{
  char                *name;
  MaillageRowsColumn   columns[MAILLAGE_ROWS_MAX_COLUMNS];
  guint                n_columns;
  MaillageRowsChanged  changed;
  gpointer             user_data;

  GtkGrid             *grid;
  GtkWidget           *headers[MAILLAGE_ROWS_MAX_COLUMNS];
  GtkWidget           *error_label;
  GPtrArray           *rows;       /* of Row, in the grid's order */
  guint                n_created;  /* for unique widget names */
};

static void
notify_changed (MaillageRows *self)
{
  gboolean any = self->rows->len > 0;

  /* Headers over an empty table would only say there is nothing. */
  for (guint i = 0; i < self->n_columns; i++)
    gtk_widget_set_visible (self->headers[i], any);

  if (self->changed != NULL)
    self->changed (self->user_data);
}

static void
entry_changed_cb (GtkEditable *editable,
                  Row         *row)
{
  notify_changed (row->rows);
}

static void
remove_clicked_cb (GtkButton *button,
                   Row       *row)
{
  MaillageRows *self = row->rows;
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;

  /* Row 0 of the grid holds the headers. */
  gtk_grid_remove_row (self->grid, index + 1);
  g_ptr_array_remove_index (self->rows, index);

  notify_changed (self);
}

static void
add_clicked_cb (GtkButton    *button,
                MaillageRows *self)
{
  Row *row;

  _maillage_rows_append (self, NULL);
  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  gtk_widget_grab_focus (row->entries[0]);
}

/* _maillage_rows_new:
 * @box: where to put the table: a heading, the rows, the message and the
 *   button to add a row go into it
 * @name: the prefix of the entries' widget names, `<name>-<row>-<column>`
 * @heading: the section's heading, translated
 * @add_label: the label of the button that adds a row, translated
 * @columns: what each column holds
 * @n_columns: how many columns, at most %MAILLAGE_ROWS_MAX_COLUMNS
 * @changed: called after any edit, addition or removal
 * @user_data: for @changed
 *
 * Returns the table; free it with _maillage_rows_free() once its widgets
 * are gone. */
MaillageRows *
_maillage_rows_new (GtkBox                   *box,
                    const char               *name,
                    const char               *heading,
                    const char               *add_label,
                    const MaillageRowsColumn *columns,
                    guint                     n_columns,
                    MaillageRowsChanged       changed,
                    gpointer                  user_data)
{
  g_autofree char *add_name = NULL;
  MaillageRows *self;
  GtkWidget *label;
  GtkWidget *button;

  g_return_val_if_fail (n_columns > 0 && n_columns <= MAILLAGE_ROWS_MAX_COLUMNS, NULL);

  self = g_new0 (MaillageRows, 1);
  self->name = g_strdup (name);
  self->n_columns = n_columns;
  memcpy (self->columns, columns, n_columns * sizeof *columns);
  self->changed = changed;
  self->user_data = user_data;
  self->rows = g_ptr_array_new_with_free_func (g_free);

  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (box, label);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 6);
  gtk_grid_set_row_spacing (self->grid, 6);
  for (guint i = 0; i < n_columns; i++)
    {
      self->headers[i] = gtk_label_new (_(columns[i].title));
      gtk_label_set_xalign (GTK_LABEL (self->headers[i]), columns[i].kind == MAILLAGE_ROWS_AMOUNT ? 1 : 0);
      gtk_widget_add_css_class (self->headers[i], "dim-label");
      gtk_widget_add_css_class (self->headers[i], "caption-heading");
      gtk_widget_set_visible (self->headers[i], FALSE);
      gtk_grid_attach (self->grid, self->headers[i], i, 0, 1, 1);
    }
  gtk_box_append (box, GTK_WIDGET (self->grid));

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_add_css_class (self->error_label, "caption");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (box, self->error_label);

  button = gtk_button_new_with_mnemonic (add_label);
  add_name = g_strdup_printf ("%s-add", name);
  gtk_widget_set_name (button, add_name);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (box, button);

  return self;
}

void
_maillage_rows_free (MaillageRows *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->name);
  g_free (self);
}

/* @values: (nullable): one text per column, or NULL for an empty row */
void
_maillage_rows_append (MaillageRows       *self,
                       const char * const *values)
{
  Row *row = g_new0 (Row, 1);
  guint grid_row = self->rows->len + 1;

  row->rows = self;
  for (guint i = 0; i < self->n_columns; i++)
    {
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *widget_name = g_strdup_printf ("%s-%u-%u", self->name, self->n_created, i);

      gtk_widget_set_name (entry, widget_name);
      gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
      switch (self->columns[i].kind)
        {
        case MAILLAGE_ROWS_YEAR:
          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
          gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 6);
          gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
          break;

        case MAILLAGE_ROWS_AMOUNT:
          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 14);
          gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 14);
          gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
          gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
          break;

        case MAILLAGE_ROWS_TEXT:
        default:
          gtk_widget_set_hexpand (entry, TRUE);
          break;
        }
      if (values != NULL && values[i] != NULL)
        gtk_editable_set_text (GTK_EDITABLE (entry), values[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(self->columns[i].title),
                                      -1);
      g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), row);
      gtk_grid_attach (self->grid, entry, i, grid_row, 1, 1);
      row->entries[i] = entry;
    }

  row->remove_button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_tooltip_text (row->remove_button, _("Remove"));
  gtk_widget_add_css_class (row->remove_button, "flat");
  gtk_widget_set_valign (row->remove_button, GTK_ALIGN_CENTER);
  g_signal_connect (row->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), row);
  gtk_grid_attach (self->grid, row->remove_button, self->n_columns, grid_row, 1, 1);

  self->n_created++;
  g_ptr_array_add (self->rows, row);
  notify_changed (self);
}

guint
_maillage_rows_get_n_rows (MaillageRows *self)
{
  return self->rows->len;
}

GtkEntry *
_maillage_rows_get_entry (MaillageRows *self,
                          guint         row,
                          guint         column)
{
  Row *r;

  g_return_val_if_fail (row < self->rows->len && column < self->n_columns, NULL);

  r = g_ptr_array_index (self->rows, row);
  return GTK_ENTRY (r->entries[column]);
}

/* Returns: (transfer full): the text of a cell, without the spaces around */
char *
_maillage_rows_get_text (MaillageRows *self,
                         guint         row,
                         guint         column)
{
  GtkEntry *entry = _maillage_rows_get_entry (self, row, column);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* A row left empty is no row: it is skipped, not refused. */
gboolean
_maillage_rows_is_blank (MaillageRows *self,
                         guint         row)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *text = _maillage_rows_get_text (self, row, i);

      if (*text != '\0')
        return FALSE;
    }

  return TRUE;
}

void
_maillage_rows_clear_errors (MaillageRows *self)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (guint i = 0; i < self->n_columns; i++)
        {
          gtk_widget_remove_css_class (row->entries[i], "error");
          gtk_accessible_reset_state (GTK_ACCESSIBLE (row->entries[i]), GTK_ACCESSIBLE_STATE_INVALID);
        }
    }

  gtk_label_set_label (GTK_LABEL (self->error_label), "");
  gtk_widget_set_visible (self->error_label, FALSE);
}

/* Marks a cell as wrong; the table shows the first message it is given
 * (the first problem, reading down), since one line is read, not ten. */
void
_maillage_rows_mark_error (MaillageRows *self,
                           guint         row,
                           guint         column,
                           const char   *message)
{
  GtkWidget *entry = GTK_WIDGET (_maillage_rows_get_entry (self, row, column));

  gtk_widget_add_css_class (entry, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);

  if (!gtk_widget_get_visible (self->error_label))
    {
      gtk_label_set_label (GTK_LABEL (self->error_label), message);
      gtk_widget_set_visible (self->error_label, TRUE);
    }
}
