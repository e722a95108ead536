/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-decidim.c: reads the CSV files a Decidim platform publishes
 * on its open data page (`/open-data/download`): the proposals, and the
 * results of the accountability component.
 *
 * Decidim writes them with its CSV exporter: `;` between fields, UTF-8,
 * one column per member of the serialized resource, nested members joined
 * by `/` and translated texts one column per language (`title/fr`,
 * `title/en`, `category/name/fr`, and `title/machine_translations/fr` when
 * the platform translates automatically). Versions differ a little
 * (`supports` became `votes`; the title was once one plain column), and a
 * file may have gone through a spreadsheet: MaillageCsvReader takes
 * Windows-1252 and `,` or tab as well, and this reader accepts what is
 * listed in the tables below, in any column order, ignoring the others.
 *
 * This file finds the columns and reads the file; how each row is read
 * and checked is in participation-decidim-rows.c. The whole file is read
 * and every row checked before anything is returned: a file that cannot be read as a whole sets an error naming the
 * line; a row that breaks a rule is reported (line, column, what is
 * wrong), and then nothing of the file may be imported
 * (participation_decidim_import_check()).
 */
#define G_LOG_DOMAIN "participation-decidim"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "participation-decidim-private.h"
#include "participation-issue.h"

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationDecidimImport, participation_decidim_import, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

G_DEFINE_QUARK (participation-decidim-error-quark, participation_decidim_error)

/* Plain columns: the names they go by, the usual one first. */
static const char * const id_names[] = { "id", NULL };
static const char * const state_names[] = { "state", NULL };
static const char * const votes_names[] = { "votes", "supports", "proposal_votes_count", "votes_count", NULL };
static const char * const comments_names[] = { "comments", "comments_count", NULL };
static const char * const published_names[] = { "published_at", NULL };
static const char * const url_names[] = { "url", NULL };
static const char * const reference_names[] = { "reference", NULL };
static const char * const withdrawn_names[] = { "withdrawn", NULL };
static const char * const withdrawn_at_names[] = { "withdrawn_at", NULL };
static const char * const progress_names[] = { "progress", "status/progress", NULL };
static const char * const start_names[] = { "start_date", NULL };
static const char * const end_names[] = { "end_date", NULL };
static const char * const status_key_names[] = { "status/key", NULL };

static void
participation_decidim_import_finalize (GObject *object)
{
  ParticipationDecidimImport *self = PARTICIPATION_DECIDIM_IMPORT (object);

  g_ptr_array_unref (self->items);
  g_object_unref (self->issues);

  G_OBJECT_CLASS (participation_decidim_import_parent_class)->finalize (object);
}

static void
participation_decidim_import_class_init (ParticipationDecidimImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = participation_decidim_import_finalize;
}

static void
participation_decidim_import_class_finalize (ParticipationDecidimImportClass *klass)
{
}

static void
participation_decidim_import_init (ParticipationDecidimImport *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->issues = g_list_store_new (PARTICIPATION_TYPE_ISSUE);
}

/* Finding columns */

static int
find_plain (Parser             *parser,
            const char * const *names)
{
  return maillage_csv_reader_find_column (parser->reader, names);
}

static void
add_column (GArray *columns,
            int     column)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_array_index (columns, int, i) == column)
      return;
  g_array_append_val (columns, column);
}

/* `title`, then `title/fr` and `title/fr-…`, then the French machine
 * translation (what French users of the platform read), then the other
 * languages in the file's order, then their machine translations. */
static void
find_localized (Parser     *parser,
                Localized  *localized,
                const char *name)
{
  g_autofree char *prefix = g_strconcat (name, "/", NULL);
  g_autofree char *french = g_strconcat (name, "/fr", NULL);
  g_autofree char *machine = g_strconcat (name, "/machine_translations/", NULL);
  g_autofree char *machine_french = g_strconcat (name, "/machine_translations/fr", NULL);
  const char *passes[] = { name, french, "french-variant", machine_french, prefix, machine };

  localized->name = name;
  localized->columns = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint pass = 0; pass < G_N_ELEMENTS (passes); pass++)
    for (int i = 0; parser->keys[i] != NULL; i++)
      {
        const char *key = parser->keys[i];
        gboolean machine_key = g_str_has_prefix (key, machine);

        switch (pass)
          {
          case 0:
          case 1:
          case 3:
            if (g_str_equal (key, passes[pass]))
              add_column (localized->columns, i);
            break;
          case 2:
            if (g_str_has_prefix (key, french) && key[strlen (french)] == '-')
              add_column (localized->columns, i);
            break;
          case 4:
            if (g_str_has_prefix (key, prefix) && !machine_key && strchr (key + strlen (prefix), '/') == NULL)
              add_column (localized->columns, i);
            break;
          case 5:
            if (machine_key && strchr (key + strlen (machine), '/') == NULL)
              add_column (localized->columns, i);
            break;
          default:
            g_assert_not_reached ();
          }
      }
}

