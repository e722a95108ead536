/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project.c: a strategy being drafted: the type, its metadata and
 * territory, and how changes to it are tracked. The action plan is in
 * maillage-project-actions.c, the modules' data in
 * maillage-project-modules.c, reading and saving the file in
 * maillage-project-file.c.
 */
#define G_LOG_DOMAIN "maillage-project"

#include "config.h"

#include "maillage-project-private.h"

/**
 * MaillageProject:
 *
 * A territorial digital strategy being drafted: its metadata, its
 * territory, its action plan, and one opaque JSON object per module.
 *
 * Any change to the project, down to a budget line of an action, sets
 * [property@Maillage.Project:dirty] and emits
 * [signal@Maillage.Project::changed]. Loading and saving clear
 * [property@Maillage.Project:dirty].
 *
 * The file format is described in `docs/file-format.md`. The project keeps
 * what it does not understand (members added by a newer version, the data
 * of a module whose plugin is absent) and writes it back unchanged.
 */
G_DEFINE_FINAL_TYPE (MaillageProject, maillage_project, G_TYPE_OBJECT)

G_DEFINE_QUARK (maillage-project-error-quark, maillage_project_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_AUTHORS,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TERRITORY,
  PROP_ACTIONS,
  PROP_DIRTY,
  PROP_READ_ONLY,
  PROP_READ_ONLY_REASON,
  PROP_FILE_VERSION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
something_changed_cb (MaillageProject *self)
{
  maillage_project_mark_dirty (self);
}

static void
action_changed_cb (MaillageAction  *action,
                   MaillageProject *self)
{
  maillage_project_mark_dirty (self);
}

static void
maillage_project_dispose (GObject *object)
{
  MaillageProject *self = (MaillageProject *)object;

  g_clear_pointer (&self->actions_watch, maillage_list_watch_free);
  g_clear_object (&self->actions);

  if (self->deliberation != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->deliberation, something_changed_cb, self);
      g_clear_object (&self->deliberation);
    }
  if (self->territory != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->territory, something_changed_cb, self);
      g_clear_object (&self->territory);
    }

  G_OBJECT_CLASS (maillage_project_parent_class)->dispose (object);
}

static void
maillage_project_finalize (GObject *object)
{
  MaillageProject *self = (MaillageProject *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->modules, g_hash_table_unref);
  g_clear_pointer (&self->extras, json_object_unref);
  g_clear_pointer (&self->metadata_extras, json_object_unref);
  g_clear_pointer (&self->read_only_reason, g_free);

  G_OBJECT_CLASS (maillage_project_parent_class)->finalize (object);
}

