/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-draft.c: what is known of an autosaved draft left on disk,
 * without reading the project in it: enough for the welcome page to offer
 * it back. MaillageDrafts makes them.
 *
 * That knowledge is in the draft's sidecar, <id>.json beside <id>.maillage,
 * whose format is here, written and read:
 *   { "original": URI or null, "title": "…", "saved": ISO 8601 date }
 */
#define G_LOG_DOMAIN "maillage-draft"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "maillage-draft.h"

/* A sidecar holds a URI, a title and a date: anything larger or deeper is
 * not one of ours, and json-glib parses recursively. */
#define SIDECAR_MAX_SIZE  (64 * 1024)
#define SIDECAR_MAX_DEPTH 4

struct _MaillageDraft
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  GFile     *original;
  GDateTime *saved;
};

G_DEFINE_FINAL_TYPE (MaillageDraft, maillage_draft, G_TYPE_OBJECT)

static void
maillage_draft_finalize (GObject *object)
{
  MaillageDraft *self = MAILLAGE_DRAFT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->original);
  g_clear_pointer (&self->saved, g_date_time_unref);

  G_OBJECT_CLASS (maillage_draft_parent_class)->finalize (object);
}

static void
maillage_draft_class_init (MaillageDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = maillage_draft_finalize;
}

static void
maillage_draft_init (MaillageDraft *self)
{
}

/**
 * maillage_draft_new:
 * @id: the draft's id
 * @title: (nullable): the title of the project, if known
 * @original: (nullable): the project's own file, or %NULL for a project
 *   never saved (or when the draft does not say)
 * @saved: when the draft was written
 *
 * Returns: (transfer full): a new #MaillageDraft
 */
MaillageDraft *
maillage_draft_new (const char *id,
                    const char *title,
                    GFile      *original,
                    GDateTime  *saved)
{
  MaillageDraft *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), NULL);
  g_return_val_if_fail (saved != NULL, NULL);

  self = g_object_new (MAILLAGE_TYPE_DRAFT, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  g_set_object (&self->original, original);
  self->saved = g_date_time_ref (saved);

  return self;
}

const char *
maillage_draft_get_id (MaillageDraft *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFT (self), NULL);

  return self->id;
}

/**
 * maillage_draft_get_title:
 * @self: a #MaillageDraft
 *
 * Returns: (nullable): the project's title; %NULL or empty when unknown
 */
const char *
maillage_draft_get_title (MaillageDraft *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFT (self), NULL);

  return self->title;
}

/**
 * maillage_draft_get_original:
 * @self: a #MaillageDraft
 *
 * Returns: (transfer none) (nullable): the file the project is saved to,
 *   or %NULL for a project never saved
 */
GFile *
maillage_draft_get_original (MaillageDraft *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFT (self), NULL);

  return self->original;
}

/**
 * maillage_draft_get_saved:
 * @self: a #MaillageDraft
 *
 * Returns: (transfer none): when the draft was last written
 */
GDateTime *
maillage_draft_get_saved (MaillageDraft *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DRAFT (self), NULL);

  return self->saved;
}

/**
 * maillage_draft_dup_name:
 * @self: a #MaillageDraft
 *
 * What to call the project in a list or a dialog: its title, else the name
 * of its file, as the list of recent projects shows it.
 *
 * Returns: (transfer full): the project's name
 */
char *
maillage_draft_dup_name (MaillageDraft *self)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (MAILLAGE_IS_DRAFT (self), NULL);

  if (self->title != NULL && *self->title != '\0')
    return g_strdup (self->title);

  if (self->original != NULL)
    basename = g_file_get_basename (self->original);
  if (basename == NULL || *basename == '\0')
    return g_strdup (_("Untitled Project"));

  if (g_str_has_suffix (basename, MAILLAGE_DRAFT_SUFFIX) && strlen (basename) > strlen (MAILLAGE_DRAFT_SUFFIX))
    basename[strlen (basename) - strlen (MAILLAGE_DRAFT_SUFFIX)] = '\0';

  return g_steal_pointer (&basename);
}

/**
 * maillage_draft_build_path:
 * @folder: (type filename): the drafts folder
 * @id: a draft's id
 * @suffix: %MAILLAGE_DRAFT_SUFFIX or %MAILLAGE_DRAFT_SIDECAR_SUFFIX
 *
 * Returns: (transfer full) (type filename): the path of the draft's file
 */
char *
maillage_draft_build_path (const char *folder,
                           const char *id,
                           const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

/**
 * maillage_draft_build_sidecar:
 * @project: the project a draft is written of
 *
 * Returns: (transfer full): the text of the sidecar of @project's draft,
 *   written now
 */
char *
maillage_draft_build_sidecar (MaillageProject *project)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  GFile *original;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  original = maillage_project_get_file (project);
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "original");
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      json_builder_add_string_value (builder, uri);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, maillage_project_get_title (project));
  json_builder_set_member_name (builder, "saved");
  json_builder_add_string_value (builder, saved);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

/* json-glib recurses into nested arrays and objects: the nesting is
 * bounded before it sees the text. */
static gboolean
is_shallow (const char *data,
            gsize       length)
{
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  int depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '{' || c == '[') && ++depth > SIDECAR_MAX_DEPTH)
        return FALSE;
      else if (c == '}' || c == ']')
        depth--;
    }

  return TRUE;
}

/* The sidecar is ours, but a disk can give anything back: whatever is not
 * a small, shallow UTF-8 JSON object counts as no sidecar. */
static JsonObject *
read_sidecar (const char *folder,
              const char *id)
{
  g_autofree char *path = maillage_draft_build_path (folder, id, MAILLAGE_DRAFT_SIDECAR_SUFFIX);
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *data = NULL;
  gsize length;
  GStatBuf buf;
  JsonNode *root;

  if (g_stat (path, &buf) != 0 || !S_ISREG (buf.st_mode) || buf.st_size > SIDECAR_MAX_SIZE ||
      !g_file_get_contents (path, &data, &length, NULL) ||
      length > SIDECAR_MAX_SIZE ||
      !g_utf8_validate (data, length, NULL) ||
      !is_shallow (data, length))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static GDateTime *
get_modification_time (const char *folder,
                       const char *id)
{
  g_autofree char *path = maillage_draft_build_path (folder, id, MAILLAGE_DRAFT_SUFFIX);
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return g_date_time_new_now_utc ();

  return g_date_time_new_from_unix_utc (buf.st_mtime);
}

/**
 * maillage_draft_load:
 * @folder: (type filename): the drafts folder
 * @id: the draft's id
 *
 * What the sidecar of the draft @id says of it. Without a sidecar that
 * can be read, the draft is taken for a project never saved, of unknown
 * title, as old as its file: its content may still be good.
 *
 * Returns: (transfer full): the draft
 */
MaillageDraft *
maillage_draft_load (const char *folder,
                     const char *id)
{
  g_autoptr(JsonObject) sidecar = read_sidecar (folder, id);
  g_autoptr(GFile) original = NULL;
  g_autoptr(GDateTime) saved = NULL;
  const char *title = NULL;

  if (sidecar != NULL)
    {
      const char *uri = get_string_member (sidecar, "original");
      const char *saved_text = get_string_member (sidecar, "saved");

      title = get_string_member (sidecar, "title");
      if (uri != NULL && *uri != '\0')
        original = g_file_new_for_uri (uri);
      if (saved_text != NULL)
        saved = g_date_time_new_from_iso8601 (saved_text, NULL);
    }

  if (saved == NULL)
    saved = get_modification_time (folder, id);

  return maillage_draft_new (id, title, original, saved);
}
