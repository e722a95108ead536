/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-vocabulary.c: the values of the closed lists, their
 * names in the project file (English, stable: never rename one) and their
 * labels. A label is looked up in the user's catalogue for the interface
 * and in the French one for documents (F_), from the same msgid.
 */
#define G_LOG_DOMAIN "dematerialisation-vocabulary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <maillage.h>

#include "dematerialisation-vocabulary.h"

typedef struct
{
  const char *name;     /* in the project file */
  const char *context;  /* of the label's msgid */
  const char *label;
} Value;

static const Value state_values[] = {
  { "paper", "procedure state", NC_("procedure state", "Paper") },
  { "downloadable-form", "procedure state", NC_("procedure state", "Downloadable form") },
  { "partly-online", "procedure state", NC_("procedure state", "Partly online") },
  { "fully-online", "procedure state", NC_("procedure state", "Fully online") },
};

static const Value priority_values[] = {
  { "high", "priority", NC_("priority", "High") },
  { "medium", "priority", NC_("priority", "Medium") },
  { "low", "priority", NC_("priority", "Low") },
};

static const Value rgaa_values[] = {
  { "not-assessed", "accessibility", NC_("accessibility", "Not assessed") },
  { "non-compliant", "accessibility", NC_("accessibility", "Non-compliant") },
  { "partially-compliant", "accessibility", NC_("accessibility", "Partially compliant") },
  { "fully-compliant", "accessibility", NC_("accessibility", "Fully compliant") },
};

static const Value audience_values[] = {
  { "individuals", "audience", NC_("audience", "Individuals") },
  { "businesses", "audience", NC_("audience", "Businesses") },
  { "associations", "audience", NC_("audience", "Associations") },
  { "staff", "audience", NC_("audience", "Staff") },
  { "elected-members", "audience", NC_("audience", "Elected members") },
};

static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (state_values) == DEMATERIALISATION_N_STATES);
G_STATIC_ASSERT (G_N_ELEMENTS (priority_values) == DEMATERIALISATION_N_PRIORITIES);
G_STATIC_ASSERT (G_N_ELEMENTS (rgaa_values) == DEMATERIALISATION_N_RGAA);
G_STATIC_ASSERT (G_N_ELEMENTS (audience_values) == DEMATERIALISATION_N_AUDIENCES);

static const Value *
values_of (DematerialisationList  list,
           guint                 *size)
{
  switch (list)
    {
    case DEMATERIALISATION_LIST_STATE:
      *size = G_N_ELEMENTS (state_values);
      return state_values;
    case DEMATERIALISATION_LIST_PRIORITY:
      *size = G_N_ELEMENTS (priority_values);
      return priority_values;
    case DEMATERIALISATION_LIST_RGAA:
      *size = G_N_ELEMENTS (rgaa_values);
      return rgaa_values;
    case DEMATERIALISATION_LIST_AUDIENCE:
      *size = G_N_ELEMENTS (audience_values);
      return audience_values;
    default:
      g_return_val_if_reached (NULL);
    }
}

static const Value *
value_of (DematerialisationList list,
          guint                 value)
{
  guint size = 0;
  const Value *values = values_of (list, &size);

  g_return_val_if_fail (value < size, NULL);
  return &values[value];
}

/* How many values @list has. */
guint
dematerialisation_list_size (DematerialisationList list)
{
  guint size = 0;

  values_of (list, &size);
  return size;
}

/* The name of @value in the project file. */
const char *
dematerialisation_list_to_string (DematerialisationList list,
                                  guint                 value)
{
  const Value *found = value_of (list, value);

  return found != NULL ? found->name : NULL;
}

/* The value named @string in the project file; FALSE if none is. */
gboolean
dematerialisation_list_from_string (DematerialisationList  list,
                                    const char            *string,
                                    guint                 *value)
{
  guint size = 0;
  const Value *values = values_of (list, &size);

  for (guint i = 0; i < size; i++)
    if (g_strcmp0 (values[i].name, string) == 0)
      {
        *value = i;
        return TRUE;
      }

  return FALSE;
}

/* The label of @value in the interface's language. */
const char *
dematerialisation_list_label (DematerialisationList list,
                              guint                 value)
{
  const Value *found = value_of (list, value);

  return found != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, found->context, found->label) : "";
}

/* The label of @value in a document: French. */
const char *
dematerialisation_list_french (DematerialisationList list,
                               guint                 value)
{
  const Value *found = value_of (list, value);

  return found != NULL ? FC_ (found->context, found->label) : "";
}

/* The audiences set in @audiences (DematerialisationAudience flags), their
 * labels joined by commas, in the list's order; French for a document. */
char *
dematerialisation_audiences_label (guint    audiences,
                                   gboolean french)
{
  g_autoptr(GString) label = g_string_new (NULL);

  for (guint i = 0; i < DEMATERIALISATION_N_AUDIENCES; i++)
    {
      if ((audiences & (1u << i)) == 0)
        continue;
      if (label->len > 0)
        g_string_append (label, ", ");
      g_string_append (label, french ? dematerialisation_list_french (DEMATERIALISATION_LIST_AUDIENCE, i)
                                     : dematerialisation_list_label (DEMATERIALISATION_LIST_AUDIENCE, i));
    }

  return g_string_free (g_steal_pointer (&label), FALSE);
}

static gboolean
parse_month (const char *year_month,
             guint      *year,
             guint      *month)
{
  if (!maillage_action_year_month_is_valid (year_month))
    return FALSE;

  *year = (guint) atoi (year_month);
  *month = (guint) atoi (year_month + 5);
  return TRUE;
}

/* « septembre 2027 » for `2027-09`: the month in words, as a French
 * document writes it, or in the interface's language (months are named in
 * the user's catalogue, as libmaillage names them in French only); the
 * text as it is if it is no month, and "" for "". */
char *
dematerialisation_format_month (const char *year_month,
                                gboolean    french)
{
  const char *name;
  guint year, month;

  if (year_month == NULL || !parse_month (year_month, &year, &month))
    return g_strdup (year_month != NULL ? year_month : "");

  /* A document writes it as libmaillage writes every month. */
  if (french)
    return maillage_format_month (year, month);

  name = g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
  return g_strdup_printf ("%s %u", name, year);
}

/* Whether the month @year_month (`YYYY-MM`, valid) is before (< 0), the
 * same as (0) or after (> 0) the month of @date. */
int
dematerialisation_month_compare (const char  *year_month,
                                 const GDate *date)
{
  guint year = 0, month = 0;
  guint date_year, date_month;

  g_return_val_if_fail (g_date_valid (date), 0);

  if (!parse_month (year_month, &year, &month))
    g_return_val_if_reached (0);

  date_year = g_date_get_year (date);
  date_month = g_date_get_month (date);
  if (year != date_year)
    return year < date_year ? -1 : 1;
  if (month != date_month)
    return month < date_month ? -1 : 1;
  return 0;
}