static void
maillage_project_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MaillageProject *self = MAILLAGE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_AUTHORS:
      g_value_set_boxed (value, self->authors);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;

    case PROP_TERRITORY:
      g_value_set_object (value, self->territory);
      break;

    case PROP_ACTIONS:
      g_value_set_object (value, self->actions);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only_reason != NULL);
      break;

    case PROP_READ_ONLY_REASON:
      g_value_set_string (value, self->read_only_reason);
      break;

    case PROP_FILE_VERSION:
      g_value_set_uint (value, self->file_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_project_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MaillageProject *self = MAILLAGE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      maillage_project_set_title (self, g_value_get_string (value));
      break;

    case PROP_AUTHORS:
      maillage_project_set_authors (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_project_class_init (MaillageProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = maillage_project_dispose;
  object_class->finalize = maillage_project_finalize;
  object_class->get_property = maillage_project_get_property;
  object_class->set_property = maillage_project_set_property;

  /**
   * MaillageProject:file:
   *
   * The file the project was loaded from or last saved to, or %NULL.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:title:
   *
   * The title of the strategy. Never %NULL; may be empty.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:authors:
   *
   * Who wrote the strategy. Never %NULL.
   */
  properties[PROP_AUTHORS] =
    g_param_spec_boxed ("authors", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:created:
   *
   * When the project was first saved, in UTC, or %NULL.
   */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:modified:
   *
   * When changes to the project were last saved, in UTC, or %NULL.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:territory:
   *
   * The territory. The same object for the whole life of the project.
   */
  properties[PROP_TERRITORY] =
    g_param_spec_object ("territory", NULL, NULL,
                         MAILLAGE_TYPE_TERRITORY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:actions:
   *
   * The action plan, a #GListModel of #MaillageAction.
   */
  properties[PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:dirty:
   *
   * Whether the project has changes that are not saved.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:read-only:
   *
   * Whether the project cannot be saved, because a newer version of
   * Maillage wrote it. [property@Maillage.Project:read-only-reason] says so
   * to the user.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:read-only-reason:
   *
   * Why the project is read-only, in the user's language, or %NULL.
   */
  properties[PROP_READ_ONLY_REASON] =
    g_param_spec_string ("read-only-reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageProject:file-version:
   *
   * The format version of the file the project was read from;
   * %MAILLAGE_PROJECT_VERSION for a new or saved project.
   */
  properties[PROP_FILE_VERSION] =
    g_param_spec_uint ("file-version", NULL, NULL,
                       0, G_MAXUINT, MAILLAGE_PROJECT_VERSION,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MaillageProject::changed:
   * @self: the #MaillageProject
   *
   * Emitted after any change to the project: its metadata, its territory
   * and communes, its actions and everything in them, or a module's data.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
maillage_project_init (MaillageProject *self)
{
  self->title = g_strdup ("");
  self->authors = g_new0 (char *, 1);
  self->territory = maillage_territory_new ();
  self->actions = g_list_store_new (MAILLAGE_TYPE_ACTION);
  self->modules = _maillage_project_new_module_table ();
  self->file_version = MAILLAGE_PROJECT_VERSION;
  self->is_new = TRUE;

  g_signal_connect_swapped (self->territory, "changed", G_CALLBACK (something_changed_cb), self);
  self->deliberation = maillage_deliberation_new ();
  g_signal_connect_swapped (self->deliberation, "changed", G_CALLBACK (something_changed_cb), self);
  self->actions_watch = maillage_list_watch_new (self->actions, "changed",
                                                 G_CALLBACK (action_changed_cb),
                                                 G_CALLBACK (something_changed_cb),
                                                 self);
}

/**
 * maillage_project_new:
 *
 * Creates an empty project, with no file. Its first save stamps
 * [property@Maillage.Project:created].
 *
 * Returns: (transfer full): a new #MaillageProject
 */
MaillageProject *
maillage_project_new (void)
{
  return g_object_new (MAILLAGE_TYPE_PROJECT, NULL);
}

static void
set_date_time (MaillageProject  *self,
               GDateTime       **field,
               GDateTime        *value,
               guint             prop_id)
{
  if (*field == value)
    return;
  if (*field != NULL && value != NULL && g_date_time_equal (*field, value))
    return;

  if (value != NULL)
    g_date_time_ref (value);
  g_clear_pointer (field, g_date_time_unref);
  *field = value;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_dirty (MaillageProject *self,
           gboolean         dirty)
{
  if (self->dirty == !!dirty)
    return;

  self->dirty = !!dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/**
 * maillage_project_get_file:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none) (nullable): the file the project was loaded from
 *   or last saved to
 */
GFile *
maillage_project_get_file (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->file;
}

/**
 * maillage_project_get_title:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none): the title of the strategy, never %NULL
 */
const char *
maillage_project_get_title (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->title;
}

/**
 * maillage_project_set_title:
 * @self: a #MaillageProject
 * @title: (nullable): the title; %NULL is the empty string
 *
 * Sets the title of the strategy.
 */
void
maillage_project_set_title (MaillageProject *self,
                            const char      *title)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (maillage_utf8_is_valid (title));

  if (!maillage_set_string (&self->title, title ? title : ""))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  maillage_project_mark_dirty (self);
}

/**
 * maillage_project_get_authors:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none) (array zero-terminated=1): the authors, never
 *   %NULL
 */
const char * const *
maillage_project_get_authors (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return (const char * const *)self->authors;
}

/**
 * maillage_project_set_authors:
 * @self: a #MaillageProject
 * @authors: (nullable) (array zero-terminated=1): the authors; %NULL is none
 *
 * Sets the authors of the strategy.
 */
void
maillage_project_set_authors (MaillageProject    *self,
                              const char * const *authors)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (maillage_strv_is_utf8 (authors));

  if (!maillage_set_strv (&self->authors, authors))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHORS]);
  maillage_project_mark_dirty (self);
}

/**
 * maillage_project_get_created:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none) (nullable): when the project was first saved,
 *   in UTC
 */
GDateTime *
maillage_project_get_created (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->created;
}

/**
 * maillage_project_get_modified:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none) (nullable): when changes were last saved, in UTC
 */
GDateTime *
maillage_project_get_modified (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->modified;
}

/**
 * maillage_project_get_territory:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none): the territory
 */
MaillageTerritory *
maillage_project_get_territory (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->territory;
}

/**
 * maillage_project_get_deliberation:
 * @self: a #MaillageProject
 *
 * The délibération that adopts the strategy, with the assemblies that vote
 * on it. Empty in a new project; the same object for the whole life of the
 * project.
 *
 * Returns: (transfer none): the délibération
 */
MaillageDeliberation *
maillage_project_get_deliberation (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->deliberation;
}

/**
 * maillage_project_get_dirty:
 * @self: a #MaillageProject
 *
 * Returns: whether the project has changes that are not saved
 */
gboolean
maillage_project_get_dirty (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), FALSE);

  return self->dirty;
}

/**
 * maillage_project_mark_dirty:
 * @self: a #MaillageProject
 *
 * Records a change that the project cannot see by itself, such as a change
 * in a module's model not yet stored with
 * maillage_project_set_module_data(): the project becomes dirty and emits
 * [signal@Maillage.Project::changed].
 */
void
maillage_project_mark_dirty (MaillageProject *self)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));

  set_dirty (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * maillage_project_get_read_only:
 * @self: a #MaillageProject
 *
 * Returns: whether the project cannot be saved, because a newer version of
 *   Maillage wrote it
 */
gboolean
maillage_project_get_read_only (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), FALSE);

  return self->read_only_reason != NULL;
}

/**
 * maillage_project_get_read_only_reason:
 * @self: a #MaillageProject
 *
 * Returns: (transfer none) (nullable): why the project is read-only, in the
 *   user's language, or %NULL if it is not
 */
const char *
maillage_project_get_read_only_reason (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return self->read_only_reason;
}

/**
 * maillage_project_get_file_version:
 * @self: a #MaillageProject
 *
 * Returns: the format version of the file the project was read from, or
 *   %MAILLAGE_PROJECT_VERSION for a new or saved project
 */
guint
maillage_project_get_file_version (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), 0);

  return self->file_version;
}

