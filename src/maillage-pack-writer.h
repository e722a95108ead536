/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_PACK_CSV_NAME "deliberations.csv"

#define MAILLAGE_TYPE_PACK_WRITER (maillage_pack_writer_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePackWriter, maillage_pack_writer, MAILLAGE, PACK_WRITER, GObject)

MaillagePackWriter *maillage_pack_writer_new            (MaillageProject     *project,
                                                         GListModel          *modules,
                                                         MaillageExporter    *odt_exporter,
                                                         MaillageExporter    *pdf_exporter);
void                maillage_pack_writer_set_pdfa       (MaillagePackWriter  *self,
                                                         gboolean             pdfa);
gboolean            maillage_pack_writer_get_pdfa       (MaillagePackWriter  *self);
char              **maillage_pack_writer_list_files     (MaillagePackWriter  *self);
gboolean            maillage_pack_writer_write          (MaillagePackWriter  *self,
                                                         GFile               *folder,
                                                         GCancellable        *cancellable,
                                                         GError             **error);
void                maillage_pack_writer_write_async    (MaillagePackWriter  *self,
                                                         GFile               *folder,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
gboolean            maillage_pack_writer_write_finish   (MaillagePackWriter  *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

char               *maillage_pack_writer_find_soffice   (void);
char               *maillage_pack_writer_dup_safe_name  (const char          *name);

G_END_DECLS