static void
clear_localized (Localized *localized)
{
  g_clear_pointer (&localized->columns, g_array_unref);
}

/* "“a”, “b”, “c”", the first twelve. */
static char *
quote_header (MaillageCsvReader *reader)
{
  const char * const *header = maillage_csv_reader_get_header (reader);
  GString *text = g_string_new (NULL);
  guint i;

  for (i = 0; header[i] != NULL && i < 12; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: a column name quoted in a list of them */
      g_string_append_printf (text, _("“%s”"), header[i]);
    }
  if (header[i] != NULL)
    g_string_append (text, ", …");

  return g_string_free (text, FALSE);
}

static gboolean
set_column_error (Parser      *parser,
                  GError     **error,
                  int          code,
                  const char  *message)
{
  g_autofree char *found = quote_header (parser->reader);

  if (maillage_csv_reader_get_n_columns (parser->reader) == 1)
    g_set_error (error, PARTICIPATION_DECIDIM_ERROR, code,
                 _("Line 1: the header line was read as one single column (%s). A Decidim export "
                   "separates its fields with “;”: was the file saved with another separator?"),
                 found);
  else
    /* Translators: the first %s says what is missing, the second lists
     * the columns of the file */
    g_set_error (error, PARTICIPATION_DECIDIM_ERROR, code, _("Line 1: %s The columns of the file are: %s."),
                 message, found);
  return FALSE;
}

static gboolean
require (Parser      *parser,
         gboolean     found,
         const char  *name,
         GError     **error)
{
  g_autofree char *message = NULL;

  if (found)
    return TRUE;

  message = g_strdup_printf (_("the column “%s” is missing."), name);
  return set_column_error (parser, error, PARTICIPATION_DECIDIM_ERROR_MISSING_COLUMN, message);
}

static gboolean
find_columns (Parser  *parser,
              GError **error)
{
  gboolean proposals;
  gboolean results;

  parser->id = find_plain (parser, id_names);
  parser->state = find_plain (parser, state_names);
  parser->votes = find_plain (parser, votes_names);
  parser->comments = find_plain (parser, comments_names);
  parser->published = find_plain (parser, published_names);
  parser->url = find_plain (parser, url_names);
  parser->reference = find_plain (parser, reference_names);
  parser->withdrawn = find_plain (parser, withdrawn_names);
  parser->withdrawn_at = find_plain (parser, withdrawn_at_names);
  parser->progress = find_plain (parser, progress_names);
  parser->start = find_plain (parser, start_names);
  parser->end = find_plain (parser, end_names);
  parser->status_key = find_plain (parser, status_key_names);
  find_localized (parser, &parser->title, "title");
  find_localized (parser, &parser->body, "body");
  find_localized (parser, &parser->description, "description");
  find_localized (parser, &parser->category, "category/name");
  find_localized (parser, &parser->scope, "scope/name");
  find_localized (parser, &parser->status, "status/name");
  if (parser->status.columns->len == 0)
    {
      /* Older exports: the status as one plain column. */
      static const char * const plain_status[] = { "status", NULL };
      int column = find_plain (parser, plain_status);

      if (column >= 0)
        add_column (parser->status.columns, column);
    }

  /* Only proposals have a state and votes; only results a progress and
   * dates. When a file has both, its state decides. */
  proposals = parser->state >= 0 || parser->votes >= 0;
  results = parser->progress >= 0 || parser->start >= 0 || parser->end >= 0;
  if (!proposals && !results)
    return set_column_error (parser, error, PARTICIPATION_DECIDIM_ERROR_NOT_DECIDIM,
                             _("this is not an export of Decidim proposals or results: it has none "
                               "of the columns “state” and “votes” (proposals) or “progress”, "
                               "“start_date” and “end_date” (results)."));
  parser->import->kind = proposals && (parser->state >= 0 || !results) ? PARTICIPATION_DECIDIM_PROPOSALS
                                                                       : PARTICIPATION_DECIDIM_RESULTS;

  return require (parser, parser->id >= 0, "id", error) &&
         require (parser, parser->title.columns->len > 0, "title/fr", error);
}

/**
 * participation_decidim_import_new_from_bytes:
 * @bytes: the content of a CSV file
 * @error: return location for a #GError
 *
 * Reads a Decidim export of proposals or of results — which one, its
 * columns tell — and checks every row. A file that cannot be read as a
 * whole (not text, a quote never closed, a row longer than the header,
 * neither kind of export, the id or title column missing, no row) sets
 * @error with a message naming the line. Problems of rows are in the
 * result: see participation_decidim_import_check().
 *
 * Returns: (transfer full) (nullable): what the file holds, or %NULL
 */
