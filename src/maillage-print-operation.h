/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <maillage.h>

G_BEGIN_DECLS

#define MAILLAGE_TYPE_PRINT_OPERATION (maillage_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (MaillagePrintOperation, maillage_print_operation, MAILLAGE, PRINT_OPERATION, GtkPrintOperation)

MaillagePrintOperation *maillage_print_operation_new        (MaillageDocument       *document);
MaillagePrintLayout    *maillage_print_operation_get_layout (MaillagePrintOperation *self);

G_END_DECLS
