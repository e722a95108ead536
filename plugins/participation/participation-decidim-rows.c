/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-decidim-rows.c: one row of a Decidim export read and
 * checked, rule by rule. Every rule of the row is checked, so that each
 * problem is listed (line, column, what is wrong); a row with a problem
 * gives no proposal or result. See participation-decidim.c for the file
 * as a whole, and README.md beside it for the rules.
 */
#define G_LOG_DOMAIN "participation-decidim"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "participation-check.h"
#include "participation-decidim-private.h"
#include "participation-issue.h"
#include "participation-proposal.h"
#include "participation-result.h"

static char *
cell (const char * const *row,
      int                 column)
{
  return maillage_format_strip (column >= 0 ? row[column] : "");
}

/* The first text of @localized that is not empty, and its column. */
static char *
localized_cell (const char * const *row,
                Localized          *localized,
                int                *column)
{
  for (guint i = 0; i < localized->columns->len; i++)
    {
      int c = g_array_index (localized->columns, int, i);
      char *text = cell (row, c);

      if (*text != '\0')
        {
          if (column != NULL)
            *column = c;
          return text;
        }
      g_free (text);
    }

  if (column != NULL)
    *column = localized->columns->len > 0 ? g_array_index (localized->columns, int, 0) : -1;
  return g_strdup ("");
}

static void
add_issue (Parser     *parser,
           guint       line,
           int         column,
           const char *fallback_name,
           const char *message)
{
  ParticipationDecidimImport *import = parser->import;
  g_autoptr(ParticipationIssue) issue = NULL;
  const char *name = column >= 0 ? maillage_csv_reader_get_header (parser->reader)[column] : fallback_name;

  import->n_issues++;
  if (import->n_issues > PARTICIPATION_DECIDIM_MAX_ISSUES)
    return;
  issue = participation_issue_new (line, name, message);
  g_list_store_append (import->issues, issue);
}

/* A whole number, 0 or more; spaces grouping thousands are allowed. An
 * empty cell is 0. */
static gboolean
parse_count (const char *text,
             gint64     *value)
{
  guint64 number = 0;
  gboolean digits = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (maillage_format_is_space (c))
        continue;
      if (c < '0' || c > '9' || number > (G_MAXINT64 - 9) / 10)
        return FALSE;
      number = number * 10 + (c - '0');
      digits = TRUE;
    }

  *value = digits ? (gint64) number : 0;
  return TRUE;
}

static gboolean
read_id (Parser             *parser,
         const char * const *row,
         guint               line,
         gint64             *id)
{
  g_autofree char *text = cell (row, parser->id);
  g_autofree char *message = NULL;
  gpointer first;

  if (*text == '\0')
    {
      add_issue (parser, line, parser->id, "id", _("the id is empty: every row of a Decidim export has one."));
      return FALSE;
    }
  if (!parse_count (text, id) || *id == 0 || strchr (text, ' ') != NULL)
    {
      message = g_strdup_printf (_("“%s” is not a Decidim id: a whole number is expected."), text);
      add_issue (parser, line, parser->id, "id", message);
      return FALSE;
    }
  if (g_hash_table_lookup_extended (parser->ids, id, NULL, &first))
    {
      message = g_strdup_printf (_("the id %s is given twice (first on line %u)."), text,
                                 GPOINTER_TO_UINT (first));
      add_issue (parser, line, parser->id, "id", message);
      return FALSE;
    }

  g_hash_table_insert (parser->ids, g_memdup2 (id, sizeof *id), GUINT_TO_POINTER (line));
  return TRUE;
}

static char *
read_title (Parser             *parser,
            const char * const *row,
            guint               line)
{
  int column;
  char *title = localized_cell (row, &parser->title, &column);

  if (*title == '\0')
    add_issue (parser, line, column, "title", _("the title is empty."));
  return title;
}

static gboolean
read_count (Parser             *parser,
            const char * const *row,
            guint               line,
            int                 column,
            gint64             *value)
{
  g_autofree char *text = cell (row, column);
  g_autofree char *message = NULL;

  if (parse_count (text, value))
    return TRUE;

  message = g_strdup_printf (_("“%s” is not a whole number (0 or more)."), text);
  add_issue (parser, line, column, NULL, message);
  return FALSE;
}

/* A date of the file as YYYY-MM-DD, "" when the cell is empty, NULL (and
 * an issue) when it is no date. */
static char *
read_date (Parser             *parser,
           const char * const *row,
           guint               line,
           int                 column)
{
  g_autofree char *text = cell (row, column);
  g_autofree char *message = NULL;
  char *date;

  if (*text == '\0')
    return g_strdup ("");

  date = participation_check_parse_date (text);
  if (date != NULL)
    return date;

  message = g_strdup_printf (_("“%s” is not a date (such as 2027-05-12)."), text);
  add_issue (parser, line, column, NULL, message);
  return NULL;
}

static char *
read_url (Parser             *parser,
          const char * const *row,
          guint               line)
{
  g_autofree char *text = cell (row, parser->url);
  g_autofree char *message = NULL;

  if (*text == '\0' || participation_check_url (text))
    return g_steal_pointer (&text);

  message = g_strdup_printf (_("“%s” is not a web address (http:// or https://)."), text);
  add_issue (parser, line, parser->url, "url", message);
  return NULL;
}

