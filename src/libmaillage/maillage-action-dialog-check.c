/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-action-dialog-check.c: what MaillageActionDialog makes of what
 * was typed: every field judged (amounts in euros the French way, years,
 * months, what a line needs), each problem shown where it is, and, once
 * there is none, the fields written into the action. The dialog itself is
 * in maillage-action-dialog.c.
 */
#define G_LOG_DOMAIN "maillage-action-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "maillage-action.h"
#include "maillage-action-dialog-private.h"
#include "maillage-action-indicator.h"
#include "maillage-budget-line.h"
#include "maillage-cofinancing.h"
#include "maillage-format.h"

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* An empty amount is nothing: zero. */
static gboolean
parse_amount (const char  *text,
              gint64      *cents,
              char       **message)
{
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      *cents = 0;
      return TRUE;
    }

  if (!maillage_format_parse_money (text, cents, &error))
    {
      *message = g_strdup (error->message);
      return FALSE;
    }

  if (*cents < 0)
    {
      g_autofree char *quoted = maillage_format_excerpt (text);

      *message = g_strdup_printf (_("“%s” is negative: an amount of the plan cannot be below zero."),
                                  quoted);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_year (const char  *text,
            guint       *year,
            char       **message)
{
  guint64 value = 0;

  if (*text == '\0')
    {
      *message = g_strdup (_("Give the year of this line."));
      return FALSE;
    }

  if (strlen (text) != 4 || !g_ascii_string_to_unsigned (text, 10, 1900, 2999, &value, NULL))
    {
      g_autofree char *quoted = maillage_format_excerpt (text);

      *message = g_strdup_printf (_("“%s” is not a year: write it in four digits, such as 2027."), quoted);
      return FALSE;
    }

  *year = (guint) value;
  return TRUE;
}

static void
set_message (GtkLabel   *label,
             const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
mark_entry (GtkEntry *entry,
            gboolean  wrong)
{
  if (wrong)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* Checking */

static guint
check_title (MaillageActionDialog *self)
{
  g_autofree char *title = entry_text (self->title_entry);
  gboolean missing = *title == '\0' && self->tried;

  mark_entry (self->title_entry, missing);
  set_message (self->title_error, missing ? _("Give the action a title.") : NULL);

  return *title == '\0';
}

static gboolean
check_month (GtkEntry  *entry,
             char     **message)
{
  g_autofree char *text = entry_text (entry);

  if (*text == '\0' || maillage_action_year_month_is_valid (text))
    {
      mark_entry (entry, FALSE);
      return TRUE;
    }

  mark_entry (entry, TRUE);
  if (*message == NULL)
    {
      g_autofree char *quoted = maillage_format_excerpt (text);

      *message = g_strdup_printf (_("“%s” is not a month: write it as YYYY-MM, such as 2027-01."), quoted);
    }

  return FALSE;
}

static guint
check_period (MaillageActionDialog *self)
{
  g_autofree char *message = NULL;
  g_autofree char *start = entry_text (self->start_entry);
  g_autofree char *end = entry_text (self->end_entry);
  guint n_problems = 0;

  n_problems += !check_month (self->start_entry, &message);
  n_problems += !check_month (self->end_entry, &message);

  /* YYYY-MM strings sort as the months they name. */
  if (n_problems == 0 && *start != '\0' && *end != '\0' && strcmp (end, start) < 0)
    {
      mark_entry (self->end_entry, TRUE);
      message = g_strdup (_("The action ends before it starts."));
      n_problems++;
    }

  set_message (self->period_error, message);

  return n_problems;
}

static guint
check_budget (MaillageActionDialog *self)
{
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  guint n_rows = _maillage_rows_get_n_rows (self->budget);
  guint n_problems = 0;

  _maillage_rows_clear_errors (self->budget);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *year_text = NULL;
      g_autofree char *message = NULL;
      guint year;

      if (_maillage_rows_is_blank (self->budget, r))
        continue;

      year_text = _maillage_rows_get_text (self->budget, r, BUDGET_YEAR);
      if (!parse_year (year_text, &year, &message))
        {
          _maillage_rows_mark_error (self->budget, r, BUDGET_YEAR, message);
          n_problems++;
        }
      else if (g_hash_table_contains (years, GUINT_TO_POINTER (year)))
        {
          g_autofree char *twice = g_strdup_printf (_("The year %u appears twice: put its amounts on one line."),
                                                    year);

          _maillage_rows_mark_error (self->budget, r, BUDGET_YEAR, twice);
          n_problems++;
        }
      else
        g_hash_table_add (years, GUINT_TO_POINTER (year));

      for (guint column = BUDGET_INVESTMENT; column <= BUDGET_OPERATING; column++)
        {
          g_autofree char *text = _maillage_rows_get_text (self->budget, r, column);
          g_autofree char *amount_message = NULL;
          gint64 cents;

          if (!parse_amount (text, &cents, &amount_message))
            {
              _maillage_rows_mark_error (self->budget, r, column, amount_message);
              n_problems++;
            }
        }
    }

  return n_problems;
}

static guint
check_cofinancing (MaillageActionDialog *self)
{
  guint n_rows = _maillage_rows_get_n_rows (self->cofinancing);
  guint n_problems = 0;

  _maillage_rows_clear_errors (self->cofinancing);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *funder = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *message = NULL;
      gint64 cents;

      if (_maillage_rows_is_blank (self->cofinancing, r))
        continue;

      funder = _maillage_rows_get_text (self->cofinancing, r, COFINANCING_FUNDER);
      amount = _maillage_rows_get_text (self->cofinancing, r, COFINANCING_AMOUNT);
      if (*funder == '\0')
        {
          _maillage_rows_mark_error (self->cofinancing, r, COFINANCING_FUNDER,
                                     _("Name the funder of this amount."));
          n_problems++;
        }
      if (!parse_amount (amount, &cents, &message))
        {
          _maillage_rows_mark_error (self->cofinancing, r, COFINANCING_AMOUNT, message);
          n_problems++;
        }
    }

  return n_problems;
}

static guint
check_indicators (MaillageActionDialog *self)
{
  guint n_rows = _maillage_rows_get_n_rows (self->indicators);
  guint n_problems = 0;

  _maillage_rows_clear_errors (self->indicators);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = NULL;

      if (_maillage_rows_is_blank (self->indicators, r))
        continue;

      name = _maillage_rows_get_text (self->indicators, r, INDICATOR_NAME);
      if (*name == '\0')
        {
          _maillage_rows_mark_error (self->indicators, r, INDICATOR_NAME,
                                     _("Name this indicator."));
          n_problems++;
        }
    }

  return n_problems;
}

