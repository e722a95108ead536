/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project.c: a strategy being drafted: its metadata, territory,
 * actions and module data, and how changes to them are tracked. Reading
 * and saving its file is in maillage-project-file.c.
 */
#define G_LOG_DOMAIN "maillage-project"

#include "config.h"

#include "maillage-json-private.h"
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
struct _MaillageProject
{
  GObject parent_instance;

  GFile             *file;
  char              *title;
  char             **authors;
  GDateTime         *created;
  GDateTime         *modified;
  MaillageTerritory *territory;
  GListStore        *actions;
  /* Module id → its JsonObject, our own copy (or the parsed tree's), which
   * nobody is to change behind our back, so that
   * maillage_project_set_module_data() can tell a real change. */
  GHashTable        *modules;

  JsonObject        *extras;
  JsonObject        *metadata_extras;

  char              *read_only_reason;
  guint              file_version;
  guint              dirty : 1;
  /* Never loaded nor saved: its first save stamps `created`. */
  guint              is_new : 1;
};

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
watch_action (MaillageProject *self,
              MaillageAction  *action)
{
  g_signal_connect_swapped (action, "changed", G_CALLBACK (something_changed_cb), self);
}

static void
unwatch_action (MaillageProject *self,
                MaillageAction  *action)
{
  g_signal_handlers_disconnect_by_func (action, something_changed_cb, self);
}

static void
unwatch_all_actions (MaillageProject *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->actions));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      unwatch_action (self, action);
    }
}

static void
maillage_project_dispose (GObject *object)
{
  MaillageProject *self = (MaillageProject *)object;

  if (self->actions != NULL)
    {
      unwatch_all_actions (self);
      g_signal_handlers_disconnect_by_func (self->actions, something_changed_cb, self);
      g_clear_object (&self->actions);
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
  self->modules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) json_object_unref);
  self->file_version = MAILLAGE_PROJECT_VERSION;
  self->is_new = TRUE;

  g_signal_connect_swapped (self->territory, "changed", G_CALLBACK (something_changed_cb), self);
  g_signal_connect_swapped (self->actions, "items-changed", G_CALLBACK (something_changed_cb), self);
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
 * maillage_project_get_actions:
 * @self: a #MaillageProject
 *
 * Gets the action plan. Change the list through the project
 * (maillage_project_add_action(), maillage_project_remove_action()).
 *
 * Returns: (transfer none): a #GListModel of #MaillageAction
 */
GListModel *
maillage_project_get_actions (MaillageProject *self)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * maillage_project_add_action:
 * @self: a #MaillageProject
 * @action: an action
 *
 * Appends @action to the action plan. Its id should be unique: see
 * maillage_project_next_action_id().
 */
void
maillage_project_add_action (MaillageProject *self,
                             MaillageAction  *action)
{
  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (MAILLAGE_IS_ACTION (action));

  watch_action (self, action);
  g_list_store_append (self->actions, action);
}

/**
 * maillage_project_remove_action:
 * @self: a #MaillageProject
 * @action: an action of @self
 *
 * Removes @action from the action plan.
 */
void
maillage_project_remove_action (MaillageProject *self,
                                MaillageAction  *action)
{
  guint position;

  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (MAILLAGE_IS_ACTION (action));

  if (!g_list_store_find (self->actions, action, &position))
    {
      g_critical ("Action %s is not in the project", maillage_action_get_id (action));
      return;
    }

  unwatch_action (self, action);
  g_list_store_remove (self->actions, position);
}

/**
 * maillage_project_find_action:
 * @self: a #MaillageProject
 * @id: an action id
 *
 * Returns: (transfer none) (nullable): the action with the id @id, or %NULL
 */
MaillageAction *
maillage_project_find_action (MaillageProject *self,
                              const char      *id)
{
  guint n_items;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      /* The store keeps its own reference. */
      if (g_strcmp0 (maillage_action_get_id (action), id) == 0)
        return action;
    }

  return NULL;
}

/**
 * maillage_project_next_action_id:
 * @self: a #MaillageProject
 *
 * Proposes an id for a new action: the first of `A-001`, `A-002`, … that no
 * action of the project uses.
 *
 * Returns: (transfer full): a free action id
 */
char *
maillage_project_next_action_id (MaillageProject *self)
{
  g_autoptr(GHashTable) used = NULL;
  guint n_items;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  used = g_hash_table_new (g_str_hash, g_str_equal);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      g_hash_table_add (used, (gpointer) maillage_action_get_id (action));
    }

  /* With n actions, one of the first n + 1 numbers is free. */
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("A-%03u", n);

      if (!g_hash_table_contains (used, id))
        return g_steal_pointer (&id);
    }
}

gboolean
_maillage_project_module_id_is_valid (const char *module_id)
{
  if (module_id == NULL || !g_ascii_islower (module_id[0]))
    return FALSE;

  for (const char *p = module_id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
        return FALSE;
    }

  return TRUE;
}

