/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-page-proposals.c: the proposals and the results a Decidim
 * platform published, as two GtkColumnViews over the module's stores,
 * sorted by any column; the proposals filtered by state, by category and
 * by a search of their title or number. Below the proposals, a drop-down
 * links the selected one to an action of the plan, chosen among the
 * project's actions.
 *
 * Cells come from GtkSignalListItemFactory: each column says how to turn
 * an item into text, and a cell follows its item's "notify", so that a
 * new link shows at once.
 */
#define G_LOG_DOMAIN "participation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "participation-check.h"
#include "participation-page-private.h"

typedef char *(*CellText) (ParticipationPage *self,
                           gpointer           item);

/* Cells */

static char *
format_date (const char *iso)
{
  GDate date;

  if (!participation_check_get_date (iso, &date))
    return g_strdup (iso);
  return maillage_format_date (&date);
}

static char *
proposal_id_text (ParticipationPage *self,
                  gpointer           item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, participation_proposal_get_id (item));
}

static char *
proposal_title_text (ParticipationPage *self,
                     gpointer           item)
{
  return g_strdup (participation_proposal_get_title (item));
}

static char *
proposal_category_text (ParticipationPage *self,
                        gpointer           item)
{
  return g_strdup (participation_proposal_get_category (item));
}

static char *
proposal_state_text (ParticipationPage *self,
                     gpointer           item)
{
  return g_strdup (participation_proposal_state_get_label (participation_proposal_get_state (item), FALSE));
}

static char *
proposal_votes_text (ParticipationPage *self,
                     gpointer           item)
{
  return maillage_format_integer (participation_proposal_get_votes (item));
}

static char *
proposal_comments_text (ParticipationPage *self,
                        gpointer           item)
{
  return maillage_format_integer (participation_proposal_get_comments (item));
}

static char *
proposal_published_text (ParticipationPage *self,
                         gpointer           item)
{
  return format_date (participation_proposal_get_text (item, PARTICIPATION_PROPOSAL_PUBLISHED));
}

static char *
proposal_action_text (ParticipationPage *self,
                      gpointer           item)
{
  const char *action = participation_proposal_get_action (item);

  if (*action == '\0')
    return g_strdup ("—");
  if (self->project != NULL && maillage_project_find_action (self->project, action) == NULL)
    /* Translators: an action id that a proposal names but the plan no
     * longer has */
    return g_strdup_printf (_("%s (not in the plan)"), action);
  return g_strdup (action);
}

static char *
result_id_text (ParticipationPage *self,
                gpointer           item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, participation_result_get_id (item));
}

static char *
result_title_text (ParticipationPage *self,
                   gpointer           item)
{
  return g_strdup (participation_result_get_title (item));
}

static char *
result_status_text (ParticipationPage *self,
                    gpointer           item)
{
  return g_strdup (participation_result_get_text (item, PARTICIPATION_RESULT_STATUS));
}

static char *
result_progress_text (ParticipationPage *self,
                      gpointer           item)
{
  double progress = participation_result_get_progress (item);

  return progress < 0 ? g_strdup ("—") : maillage_format_percent (progress, 0);
}

static char *
result_start_text (ParticipationPage *self,
                   gpointer           item)
{
  return format_date (participation_result_get_text (item, PARTICIPATION_RESULT_START));
}

static char *
result_end_text (ParticipationPage *self,
                 gpointer           item)
{
  return format_date (participation_result_get_text (item, PARTICIPATION_RESULT_END));
}

static void
sync_cell (GtkListItem *item)
{
  ParticipationPage *self = g_object_get_data (G_OBJECT (item), "participation-page");
  CellText text = g_object_get_data (G_OBJECT (item), "participation-text");
  g_autofree char *content = text (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), content);
}

/* Tooltips are asked for when shown rather than set on each cell, as in
 * the Médiation page: setting them costs a round trip to the display. */
static gboolean
query_tooltip_cb (GtkLabel   *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = gtk_label_get_text (label);

  if (*text == '\0' || !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          ParticipationPage        *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "participation-numeric"));

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_object_set_data (G_OBJECT (item), "participation-page", self);
  g_object_set_data (G_OBJECT (item), "participation-text",
                     g_object_get_data (G_OBJECT (factory), "participation-text"));
  gtk_list_item_set_child (item, label);
}

