/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <maillage.h>


G_BEGIN_DECLS

MaillageChart *mediation_map_new      (MaillageTerritory *territory,
                                       GListModel        *lieux);

G_END_DECLS
