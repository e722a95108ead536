/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-reader-private.h: reading typed members out of parsed JSON,
 * keeping the JSON path of where the reader stands, so that every error
 * names its place (“$.territory.communes[3].population”). Used by the
 * project reader. Not installed, not introspected.
 *
 * The readers return FALSE with the error set, or TRUE; an absent optional
 * member reads as its empty default. On failure the path is left where the
 * problem is: the caller gives up anyway.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  /* The format version of the file: amounts were euros in version 0. */
  guint     version;
  GString  *path;
  GError  **error;
} MaillageReader;

gsize        maillage_reader_push_member      (MaillageReader      *r,
                                               const char          *name);
gsize        maillage_reader_push_index       (MaillageReader      *r,
                                               guint                index);
void         maillage_reader_pop              (MaillageReader      *r,
                                               gsize                length);
char        *maillage_reader_describe         (JsonNode            *node);
gboolean     maillage_reader_fail             (MaillageReader      *r,
                                               int                  code,
                                               const char          *format,
                                               ...) G_GNUC_PRINTF (3, 4);
gboolean     maillage_reader_fail_found       (MaillageReader      *r,
                                               const char          *format,
                                               const char          *found);
gboolean     maillage_reader_fail_type        (MaillageReader      *r,
                                               JsonNode            *node,
                                               const char          *expected_format);
gboolean     maillage_reader_fail_missing     (MaillageReader      *r,
                                               const char          *name);
JsonObject  *maillage_reader_collect_extras   (JsonObject          *object,
                                               const char * const  *known);
char        *maillage_reader_quote            (const char          *text);
gboolean     maillage_reader_get_member       (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               gboolean             required,
                                               JsonNode           **out);
gboolean     maillage_reader_fail_member_type (MaillageReader      *r,
                                               JsonNode            *node,
                                               const char          *name,
                                               const char          *expected_format);
gboolean     maillage_reader_is_string        (JsonNode            *node);
gboolean     maillage_reader_is_integer       (JsonNode            *node);
gboolean     maillage_reader_string           (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               gboolean             required,
                                               const char         **out);
gboolean     maillage_reader_checked_string   (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               gboolean             required,
                                               gboolean             allow_empty,
                                               gboolean           (*check) (const char *),
                                               const char          *message,
                                               const char         **out);
gboolean     maillage_reader_object           (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               gboolean             required,
                                               JsonObject         **out);
gboolean     maillage_reader_array            (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               JsonArray          **out);
gboolean     maillage_reader_element_object   (MaillageReader      *r,
                                               JsonArray           *array,
                                               guint                index,
                                               JsonObject         **out);
gboolean     maillage_reader_string_list      (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               GStrv               *out);
gboolean     maillage_reader_count            (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               guint64              max,
                                               guint64             *out);
gboolean     maillage_reader_amount           (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               gint64              *out);
gboolean     maillage_reader_date_time        (MaillageReader      *r,
                                               JsonObject          *object,
                                               const char          *name,
                                               GDateTime          **out);
char        *maillage_reader_sibling_path     (MaillageReader      *r,
                                               guint                index);
gboolean     maillage_reader_unique           (MaillageReader      *r,
                                               GHashTable          *seen,
                                               const char          *name,
                                               const char          *value,
                                               guint                index,
                                               const char          *message);

/* Called on each object of an array, or each member of an object, with
 * its path pushed; returns FALSE with the error set to stop. */
typedef gboolean (*MaillageReaderElementFunc) (MaillageReader      *r,
                                               JsonObject          *element,
                                               guint                index,
                                               gpointer             user_data);
typedef gboolean (*MaillageReaderMemberFunc)  (MaillageReader      *r,
                                               const char          *name,
                                               JsonObject          *member,
                                               gpointer             user_data);

gboolean     maillage_reader_each_element     (MaillageReader            *r,
                                               JsonObject                *object,
                                               const char                *name,
                                               MaillageReaderElementFunc  func,
                                               gpointer                   user_data);
gboolean     maillage_reader_each_member      (MaillageReader            *r,
                                               JsonObject                *object,
                                               const char                *name,
                                               gboolean                 (*check) (const char *),
                                               const char                *message,
                                               MaillageReaderMemberFunc   func,
                                               gpointer                   user_data);

G_END_DECLS
