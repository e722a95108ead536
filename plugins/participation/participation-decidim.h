/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-decidim.h: the open data CSV files of a Decidim platform
 * (proposals, accountability results) read and checked, row by row,
 * before anything changes.
 */
#pragma once

#include <gio/gio.h>
#include <maillage.h>

G_BEGIN_DECLS

/* The largest file read, in bytes: 100,000 proposals with their bodies
 * are about 30 MB. */
#define PARTICIPATION_DECIDIM_MAX_SIZE (64 * 1024 * 1024)

/* Beyond this many, problems are counted but not kept. */
#define PARTICIPATION_DECIDIM_MAX_ISSUES 1000

#define PARTICIPATION_DECIDIM_ERROR (participation_decidim_error_quark ())

typedef enum
{
  PARTICIPATION_DECIDIM_ERROR_NOT_DECIDIM,
  PARTICIPATION_DECIDIM_ERROR_MISSING_COLUMN,
  PARTICIPATION_DECIDIM_ERROR_NO_ROW,
  PARTICIPATION_DECIDIM_ERROR_INVALID_ROWS,
} ParticipationDecidimError;

typedef enum
{
  PARTICIPATION_DECIDIM_PROPOSALS,
  PARTICIPATION_DECIDIM_RESULTS,
} ParticipationDecidimKind;

#define PARTICIPATION_TYPE_DECIDIM_IMPORT (participation_decidim_import_get_type ())
G_DECLARE_FINAL_TYPE (ParticipationDecidimImport, participation_decidim_import, PARTICIPATION,
                      DECIDIM_IMPORT, GObject)

GQuark                      participation_decidim_error_quark           (void);
ParticipationDecidimImport *participation_decidim_import_new_from_bytes (GBytes                     *bytes,
                                                                         GError                    **error);
ParticipationDecidimKind    participation_decidim_import_get_kind       (ParticipationDecidimImport *self);
GPtrArray                  *participation_decidim_import_get_items      (ParticipationDecidimImport *self);
guint                       participation_decidim_import_get_n_rows     (ParticipationDecidimImport *self);
GListModel                 *participation_decidim_import_get_issues     (ParticipationDecidimImport *self);
guint                       participation_decidim_import_get_n_issues   (ParticipationDecidimImport *self);
MaillageCsvEncoding         participation_decidim_import_get_encoding   (ParticipationDecidimImport *self);
gboolean                    participation_decidim_import_check          (ParticipationDecidimImport *self,
                                                                         GError                    **error);
void                        participation_decidim_import_register       (GTypeModule                *module);

G_END_DECLS
