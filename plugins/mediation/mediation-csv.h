/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-csv.h: the CSV form of the national schema of lieux de
 * médiation numérique, read and written.
 */
#pragma once

#include <gio/gio.h>

#include "mediation-import.h"

G_BEGIN_DECLS

MediationImport *mediation_csv_import (GBytes      *bytes,
                                       GError     **error);
char            *mediation_csv_export (GListModel  *lieux,
                                       gsize       *length);

G_END_DECLS