/* Judges every field, shows what is wrong where it is, and says how many
 * problems there are. */
guint
_maillage_action_dialog_check (MaillageActionDialog *self)
{
  guint n_problems = 0;

  n_problems += check_title (self);
  n_problems += check_period (self);
  n_problems += check_budget (self);
  n_problems += check_cofinancing (self);
  n_problems += check_indicators (self);

  if (self->tried && n_problems > 0)
    set_message (self->summary_label,
                 _("Some fields need correcting before the action can be saved: they are shown in red."));
  else
    set_message (self->summary_label, NULL);

  return n_problems;
}

/* Writing the action */

static char **
collect_partners (MaillageActionDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_rows = _maillage_rows_get_n_rows (self->partners);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *partner = _maillage_rows_get_text (self->partners, r, PARTNER_NAME);

      if (*partner != '\0')
        g_strv_builder_add (builder, partner);
    }

  return g_strv_builder_end (builder);
}

static const char *
selected_module (MaillageActionDialog *self)
{
  guint selected;

  if (self->module_ids == NULL)
    return self->action != NULL ? maillage_action_get_module (self->action) : self->module_id;

  selected = gtk_drop_down_get_selected (self->module_dropdown);
  if (selected >= self->module_ids->len)
    return "";

  return g_ptr_array_index (self->module_ids, selected);
}