static void
item_notify_cb (GObject     *object,
                GParamSpec  *pspec,
                GtkListItem *item)
{
  sync_cell (item);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  sync_cell (item);
  g_signal_connect_object (gtk_list_item_get_item (item), "notify", G_CALLBACK (item_notify_cb), item, 0);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), item_notify_cb, item);
}

/* A column whose cells say @text of their item, sorted by the property
 * @sort_property of @type (a string or an integer). */
static void
add_column (ParticipationPage *self,
            GtkColumnView     *view,
            const char        *title,
            CellText           text,
            GType              type,
            const char        *sort_property,
            gboolean           numeric,
            gboolean           expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkExpression *expression = gtk_property_expression_new (type, NULL, sort_property);
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "participation-text", text);
  g_object_set_data (G_OBJECT (factory), "participation-numeric", GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);

  if (gtk_expression_get_value_type (expression) == G_TYPE_STRING)
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (view, column);
  g_object_unref (sorter);
}

/* Filtering the proposals */

static const char *
selected_token (GtkDropDown   *dropdown,
                GtkStringList *tokens)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The first choice of each is “all”. */
  if (selected == 0 || selected >= g_list_model_get_n_items (G_LIST_MODEL (tokens)))
    return NULL;
  return gtk_string_list_get_string (tokens, selected);
}

static gboolean
filter_proposal (gpointer item,
                 gpointer user_data)
{
  ParticipationPage *self = user_data;
  ParticipationProposal *proposal = item;
  const char *state = selected_token (self->state_dropdown, self->states);
  const char *category = selected_token (self->category_dropdown, self->categories);
  g_autofree char *title = NULL;
  char id[32];

  if (state != NULL && !g_str_equal (participation_proposal_get_state (proposal), state))
    return FALSE;
  if (category != NULL && !g_str_equal (participation_proposal_get_category (proposal), category))
    return FALSE;
  if (self->search_key == NULL)
    return TRUE;

  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, participation_proposal_get_id (proposal));
  if (g_str_equal (id, self->search_key))
    return TRUE;
  title = g_utf8_casefold (participation_proposal_get_title (proposal), -1);
  return strstr (title, self->search_key) != NULL;
}

static void
update_counts (ParticipationPage *self)
{
  GListModel *proposals = participation_module_get_proposals (self->module);
  GListModel *results = participation_module_get_results (self->module);
  guint n = g_list_model_get_n_items (proposals);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_results = g_list_model_get_n_items (results);
  guint linked = 0;
  g_autofree char *text = NULL;
  g_autofree char *results_text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (proposals, i);

      if (*participation_proposal_get_action (proposal) != '\0')
        linked++;
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u proposal, %u taken up by an action of the plan",
                                       "%u proposals, %u taken up by an action of the plan",
                                       n),
                          n, linked);
  if (shown != n)
    {
      g_autofree char *with_shown = NULL;

      /* Translators: “25 proposals, 3 taken up… — 4 shown” */
      with_shown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %u shown", "%s — %u shown", shown),
                                    text, shown);
      g_free (text);
      text = g_steal_pointer (&with_shown);
    }
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->proposals_stack, n > 0 ? "list" : "empty");

  results_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", n_results),
                                  n_results);
  gtk_label_set_text (self->results_count_label, results_text);
  gtk_stack_set_visible_child_name (self->results_stack, n_results > 0 ? "list" : "empty");
}

void
_participation_page_filter_changed (ParticipationPage *self)
{
  const char *query;
  g_autofree char *stripped = NULL;

  if (self->refilling || self->filter == NULL)
    return;

  query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  stripped = g_strstrip (g_strdup (query));
  g_clear_pointer (&self->search_key, g_free);
  if (*stripped != '\0')
    self->search_key = g_utf8_casefold (stripped, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_states (gconstpointer a,
                gconstpointer b)
{
  const char *state_a = *(const char * const *) a;
  const char *state_b = *(const char * const *) b;
  guint rank_a = participation_proposal_state_rank (state_a);
  guint rank_b = participation_proposal_state_rank (state_b);

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return g_strcmp0 (state_a, state_b);
}

/* A filter offers “all”, then the values the proposals have, keeping the
 * value chosen when it is still there. */
static void
refill_choices (ParticipationPage *self,
                GtkDropDown       *dropdown,
                GtkStringList     *tokens,
                const char        *all,
                gboolean           states)
{
  GListModel *proposals = participation_module_get_proposals (self->module);
  g_autofree char *selected = g_strdup (selected_token (dropdown, tokens));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (proposals);
  guint position = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (proposals, i);
      const char *value = states ? participation_proposal_get_state (proposal)
                                 : participation_proposal_get_category (proposal);

      /* The store keeps the proposal, and so the string, alive. */
      if (*value != '\0' && g_hash_table_add (seen, (gpointer) value))
        g_ptr_array_add (values, (gpointer) value);
    }
  g_ptr_array_sort (values, states ? compare_states : compare_strings);

  self->refilling = TRUE;
  gtk_string_list_splice (tokens, 0, g_list_model_get_n_items (G_LIST_MODEL (tokens)), NULL);
  gtk_string_list_append (tokens, "");
  gtk_string_list_append (labels, all);
  for (guint i = 0; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);

      gtk_string_list_append (tokens, value);
      gtk_string_list_append (labels, states ? participation_proposal_state_get_label (value, FALSE) : value);
      if (g_strcmp0 (value, selected) == 0)
        position = i + 1;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, position);
  gtk_widget_set_visible (GTK_WIDGET (dropdown), values->len > 0);
  self->refilling = FALSE;
}

