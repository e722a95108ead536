/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-import-preview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-import-preview.h"
#include "participation-issue.h"

/*
 * ParticipationImportPreview: what an import of a Decidim export would do,
 * before anything changes: row by row, whether it adds a proposal (or a
 * result), updates the one of the same id, or changes nothing. The user
 * imports all of it or nothing. When a row of the file breaks a rule,
 * the preview lists every problem with its line and column instead, and
 * only closing is offered: nothing of the file is taken.
 */
struct _ParticipationImportPreview
{
  AdwWindow                   parent_instance;

  ParticipationModule        *module;
  ParticipationDecidimImport *import;
  GHashTable                 *changes;  /* item → ParticipationChange */

  /* Template children */
  AdwWindowTitle             *window_title;
  GtkLabel                   *heading_label;
  GtkLabel                   *summary_label;
  GtkLabel                   *notes_label;
  GtkColumnView              *column_view;
  GtkButton                  *cancel_button;
  GtkButton                  *import_button;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationImportPreview, participation_import_preview, ADW_TYPE_WINDOW,
                                G_TYPE_FLAG_FINAL, {})

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef char *(*CellText) (ParticipationImportPreview *self,
                           GObject                    *item);

static char *
change_text (ParticipationImportPreview *self,
             GObject                    *item)
{
  switch (GPOINTER_TO_UINT (g_hash_table_lookup (self->changes, item)))
    {
    case PARTICIPATION_CHANGE_ADDED:
      return g_strdup (C_("import change", "Added"));
    case PARTICIPATION_CHANGE_UPDATED:
      return g_strdup (C_("import change", "Updated"));
    case PARTICIPATION_CHANGE_UNCHANGED:
    default:
      return g_strdup (C_("import change", "Unchanged"));
    }
}

