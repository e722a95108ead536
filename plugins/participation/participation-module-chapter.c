/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-module-chapter.c: the Participation chapter of the
 * strategy: the participation tools, the calendar, the proposals of the
 * inhabitants counted by state (a table and its chart), those taken up by
 * an action of the plan, and the follow-up of results; and the module's
 * key points, for the note de synthèse and the délibération.
 *
 * Only blocks: a module never knows a file format. Every fixed word comes
 * from the French catalogue (F_); the user's text and what Decidim
 * published go in as they are. The document applies French typography.
 */
#define G_LOG_DOMAIN "participation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-check.h"
#include "participation-module-private.h"

static void
add_dispositif (MaillageDocument        *document,
                ParticipationDispositif *dispositif)
{
  const char *audience = participation_dispositif_get_audience (dispositif);
  const char *url = participation_dispositif_get_url (dispositif);
  MaillageBlock *paragraph;

  maillage_document_add_heading (document, 3, participation_dispositif_get_name (dispositif));

  paragraph = maillage_document_add_rich_paragraph (document);
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, F_("Kind:"));
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, " ");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE,
                              participation_kind_get_label (participation_dispositif_get_kind (dispositif), TRUE));
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, ".");
  if (*audience != '\0')
    {
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, " ");
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, F_("Audience:"));
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, " ");
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, audience);
    }

  maillage_document_add_text (document, participation_dispositif_get_description (dispositif));

  if (*url != '\0')
    {
      paragraph = maillage_document_add_rich_paragraph (document);
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, F_("Online:"));
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, " ");
      maillage_block_append_link (paragraph, url, url);
    }
}

static void
add_dispositifs (ParticipationModule *self,
                 MaillageDocument    *document)
{
  GListModel *dispositifs = G_LIST_MODEL (self->dispositifs);
  guint n = g_list_model_get_n_items (dispositifs);

  maillage_document_add_heading (document, 2, F_("Participation Tools"));
  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No participation tool is described yet."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationDispositif) dispositif = g_list_model_get_item (dispositifs, i);

      add_dispositif (document, dispositif);
    }
}

static char *
format_date (const char *iso)
{
  GDate date;

  if (!participation_check_get_date (iso, &date))
    return g_strdup (iso);
  return maillage_format_date (&date);
}

static void
add_calendar (ParticipationModule *self,
              MaillageDocument    *document)
{
  GListModel *events = G_LIST_MODEL (self->events);
  guint n = g_list_model_get_n_items (events);
  const char *header[] = { F_("Date"), F_("Event"), F_("Participation tool"), F_("Place"), F_("Status"), NULL };
  MaillageBlock *table;

  maillage_document_add_heading (document, 2, F_("Calendar"));
  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No event is in the calendar yet."));
      return;
    }

  table = maillage_document_add_table (document, F_("Calendar of participation"), header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = format_date (participation_event_get_date (event));
      const char *row[] = {
        date,
        participation_event_get_title (event),
        participation_event_get_dispositif (event),
        participation_event_get_place (event),
        participation_event_status_get_label (participation_event_get_status (event), TRUE),
        NULL
      };

      maillage_block_append_row (table, row);
    }
}

typedef struct
{
  const char *state;
  guint       count;
} StateCount;

static int
compare_states (gconstpointer a,
                gconstpointer b)
{
  const StateCount *count_a = a;
  const StateCount *count_b = b;
  guint rank_a = participation_proposal_state_rank (count_a->state);
  guint rank_b = participation_proposal_state_rank (count_b->state);

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return g_strcmp0 (count_a->state, count_b->state);
}

/* The proposals counted by state: the known states in their order, those
 * a platform defined after them. */
static GArray *
count_states (ParticipationModule *self)
{
  GListModel *proposals = G_LIST_MODEL (self->proposals);
  guint n = g_list_model_get_n_items (proposals);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *counts = g_array_new (FALSE, FALSE, sizeof (StateCount));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (proposals, i);
      const char *state = participation_proposal_get_state (proposal);
      gpointer position;

      /* The store keeps the proposal, and so its state, alive. */
      if (g_hash_table_lookup_extended (index, state, NULL, &position))
        {
          g_array_index (counts, StateCount, GPOINTER_TO_UINT (position)).count++;
        }
      else
        {
          StateCount count = { state, 1 };

          g_hash_table_insert (index, (gpointer) state, GUINT_TO_POINTER (counts->len));
          g_array_append_val (counts, count);
        }
    }

  g_array_sort (counts, compare_states);
  return counts;
}