/* Linking the selected proposal */

static ParticipationProposal *
selected_proposal (ParticipationPage *self)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (self->proposals_view);

  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));
}

/* The choices: no action, the actions of the plan in its order, and the
 * action the selected proposal names if the plan no longer has it. */
static void
refill_actions (ParticipationPage *self)
{
  ParticipationProposal *proposal = selected_proposal (self);
  const char *current = proposal != NULL ? participation_proposal_get_action (proposal) : "";
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *actions = self->project != NULL ? maillage_project_get_actions (self->project) : NULL;
  guint n = actions != NULL ? g_list_model_get_n_items (actions) : 0;
  guint position = 0;

  g_ptr_array_set_size (self->action_ids, 0);
  g_ptr_array_add (self->action_ids, g_strdup (""));
  gtk_string_list_append (labels, _("No action"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);
      const char *id = maillage_action_get_id (action);
      g_autofree char *label = g_strdup_printf (_("%s — %s"), id, maillage_action_get_title (action));

      if (g_str_equal (id, current))
        position = self->action_ids->len;
      g_ptr_array_add (self->action_ids, g_strdup (id));
      gtk_string_list_append (labels, label);
    }
  if (*current != '\0' && position == 0)
    {
      g_autofree char *label = g_strdup_printf (_("%s (not in the plan)"), current);

      position = self->action_ids->len;
      g_ptr_array_add (self->action_ids, g_strdup (current));
      gtk_string_list_append (labels, label);
    }

  self->refilling = TRUE;
  gtk_drop_down_set_model (self->action_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->action_dropdown, position);
  gtk_widget_set_sensitive (GTK_WIDGET (self->action_dropdown), proposal != NULL);
  self->refilling = FALSE;
}

static void
action_selected_cb (GtkDropDown       *dropdown,
                    GParamSpec        *pspec,
                    ParticipationPage *self)
{
  ParticipationProposal *proposal = selected_proposal (self);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->refilling || proposal == NULL || selected >= self->action_ids->len)
    return;

  participation_module_link_proposal (self->module, proposal, g_ptr_array_index (self->action_ids, selected));
  update_counts (self);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      ParticipationPage  *self)
{
  refill_actions (self);
}

static void
actions_changed_cb (GListModel        *actions,
                    guint              position,
                    guint              removed,
                    guint              added,
                    ParticipationPage *self)
{
  refill_actions (self);
}

static void
proposals_changed_cb (GListModel        *proposals,
                      guint              position,
                      guint              removed,
                      guint              added,
                      ParticipationPage *self)
{
  refill_choices (self, self->state_dropdown, self->states, _("All states"), TRUE);
  refill_choices (self, self->category_dropdown, self->categories, _("All categories"), FALSE);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
  refill_actions (self);
}

