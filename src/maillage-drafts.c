/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-drafts.c: autosave and crash recovery, one per application.
 *
 * While a project has unsaved changes, a copy of it (a draft) is written a
 * few seconds after the change, with a small JSON sidecar saying what it is
 * a draft of. A good save, or closing the project, deletes both. Drafts
 * that no project of ours owns were left by a crash: they are offered back.
 *
 * In g_get_user_data_dir()/APP_ID/drafts/, for each draft:
 *   <id>.maillage  the project, written by maillage_project_write_copy()
 *   <id>.json      its sidecar: see maillage-draft.c
 * where <id> is a random UUID, one per project watched.
 */
#define G_LOG_DOMAIN "maillage-drafts"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "maillage-drafts.h"

typedef struct
{
  MaillageDrafts  *drafts;
  /* Weak: the window owns the project. */
  MaillageProject *project;
  char            *id;
  guint            timeout_id;
} Watch;

struct _MaillageDrafts
{
  GObject    parent_instance;

  char      *folder;
  guint      delay_ms;
  /* The projects open here: their drafts are not orphans. */
  GPtrArray *watches;
};

enum {
  ORPHANS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MaillageDrafts, maillage_drafts, G_TYPE_OBJECT)

static char *
draft_path (MaillageDrafts *self,
            const char     *id,
            const char     *suffix)
{
  return maillage_draft_build_path (self->folder, id, suffix);
}

static Watch *
find_watch_by_project (MaillageDrafts  *self,
                       MaillageProject *project)
{
  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *watch = g_ptr_array_index (self->watches, i);

      if (watch->project == project)
        return watch;
    }

  return NULL;
}

static Watch *
find_watch_by_id (MaillageDrafts *self,
                  const char     *id)
{
  for (guint i = 0; i < self->watches->len; i++)
    {
      Watch *watch = g_ptr_array_index (self->watches, i);

      if (g_ascii_strcasecmp (watch->id, id) == 0)
        return watch;
    }

  return NULL;
}

