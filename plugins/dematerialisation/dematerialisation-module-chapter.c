/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dematerialisation-module-chapter.c: the Dématérialisation chapter of the
 * strategy: a summary with the counts, the chart of the procedures by
 * state today and at the target, the procedures by priority (a table
 * each), and their accessibility; and the module's key points, for the
 * note de synthèse and the délibération.
 *
 * Only blocks: a module never knows a file format. Every fixed word comes
 * from the French catalogue (F_), the user's text goes in as typed, and
 * the document applies French typography itself.
 */
#define G_LOG_DOMAIN "dematerialisation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dematerialisation-chart.h"
#include "dematerialisation-module-private.h"

/* Per priority, in the order of DematerialisationPriority. */
static const char * const priority_headings[] = {
  N_("High Priority"),
  N_("Medium Priority"),
  N_("Low Priority"),
};

static const char * const priority_captions[] = {
  N_("High-priority procedures"),
  N_("Medium-priority procedures"),
  N_("Low-priority procedures"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (priority_headings) == DEMATERIALISATION_N_PRIORITIES);
G_STATIC_ASSERT (G_N_ELEMENTS (priority_captions) == DEMATERIALISATION_N_PRIORITIES);

static const char *
state_french (DematerialisationState state)
{
  return dematerialisation_list_french (DEMATERIALISATION_LIST_STATE, state);
}

/* Most urgent first, then by target date (undated last), then by name. */
static int
compare_procedures (gconstpointer a,
                    gconstpointer b)
{
  DematerialisationProcedure *pa = *(DematerialisationProcedure * const *) a;
  DematerialisationProcedure *pb = *(DematerialisationProcedure * const *) b;
  const char *date_a = dematerialisation_procedure_get_target_date (pa);
  const char *date_b = dematerialisation_procedure_get_target_date (pb);
  DematerialisationPriority priority_a = dematerialisation_procedure_get_priority (pa);
  DematerialisationPriority priority_b = dematerialisation_procedure_get_priority (pb);
  int order;

  if (priority_a != priority_b)
    return priority_a < priority_b ? -1 : 1;
  if ((*date_a == '\0') != (*date_b == '\0'))
    return *date_a == '\0' ? 1 : -1;
  order = g_strcmp0 (date_a, date_b);
  if (order != 0)
    return order;
  return g_utf8_collate (dematerialisation_procedure_get_name (pa), dematerialisation_procedure_get_name (pb));
}

static GPtrArray *
sorted_procedures (DematerialisationModule *self)
{
  GListModel *procedures = G_LIST_MODEL (self->procedures);
  guint n = g_list_model_get_n_items (procedures);
  GPtrArray *sorted = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (procedures, i));
  g_ptr_array_sort (sorted, compare_procedures);

  return sorted;
}

static void
append_sentence (GString    *text,
                 const char *format,
                 ...) G_GNUC_PRINTF (2, 3);