static char *
id_text (ParticipationImportPreview *self,
         GObject                    *item)
{
  gint64 id = PARTICIPATION_IS_PROPOSAL (item) ? participation_proposal_get_id (PARTICIPATION_PROPOSAL (item))
                                               : participation_result_get_id (PARTICIPATION_RESULT (item));

  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static char *
title_text (ParticipationImportPreview *self,
            GObject                    *item)
{
  if (PARTICIPATION_IS_PROPOSAL (item))
    return g_strdup (participation_proposal_get_title (PARTICIPATION_PROPOSAL (item)));
  return g_strdup (participation_result_get_title (PARTICIPATION_RESULT (item)));
}

static char *
state_text (ParticipationImportPreview *self,
            GObject                    *item)
{
  if (PARTICIPATION_IS_PROPOSAL (item))
    return g_strdup (participation_proposal_state_get_label (participation_proposal_get_state (PARTICIPATION_PROPOSAL (item)),
                                                             FALSE));
  return g_strdup (participation_result_get_text (PARTICIPATION_RESULT (item), PARTICIPATION_RESULT_STATUS));
}

static char *
line_text (ParticipationImportPreview *self,
           GObject                    *item)
{
  return g_strdup_printf ("%u", participation_issue_get_line (PARTICIPATION_ISSUE (item)));
}

static char *
column_text (ParticipationImportPreview *self,
             GObject                    *item)
{
  return g_strdup (participation_issue_get_column (PARTICIPATION_ISSUE (item)));
}

static char *
problem_text (ParticipationImportPreview *self,
              GObject                    *item)
{
  return g_strdup (participation_issue_get_message (PARTICIPATION_ISSUE (item)));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (g_object_get_data (G_OBJECT (factory), "participation-wrap") != NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory   *factory,
         GtkListItem                *item,
         ParticipationImportPreview *self)
{
  CellText text = g_object_get_data (G_OBJECT (factory), "participation-text");
  g_autofree char *content = text (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), content);
}

static void
add_column (ParticipationImportPreview *self,
            const char                 *title,
            CellText                    text,
            gboolean                    expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "participation-text", text);
  g_object_set_data (G_OBJECT (factory), "participation-wrap", GINT_TO_POINTER (text == problem_text));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

/**
 * participation_import_preview_confirm:
 * @self: the preview
 *
 * Does the import shown, as the Import button does, and closes the
 * preview.
 *
 * Returns: whether the import was done
 */
gboolean
participation_import_preview_confirm (ParticipationImportPreview *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PARTICIPATION_IS_IMPORT_PREVIEW (self), FALSE);

  if (!participation_import_preview_can_import (self) ||
      !participation_module_apply_import (self->module, self->import, &error))
    return FALSE;

  g_signal_emit (self, signals[IMPORTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (ParticipationImportPreview *self)
{
  participation_import_preview_confirm (self);
}

static void
participation_import_preview_dispose (GObject *object)
{
  ParticipationImportPreview *self = PARTICIPATION_IMPORT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PARTICIPATION_TYPE_IMPORT_PREVIEW);
  g_clear_object (&self->module);
  g_clear_object (&self->import);
  g_clear_pointer (&self->changes, g_hash_table_unref);

  G_OBJECT_CLASS (participation_import_preview_parent_class)->dispose (object);
}

static void
participation_import_preview_class_init (ParticipationImportPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = participation_import_preview_dispose;

  /* Emitted once the import is done, before the preview closes. */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/maillage/Maillage/plugins/participation/"
                                               "participation-import-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, notes_label);
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, column_view);
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ParticipationImportPreview, import_button);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
participation_import_preview_class_finalize (ParticipationImportPreviewClass *klass)
{
}

static void
participation_import_preview_init (ParticipationImportPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
describe_problems (ParticipationImportPreview *self,
                   const char                 *file_name)
{
  guint n_issues = participation_decidim_import_get_n_issues (self->import);
  guint kept = g_list_model_get_n_items (participation_decidim_import_get_issues (self->import));
  g_autofree char *summary = NULL;

  gtk_label_set_text (self->heading_label, _("Nothing Can Be Imported"));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "“%s” has %u problem, listed below. Fix it in the file and "
                                          "import it again: nothing of the file was taken.",
                                          "“%s” has %u problems, listed below. Fix them in the file "
                                          "and import it again: nothing of the file was taken.",
                                          n_issues),
                             file_name, n_issues);
  gtk_label_set_text (self->summary_label, summary);
  if (kept < n_issues)
    {
      g_autofree char *notes = g_strdup_printf (_("Only the first %u problems are listed."), kept);

      gtk_label_set_text (self->notes_label, notes);
    }

  add_column (self, _("Line"), line_text, FALSE);
  add_column (self, _("Column"), column_text, FALSE);
  add_column (self, _("Problem"), problem_text, TRUE);

  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
}

/* Every row is valid, but the whole cannot be taken. */
static void
describe_refusal (ParticipationImportPreview *self,
                  const char                 *reason)
{
  gtk_label_set_text (self->heading_label, _("Nothing Can Be Imported"));
  gtk_label_set_text (self->summary_label, reason);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->column_view)), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, -1);
}

