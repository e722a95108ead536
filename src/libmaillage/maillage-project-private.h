/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-private.h: what the model objects, the project reader
 * and the project writer share and nobody else sees, and the fields of
 * MaillageProject, which maillage-project*.c share. Not installed, not
 * introspected.
 *
 * The "extras" of an object are the members of its JSON object that this
 * version of Maillage does not know, in the order they were read. They are
 * written back after the known members, so a file written by a newer
 * version, or touched by another tool, loses nothing.
 */
#pragma once

#include <string.h>

#include <json-glib/json-glib.h>

#include "maillage-action.h"
#include "maillage-action-indicator.h"
#include "maillage-budget-line.h"
#include "maillage-cofinancing.h"
#include "maillage-commune.h"
#include "maillage-deliberation.h"
#include "maillage-list-watch-private.h"
#include "maillage-project.h"
#include "maillage-territory.h"

G_BEGIN_DECLS

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
  MaillageListWatch *actions_watch;
  MaillageDeliberation *deliberation;
  /* Module id → its data: the text read from the file, or our own copy of
   * the object a module set, which nobody is to change behind our back, so
   * that maillage_project_set_module_data() can tell a real change. See
   * maillage-project-modules.c. */
  GHashTable        *modules;

  JsonObject        *extras;
  JsonObject        *metadata_extras;

  char              *read_only_reason;
  guint              file_version;
  guint              dirty : 1;
  /* Never loaded nor saved: its first save stamps `created`. */
  guint              is_new : 1;
};

/* Replaces *dest with a copy of @src when they differ; returns whether it
 * did, so that callers notify only on a real change. (g_set_str() is
 * GLib 2.76; we build against 2.74.) */
static inline gboolean
maillage_set_string (char       **dest,
                     const char  *src)
{
  char *copy;

  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;

  copy = g_strdup (src);
  g_free (*dest);
  *dest = copy;

  return TRUE;
}

/* Same for a NULL-terminated string vector; NULL and empty are equal. */
static inline gboolean
maillage_set_strv (char               ***dest,
                   const char * const   *src)
{
  static const char * const empty[] = { NULL };
  char **copy;

  if (src == NULL)
    src = empty;

  if (*dest != NULL && g_strv_equal ((const char * const *)*dest, src))
    return FALSE;

  copy = g_strdupv ((char **)src);
  g_strfreev (*dest);
  *dest = copy;

  return TRUE;
}

/* Replaces *dest with @src (a new reference; NULL clears). */
static inline void
maillage_set_json_object (JsonObject **dest,
                          JsonObject  *src)
{
  if (src != NULL)
    json_object_ref (src);
  g_clear_pointer (dest, json_object_unref);
  *dest = src;
}

/* Every string of the model ends up in the file, which is UTF-8: a string
 * that is not (a CSV read in the wrong encoding, say) is a programming
 * error, refused by the setters rather than written into a file that could
 * not be read back. */
static inline gboolean
maillage_utf8_is_valid (const char *string)
{
  return string == NULL || g_utf8_validate (string, -1, NULL);
}

static inline gboolean
maillage_strv_is_utf8 (const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (!g_utf8_validate (strv[i], -1, NULL))
        return FALSE;
    }

  return TRUE;
}

/* Unknown members, per object. The getters return (transfer none) and may
 * return NULL; the setters take a new reference (NULL clears). */
JsonObject      *_maillage_commune_get_extras          (MaillageCommune         *self);
void             _maillage_commune_set_extras          (MaillageCommune         *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_territory_get_extras        (MaillageTerritory       *self);
void             _maillage_territory_set_extras        (MaillageTerritory       *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_action_get_extras           (MaillageAction          *self);
void             _maillage_action_set_extras           (MaillageAction          *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_budget_line_get_extras      (MaillageBudgetLine      *self);
void             _maillage_budget_line_set_extras      (MaillageBudgetLine      *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_cofinancing_get_extras      (MaillageCofinancing     *self);
void             _maillage_cofinancing_set_extras      (MaillageCofinancing     *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_action_indicator_get_extras (MaillageActionIndicator *self);
void             _maillage_action_indicator_set_extras (MaillageActionIndicator *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_deliberation_get_extras     (MaillageDeliberation    *self);
void             _maillage_deliberation_set_extras     (MaillageDeliberation    *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_assembly_get_extras         (MaillageAssembly        *self);
void             _maillage_assembly_set_extras         (MaillageAssembly        *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_project_get_extras          (MaillageProject         *self);
void             _maillage_project_set_extras          (MaillageProject         *self,
                                                        JsonObject              *extras);
JsonObject      *_maillage_project_get_metadata_extras (MaillageProject         *self);
void             _maillage_project_set_metadata_extras (MaillageProject         *self,
                                                        JsonObject              *extras);

/* Bulk setters for the reader: one items-changed, no per-item work. */
void             _maillage_action_set_budget           (MaillageAction          *self,
                                                        GPtrArray               *lines);
void             _maillage_project_set_actions         (MaillageProject         *self,
                                                        GPtrArray               *actions);

/* What the reader fills in and the writer reads, beyond the public API. */
void             _maillage_project_set_created         (MaillageProject         *self,
                                                        GDateTime               *created);
void             _maillage_project_set_modified        (MaillageProject         *self,
                                                        GDateTime               *modified);
void             _maillage_project_set_file_version    (MaillageProject         *self,
                                                        guint                    version);
void             _maillage_project_set_read_only       (MaillageProject         *self,
                                                        const char              *reason);
GHashTable      *_maillage_project_new_module_table    (void);
void             _maillage_project_take_module_data    (MaillageProject         *self,
                                                        const char              *module_id,
                                                        JsonObject              *data);
void             _maillage_project_take_module_text    (MaillageProject         *self,
                                                        const char              *module_id,
                                                        GBytes                  *text);
JsonObject      *_maillage_project_dup_module_data     (MaillageProject         *self,
                                                        const char              *module_id);
GBytes          *_maillage_project_get_module_text     (MaillageProject         *self,
                                                        const char              *module_id);
void             _maillage_project_set_clean           (MaillageProject         *self);
void             _maillage_project_set_file            (MaillageProject         *self,
                                                        GFile                   *file);
gboolean         _maillage_project_needs_stamp         (MaillageProject         *self);
const char     **_maillage_project_get_sorted_module_ids (MaillageProject       *self,
                                                        guint                   *n_ids);
gboolean         _maillage_project_module_id_is_valid  (const char              *module_id);

/* maillage-project-reader.c: @module_texts, from
 * maillage_json_parse_deferred() on `modules`, maps module ids to the text
 * of their data, which stands in @root as an empty object. */
MaillageProject *_maillage_project_read                (JsonNode                *root,
                                                        GHashTable              *module_texts,
                                                        GError                 **error);

/* maillage-project-writer.c: the tree of the file, with the given dates
 * (NULL: none), since a save writes the stamps it is about to set. Module
 * data kept as text stands in the tree as placeholders, which @raw maps to
 * that text: write the tree with maillage_json_to_string_with_raw(). */
JsonNode        *_maillage_project_write               (MaillageProject         *self,
                                                        GDateTime               *created,
                                                        GDateTime               *modified,
                                                        GHashTable             **raw);
char            *_maillage_project_format_date_time    (GDateTime               *date_time);

G_END_DECLS