static gboolean
write_draft (MaillageDrafts  *self,
             Watch           *watch,
             GError         **error)
{
  g_autofree char *path = draft_path (self, watch->id, MAILLAGE_DRAFT_SUFFIX);
  g_autofree char *sidecar_path = draft_path (self, watch->id, MAILLAGE_DRAFT_SIDECAR_SUFFIX);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *sidecar = NULL;

  if (g_mkdir_with_parents (self->folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", self->folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* The project first: should we die between the two, a draft without
   * its sidecar can still be recovered, as a project never saved, while a
   * sidecar alone holds nothing. */
  if (!maillage_project_write_copy (watch->project, file, NULL, error))
    return FALSE;

  /* As safe as the copy: the text goes to a temporary file, renamed over
   * the sidecar only once it is all written, and deleted otherwise. */
  sidecar = maillage_draft_build_sidecar (watch->project);
  return g_file_set_contents_full (sidecar_path, sidecar, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* The draft first, then its sidecar: a sidecar left alone by a crash in
 * between is ignored, while a draft left alone would come back. */
static gboolean
delete_draft (MaillageDrafts  *self,
              const char      *id,
              GError         **error)
{
  static const char * const suffixes[] = { MAILLAGE_DRAFT_SUFFIX, MAILLAGE_DRAFT_SIDECAR_SUFFIX };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = draft_path (self, id, suffixes[i]);

      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  Watch *watch = user_data;
  g_autoptr(GError) error = NULL;

  watch->timeout_id = 0;

  if (maillage_project_get_dirty (watch->project) &&
      !write_draft (watch->drafts, watch, &error))
    g_warning ("Could not write the draft %s: %s", watch->id, error->message);

  return G_SOURCE_REMOVE;
}

/* Armed by the first change after a draft, and not pushed back by the
 * next ones: a draft is never more than a delay behind, even for someone
 * who never stops typing, and a burst of changes makes one write. */
static void
arm_autosave (Watch *watch)
{
  guint delay_ms = watch->drafts->delay_ms;

  if (watch->timeout_id != 0 || !maillage_project_get_dirty (watch->project))
    return;

  /* Whole seconds let GLib wake us together with other timers. */
  if (delay_ms >= 1000 && delay_ms % 1000 == 0)
    watch->timeout_id = g_timeout_add_seconds (delay_ms / 1000, autosave_cb, watch);
  else
    watch->timeout_id = g_timeout_add (delay_ms, autosave_cb, watch);
  g_source_set_name_by_id (watch->timeout_id, "[maillage] autosave");
}

static void
project_changed_cb (MaillageProject *project,
                    Watch           *watch)
{
  arm_autosave (watch);
}

static void
project_dirty_cb (MaillageProject *project,
                  GParamSpec      *pspec,
                  Watch           *watch)
{
  g_autoptr(GError) error = NULL;

  if (maillage_project_get_dirty (project))
    {
      arm_autosave (watch);
      return;
    }

  /* Saved: the project's own file holds all the draft did. */
  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  if (!delete_draft (watch->drafts, watch->id, &error))
    g_warning ("Could not delete the draft %s: %s", watch->id, error->message);
}

static void
watch_free (Watch *watch)
{
  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  g_free (watch->id);
  g_free (watch);
}

static void
project_finalized_cb (gpointer  user_data,
                      GObject  *where_the_object_was)
{
  Watch *watch = user_data;
  MaillageDrafts *self = watch->drafts;
  g_autofree char *path = draft_path (self, watch->id, MAILLAGE_DRAFT_SUFFIX);

  /* Dropped without unwatch(): its draft, if any, is an orphan now. */
  watch->project = NULL;
  g_ptr_array_remove (self->watches, watch);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_signal_emit (self, signals[ORPHANS_CHANGED], 0);
}

static Watch *
add_watch (MaillageDrafts  *self,
           MaillageProject *project,
           const char      *id)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->drafts = self;
  watch->project = project;
  watch->id = g_strdup (id);

  g_object_weak_ref (G_OBJECT (project), project_finalized_cb, watch);
  g_signal_connect (project, "changed", G_CALLBACK (project_changed_cb), watch);
  g_signal_connect (project, "notify::dirty", G_CALLBACK (project_dirty_cb), watch);
  g_ptr_array_add (self->watches, watch);

  return watch;
}

static void
forget_watch (MaillageDrafts *self,
              Watch          *watch)
{
  g_signal_handlers_disconnect_by_data (watch->project, watch);
  g_object_weak_unref (G_OBJECT (watch->project), project_finalized_cb, watch);
  g_ptr_array_remove (self->watches, watch);
}

static gboolean
check_orphan_id (MaillageDrafts  *self,
                 const char      *id,
                 GError         **error)
{
  /* An id becomes a file name: nothing but a UUID may. */
  if (!g_uuid_string_is_valid (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no autosaved copy named “%s”."), id);
      return FALSE;
    }

  if (find_watch_by_id (self, id) != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("This project is already open in a window."));
      return FALSE;
    }

  return TRUE;
}

static void
maillage_drafts_dispose (GObject *object)
{
  MaillageDrafts *self = MAILLAGE_DRAFTS (object);

  /* The drafts stay on disk: a project still watched now was not closed,
   * and its draft is all that is left of its changes. */
  while (self->watches->len > 0)
    forget_watch (self, g_ptr_array_index (self->watches, 0));

  G_OBJECT_CLASS (maillage_drafts_parent_class)->dispose (object);
}

static void
maillage_drafts_finalize (GObject *object)
{
  MaillageDrafts *self = MAILLAGE_DRAFTS (object);

  g_clear_pointer (&self->watches, g_ptr_array_unref);
  g_clear_pointer (&self->folder, g_free);

  G_OBJECT_CLASS (maillage_drafts_parent_class)->finalize (object);
}

static void
maillage_drafts_class_init (MaillageDraftsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = maillage_drafts_dispose;
  object_class->finalize = maillage_drafts_finalize;

  /**
   * MaillageDrafts::orphans-changed:
   *
   * Emitted when the drafts maillage_drafts_list_orphans() returns may
   * have changed: one was recovered or discarded, or a project was dropped
   * without being unwatched.
   */
  signals[ORPHANS_CHANGED] =
    g_signal_new ("orphans-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_drafts_init (MaillageDrafts *self)
{
  const char *delay = g_getenv ("MAILLAGE_AUTOSAVE_DELAY_MS");
  guint64 delay_ms;

  self->watches = g_ptr_array_new_with_free_func ((GDestroyNotify) watch_free);
  self->delay_ms = MAILLAGE_DRAFTS_DEFAULT_DELAY_MS;

  /* For tests, and for whoever wants their drafts sooner. */
  if (delay != NULL &&
      g_ascii_string_to_unsigned (delay, 10, 0, G_MAXUINT, &delay_ms, NULL))
    self->delay_ms = delay_ms;
}

/**
 * maillage_drafts_new:
 * @folder: (nullable) (type filename): where drafts go, or %NULL for
 *   `drafts` in the application's folder of the user data folder
 *
 * The autosave delay is %MAILLAGE_DRAFTS_DEFAULT_DELAY_MS, or the number of
 * milliseconds in the environment variable `MAILLAGE_AUTOSAVE_DELAY_MS`.
 *
 * Returns: (transfer full): a new #MaillageDrafts
 */
MaillageDrafts *
maillage_drafts_new (const char *folder)
{
  MaillageDrafts *self = g_object_new (MAILLAGE_TYPE_DRAFTS, NULL);

  if (folder != NULL)
    self->folder = g_strdup (folder);
  else
    self->folder = g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);

  return self;
}

/**
 * maillage_drafts_get_folder:
 * @self: a #MaillageDrafts
 *
 * Returns: (type filename): the folder the drafts are in
 */
const char *
maillage_drafts_get_folder (MaillageDrafts *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), NULL);

  return self->folder;
}

guint
maillage_drafts_get_delay_ms (MaillageDrafts *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), 0);

  return self->delay_ms;
}