ParticipationDecidimImport *
participation_decidim_import_new_from_bytes (GBytes  *bytes,
                                             GError **error)
{
  g_autoptr(MaillageCsvReader) reader = NULL;
  g_autoptr(ParticipationDecidimImport) import = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) keys = NULL;
  const char * const *header;
  const char * const *row;
  Parser parser = { 0, };
  guint line = 0;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = maillage_csv_reader_new_from_bytes (bytes, 0, PARTICIPATION_DECIDIM_MAX_SIZE, error);
  if (reader == NULL)
    return NULL;

  header = maillage_csv_reader_get_header (reader);
  keys = g_new0 (char *, maillage_csv_reader_get_n_columns (reader) + 1);
  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *stripped = maillage_format_strip (header[i]);

      keys[i] = g_ascii_strdown (stripped, -1);
    }

  import = g_object_new (PARTICIPATION_TYPE_DECIDIM_IMPORT, NULL);
  import->encoding = maillage_csv_reader_get_encoding (reader);
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  parser.reader = reader;
  parser.import = import;
  parser.keys = keys;
  parser.ids = ids;

  ok = find_columns (&parser, error);
  while (ok && (row = maillage_csv_reader_next_row (reader, &line, &local_error)) != NULL)
    {
      import->n_rows++;
      if (import->kind == PARTICIPATION_DECIDIM_PROPOSALS)
        _participation_decidim_read_proposal (&parser, row, line);
      else
        _participation_decidim_read_result (&parser, row, line);
    }

  clear_localized (&parser.title);
  clear_localized (&parser.body);
  clear_localized (&parser.description);
  clear_localized (&parser.category);
  clear_localized (&parser.scope);
  clear_localized (&parser.status);

  if (!ok)
    return NULL;

  /* A broken row makes the rest of the file unreadable: nothing is taken. */
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (import->n_rows == 0)
    {
      g_set_error_literal (error, PARTICIPATION_DECIDIM_ERROR, PARTICIPATION_DECIDIM_ERROR_NO_ROW,
                           _("The file has a header line but no row below it."));
      return NULL;
    }

  return g_steal_pointer (&import);
}

ParticipationDecidimKind
participation_decidim_import_get_kind (ParticipationDecidimImport *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), PARTICIPATION_DECIDIM_PROPOSALS);

  return self->kind;
}

/**
 * participation_decidim_import_get_items:
 *
 * Returns: (transfer none) (element-type GObject): the valid rows, in the
 *   file's order: #ParticipationProposal or #ParticipationResult
 */
GPtrArray *
participation_decidim_import_get_items (ParticipationDecidimImport *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), NULL);

  return self->items;
}

/* How many rows the file has below its header. */
guint
participation_decidim_import_get_n_rows (ParticipationDecidimImport *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), 0);

  return self->n_rows;
}

/**
 * participation_decidim_import_get_issues:
 *
 * Returns: (transfer none): the first %PARTICIPATION_DECIDIM_MAX_ISSUES
 *   problems, a #GListModel of #ParticipationIssue
 */
GListModel *
participation_decidim_import_get_issues (ParticipationDecidimImport *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), NULL);

  return G_LIST_MODEL (self->issues);
}

/* How many problems the rows have, all counted. */
guint
participation_decidim_import_get_n_issues (ParticipationDecidimImport *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), 0);

  return self->n_issues;
}

MaillageCsvEncoding
participation_decidim_import_get_encoding (ParticipationDecidimImport *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), MAILLAGE_CSV_ENCODING_UTF8);

  return self->encoding;
}

/**
 * participation_decidim_import_check:
 * @self: an import
 * @error: return location for a #GError
 *
 * An import is taken whole or not at all: a single row that breaks a rule
 * stops it. The message names the first problem's line and column, and
 * counts the others.
 *
 * Returns: whether every row is valid
 */
gboolean
participation_decidim_import_check (ParticipationDecidimImport  *self,
                                    GError                     **error)
{
  g_autoptr(ParticipationIssue) first = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PARTICIPATION_IS_DECIDIM_IMPORT (self), FALSE);

  if (self->n_issues == 0)
    return TRUE;

  first = g_list_model_get_item (G_LIST_MODEL (self->issues), 0);
  text = participation_issue_to_string (first);
  if (self->n_issues == 1)
    g_set_error (error, PARTICIPATION_DECIDIM_ERROR, PARTICIPATION_DECIDIM_ERROR_INVALID_ROWS,
                 _("%s Nothing was imported."), text);
  else
    g_set_error (error, PARTICIPATION_DECIDIM_ERROR, PARTICIPATION_DECIDIM_ERROR_INVALID_ROWS,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s (%u problem in all.) Nothing was imported.",
                              "%s (%u problems in all.) Nothing was imported.",
                              self->n_issues),
                 text, self->n_issues);
  return FALSE;
}

void
participation_decidim_import_register (GTypeModule *module)
{
  participation_decidim_import_register_type (module);
}