static gboolean
is_state_token (const char *state)
{
  if (!g_ascii_islower (*state))
    return FALSE;
  for (const char *p = state; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
      return FALSE;
  return TRUE;
}

/* Decidim's token; a withdrawn proposal says so in a column of its own
 * since 0.28. An empty state is a proposal published and not answered. */
static char *
read_state (Parser             *parser,
            const char * const *row,
            guint               line)
{
  g_autofree char *text = cell (row, parser->state);
  g_autofree char *withdrawn = cell (row, parser->withdrawn);
  g_autofree char *withdrawn_at = cell (row, parser->withdrawn_at);
  g_autofree char *state = g_ascii_strdown (text, -1);
  g_autofree char *message = NULL;

  if (g_ascii_strcasecmp (withdrawn, "true") == 0 || *withdrawn_at != '\0')
    return g_strdup ("withdrawn");
  if (*state == '\0' || g_str_equal (state, "published"))
    return g_strdup ("not_answered");
  if (is_state_token (state))
    return g_steal_pointer (&state);

  message = g_strdup_printf (_("“%s” is not the state of a Decidim proposal (accepted, evaluating, "
                               "not_answered, rejected, withdrawn, or a state of the platform "
                               "written as such)."),
                             text);
  add_issue (parser, line, parser->state, "state", message);
  return NULL;
}

void
_participation_decidim_read_proposal (Parser             *parser,
                                      const char * const *row,
                                      guint               line)
{
  g_autoptr(ParticipationProposal) proposal = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *plain_body = NULL;
  g_autofree char *state = NULL;
  g_autofree char *category = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *published = NULL;
  g_autofree char *url = NULL;
  gint64 id = 0, votes = 0, comments = 0;
  gboolean ok;

  /* Every check runs, so that each problem of the row is listed. */
  ok = read_id (parser, row, line, &id);
  title = read_title (parser, row, line);
  ok &= *title != '\0';
  state = read_state (parser, row, line);
  ok &= state != NULL;
  ok &= read_count (parser, row, line, parser->votes, &votes);
  ok &= read_count (parser, row, line, parser->comments, &comments);
  published = read_date (parser, row, line, parser->published);
  ok &= published != NULL;
  url = read_url (parser, row, line);
  ok &= url != NULL;
  if (!ok)
    return;

  body = localized_cell (row, &parser->body, NULL);
  plain_body = participation_check_plain_text (body);
  category = localized_cell (row, &parser->category, NULL);
  scope = localized_cell (row, &parser->scope, NULL);
  reference = cell (row, parser->reference);

  proposal = g_object_new (PARTICIPATION_TYPE_PROPOSAL,
                           "decidim-id", id,
                           "title", title,
                           "body", plain_body,
                           "state", state,
                           "category", category,
                           "scope", scope,
                           "reference", reference,
                           "votes", votes,
                           "comments", comments,
                           "published", published,
                           "url", url,
                           NULL);
  g_ptr_array_add (parser->import->items, g_steal_pointer (&proposal));
}

/* The progress as a percentage, -1 when the cell is empty; FALSE (and an
 * issue) when it is no number from 0 to 100. */
static gboolean
read_progress (Parser             *parser,
               const char * const *row,
               guint               line,
               double             *progress)
{
  g_autofree char *text = cell (row, parser->progress);
  g_autofree char *message = NULL;

  *progress = -1.0;
  if (*text == '\0')
    return TRUE;
  if (maillage_format_parse_number (text, progress, NULL) && *progress >= 0 && *progress <= 100)
    return TRUE;

  message = g_strdup_printf (_("“%s” is not a progress: a number from 0 to 100 is expected."), text);
  add_issue (parser, line, parser->progress, "progress", message);
  return FALSE;
}

void
_participation_decidim_read_result (Parser             *parser,
                                    const char * const *row,
                                    guint               line)
{
  g_autoptr(ParticipationResult) result = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *plain_description = NULL;
  g_autofree char *category = NULL;
  g_autofree char *status = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *url = NULL;
  gint64 id = 0;
  double progress;
  gboolean ok;

  ok = read_id (parser, row, line, &id);
  title = read_title (parser, row, line);
  ok &= *title != '\0';
  ok &= read_progress (parser, row, line, &progress);
  start = read_date (parser, row, line, parser->start);
  end = read_date (parser, row, line, parser->end);
  ok &= start != NULL && end != NULL;
  if (start != NULL && end != NULL && *start != '\0' && *end != '\0' && strcmp (end, start) < 0)
    {
      g_autofree char *message = g_strdup_printf (_("the result ends (%s) before it starts (%s)."),
                                                  end, start);

      add_issue (parser, line, parser->end, "end_date", message);
      ok = FALSE;
    }
  url = read_url (parser, row, line);
  ok &= url != NULL;
  if (!ok)
    return;

  description = localized_cell (row, &parser->description, NULL);
  plain_description = participation_check_plain_text (description);
  category = localized_cell (row, &parser->category, NULL);
  status = localized_cell (row, &parser->status, NULL);
  if (*status == '\0')
    {
      g_free (status);
      status = cell (row, parser->status_key);
    }

  result = g_object_new (PARTICIPATION_TYPE_RESULT,
                         "decidim-id", id,
                         "title", title,
                         "description", plain_description,
                         "category", category,
                         "status", status,
                         "progress", progress,
                         "start", start,
                         "end", end,
                         "url", url,
                         NULL);
  g_ptr_array_add (parser->import->items, g_steal_pointer (&result));
}