static void
apply_budget (MaillageActionDialog *self,
              MaillageAction       *action)
{
  GListModel *budget = maillage_action_get_budget (action);
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_rows = _maillage_rows_get_n_rows (self->budget);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *year_text = NULL;
      g_autofree char *investment_text = NULL;
      g_autofree char *operating_text = NULL;
      g_autofree char *message = NULL;
      MaillageBudgetLine *line;
      gint64 investment = 0, operating = 0;
      guint year = 0;

      if (_maillage_rows_is_blank (self->budget, r))
        continue;

      year_text = _maillage_rows_get_text (self->budget, r, BUDGET_YEAR);
      investment_text = _maillage_rows_get_text (self->budget, r, BUDGET_INVESTMENT);
      operating_text = _maillage_rows_get_text (self->budget, r, BUDGET_OPERATING);
      /* check() passed: these cannot fail. */
      if (!parse_year (year_text, &year, &message) ||
          !parse_amount (investment_text, &investment, &message) ||
          !parse_amount (operating_text, &operating, &message))
        g_return_if_reached ();

      line = maillage_action_ensure_budget_year (action, year);
      maillage_budget_line_set_investment (line, investment);
      maillage_budget_line_set_operating (line, operating);
      g_hash_table_add (years, GUINT_TO_POINTER (year));
    }

  for (guint i = 0; i < g_list_model_get_n_items (budget); i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (budget, i);
      guint year = maillage_budget_line_get_year (line);

      if (!g_hash_table_contains (years, GUINT_TO_POINTER (year)))
        g_array_append_val (gone, year);
    }
  for (guint i = 0; i < gone->len; i++)
    maillage_action_remove_budget_year (action, g_array_index (gone, guint, i));
}

static void
apply_cofinancing (MaillageActionDialog *self,
                   MaillageAction       *action)
{
  guint n_rows = _maillage_rows_get_n_rows (self->cofinancing);

  while (g_list_model_get_n_items (maillage_action_get_cofinancing (action)) > 0)
    {
      g_autoptr(MaillageCofinancing) old = g_list_model_get_item (maillage_action_get_cofinancing (action), 0);

      maillage_action_remove_cofinancing (action, old);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(MaillageCofinancing) line = NULL;
      g_autofree char *funder = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *message = NULL;
      gint64 cents = 0;

      if (_maillage_rows_is_blank (self->cofinancing, r))
        continue;

      funder = _maillage_rows_get_text (self->cofinancing, r, COFINANCING_FUNDER);
      amount = _maillage_rows_get_text (self->cofinancing, r, COFINANCING_AMOUNT);
      if (!parse_amount (amount, &cents, &message))
        g_return_if_reached ();

      line = maillage_cofinancing_new (funder, cents);
      maillage_action_add_cofinancing (action, line);
    }
}

static void
apply_indicators (MaillageActionDialog *self,
                  MaillageAction       *action)
{
  guint n_rows = _maillage_rows_get_n_rows (self->indicators);

  while (g_list_model_get_n_items (maillage_action_get_indicators (action)) > 0)
    {
      g_autoptr(MaillageActionIndicator) old = g_list_model_get_item (maillage_action_get_indicators (action), 0);

      maillage_action_remove_indicator (action, old);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(MaillageActionIndicator) indicator = NULL;
      g_autofree char *name = NULL;
      g_autofree char *baseline = NULL;
      g_autofree char *target = NULL;

      if (_maillage_rows_is_blank (self->indicators, r))
        continue;

      name = _maillage_rows_get_text (self->indicators, r, INDICATOR_NAME);
      baseline = _maillage_rows_get_text (self->indicators, r, INDICATOR_BASELINE);
      target = _maillage_rows_get_text (self->indicators, r, INDICATOR_TARGET);
      indicator = maillage_action_indicator_new (name, baseline, target);
      maillage_action_add_indicator (action, indicator);
    }
}

/* Writes every field into @action; _maillage_action_dialog_check() must
 * have found no problem. */
void
_maillage_action_dialog_apply (MaillageActionDialog *self,
                               MaillageAction       *action)
{
  g_autofree char *title = entry_text (self->title_entry);
  g_autofree char *axis = entry_text (self->axis_entry);
  g_autofree char *pilot = entry_text (self->pilot_entry);
  g_autofree char *start = entry_text (self->start_entry);
  g_autofree char *end = entry_text (self->end_entry);
  g_auto(GStrv) partners = collect_partners (self);
  g_autofree char *module = g_strdup (selected_module (self));

  maillage_action_set_title (action, title);
  maillage_action_set_module (action, module);
  maillage_action_set_axis (action, axis);
  maillage_action_set_pilot (action, pilot);
  maillage_action_set_partners (action, (const char * const *) partners);
  maillage_action_set_start (action, start);
  maillage_action_set_end (action, end);
  maillage_action_set_status (action, gtk_drop_down_get_selected (self->status_dropdown));
  apply_budget (self, action);
  apply_cofinancing (self, action);
  apply_indicators (self, action);
}
