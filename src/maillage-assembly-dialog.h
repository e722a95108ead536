/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_ASSEMBLY_DIALOG (maillage_assembly_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MaillageAssemblyDialog, maillage_assembly_dialog, MAILLAGE, ASSEMBLY_DIALOG, AdwWindow)

MaillageAssemblyDialog *maillage_assembly_dialog_new          (GtkWindow              *parent,
                                                               MaillageAssembly       *assembly);
MaillageAssembly       *maillage_assembly_dialog_get_edited   (MaillageAssemblyDialog *self);
gboolean                maillage_assembly_dialog_apply        (MaillageAssemblyDialog *self);

char                   *maillage_assembly_dialog_parse_date   (const char             *text);

G_END_DECLS
