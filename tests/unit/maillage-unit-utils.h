/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-unit-utils.h: what the unit tests kept writing again: reading
 * files and fixtures, temporary folders, checking that a file is byte for
 * byte as it was, counting signals, deep JSON, and a disk that fills up.
 * Each helper fails the test itself, where the test used to. The UI tests
 * use the file and folder ones too.
 */
#pragma once

#include "maillage.h"

G_BEGIN_DECLS

char            *maillage_unit_read_file             (const char      *path,
                                                      gsize           *length);
char            *maillage_unit_fixture_path          (const char      *name);
char            *maillage_unit_read_fixture          (const char      *name,
                                                      gsize           *length);
char            *maillage_unit_copy_fixture          (const char      *name,
                                                      const char      *path,
                                                      gsize           *length);
MaillageProject *maillage_unit_load_project          (GFile           *file);
char            *maillage_unit_make_temp_dir         (const char      *tmpl);
void             maillage_unit_remove_temp_dir       (const char      *dir);
char            *maillage_unit_list_dir              (const char      *dir);
void             maillage_unit_assert_file_unchanged (const char      *path,
                                                      const char      *original,
                                                      gsize            original_length);
void             maillage_unit_count_cb              (gpointer         instance,
                                                      guint           *count);
void             maillage_unit_count_notify_cb       (GObject         *object,
                                                      GParamSpec      *pspec,
                                                      guint           *count);
char            *maillage_unit_nest                  (const char      *open,
                                                      const char      *middle,
                                                      const char      *close,
                                                      guint            depth,
                                                      gsize           *length);
void             maillage_unit_replace_communes      (MaillageProject *project,
                                                      guint            n_communes,
                                                      const char      *name);
void             maillage_unit_limit_file_size       (gsize            max_bytes);

G_END_DECLS
