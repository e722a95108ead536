/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-module-findings.c: what the overview says about the
 * diagnostic: what is missing (the text, indicators, sources, years, the
 * SWOT, communes without data) and how complete it is.
 */
#define G_LOG_DOMAIN "diagnostic-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "diagnostic-indicator.h"
#include "diagnostic-module-private.h"

/* A finding names a few communes, not three hundred. */
#define MAX_NAMED_COMMUNES 5

typedef struct
{
  guint       n_indicators;
  guint       n_without_source;
  guint       n_without_year;
  guint       n_by_commune;
  /* INSEE codes that have at least one indicator. */
  GHashTable *scopes;
} Counts;

static void
count (DiagnosticModule *self,
       Counts           *counts)
{
  GListModel *indicators = G_LIST_MODEL (self->indicators);

  counts->n_indicators = g_list_model_get_n_items (indicators);
  counts->scopes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < counts->n_indicators; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator = g_list_model_get_item (indicators, i);

      if (*diagnostic_indicator_get_source (indicator) == '\0')
        counts->n_without_source++;
      if (diagnostic_indicator_get_year (indicator) == 0)
        counts->n_without_year++;
      if (!diagnostic_indicator_is_territory (indicator))
        {
          counts->n_by_commune++;
          g_hash_table_add (counts->scopes, g_strdup (diagnostic_indicator_get_scope (indicator)));
        }
    }
}

static void
add (GListStore       *findings,
     MaillageSeverity  severity,
     const char       *message)
{
  g_autoptr(MaillageFinding) finding = maillage_finding_new (severity, message);

  g_list_store_append (findings, finding);
}

/* "Arlenans, Belvoiset, Brévignat…" */
static char *
name_communes (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len && i < MAX_NAMED_COMMUNES; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  if (names->len > MAX_NAMED_COMMUNES)
    g_string_append (text, "…");

  return g_string_free (text, FALSE);
}

static void
check_communes (DiagnosticModule *self,
                Counts           *counts,
                GListStore       *findings)
{
  MaillageTerritory *territory = diagnostic_module_get_territory (self);
  g_autoptr(GPtrArray) without = g_ptr_array_new ();
  g_autofree char *names = NULL;
  g_autofree char *message = NULL;
  GListModel *communes;
  guint n;

  if (territory == NULL)
    return;

  communes = maillage_territory_get_communes (territory);
  n = g_list_model_get_n_items (communes);
  if (n == 0)
    return;

  if (counts->n_by_commune == 0)
    {
      add (findings, MAILLAGE_SEVERITY_INFO,
           _("No indicator is given by commune: import the ARCEP file to compare the communes."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);

      if (!g_hash_table_contains (counts->scopes, maillage_commune_get_insee (commune)))
        /* The territory keeps the commune, and so its name, alive. */
        g_ptr_array_add (without, (gpointer) maillage_commune_get_name (commune));
    }

  if (without->len == 0)
    return;

  names = name_communes (without);
  message = g_strdup_printf (ngettext ("%u commune has no indicator: %s.",
                                       "%u communes have no indicator: %s.", without->len),
                             without->len, names);
  add (findings, MAILLAGE_SEVERITY_WARNING, message);
}

static void
check_indicators (Counts     *counts,
                  GListStore *findings)
{
  g_autofree char *message = NULL;

  if (counts->n_indicators == 0)
    {
      add (findings, MAILLAGE_SEVERITY_WARNING,
           _("The diagnostic has no indicator: pick some from the catalogue or import "
             "the ARCEP file."));
      return;
    }

  if (counts->n_without_source > 0)
    {
      message = g_strdup_printf (ngettext ("%u indicator has no source: say where its figure "
                                           "comes from.",
                                           "%u indicators have no source: say where their "
                                           "figures come from.",
                                           counts->n_without_source),
                                 counts->n_without_source);
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
      g_clear_pointer (&message, g_free);
    }

  if (counts->n_without_year > 0)
    {
      message = g_strdup_printf (ngettext ("%u indicator has no year: say when its figure "
                                           "was measured.",
                                           "%u indicators have no year: say when their "
                                           "figures were measured.",
                                           counts->n_without_year),
                                 counts->n_without_year);
      add (findings, MAILLAGE_SEVERITY_WARNING, message);
    }
}

static guint
count_swot_items (DiagnosticModule *self,
                  gboolean         *empty_parts)
{
  guint total = 0;

  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->swot[i]));

      empty_parts[i] = n == 0;
      total += n;
    }

  return total;
}

static void
check_swot (DiagnosticModule *self,
            GListStore       *findings)
{
  static const char * const missing[DIAGNOSTIC_N_SWOT_PARTS] = {
    [DIAGNOSTIC_SWOT_STRENGTHS] = N_("The SWOT lists no strengths yet."),
    [DIAGNOSTIC_SWOT_WEAKNESSES] = N_("The SWOT lists no weaknesses yet."),
    [DIAGNOSTIC_SWOT_OPPORTUNITIES] = N_("The SWOT lists no opportunities yet."),
    [DIAGNOSTIC_SWOT_THREATS] = N_("The SWOT lists no threats yet."),
  };
  gboolean empty[DIAGNOSTIC_N_SWOT_PARTS];

  if (count_swot_items (self, empty) == 0)
    {
      add (findings, MAILLAGE_SEVERITY_WARNING,
           _("The SWOT is empty: list the strengths, weaknesses, opportunities and threats "
             "of the territory."));
      return;
    }

  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    if (empty[i])
      add (findings, MAILLAGE_SEVERITY_INFO, _(missing[i]));
}

GListModel *
_diagnostic_module_list_findings (DiagnosticModule *self)
{
  GListStore *findings = g_list_store_new (MAILLAGE_TYPE_FINDING);
  Counts counts = { 0, };

  if (*self->text == '\0')
    add (findings, MAILLAGE_SEVERITY_WARNING,
         _("The written diagnostic is empty: describe the territory's situation in a few "
           "paragraphs."));

  count (self, &counts);
  check_indicators (&counts, findings);
  check_communes (self, &counts, findings);
  check_swot (self, findings);
  g_hash_table_unref (counts.scopes);

  return G_LIST_MODEL (findings);
}

/* Five parts weigh the same: the text, indicators, their sources and
 * years, data for every commune, and the four lists of the SWOT. */
double
_diagnostic_module_get_completeness (DiagnosticModule *self)
{
  MaillageTerritory *territory = diagnostic_module_get_territory (self);
  gboolean empty[DIAGNOSTIC_N_SWOT_PARTS];
  Counts counts = { 0, };
  double done = 0;
  guint n_communes = 0;
  guint n_covered = 0;

  count (self, &counts);
  done += *self->text != '\0';
  done += counts.n_indicators > 0;
  if (counts.n_indicators > 0)
    done += 1.0 - (double) MAX (counts.n_without_source, counts.n_without_year) / counts.n_indicators;

  if (territory != NULL)
    {
      GListModel *communes = maillage_territory_get_communes (territory);

      n_communes = g_list_model_get_n_items (communes);
      for (guint i = 0; i < n_communes; i++)
        {
          g_autoptr(MaillageCommune) commune = g_list_model_get_item (communes, i);

          n_covered += g_hash_table_contains (counts.scopes, maillage_commune_get_insee (commune));
        }
    }
  done += n_communes > 0 ? (double) n_covered / n_communes : counts.n_indicators > 0;

  count_swot_items (self, empty);
  for (guint i = 0; i < DIAGNOSTIC_N_SWOT_PARTS; i++)
    done += empty[i] ? 0 : 0.25;

  g_hash_table_unref (counts.scopes);

  return done / 5.0;
}
