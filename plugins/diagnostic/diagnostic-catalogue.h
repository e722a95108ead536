/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "diagnostic-types.h"

G_BEGIN_DECLS

/* One standard indicator: its name (French: it is written into the project
 * and the documents as it is), unit, theme and usual source, and a note for
 * the person who picks it. */
typedef struct
{
  const char      *name;
  DiagnosticTheme  theme;
  const char      *unit;
  const char      *source;
  const char      *description;
} DiagnosticCatalogueEntry;

guint                           diagnostic_catalogue_get_n_entries  (void);
const DiagnosticCatalogueEntry *diagnostic_catalogue_get_entry      (guint        position);
const DiagnosticCatalogueEntry *diagnostic_catalogue_find           (const char  *name);
const char                     *diagnostic_catalogue_get_description (const DiagnosticCatalogueEntry *entry);

/* The names the ARCEP import gives its indicators, also catalogue entries. */
#define DIAGNOSTIC_NAME_FTTH          "Locaux raccordables à la fibre (FttH)"
#define DIAGNOSTIC_NAME_THD30_WIRED   "Locaux éligibles à 30 Mbit/s ou plus (filaire)"
#define DIAGNOSTIC_NAME_THD100_WIRED  "Locaux éligibles à 100 Mbit/s ou plus (filaire)"
#define DIAGNOSTIC_NAME_THD1G_WIRED   "Locaux éligibles à 1 Gbit/s ou plus (filaire)"
#define DIAGNOSTIC_NAME_4G_FIXED      "Locaux éligibles à la 4G fixe"
#define DIAGNOSTIC_NAME_FRAGILITY     "Indice de fragilité numérique"

G_END_DECLS
