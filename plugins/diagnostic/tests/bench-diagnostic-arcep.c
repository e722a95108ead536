/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-diagnostic-arcep.c: how long the import of an ARCEP « Ma connexion
 * internet » file of every French commune takes (about 35,000 rows, six
 * eligibility columns): read and checked, rates computed, what would
 * change worked out, and applied. The target is 1 s for the file. Not a
 * timed test: it prints the figures and fails only if a step does.
 *
 *   meson test -C <build> --benchmark --verbose bench-diagnostic-arcep
 */
#define G_LOG_DOMAIN "bench-diagnostic-arcep"

#include "config.h"

#include <stdio.h>

#include "diagnostic-arcep-import.h"
#include "diagnostic-import-plan.h"
#include "diagnostic-test-utils.h"

#define N_COMMUNES 35000
#define TARGET_MS  1000.0

/* Communes in the shape of the real file: the overseas départements 971
 * to 976 (up to 99 communes each, codes 97101…), Corsica's 2A and 2B, and
 * départements 01 to 95 sharing the rest. */
static GPtrArray *
make_codes (void)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  guint per_departement = (N_COMMUNES - 6 * 99) / 95 + 1;

  for (guint d = 971; d <= 976; d++)
    for (guint c = 1; c <= 99; c++)
      g_ptr_array_add (codes, g_strdup_printf ("%u%02u", d, c));

  for (guint d = 1; d <= 95 && codes->len < N_COMMUNES; d++)
    for (guint c = 1; c <= per_departement && codes->len < N_COMMUNES; c++)
      {
        if (d == 20)
          g_ptr_array_add (codes, g_strdup_printf ("2%c%03u", c % 2 ? 'A' : 'B', c));
        else
          g_ptr_array_add (codes, g_strdup_printf ("%02u%03u", d, c));
      }

  return codes;
}

static GBytes *
make_file (GPtrArray *codes)
{
  GString *text = g_string_new ("code_insee;nom_com;nbr;elig_bhd;elig_thd30;elig_thd100;"
                                "elig_thd1g;elig_ftth;elig_4gf\n");

  for (guint i = 0; i < codes->len; i++)
    {
      guint premises = 40 + (i * 7919) % 4000;
      guint ftth = premises * ((i * 31) % 101) / 100;

      g_string_append_printf (text, "%s;Commune n° %u;%u;%u;%u;%u;%u;%u;%u\n",
                              (char *) g_ptr_array_index (codes, i), i + 1, premises,
                              premises, MAX (ftth, premises * 9 / 10), ftth, ftth, ftth,
                              premises / 5);
    }

  return g_string_free_to_bytes (text);
}

static MaillageProject *
make_project (GPtrArray *codes,
              guint      first,
              guint      count)
{
  MaillageProject *project = maillage_project_new ();
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = first; i < first + count; i++)
    {
      g_autofree char *name = g_strdup_printf ("Commune n° %u", i + 1);

      g_ptr_array_add (communes, maillage_commune_new (g_ptr_array_index (codes, i), name, 1000));
    }
  maillage_territory_replace_communes (maillage_project_get_territory (project), communes);

  return project;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Imports @bytes into a fresh module of a territory of @count communes,
 * then again (every value unchanged); prints the times. */
static gboolean
run (const char *label,
     GBytes     *bytes,
     GPtrArray  *codes,
     guint       first,
     guint       count)
{
  static const DiagnosticArcepOptions options = { 2025, "ARCEP, T3 2025", TRUE };
  g_autoptr(MaillageProject) project = make_project (codes, first, count);
  g_autoptr(DiagnosticModule) module = diagnostic_test_module (project, NULL);
  MaillageTerritory *territory = maillage_project_get_territory (project);
  double parse_ms, plan_ms, apply_ms, save_ms, again_ms;
  g_autoptr(JsonObject) saved = NULL;
  g_autoptr(GPtrArray) incoming = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(DiagnosticImportPlan) plan = NULL;
  g_autoptr(DiagnosticImportPlan) plan_again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  start = g_get_monotonic_time ();
  incoming = diagnostic_arcep_import_parse (bytes, territory, &options, NULL, &error);
  parse_ms = ms_since (start);
  if (incoming == NULL)
    {
      g_printerr ("%s: %s\n", label, error->message);
      return FALSE;
    }

  start = g_get_monotonic_time ();
  plan = diagnostic_module_plan_import (module, incoming);
  plan_ms = ms_since (start);

  start = g_get_monotonic_time ();
  if (!diagnostic_module_apply_import (module, plan))
    return FALSE;
  apply_ms = ms_since (start);

  /* What the window does next: store the module's JSON in the project. */
  start = g_get_monotonic_time ();
  saved = maillage_module_save (MAILLAGE_MODULE (module));
  save_ms = ms_since (start);

  start = g_get_monotonic_time ();
  again = diagnostic_arcep_import_parse (bytes, territory, &options, NULL, &error);
  plan_again = again != NULL ? diagnostic_module_plan_import (module, again) : NULL;
  again_ms = ms_since (start);
  if (plan_again == NULL || diagnostic_import_plan_has_changes (plan_again))
    return FALSE;

  printf ("%-31s %6u values: read %5.1f ms, plan %5.1f ms, apply %5.1f ms = %6.1f ms (%s); "
          "save %5.1f ms; again, unchanged: %5.1f ms\n",
          label, incoming->len, parse_ms, plan_ms, apply_ms, parse_ms + plan_ms + apply_ms,
          parse_ms + plan_ms + apply_ms <= TARGET_MS ? "≤ 1 s" : "OVER 1 s", save_ms, again_ms);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean ok = TRUE;

  diagnostic_test_register_types ();
  codes = make_codes ();
  bytes = make_file (codes);
  printf ("ARCEP file: %u communes, %.1f MB\n", codes->len, g_bytes_get_size (bytes) / 1e6);

  ok &= run ("EPCI (31 communes)", bytes, codes, 11000, 31);
  ok &= run ("département (350 communes)", bytes, codes, 3510, 350);
  ok &= run ("every commune in the territory", bytes, codes, 0, codes->len);

  return ok ? 0 : 1;
}
