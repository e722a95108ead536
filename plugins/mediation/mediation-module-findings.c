/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mediation-module-findings.c: what the overview says about the Médiation
 * numérique module: lieux that break the schema, communes without a lieu
 * and the people living there, a strategy not written, lieux not updated
 * for two years; and how complete the module is.
 */
#define G_LOG_DOMAIN "mediation-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <time.h>

#include "mediation-module-private.h"

/* Lieux breaking a rule of the schema, or sharing their id with an earlier
 * one; @example is the first of them. */
static guint
count_invalid (MediationModule  *self,
               MediationLieu   **example)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  guint count = 0;

  *example = NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (G_LIST_MODEL (self->lieux), i);
      const char *id = mediation_lieu_get_id (lieu);
      gboolean duplicate = *id != '\0' && !g_hash_table_add (ids, (gpointer) id);

      if (mediation_lieu_count_problems (lieu) == 0 && !duplicate)
        continue;
      if (count++ == 0)
        *example = lieu;
    }

  return count;
}

/* Lieux with a valid date_maj more than MEDIATION_STALE_YEARS before
 * @today. */
guint
_mediation_module_count_stale (MediationModule *self,
                               const GDate     *today)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  GDate limit = *today;
  guint count = 0;

  g_date_subtract_years (&limit, MEDIATION_STALE_YEARS);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MediationLieu) lieu = g_list_model_get_item (G_LIST_MODEL (self->lieux), i);
      const char *date_maj = mediation_lieu_get_value (lieu, MEDIATION_FIELD_DATE_MAJ);
      GDate date;

      if (!mediation_schema_date_is_valid (date_maj))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) atoi (date_maj + 8), (GDateMonth) atoi (date_maj + 5),
                      (GDateYear) atoi (date_maj));
      if (g_date_compare (&date, &limit) < 0)
        count++;
    }

  return count;
}

static gboolean
strategy_is_blank (MediationModule *self)
{
  for (const char *p = self->strategy; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
add (GListStore       *findings,
     MaillageSeverity  severity,
     const char       *message)
{
  g_autoptr(MaillageFinding) finding = maillage_finding_new (severity, message);

  g_list_store_append (findings, finding);
}

static void
add_invalid (MediationModule *self,
             GListStore      *findings)
{
  MediationLieu *example;
  guint n_invalid = count_invalid (self, &example);
  g_autofree char *message = NULL;
  const char *problem;

  if (n_invalid == 0)
    return;

  problem = mediation_lieu_get_problem (example);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u place does not follow the national schema, such as “%s” (%s). "
                                          "Correct it, or import the inventory again.",
                                          "%u places do not follow the national schema, such as “%s” (%s). "
                                          "Correct them, or import the inventory again.",
                                          n_invalid),
                             n_invalid, mediation_lieu_get_nom (example),
                             problem != NULL ? problem : _("its id is used twice"));
  add (findings, MAILLAGE_SEVERITY_ERROR, message);
}

static void
add_coverage (MediationModule *self,
              GListStore      *findings)
{
  MediationCoverage *coverage = mediation_module_get_coverage (self);
  g_autofree char *people = NULL;
  g_autofree char *message = NULL;
  guint n_uncovered;
  guint n_unmatched;

  if (coverage == NULL || mediation_coverage_get_n_communes (coverage) == 0)
    return;

  n_uncovered = g_list_model_get_n_items (mediation_coverage_get_uncovered (coverage));
  if (n_uncovered > 0)
    {
      people = maillage_format_integer ((gint64) mediation_coverage_get_uncovered_population (coverage));
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u commune of the territory has no mediation place; "
                                              "%s inhabitants live there.",
                                              "%u communes of the territory have no mediation place; "
                                              "%s inhabitants live there.",
                                              n_uncovered),
                                 n_uncovered, people);
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }

  n_unmatched = mediation_coverage_get_n_unmatched (coverage);
  if (n_unmatched > 0)
    {
      g_clear_pointer (&message, g_free);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u place lies outside the territory, or its commune "
                                              "could not be found: check its code_insee.",
                                              "%u places lie outside the territory, or their commune "
                                              "could not be found: check their code_insee.",
                                              n_unmatched),
                                 n_unmatched);
      add (findings, MAILLAGE_SEVERITY_INFO, message);
    }
}

/* The findings as of @today, which tests set. */
GListModel *
_mediation_module_list_findings_at (MediationModule *self,
                                    const GDate     *today)
{
  GListStore *findings = g_list_store_new (MAILLAGE_TYPE_FINDING);
  guint n_lieux = g_list_model_get_n_items (G_LIST_MODEL (self->lieux));
  guint n_stale;

  if (n_lieux == 0)
    add (findings, MAILLAGE_SEVERITY_WARNING,
         _("No mediation place is listed yet: import the inventory (a CSV or JSON file "
           "of the national schema) in the Digital Mediation page."));

  add_invalid (self, findings);
  add_coverage (self, findings);

  if (strategy_is_blank (self))
    add (findings, MAILLAGE_SEVERITY_WARNING,
         _("The mediation strategy is not written yet."));

  n_stale = _mediation_module_count_stale (self, today);
  if (n_stale > 0)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u place has not been updated for more than two years "
                                              "(date_maj): check that it is still open.",
                                              "%u places have not been updated for more than two years "
                                              "(date_maj): check that they are still open.",
                                              n_stale),
                                 n_stale);
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }

  return G_LIST_MODEL (findings);
}

GListModel *
_mediation_module_list_findings (MaillageModule *module)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  return _mediation_module_list_findings_at (MEDIATION_MODULE (module), &today);
}

/* A part for each thing the chapter needs: lieux, lieux that follow the
 * schema, the strategy, its publics, the programmes declared. Gaps in
 * coverage are the territory's state, not a part left undone. */
double
_mediation_module_get_completeness (MaillageModule *module)
{
  MediationModule *self = MEDIATION_MODULE (module);
  MediationLieu *example;
  double completeness = 0.0;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->lieux)) > 0)
    {
      completeness += 0.3;
      if (count_invalid (self, &example) == 0)
        completeness += 0.2;
    }
  if (!strategy_is_blank (self))
    completeness += 0.3;
  if (self->publics->len > 0)
    completeness += 0.1;
  if (self->dispositifs->len > 0)
    completeness += 0.1;

  return completeness;
}