static void
add_states (ParticipationModule *self,
            MaillageDocument    *document,
            guint                n)
{
  g_autoptr(GArray) counts = count_states (self);
  g_autoptr(MaillageChart) chart = NULL;
  const char *header[] = { F_("State"), F_("Proposals"), F_("Share"), NULL };
  MaillageBlock *table;
  guint series;

  table = maillage_document_add_table (document, F_("Proposals by state"), header);
  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);

  /* One chart renderer for the screen, the PDF and the ODT: the chapter
   * only says what to draw. */
  chart = maillage_chart_new_bar (F_("Proposals by state"), F_("proposals"));
  maillage_chart_set_horizontal (chart, TRUE);
  series = maillage_chart_add_series (chart, F_("Proposals"));

  for (guint i = 0; i < counts->len; i++)
    {
      StateCount *count = &g_array_index (counts, StateCount, i);
      const char *label = participation_proposal_state_get_label (count->state, TRUE);
      g_autofree char *number = maillage_format_integer (count->count);
      g_autofree char *share = maillage_format_percent (100.0 * count->count / n, 0);
      const char *row[] = { label, number, share, NULL };
      guint category;

      maillage_block_append_row (table, row);
      category = maillage_chart_add_category (chart, label);
      maillage_chart_set_value (chart, series, category, count->count);
    }

  maillage_document_add_figure (document, chart, F_("Proposals of the inhabitants by state"));
}

static void
add_linked (ParticipationModule *self,
            MaillageDocument    *document)
{
  GListModel *proposals = G_LIST_MODEL (self->proposals);
  MaillageProject *project = maillage_module_get_project (MAILLAGE_MODULE (self));
  guint n = g_list_model_get_n_items (proposals);
  const char *header[] = { F_("No."), F_("Proposal"), F_("Votes"), F_("Action of the plan"), NULL };
  MaillageBlock *table = NULL;

  maillage_document_add_heading (document, 3, F_("Proposals Taken Up by the Action Plan"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (proposals, i);
      const char *action_id = participation_proposal_get_action (proposal);
      MaillageAction *action;
      g_autofree char *id = NULL;
      g_autofree char *votes = NULL;
      g_autofree char *action_text = NULL;

      if (*action_id == '\0')
        continue;

      if (table == NULL)
        {
          table = maillage_document_add_table (document, F_("Proposals taken up by the action plan"), header);
          maillage_block_set_alignment (table, 0, MAILLAGE_ALIGNMENT_END);
          maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
        }

      action = project != NULL ? maillage_project_find_action (project, action_id) : NULL;
      if (action != NULL)
        action_text = g_strdup_printf ("%s — %s", action_id, maillage_action_get_title (action));
      else
        action_text = g_strdup_printf (F_("%s (not in the plan)"), action_id);
      id = g_strdup_printf ("%" G_GINT64_FORMAT, participation_proposal_get_id (proposal));
      votes = maillage_format_integer (participation_proposal_get_votes (proposal));
      {
        const char *row[] = { id, participation_proposal_get_title (proposal), votes, action_text, NULL };

        maillage_block_append_row (table, row);
      }
    }

  if (table == NULL)
    maillage_document_add_paragraph (document, F_("No proposal is linked to an action of the plan yet."));
}

static void
add_proposals (ParticipationModule *self,
               MaillageDocument    *document)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->proposals));
  g_autofree char *sentence = NULL;

  maillage_document_add_heading (document, 2, F_("Proposals of the Inhabitants"));
  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No proposal has been imported from a participation "
                                                    "platform yet."));
      return;
    }

  sentence = g_strdup_printf (FN_("%u proposal was imported from the Decidim participation platform.",
                                  "%u proposals were imported from the Decidim participation platform.",
                                  n),
                              n);
  maillage_document_add_paragraph (document, sentence);
  add_states (self, document, n);
  add_linked (self, document);
}

static void
add_results (ParticipationModule *self,
             MaillageDocument    *document)
{
  GListModel *results = G_LIST_MODEL (self->results);
  guint n = g_list_model_get_n_items (results);
  const char *header[] = { F_("Result"), F_("Status"), F_("Progress"), F_("Start"), F_("End"), NULL };
  MaillageBlock *table;

  if (n == 0)
    return;

  maillage_document_add_heading (document, 2, F_("Follow-up of Results"));
  table = maillage_document_add_table (document, F_("Results of the participation platform"), header);
  maillage_block_set_alignment (table, 2, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationResult) result = g_list_model_get_item (results, i);
      double value = participation_result_get_progress (result);
      g_autofree char *progress = value < 0 ? g_strdup ("—") : maillage_format_percent (value, 0);
      g_autofree char *start = format_date (participation_result_get_text (result, PARTICIPATION_RESULT_START));
      g_autofree char *end = format_date (participation_result_get_text (result, PARTICIPATION_RESULT_END));
      const char *row[] = {
        participation_result_get_title (result),
        participation_result_get_text (result, PARTICIPATION_RESULT_STATUS),
        progress, start, end, NULL
      };

      maillage_block_append_row (table, row);
    }
}

