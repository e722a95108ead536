/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

G_BEGIN_DECLS

/**
 * MaillagePackDocument:
 * @MAILLAGE_PACK_DOCUMENT_DELIBERATION: the projet de délibération
 * @MAILLAGE_PACK_DOCUMENT_NOTE: the note explicative de synthèse
 * @MAILLAGE_PACK_DOCUMENT_ANNEX: the strategy, annexed
 *
 * The three documents of a deliberation pack, in the order they are sent.
 */
typedef enum
{
  MAILLAGE_PACK_DOCUMENT_DELIBERATION,
  MAILLAGE_PACK_DOCUMENT_NOTE,
  MAILLAGE_PACK_DOCUMENT_ANNEX,
} MaillagePackDocument;

#define MAILLAGE_PACK_N_DOCUMENTS 3

#define MAILLAGE_TYPE_DELIBERATION_BUILDER (maillage_deliberation_builder_get_type ())
G_DECLARE_FINAL_TYPE (MaillageDeliberationBuilder, maillage_deliberation_builder, MAILLAGE, DELIBERATION_BUILDER, GObject)

MaillageDeliberationBuilder *maillage_deliberation_builder_new               (MaillageProject             *project,
                                                                              GListModel                  *modules);
MaillageProject             *maillage_deliberation_builder_get_project       (MaillageDeliberationBuilder *self);
MaillageDocument            *maillage_deliberation_builder_build             (MaillageDeliberationBuilder *self,
                                                                              MaillagePackDocument         kind,
                                                                              MaillageAssembly            *assembly);
MaillageDocument            *maillage_deliberation_builder_build_deliberation (MaillageDeliberationBuilder *self,
                                                                              MaillageAssembly            *assembly);
MaillageDocument            *maillage_deliberation_builder_build_note        (MaillageDeliberationBuilder *self,
                                                                              MaillageAssembly            *assembly);
MaillageDocument            *maillage_deliberation_builder_build_annex       (MaillageDeliberationBuilder *self);

const char *maillage_deliberation_builder_get_document_title   (MaillagePackDocument  kind);
char       *maillage_deliberation_builder_dup_assembly_name    (MaillageAssembly     *assembly);
char       *maillage_deliberation_builder_dup_module_title     (MaillageModule       *module);
char       *maillage_deliberation_builder_dup_article_label    (guint                 number);
GListModel *maillage_deliberation_builder_list_counted_actions (MaillageProject    *project);

G_END_DECLS