static void
describe_changes (ParticipationImportPreview *self,
                  const char                 *file_name)
{
  gboolean proposals = participation_decidim_import_get_kind (self->import) == PARTICIPATION_DECIDIM_PROPOSALS;
  GPtrArray *items = participation_decidim_import_get_items (self->import);
  guint n = items->len;
  g_autoptr(GArray) changes = participation_module_list_changes (self->module, self->import);
  guint counts[3] = { 0, };
  guint added, updated, unchanged;
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;

  /* Computed once: a row's cell is bound again each time it scrolls in. */
  self->changes = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      ParticipationChange change = g_array_index (changes, ParticipationChange, i);

      g_hash_table_insert (self->changes, g_ptr_array_index (items, i), GUINT_TO_POINTER (change));
      counts[change]++;
    }
  added = counts[PARTICIPATION_CHANGE_ADDED];
  updated = counts[PARTICIPATION_CHANGE_UPDATED];
  unchanged = counts[PARTICIPATION_CHANGE_UNCHANGED];

  if (proposals)
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Proposal?", "Import %u Proposals?", n), n);
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Result?", "Import %u Results?", n), n);
  gtk_label_set_text (self->heading_label, heading);

  if (added + updated == 0)
    summary = g_strdup (_("Nothing would change: every row of the file is already in the project, "
                          "as it is."));
  else if (proposals)
    /* Translators: the numbers of proposals the import adds, updates and
     * leaves as they are */
    summary = g_strdup_printf (_("%u new, %u updated, %u unchanged. The proposals already in the project "
                                 "that the file does not have stay as they are, and so do the links of "
                                 "proposals to actions of the plan."),
                               added, updated, unchanged);
  else
    summary = g_strdup_printf (_("%u new, %u updated, %u unchanged. The results already in the project "
                                 "that the file does not have stay as they are."),
                               added, updated, unchanged);
  gtk_label_set_text (self->summary_label, summary);

  if (participation_decidim_import_get_encoding (self->import) == MAILLAGE_CSV_ENCODING_WINDOWS_1252)
    gtk_label_set_text (self->notes_label,
                        _("The file is not in UTF-8, as Decidim writes it: it was read as Windows-1252, "
                          "as a spreadsheet saves it. Check the accented letters below."));

  add_column (self, _("Change"), change_text, FALSE);
  add_column (self, _("No."), id_text, FALSE);
  add_column (self, proposals ? _("Proposal") : _("Result"), title_text, TRUE);
  add_column (self, proposals ? _("State") : _("Status"), state_text, FALSE);

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), added + updated > 0);
}

/**
 * participation_import_preview_new:
 * @module: the module to import into
 * @import: what the file holds, checked
 * @file_name: the file's name, to show
 *
 * Returns: (transfer full): a new preview, not shown
 */
ParticipationImportPreview *
participation_import_preview_new (ParticipationModule        *module,
                                  ParticipationDecidimImport *import,
                                  const char                 *file_name)
{
  ParticipationImportPreview *self;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rows;

  g_return_val_if_fail (PARTICIPATION_IS_MODULE (module), NULL);
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (import), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (PARTICIPATION_TYPE_IMPORT_PREVIEW, NULL);
  self->module = g_object_ref (module);
  self->import = g_object_ref (import);
  adw_window_title_set_subtitle (self->window_title, file_name);

  if (participation_decidim_import_get_n_issues (import) > 0)
    {
      describe_problems (self, file_name);
      rows = g_object_ref (participation_decidim_import_get_issues (import));
    }
  else if (!participation_module_check_import (module, import, &error))
    {
      describe_refusal (self, error->message);
      rows = G_LIST_MODEL (g_list_store_new (PARTICIPATION_TYPE_ISSUE));
    }
  else
    {
      GPtrArray *items = participation_decidim_import_get_items (import);
      GListStore *store = g_list_store_new (G_TYPE_OBJECT);

      describe_changes (self, file_name);
      g_list_store_splice (store, 0, 0, items->pdata, items->len);
      rows = G_LIST_MODEL (store);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), *gtk_label_get_text (self->notes_label) != '\0');

  selection = gtk_no_selection_new (rows);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  return self;
}

/**
 * participation_import_preview_get_import:
 *
 * Returns: (transfer none): the import shown
 */
ParticipationDecidimImport *
participation_import_preview_get_import (ParticipationImportPreview *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_IMPORT_PREVIEW (self), NULL);

  return self->import;
}

/* Whether the preview offers to import: every row is valid and some
 * would change the project. */
gboolean
participation_import_preview_can_import (ParticipationImportPreview *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_IMPORT_PREVIEW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->import_button)) &&
         gtk_widget_get_sensitive (GTK_WIDGET (self->import_button));
}

/* The sentence under the heading, for the tests. */
const char *
participation_import_preview_get_summary (ParticipationImportPreview *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_IMPORT_PREVIEW (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

void
participation_import_preview_register (GTypeModule *module)
{
  participation_import_preview_register_type (module);
}
