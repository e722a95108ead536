/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-window-print.c: win.print, printing the strategy document of
 * the project shown: the same pages as the preview and the PDF. The
 * printer and options chosen are kept for the next time, as long as the
 * window lives.
 */
#define G_LOG_DOMAIN "maillage-window-print"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-print-operation.h"
#include "maillage-strategy-builder.h"
#include "maillage-window-private.h"

#define PRINT_SETTINGS_KEY "maillage-print-settings"
#define PRINT_REPORTED_KEY "maillage-print-reported"

/* The strategy document of the project shown: the annex, with the chapters
 * of the modules as the sidebar orders them. */
MaillageDocument *
_maillage_window_build_strategy (MaillageWindow *self)
{
  g_autoptr(MaillageStrategyBuilder) builder = NULL;

  g_return_val_if_fail (self->project != NULL, NULL);

  builder = maillage_strategy_builder_new (self->project, G_LIST_MODEL (self->module_set));
  return maillage_strategy_builder_build (builder);
}

static void
report_error (MaillageWindow    *self,
              GtkPrintOperation *operation,
              const GError      *error)
{
  if (g_object_get_data (G_OBJECT (operation), PRINT_REPORTED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (operation), PRINT_REPORTED_KEY, GINT_TO_POINTER (TRUE));
  _maillage_window_show_error (self, _("Could Not Print"),
                               _("The strategy document could not be printed."), error);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MaillageWindow          *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      report_error (self, operation, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_object_set_data_full (G_OBJECT (self), PRINT_SETTINGS_KEY,
                              g_object_ref (gtk_print_operation_get_print_settings (operation)),
                              g_object_unref);
    }
}

static void
print_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (user_data);
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(MaillagePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings;
  GtkPrintOperationResult result;

  if (self->project == NULL)
    return;

  document = _maillage_window_build_strategy (self);
  operation = maillage_print_operation_new (document);

  settings = g_object_get_data (G_OBJECT (self), PRINT_SETTINGS_KEY);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);

  /* The dialog does not block the window's main loop; the operation holds
   * itself until done. */
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    report_error (self, GTK_PRINT_OPERATION (operation), error);
}

static const GActionEntry print_actions[] = {
  { "print", print_activated },
};

void
_maillage_window_init_print_actions (MaillageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), print_actions,
                                   G_N_ELEMENTS (print_actions), self);
}