/**
 * maillage_drafts_set_delay_ms:
 * @self: a #MaillageDrafts
 * @delay_ms: how long after a change its draft is written, in milliseconds
 *
 * Applies to the autosaves armed from now on.
 */
void
maillage_drafts_set_delay_ms (MaillageDrafts *self,
                              guint           delay_ms)
{
  g_return_if_fail (MAILLAGE_IS_DRAFTS (self));

  self->delay_ms = delay_ms;
}

/**
 * maillage_drafts_watch:
 * @self: a #MaillageDrafts
 * @project: a project open in a window
 *
 * Autosaves @project from now on: a while after it changes, its draft is
 * written; when it is saved, its draft is deleted. Watching a project
 * watched already changes nothing.
 *
 * Returns: the id of @project's draft, the same for as long as it is
 *   watched
 */
const char *
maillage_drafts_watch (MaillageDrafts  *self,
                       MaillageProject *project)
{
  Watch *watch;

  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), NULL);
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  watch = find_watch_by_project (self, project);
  if (watch == NULL)
    {
      g_autofree char *id = g_uuid_string_random ();

      watch = add_watch (self, project, id);
      /* Changes made before we were told count too. */
      arm_autosave (watch);
    }

  return watch->id;
}

/**
 * maillage_drafts_unwatch:
 * @self: a #MaillageDrafts
 * @project: a project watched
 *
 * Stops autosaving @project and deletes its draft: the project was closed,
 * saved or with its changes discarded, as its user chose.
 */
void
maillage_drafts_unwatch (MaillageDrafts  *self,
                         MaillageProject *project)
{
  g_autoptr(GError) error = NULL;
  Watch *watch;

  g_return_if_fail (MAILLAGE_IS_DRAFTS (self));
  g_return_if_fail (MAILLAGE_IS_PROJECT (project));

  watch = find_watch_by_project (self, project);
  if (watch == NULL)
    return;

  if (!delete_draft (self, watch->id, &error))
    g_warning ("Could not delete the draft %s: %s", watch->id, error->message);
  forget_watch (self, watch);
}

