/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-window-drafts.c: the window's part in autosave and crash
 * recovery: its project is autosaved while it is shown, and the welcome
 * page's win.recover-draft and win.discard-draft actions.
 */
#define G_LOG_DOMAIN "maillage-window-drafts"

#include "config.h"

#include <glib/gi18n.h>

#include "maillage-window-private.h"

static MaillageDrafts *
get_drafts (MaillageWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* Kept, since a window outlives its place in the application when it
   * is destroyed, and its project must still be let go then. */
  if (self->drafts == NULL && MAILLAGE_IS_APPLICATION (app))
    self->drafts = g_object_ref (maillage_application_get_drafts (MAILLAGE_APPLICATION (app)));

  return self->drafts;
}

/* Called once self->project is the project shown. */
void
_maillage_window_watch_draft (MaillageWindow *self)
{
  MaillageDrafts *drafts = get_drafts (self);

  if (drafts != NULL && self->project != NULL)
    maillage_drafts_watch (drafts, self->project);
}

/* Called before the project shown goes: whoever replaces or closes it has
 * asked the user first (or it was saved), so its draft goes with it. */
void
_maillage_window_unwatch_draft (MaillageWindow *self)
{
  if (self->drafts != NULL && self->project != NULL)
    maillage_drafts_unwatch (self->drafts, self->project);
}

/* The orphan draft @id as the welcome page lists it, for its name. */
static char *
dup_draft_name (MaillageDrafts *drafts,
                const char     *id)
{
  g_autoptr(GPtrArray) orphans = maillage_drafts_list_orphans (drafts);

  for (guint i = 0; i < orphans->len; i++)
    {
      MaillageDraft *draft = g_ptr_array_index (orphans, i);

      if (g_strcmp0 (maillage_draft_get_id (draft), id) == 0)
        return maillage_draft_dup_name (draft);
    }

  return g_strdup (_("Untitled Project"));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     MaillageWindow   *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "draft-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "discard") != 0 || get_drafts (self) == NULL)
    return;

  if (!maillage_drafts_discard (self->drafts, id, &error))
    _maillage_window_show_error (self, _("Could Not Discard the Changes"),
                                 _("The autosaved copy could not be deleted."), error);
}

/* Discarding loses the changes for good, hence a dialog; a draft that
 * cannot be read gets the same choice, with the reason. */
static void
ask_discard (MaillageWindow *self,
             const char     *id,
             const char     *heading,
             const char     *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep"),
                                    "discard", _("_Discard Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "draft-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_unreadable_draft (MaillageWindow *self,
                       const char     *id,
                       const GError   *error)
{
  g_autofree char *name = dup_draft_name (self->drafts, id);
  g_autofree char *intro = NULL;
  g_autofree char *body = NULL;

  /* Nothing to discard there: an id that is no draft, or one open. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      _maillage_window_show_error (self, _("Could Not Recover the Project"),
                                   _("The autosaved copy could not be opened."), error);
      return;
    }

  g_message ("Draft %s could not be read: %s", id, error->message);
  intro = g_strdup_printf (_("The autosaved copy of “%s” could not be read. You can discard it, "
                             "or keep it and try again later."), name);
  body = g_strdup_printf ("%s\n\n%s", intro, error->message);
  ask_discard (self, id, _("Could Not Recover the Project"), body);
}

static void
recover_draft_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (user_data);
  MaillageDrafts *drafts = get_drafts (self);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GError) error = NULL;
  MaillageWindow *window = self;

  if (drafts == NULL)
    return;

  project = maillage_drafts_recover (drafts, id, &error);
  if (project == NULL)
    {
      show_unreadable_draft (self, id, error);
      return;
    }

  /* Drafts are offered on the welcome page; should this window show a
   * project by now, the recovered one gets a window of its own rather
   * than replace it. */
  if (!maillage_window_is_empty (self))
    {
      window = maillage_window_new (MAILLAGE_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (window));
    }

  maillage_window_set_project (window, project);
  maillage_window_add_toast (window, adw_toast_new (_("Unsaved changes recovered")));
}

static void
discard_draft_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  MaillageWindow *self = MAILLAGE_WINDOW (user_data);
  MaillageDrafts *drafts = get_drafts (self);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  if (drafts == NULL)
    return;

  name = dup_draft_name (drafts, id);
  body = g_strdup_printf (_("The changes to “%s” that were not saved will be permanently lost."),
                          name);
  ask_discard (self, id, _("Discard Unsaved Changes?"), body);
}

static const GActionEntry draft_actions[] = {
  { "recover-draft", recover_draft_activated, "s" },
  { "discard-draft", discard_draft_activated, "s" },
};

void
_maillage_window_init_draft_actions (MaillageWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), draft_actions,
                                   G_N_ELEMENTS (draft_actions), self);
}