static void
setup_proposals (ParticipationPage *self)
{
  GtkColumnView *view = self->proposals_view;
  GType type = PARTICIPATION_TYPE_PROPOSAL;
  GListModel *proposals = participation_module_get_proposals (self->module);
  GtkSingleSelection *selection;

  add_column (self, view, _("No."), proposal_id_text, type, "decidim-id", TRUE, FALSE);
  add_column (self, view, _("Proposal"), proposal_title_text, type, "title", FALSE, TRUE);
  add_column (self, view, _("Category"), proposal_category_text, type, "category", FALSE, FALSE);
  add_column (self, view, _("State"), proposal_state_text, type, "state-label", FALSE, FALSE);
  add_column (self, view, _("Votes"), proposal_votes_text, type, "votes", TRUE, FALSE);
  add_column (self, view, _("Comments"), proposal_comments_text, type, "comments", TRUE, FALSE);
  add_column (self, view, _("Published"), proposal_published_text, type, "published", FALSE, FALSE);
  add_column (self, view, _("Action"), proposal_action_text, type, "action", FALSE, FALSE);

  self->states = gtk_string_list_new (NULL);
  self->categories = gtk_string_list_new (NULL);
  self->filter = gtk_custom_filter_new (filter_proposal, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (proposals),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (view)));

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self, 0);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  self->action_ids = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_object (self->action_dropdown, "notify::selected", G_CALLBACK (action_selected_cb), self, 0);

  self->proposals_changed_id = g_signal_connect (proposals, "items-changed",
                                                 G_CALLBACK (proposals_changed_cb), self);
  if (self->project != NULL)
    self->actions_changed_id = g_signal_connect (maillage_project_get_actions (self->project), "items-changed",
                                                 G_CALLBACK (actions_changed_cb), self);
}

static void
setup_results (ParticipationPage *self)
{
  GtkColumnView *view = self->results_view;
  GType type = PARTICIPATION_TYPE_RESULT;
  GListModel *results = participation_module_get_results (self->module);
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  add_column (self, view, _("No."), result_id_text, type, "decidim-id", TRUE, FALSE);
  add_column (self, view, _("Result"), result_title_text, type, "title", FALSE, TRUE);
  add_column (self, view, _("Status"), result_status_text, type, "status", FALSE, FALSE);
  add_column (self, view, _("Progress"), result_progress_text, type, "progress", TRUE, FALSE);
  add_column (self, view, _("Start"), result_start_text, type, "start", FALSE, FALSE);
  add_column (self, view, _("End"), result_end_text, type, "end", FALSE, FALSE);

  sorted = gtk_sort_list_model_new (g_object_ref (results), g_object_ref (gtk_column_view_get_sorter (view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (results, "items-changed", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
}

void
_participation_page_init_proposals (ParticipationPage *self)
{
  setup_proposals (self);
  setup_results (self);
  proposals_changed_cb (NULL, 0, 0, 0, self);
}

void
_participation_page_dispose_proposals (ParticipationPage *self)
{
  if (self->module != NULL)
    g_clear_signal_handler (&self->proposals_changed_id, participation_module_get_proposals (self->module));
  if (self->project != NULL)
    g_clear_signal_handler (&self->actions_changed_id, maillage_project_get_actions (self->project));

  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->states);
  g_clear_object (&self->categories);
  g_clear_pointer (&self->action_ids, g_ptr_array_unref);
  g_clear_pointer (&self->search_key, g_free);
}

/**
 * participation_page_get_proposals_view:
 *
 * Returns: (transfer none): the proposals as the list shows them: filtered
 *   and sorted
 */
GListModel *
participation_page_get_proposals_view (ParticipationPage *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/* Selects the proposal at @position of the list as shown. */
void
participation_page_select_proposal (ParticipationPage *self,
                                    guint              position)
{
  GtkSelectionModel *selection;

  g_return_if_fail (PARTICIPATION_IS_PAGE (self));

  selection = gtk_column_view_get_model (self->proposals_view);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), position);
}

/**
 * participation_page_link_selected:
 * @self: the page
 * @action_id: an action id the drop-down offers, or "" for none
 *
 * Chooses @action_id in the drop-down under the list, as a person would,
 * which links the selected proposal to it.
 *
 * Returns: whether the drop-down offers @action_id (and a proposal is
 *   selected)
 */
gboolean
participation_page_link_selected (ParticipationPage *self,
                                  const char        *action_id)
{
  g_return_val_if_fail (PARTICIPATION_IS_PAGE (self), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);

  if (selected_proposal (self) == NULL)
    return FALSE;

  for (guint i = 0; i < self->action_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->action_ids, i), action_id))
      {
        gtk_drop_down_set_selected (self->action_dropdown, i);
        return TRUE;
      }

  return FALSE;
}

/* Chooses the state filter's entry for @state (a Decidim token), or all
 * states for %NULL. */
void
participation_page_set_state_filter (ParticipationPage *self,
                                     const char        *state)
{
  guint n;

  g_return_if_fail (PARTICIPATION_IS_PAGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->states));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->states, i), state != NULL ? state : "") == 0)
      gtk_drop_down_set_selected (self->state_dropdown, i);
}