static void
append_sentence (GString    *text,
                 const char *format,
                 ...)
{
  va_list args;

  if (text->len > 0)
    g_string_append_c (text, ' ');
  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

static void
add_summary (DematerialisationModule *self,
             GPtrArray               *sorted,
             MaillageDocument        *document)
{
  guint today[DEMATERIALISATION_N_STATES];
  guint target[DEMATERIALISATION_N_STATES];
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(MaillageChart) chart = NULL;
  guint n = sorted->len;
  guint n_high = 0;

  dematerialisation_module_count_states (self, today, target);
  for (guint i = 0; i < n; i++)
    if (dematerialisation_procedure_get_priority (g_ptr_array_index (sorted, i)) == DEMATERIALISATION_PRIORITY_HIGH)
      n_high++;

  append_sentence (text, FN_ ("The strategy lists %u service or procedure to take online.",
                              "The strategy lists %u services and procedures to take online.", n), n);
  if (today[DEMATERIALISATION_STATE_ONLINE] == 0)
    append_sentence (text, "%s", F_("Today, none of them can be completed fully online."));
  else
    append_sentence (text, FN_ ("Today, %u of them can be completed fully online.",
                                "Today, %u of them can be completed fully online.",
                                today[DEMATERIALISATION_STATE_ONLINE]),
                     today[DEMATERIALISATION_STATE_ONLINE]);
  if (today[DEMATERIALISATION_STATE_PARTIAL] > 0)
    append_sentence (text, FN_ ("%u more is partly online.", "%u more are partly online.",
                                today[DEMATERIALISATION_STATE_PARTIAL]),
                     today[DEMATERIALISATION_STATE_PARTIAL]);
  append_sentence (text, FN_ ("Once the strategy is carried out, %u will be fully online.",
                              "Once the strategy is carried out, %u will be fully online.",
                              target[DEMATERIALISATION_STATE_ONLINE]),
                   target[DEMATERIALISATION_STATE_ONLINE]);
  if (n_high > 0)
    append_sentence (text, FN_ ("%u of them has a high priority.", "%u of them have a high priority.", n_high),
                     n_high);
  maillage_document_add_paragraph (document, text->str);

  chart = dematerialisation_chart_new_by_state (today, target, TRUE);
  maillage_document_add_figure (document, chart,
                                F_("Number of procedures in each state, today and once the strategy "
                                   "is carried out"));
}

static void
add_priority_table (GPtrArray                 *sorted,
                    DematerialisationPriority  priority,
                    MaillageDocument          *document)
{
  const char *header[] = {
    F_("Procedure"), F_("Audiences"), F_("Owner service"), F_("Today"), F_("Target"),
    F_("Target date"), F_("Per year"), F_("Platform"), NULL
  };
  MaillageBlock *table = NULL;

  for (guint i = 0; i < sorted->len; i++)
    {
      DematerialisationProcedure *procedure = g_ptr_array_index (sorted, i);
      gint64 volume = dematerialisation_procedure_get_volume (procedure);
      g_autofree char *audiences = NULL;
      g_autofree char *date = NULL;
      g_autofree char *per_year = NULL;
      const char *row[9];

      if (dematerialisation_procedure_get_priority (procedure) != priority)
        continue;

      if (table == NULL)
        {
          maillage_document_add_heading (document, 3, F_(priority_headings[priority]));
          table = maillage_document_add_table (document, F_(priority_captions[priority]), header);
          maillage_block_set_alignment (table, 6, MAILLAGE_ALIGNMENT_END);
        }

      audiences = dematerialisation_audiences_label (dematerialisation_procedure_get_audiences (procedure), TRUE);
      date = dematerialisation_format_month (dematerialisation_procedure_get_target_date (procedure), TRUE);
      per_year = volume != DEMATERIALISATION_UNKNOWN ? maillage_format_integer (volume) : g_strdup ("—");
      row[0] = dematerialisation_procedure_get_name (procedure);
      row[1] = *audiences != '\0' ? audiences : "—";
      row[2] = dematerialisation_procedure_get_service (procedure);
      row[3] = state_french (dematerialisation_procedure_get_state (procedure));
      row[4] = state_french (dematerialisation_procedure_get_target_state (procedure));
      row[5] = *date != '\0' ? date : "—";
      row[6] = per_year;
      row[7] = dematerialisation_procedure_get_platform (procedure);
      row[8] = NULL;
      maillage_block_append_row (table, row);
    }
}

static void
add_procedures (GPtrArray        *sorted,
                MaillageDocument *document)
{
  maillage_document_add_heading (document, 2, F_("Procedures by Priority"));
  for (guint p = 0; p < DEMATERIALISATION_N_PRIORITIES; p++)
    add_priority_table (sorted, p, document);
}

static void
add_accessibility (GPtrArray        *sorted,
                   MaillageDocument *document)
{
  const char *header[] = {
    F_("Procedure"), F_("Today"), F_("RGAA compliance"), F_("Compliance rate"), NULL
  };
  g_autoptr(GString) text = g_string_new (NULL);
  MaillageBlock *table = NULL;
  guint n_not_assessed = 0;
  guint n_to_come = 0;

  maillage_document_add_heading (document, 2, F_("Accessibility"));
  maillage_document_add_paragraph (document,
                                   F_("Online public services must be accessible to everyone, people with "
                                      "disabilities included, and publish how far they comply with the "
                                      "general accessibility framework (RGAA), under article 47 of law "
                                      "no. 2005-102 of 11 February 2005."));

  for (guint i = 0; i < sorted->len; i++)
    {
      DematerialisationProcedure *procedure = g_ptr_array_index (sorted, i);
      DematerialisationRgaa rgaa = dematerialisation_procedure_get_rgaa (procedure);
      int rate = dematerialisation_procedure_get_rgaa_rate (procedure);
      g_autofree char *rate_text = NULL;
      const char *row[5];

      if (!dematerialisation_procedure_is_online (procedure))
        {
          if (dematerialisation_procedure_get_target_state (procedure) >= DEMATERIALISATION_STATE_PARTIAL)
            n_to_come++;
          continue;
        }

      if (table == NULL)
        {
          table = maillage_document_add_table (document, F_("Accessibility of the procedures online today"),
                                               header);
          maillage_block_set_alignment (table, 3, MAILLAGE_ALIGNMENT_END);
        }
      if (rgaa == DEMATERIALISATION_RGAA_NOT_ASSESSED)
        n_not_assessed++;

      rate_text = rate != DEMATERIALISATION_UNKNOWN ? maillage_format_percent (rate, 0) : g_strdup ("—");
      row[0] = dematerialisation_procedure_get_name (procedure);
      row[1] = state_french (dematerialisation_procedure_get_state (procedure));
      row[2] = dematerialisation_list_french (DEMATERIALISATION_LIST_RGAA, rgaa);
      row[3] = rate_text;
      row[4] = NULL;
      maillage_block_append_row (table, row);
    }

  if (table == NULL)
    append_sentence (text, "%s", F_("No procedure is online yet."));
  if (n_not_assessed > 0)
    append_sentence (text, FN_ ("%u procedure online today has not been assessed yet.",
                                "%u procedures online today have not been assessed yet.", n_not_assessed),
                     n_not_assessed);
  if (n_to_come > 0)
    append_sentence (text, FN_ ("%u more will go online with the strategy: its accessibility is to be built "
                                "in from the start.",
                                "%u more will go online with the strategy: their accessibility is to be "
                                "built in from the start.", n_to_come),
                     n_to_come);
  if (text->len > 0)
    maillage_document_add_paragraph (document, text->str);
}

void
_dematerialisation_module_build_chapter (MaillageModule   *module,
                                         MaillageDocument *document)
{
  DematerialisationModule *self = DEMATERIALISATION_MODULE (module);
  g_autoptr(GPtrArray) sorted = sorted_procedures (self);

  maillage_document_add_heading (document, 1, F_("Taking Procedures Online"));
  if (sorted->len == 0)
    {
      maillage_document_add_paragraph (document, F_("No service or procedure to take online is listed yet."));
      return;
    }

  add_summary (self, sorted, document);
  add_procedures (sorted, document);
  add_accessibility (sorted, document);
}

/* Past this many, the procedures of high priority are counted, not
 * named: a note de synthèse stays short. */
#define KEY_POINT_MAX_NAMES 5

static char *
priority_point (GPtrArray *sorted)
{
  g_autoptr(GPtrArray) high = g_ptr_array_new_null_terminated (sorted->len, NULL, TRUE);
  g_autofree char *names = NULL;
  guint n_high;

  for (guint i = 0; i < sorted->len; i++)
    {
      DematerialisationProcedure *procedure = g_ptr_array_index (sorted, i);

      if (dematerialisation_procedure_get_priority (procedure) == DEMATERIALISATION_PRIORITY_HIGH)
        g_ptr_array_add (high, (gpointer) dematerialisation_procedure_get_name (procedure));
    }

  n_high = high->len;
  if (n_high == 0)
    return NULL;
  if (n_high > KEY_POINT_MAX_NAMES)
    return g_strdup_printf (FN_("%u procedure has a high priority.", "%u procedures have a high priority.",
                                n_high),
                            n_high);
  names = maillage_format_enumeration ((const char * const *) high->pdata);
  /* Translators: the number of procedures, then their names */
  return g_strdup_printf (FN_("%u procedure has a high priority: %s.", "%u procedures have a high priority: %s.",
                              n_high),
                          n_high, names);
}

/* For the note de synthèse and the considérants: how many procedures,
 * how many online at the end against today, the most urgent, and those
 * online whose accessibility nobody has assessed. The first two become
 * considérants: each stands alone. */
char **
_dematerialisation_module_list_key_points (MaillageModule *module)
{
  DematerialisationModule *self = DEMATERIALISATION_MODULE (module);
  g_autoptr(GPtrArray) sorted = sorted_procedures (self);
  g_autoptr(GStrvBuilder) points = g_strv_builder_new ();
  guint today[DEMATERIALISATION_N_STATES];
  guint target[DEMATERIALISATION_N_STATES];
  guint online = 0;
  guint n_not_assessed = 0;
  g_autofree char *count = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *priority = NULL;

  if (sorted->len == 0)
    return g_strv_builder_end (points);

  dematerialisation_module_count_states (self, today, target);
  online = target[DEMATERIALISATION_STATE_ONLINE];
  count = g_strdup_printf (FN_ ("The strategy lists %u service or procedure to take online.",
                                "The strategy lists %u services and procedures to take online.", sorted->len),
                           sorted->len);
  g_strv_builder_add (points, count);

  /* Translators: the number of procedures fully online at the end, then
   * the number today */
  progress = g_strdup_printf (FN_("Once the strategy is carried out, %u procedure will be fully online, "
                                  "against %u today.",
                                  "Once the strategy is carried out, %u procedures will be fully online, "
                                  "against %u today.", online),
                              online, today[DEMATERIALISATION_STATE_ONLINE]);
  g_strv_builder_add (points, progress);

  priority = priority_point (sorted);
  if (priority != NULL)
    g_strv_builder_add (points, priority);

  for (guint i = 0; i < sorted->len; i++)
    {
      DematerialisationProcedure *procedure = g_ptr_array_index (sorted, i);

      if (dematerialisation_procedure_is_online (procedure) &&
          dematerialisation_procedure_get_rgaa (procedure) == DEMATERIALISATION_RGAA_NOT_ASSESSED)
        n_not_assessed++;
    }
  if (n_not_assessed > 0)
    {
      g_autofree char *accessibility =
        g_strdup_printf (FN_("%u procedure online today has not had its accessibility (RGAA) assessed yet.",
                             "%u procedures online today have not had their accessibility (RGAA) assessed yet.",
                             n_not_assessed),
                         n_not_assessed);

      g_strv_builder_add (points, accessibility);
    }

  return g_strv_builder_end (points);
}