void
_participation_module_build_chapter (MaillageModule   *module,
                                     MaillageDocument *document)
{
  ParticipationModule *self = PARTICIPATION_MODULE (module);

  maillage_document_add_heading (document, 1, F_("Citizen Participation"));
  add_dispositifs (self, document);
  add_calendar (self, document);
  add_proposals (self, document);
  add_results (self, document);
}

static char *
tools_point (ParticipationModule *self)
{
  GListModel *dispositifs = G_LIST_MODEL (self->dispositifs);
  guint n = g_list_model_get_n_items (dispositifs);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (n, g_free, TRUE);
  g_autofree char *list = NULL;

  if (n == 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationDispositif) dispositif = g_list_model_get_item (dispositifs, i);

      g_ptr_array_add (names, g_strdup (participation_dispositif_get_name (dispositif)));
    }

  list = maillage_format_enumeration ((const char * const *) names->pdata);
  /* Translators: the number of tools, then their names */
  return g_strdup_printf (FN_("The strategy relies on %u participation tool: %s.",
                              "The strategy relies on %u participation tools: %s.", n),
                          n, list);
}

/* The events not cancelled, from the first to the last: the calendar is
 * kept by date. */
static char *
calendar_point (ParticipationModule *self)
{
  GListModel *events = G_LIST_MODEL (self->events);
  guint n = g_list_model_get_n_items (events);
  GDate first, last;
  guint n_dated = 0;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationEvent) event = g_list_model_get_item (events, i);
      GDate date;

      if (participation_event_get_status (event) == PARTICIPATION_EVENT_CANCELLED ||
          !participation_check_get_date (participation_event_get_date (event), &date))
        continue;
      if (n_dated == 0 || g_date_compare (&date, &first) < 0)
        first = date;
      if (n_dated == 0 || g_date_compare (&date, &last) > 0)
        last = date;
      n_dated++;
    }

  if (n_dated == 0)
    return NULL;
  from = maillage_format_date (&first);
  if (n_dated == 1)
    return g_strdup_printf (F_("The calendar holds one participation event, on %s."), from);
  to = maillage_format_date (&last);
  /* Translators: always two events or more; then the first and last dates */
  return g_strdup_printf (F_("The calendar holds %u participation events, from %s to %s."), n_dated, from, to);
}

/* For the note de synthèse and the considérants: the tools, the calendar,
 * the proposals of the inhabitants and those the plan takes up. The
 * first two become considérants: each point stands alone. */
char **
_participation_module_list_key_points (MaillageModule *module)
{
  ParticipationModule *self = PARTICIPATION_MODULE (module);
  GListModel *proposals = G_LIST_MODEL (self->proposals);
  guint n_proposals = g_list_model_get_n_items (proposals);
  g_autoptr(GStrvBuilder) points = g_strv_builder_new ();
  g_autofree char *tools = tools_point (self);
  g_autofree char *calendar = calendar_point (self);
  guint n_linked = 0;

  if (tools != NULL)
    g_strv_builder_add (points, tools);
  if (calendar != NULL)
    g_strv_builder_add (points, calendar);
  if (n_proposals == 0)
    return g_strv_builder_end (points);

  {
    g_autofree char *imported =
      g_strdup_printf (FN_("%u proposal was imported from the Decidim participation platform.",
                           "%u proposals were imported from the Decidim participation platform.",
                           n_proposals),
                       n_proposals);

    g_strv_builder_add (points, imported);
  }

  for (guint i = 0; i < n_proposals; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (proposals, i);

      if (*participation_proposal_get_action (proposal) != '\0')
        n_linked++;
    }
  if (n_linked > 0)
    {
      g_autofree char *linked =
        g_strdup_printf (FN_("%u proposal of the inhabitants is taken up by an action of the plan.",
                             "%u proposals of the inhabitants are taken up by an action of the plan.",
                             n_linked),
                         n_linked);

      g_strv_builder_add (points, linked);
    }

  return g_strv_builder_end (points);
}
