/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-types.h: forward declarations and the enumerations the
 * diagnostic plugin's files share, so that headers need not include each
 * other in circles.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DiagnosticImportPlan      DiagnosticImportPlan;
typedef struct _DiagnosticImportPreview   DiagnosticImportPreview;
typedef struct _DiagnosticIndicator       DiagnosticIndicator;
typedef struct _DiagnosticIndicatorDialog DiagnosticIndicatorDialog;
typedef struct _DiagnosticModule          DiagnosticModule;
typedef struct _DiagnosticPage            DiagnosticPage;
typedef struct _DiagnosticSwotList        DiagnosticSwotList;

/* The themes of a diagnostic, in the order the chapter gives them. Written
 * in the project file as connectivite, equipement, usages, competences,
 * services-publics and fragilite. */
typedef enum
{
  DIAGNOSTIC_THEME_CONNECTIVITY,
  DIAGNOSTIC_THEME_EQUIPMENT,
  DIAGNOSTIC_THEME_USES,
  DIAGNOSTIC_THEME_SKILLS,
  DIAGNOSTIC_THEME_PUBLIC_SERVICES,
  DIAGNOSTIC_THEME_FRAGILITY,
} DiagnosticTheme;

#define DIAGNOSTIC_N_THEMES (DIAGNOSTIC_THEME_FRAGILITY + 1)

/* The four lists of the SWOT, in the order the chapter gives them. */
typedef enum
{
  DIAGNOSTIC_SWOT_STRENGTHS,
  DIAGNOSTIC_SWOT_WEAKNESSES,
  DIAGNOSTIC_SWOT_OPPORTUNITIES,
  DIAGNOSTIC_SWOT_THREATS,
} DiagnosticSwotPart;

#define DIAGNOSTIC_N_SWOT_PARTS (DIAGNOSTIC_SWOT_THREATS + 1)

/* What an import would do to one indicator. */
typedef enum
{
  DIAGNOSTIC_IMPORT_ADDED,
  DIAGNOSTIC_IMPORT_UPDATED,
  DIAGNOSTIC_IMPORT_UNCHANGED,
} DiagnosticImportStatus;

G_END_DECLS