/**
 * maillage_drafts_get_id:
 * @self: a #MaillageDrafts
 * @project: a project
 *
 * Returns: (nullable): the id of @project's draft, or %NULL if @project is
 *   not watched
 */
const char *
maillage_drafts_get_id (MaillageDrafts  *self,
                        MaillageProject *project)
{
  Watch *watch;

  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), NULL);
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  watch = find_watch_by_project (self, project);

  return watch != NULL ? watch->id : NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  MaillageDraft *draft_a = *(MaillageDraft **) a;
  MaillageDraft *draft_b = *(MaillageDraft **) b;

  return g_date_time_compare (maillage_draft_get_saved (draft_b),
                              maillage_draft_get_saved (draft_a));
}

/**
 * maillage_drafts_list_orphans:
 * @self: a #MaillageDrafts
 *
 * The drafts on disk that no project watched by @self owns: what a crash
 * left behind. A draft whose sidecar is missing or unreadable is listed
 * too, as a project never saved, since its content may still be good.
 *
 * Returns: (transfer full) (element-type MaillageDraft): the drafts, the
 *   newest first
 */
GPtrArray *
maillage_drafts_list_orphans (MaillageDrafts *self)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), NULL);

  /* No folder yet is no draft yet. */
  dir = g_dir_open (self->folder, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;

      if (!g_str_has_suffix (name, MAILLAGE_DRAFT_SUFFIX))
        continue;

      id = g_strndup (name, strlen (name) - strlen (MAILLAGE_DRAFT_SUFFIX));
      if (g_uuid_string_is_valid (id) && find_watch_by_id (self, id) == NULL)
        g_ptr_array_add (drafts, maillage_draft_load (self->folder, id));
    }

  g_ptr_array_sort (drafts, compare_newest_first);

  return g_steal_pointer (&drafts);
}

/**
 * maillage_drafts_recover:
 * @self: a #MaillageDrafts
 * @id: the id of an orphan draft
 * @error: return location for a #GIOError or a #MaillageProjectError
 *
 * Reads the draft @id back. The project's file is the one the draft was
 * made of (%NULL for a project never saved), so that saving writes there,
 * and it has unsaved changes: those of the draft. From now on @self
 * watches it, and the draft stays on disk until it is saved or closed.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL if the draft
 *   could not be read; it is then left as it was
 */
MaillageProject *
maillage_drafts_recover (MaillageDrafts  *self,
                         const char      *id,
                         GError         **error)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageDraft) info = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_orphan_id (self, id, error))
    return NULL;

  path = draft_path (self, id, MAILLAGE_DRAFT_SUFFIX);
  file = g_file_new_for_path (path);
  project = maillage_project_new_from_file (file, NULL, error);
  if (project == NULL)
    return NULL;

  info = maillage_draft_load (self->folder, id);
  maillage_project_set_file (project, maillage_draft_get_original (info));
  maillage_project_mark_dirty (project);

  /* Watched after it was marked dirty: the draft on disk is what it
   * holds, and need not be written again before the next change. */
  add_watch (self, project, id);
  g_signal_emit (self, signals[ORPHANS_CHANGED], 0);

  return g_steal_pointer (&project);
}

/**
 * maillage_drafts_discard:
 * @self: a #MaillageDrafts
 * @id: the id of an orphan draft
 * @error: return location for a #GIOError
 *
 * Deletes the draft @id and its sidecar, and the changes they held with
 * them. The draft of a project watched is not an orphan and is refused.
 *
 * Returns: %TRUE if the draft is gone
 */
gboolean
maillage_drafts_discard (MaillageDrafts  *self,
                         const char      *id,
                         GError         **error)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFTS (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_orphan_id (self, id, error) || !delete_draft (self, id, error))
    return FALSE;

  g_signal_emit (self, signals[ORPHANS_CHANGED], 0);

  return TRUE;
}