JsonObject *
_maillage_project_get_extras (MaillageProject *self)
{
  return self->extras;
}

void
_maillage_project_set_extras (MaillageProject *self,
                              JsonObject      *extras)
{
  maillage_set_json_object (&self->extras, extras);
}

JsonObject *
_maillage_project_get_metadata_extras (MaillageProject *self)
{
  return self->metadata_extras;
}

void
_maillage_project_set_metadata_extras (MaillageProject *self,
                                       JsonObject      *extras)
{
  maillage_set_json_object (&self->metadata_extras, extras);
}

void
_maillage_project_set_created (MaillageProject *self,
                               GDateTime       *created)
{
  set_date_time (self, &self->created, created, PROP_CREATED);
}

void
_maillage_project_set_modified (MaillageProject *self,
                                GDateTime       *modified)
{
  set_date_time (self, &self->modified, modified, PROP_MODIFIED);
}

void
_maillage_project_set_file_version (MaillageProject *self,
                                    guint            version)
{
  if (self->file_version == version)
    return;

  self->file_version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_VERSION]);
}

void
_maillage_project_set_read_only (MaillageProject *self,
                                 const char      *reason)
{
  gboolean was_read_only = self->read_only_reason != NULL;

  if (!maillage_set_string (&self->read_only_reason, reason))
    return;

  if (was_read_only != (reason != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY_REASON]);
}

void
_maillage_project_set_file (MaillageProject *self,
                            GFile           *file)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Whether a save stamps the dates: a change not saved yet, or a project
 * never saved at all. */
gboolean
_maillage_project_needs_stamp (MaillageProject *self)
{
  return self->dirty || self->is_new;
}

/* After loading or saving: what is in memory is what is in the file. */
void
_maillage_project_set_clean (MaillageProject *self)
{
  self->is_new = FALSE;
  set_dirty (self, FALSE);
}
