/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-decidim-private.h: what the files of
 * ParticipationDecidimImport share — the file and its columns
 * (participation-decidim.c) and its rows (participation-decidim-rows.c).
 */
#pragma once

#include "participation-decidim.h"

G_BEGIN_DECLS

struct _ParticipationDecidimImport
{
  GObject                   parent_instance;

  ParticipationDecidimKind  kind;
  MaillageCsvEncoding       encoding;
  GPtrArray                *items;   /* ParticipationProposal or ParticipationResult */
  GListStore               *issues;  /* ParticipationIssue, the first ones */
  guint                     n_issues;
  guint                     n_rows;
};

/* A translated text: its columns, the most wanted first; a row takes the
 * first that is not empty. */
typedef struct
{
  const char *name;     /* for messages when there is no column */
  GArray     *columns;  /* int */
} Localized;

typedef struct
{
  MaillageCsvReader          *reader;
  ParticipationDecidimImport *import;
  char                      **keys;   /* the header, stripped and in lower case */
  GHashTable                 *ids;    /* id → line of its first row */

  int                         id;
  int                         state;
  int                         votes;
  int                         comments;
  int                         published;
  int                         url;
  int                         reference;
  int                         withdrawn;
  int                         withdrawn_at;
  int                         progress;
  int                         start;
  int                         end;
  int                         status_key;
  Localized                   title;
  Localized                   body;
  Localized                   description;
  Localized                   category;
  Localized                   scope;
  Localized                   status;
} Parser;

void _participation_decidim_read_proposal (Parser             *parser,
                                           const char * const *row,
                                           guint               line);
void _participation_decidim_read_result   (Parser             *parser,
                                           const char * const *row,
                                           guint               line);

G_END_DECLS
