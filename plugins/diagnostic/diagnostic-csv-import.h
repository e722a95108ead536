/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

GPtrArray *diagnostic_csv_import_parse (GBytes             *bytes,
                                        MaillageTerritory  *territory,
                                        GListModel         *existing,
                                        GError            **error);

G_END_DECLS
