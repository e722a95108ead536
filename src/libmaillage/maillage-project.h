/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "maillage-types.h"

G_BEGIN_DECLS

/**
 * MAILLAGE_PROJECT_FORMAT:
 *
 * The value of the `format` member that marks a Maillage project file.
 */
#define MAILLAGE_PROJECT_FORMAT "io.github.maillage.Project"

/**
 * MAILLAGE_PROJECT_VERSION:
 *
 * The version of the project format this library writes. Older versions are
 * migrated on load; newer ones open read-only.
 */
#define MAILLAGE_PROJECT_VERSION 1

/**
 * MAILLAGE_PROJECT_MAX_SIZE:
 *
 * The largest project file, in bytes, that is read at all.
 */
#define MAILLAGE_PROJECT_MAX_SIZE (32 * 1024 * 1024)

/**
 * MAILLAGE_PROJECT_MAX_DEPTH:
 *
 * How deeply arrays and objects may nest in a project file. json-glib parses
 * recursively, so the depth is checked before it sees the text.
 */
#define MAILLAGE_PROJECT_MAX_DEPTH 64

#define MAILLAGE_PROJECT_ERROR (maillage_project_error_quark ())

/**
 * MaillageProjectError:
 * @MAILLAGE_PROJECT_ERROR_TOO_LARGE: the file is larger than %MAILLAGE_PROJECT_MAX_SIZE
 * @MAILLAGE_PROJECT_ERROR_ENCODING: the file is not valid UTF-8
 * @MAILLAGE_PROJECT_ERROR_SYNTAX: the file is not well-formed JSON
 * @MAILLAGE_PROJECT_ERROR_TOO_DEEP: arrays or objects nest deeper than %MAILLAGE_PROJECT_MAX_DEPTH
 * @MAILLAGE_PROJECT_ERROR_NOT_A_PROJECT: well-formed JSON, but not a Maillage project
 * @MAILLAGE_PROJECT_ERROR_INVALID: a member has the wrong type, is missing or holds a wrong value
 * @MAILLAGE_PROJECT_ERROR_READ_ONLY: the project was written by a newer version and cannot be saved
 *
 * Why a project could not be read or written. Every message is in the user's
 * language and names the place: line and column, or the JSON path.
 */
typedef enum
{
  MAILLAGE_PROJECT_ERROR_TOO_LARGE,
  MAILLAGE_PROJECT_ERROR_ENCODING,
  MAILLAGE_PROJECT_ERROR_SYNTAX,
  MAILLAGE_PROJECT_ERROR_TOO_DEEP,
  MAILLAGE_PROJECT_ERROR_NOT_A_PROJECT,
  MAILLAGE_PROJECT_ERROR_INVALID,
  MAILLAGE_PROJECT_ERROR_READ_ONLY,
} MaillageProjectError;

#define MAILLAGE_TYPE_PROJECT (maillage_project_get_type ())
G_DECLARE_FINAL_TYPE (MaillageProject, maillage_project, MAILLAGE, PROJECT, GObject)

GQuark              maillage_project_error_quark         (void);
MaillageProject    *maillage_project_new                 (void);
MaillageProject    *maillage_project_new_from_data       (const char       *data,
                                                          gssize            length,
                                                          GError          **error);
MaillageProject    *maillage_project_new_from_file       (GFile            *file,
                                                          GCancellable     *cancellable,
                                                          GError          **error);
char               *maillage_project_to_data             (MaillageProject  *self,
                                                          gsize            *length);
gboolean            maillage_project_save                (MaillageProject  *self,
                                                          GFile            *file,
                                                          GCancellable     *cancellable,
                                                          GError          **error);
gboolean            maillage_project_write_copy          (MaillageProject  *self,
                                                          GFile            *file,
                                                          GCancellable     *cancellable,
                                                          GError          **error);
GFile              *maillage_project_get_file            (MaillageProject  *self);
void                maillage_project_set_file            (MaillageProject  *self,
                                                          GFile            *file);
const char         *maillage_project_get_title           (MaillageProject  *self);
void                maillage_project_set_title           (MaillageProject  *self,
                                                          const char       *title);
const char * const *maillage_project_get_authors         (MaillageProject  *self);
void                maillage_project_set_authors         (MaillageProject  *self,
                                                          const char * const *authors);
GDateTime          *maillage_project_get_created         (MaillageProject  *self);
GDateTime          *maillage_project_get_modified        (MaillageProject  *self);
MaillageTerritory  *maillage_project_get_territory       (MaillageProject  *self);
MaillageDeliberation *maillage_project_get_deliberation (MaillageProject  *self);
GListModel         *maillage_project_get_actions         (MaillageProject  *self);
void                maillage_project_add_action          (MaillageProject  *self,
                                                          MaillageAction   *action);
void                maillage_project_insert_action       (MaillageProject  *self,
                                                          guint             position,
                                                          MaillageAction   *action);
void                maillage_project_remove_action       (MaillageProject  *self,
                                                          MaillageAction   *action);
MaillageAction     *maillage_project_find_action         (MaillageProject  *self,
                                                          const char       *id);
char               *maillage_project_next_action_id      (MaillageProject  *self);
JsonObject         *maillage_project_get_module_data     (MaillageProject  *self,
                                                          const char       *module_id);
void                maillage_project_set_module_data     (MaillageProject  *self,
                                                          const char       *module_id,
                                                          JsonObject       *data);
char              **maillage_project_list_module_ids     (MaillageProject  *self);
gboolean            maillage_project_get_dirty           (MaillageProject  *self);
void                maillage_project_mark_dirty          (MaillageProject  *self);
gboolean            maillage_project_get_read_only       (MaillageProject  *self);
const char         *maillage_project_get_read_only_reason(MaillageProject  *self);
guint               maillage_project_get_file_version    (MaillageProject  *self);

G_END_DECLS