/**
 * maillage_project_get_module_data:
 * @self: a #MaillageProject
 * @module_id: the id of a module
 *
 * Gets the JSON object a module keeps in the project. It belongs to the
 * project and must not be changed: to change the module's data, pass a new
 * object (or a changed copy) to maillage_project_set_module_data().
 *
 * Returns: (transfer none) (nullable): the module's data, or %NULL when the
 *   project has none for @module_id
 */
JsonObject *
maillage_project_get_module_data (MaillageProject *self,
                                  const char      *module_id)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (module_id != NULL, NULL);

  return g_hash_table_lookup (self->modules, module_id);
}

/**
 * maillage_project_set_module_data:
 * @self: a #MaillageProject
 * @module_id: the id of a module: a lowercase letter, then lowercase
 *   letters, digits, `-` or `_`
 * @data: (nullable): the module's data, or %NULL to remove it
 *
 * Stores the JSON object of a module in the project. The project keeps a
 * copy of @data, so the caller may go on changing @data.
 *
 * The project becomes dirty only if the data really differs from what it
 * held, member order included; so a module may call this after every
 * change, or on every save, without raising false alarms.
 */
void
maillage_project_set_module_data (MaillageProject *self,
                                  const char      *module_id,
                                  JsonObject      *data)
{
  g_autoptr(JsonNode) new_node = NULL;
  g_autoptr(JsonNode) old_node = NULL;
  g_autoptr(JsonNode) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *wrapped = NULL;
  JsonArray *inner;
  JsonObject *old;

  g_return_if_fail (MAILLAGE_IS_PROJECT (self));
  g_return_if_fail (_maillage_project_module_id_is_valid (module_id));

  old = g_hash_table_lookup (self->modules, module_id);

  if (data == NULL)
    {
      if (old != NULL)
        {
          g_hash_table_remove (self->modules, module_id);
          maillage_project_mark_dirty (self);
        }
      return;
    }

  /* The canonical text tells a real change (json_node_equal() ignores the
   * member order, which the file keeps) and, read back, gives a deep copy
   * that is as deep as a file may be. */
  new_node = json_node_init_object (json_node_alloc (), data);
  new_text = maillage_json_to_string (new_node, NULL);
  if (old != NULL)
    {
      old_node = json_node_init_object (json_node_alloc (), old);
      old_text = maillage_json_to_string (old_node, NULL);
      if (strcmp (old_text, new_text) == 0)
        return;
    }

  /* In the file, a module's object sits two levels down (the project, then
   * `modules`): read it back at that depth, so that data too deep for a
   * file is refused now rather than written into a file that would not
   * open again. */
  wrapped = g_strconcat ("[[", new_text, "]]", NULL);
  copy = maillage_json_parse (wrapped, -1, &error);
  if (copy == NULL)
    {
      g_critical ("The data of module “%s” cannot be stored: %s", module_id, error->message);
      return;
    }

  inner = json_array_get_array_element (json_node_get_array (copy), 0);
  _maillage_project_take_module_data (self, module_id, json_object_ref (json_array_get_object_element (inner, 0)));
  maillage_project_mark_dirty (self);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The module ids in the order the file is written in. The strings belong to
 * the project. */
const char **
_maillage_project_get_sorted_module_ids (MaillageProject *self,
                                         guint           *n_ids)
{
  const char **ids = (const char **) g_hash_table_get_keys_as_array (self->modules, n_ids);

  qsort (ids, *n_ids, sizeof (char *), compare_strings);

  return ids;
}

/**
 * maillage_project_list_module_ids:
 * @self: a #MaillageProject
 *
 * Lists the modules that keep data in the project, whether or not their
 * plugin is present.
 *
 * Returns: (transfer full) (array zero-terminated=1): the module ids, sorted
 */
char **
maillage_project_list_module_ids (MaillageProject *self)
{
  g_autofree const char **ids = NULL;
  guint n_ids;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (self), NULL);

  ids = _maillage_project_get_sorted_module_ids (self, &n_ids);

  return g_strdupv ((char **) ids);
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
  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&self->extras, json_object_unref);
  self->extras = extras;
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
  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&self->metadata_extras, json_object_unref);
  self->metadata_extras = extras;
}

void
_maillage_project_set_actions (MaillageProject *self,
                               GPtrArray       *actions)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->actions));

  unwatch_all_actions (self);

  for (guint i = 0; i < actions->len; i++)
    watch_action (self, g_ptr_array_index (actions, i));

  g_list_store_splice (self->actions, 0, n_old, actions->pdata, actions->len);
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

/* Takes @data and stores it, without marking the project dirty. (Sealing
 * it would enforce "do not change", but costs a walk over every value, a
 * twentieth of the load time of a large project.) */
void
_maillage_project_take_module_data (MaillageProject *self,
                                    const char      *module_id,
                                    JsonObject      *data)
{
  g_hash_table_replace (self->modules, g_strdup (module_id), data);
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
