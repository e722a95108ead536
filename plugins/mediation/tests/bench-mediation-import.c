/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-mediation-import.c: reading and checking a CSV file of 5,000
 * places, every field filled as a regional inventory would, against the
 * budget of 300 ms. Run with `meson test --benchmark`; prints the figures
 * and fails above the budget.
 */
#define G_LOG_DOMAIN "bench-mediation-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mediation-csv.h"
#include "mediation-test-utils.h"

#define N_PLACES 5000
#define N_RUNS   7
#define BUDGET_MS 300.0

static const char * const services[] = {
  "Aide aux démarches administratives|Accès internet et matériel informatique",
  "Maîtrise des outils numériques du quotidien|Loisirs et créations numériques|Compréhension du monde numérique",
  "Insertion professionnelle via le numérique",
  "Parentalité et éducation avec le numérique|Utilisation sécurisée du numérique",
};

static GBytes *
generate (void)
{
  g_autofree char *header = mediation_test_csv_header (",");
  GString *text = g_string_new (header);

  g_string_append (text, "\r\n");
  for (guint i = 0; i < N_PLACES; i++)
    {
      guint commune = i % 700;

      g_string_append_printf (text,
                              "lieu-%05u,%09u%05u,Espace numérique %u,Commune %u,%05u,%05u,"
                              "\"%u rue de la République, bâtiment %c\",Rez-de-chaussée,%.5f,%.5f,"
                              "TIERS_LIEUX|ASSO,+33384%06u,contact%u@example.org,https://lieu%u.example.org,"
                              "\"Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00\","
                              "Ateliers et accompagnement individuel pour tous les publics.,"
                              "\"Un lieu ouvert à tous, avec des ateliers chaque semaine.\nSur rendez-vous le samedi.\","
                              "Hub régional,Fixe,Réseau des médiathèques,2026-%02u-%02u,%s,Seniors|Jeunes,"
                              "Surdité,Gratuit|Gratuit sous condition,Conseillers numériques|France Services,"
                              "Fabriques de Territoire,Label local,Se présenter|Téléphoner,"
                              "En autonomie|Accompagnement individuel|Dans un atelier collectif,"
                              "https://acceslibre.example/erp/%u,https://rdv.example/%u\r\n",
                              i, 243900529, i, i, commune, 39000 + commune, 39000 + commune,
                              i % 120 + 1, 'A' + (char) (i % 4),
                              46.0 + (i % 1000) / 1000.0, 5.0 + (i % 997) / 1000.0,
                              i, i, i, i % 12 + 1, i % 28 + 1, services[i % G_N_ELEMENTS (services)],
                              i, i);
    }

  return g_string_free_to_bytes (text);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  double times[N_RUNS];
  double median;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  mediation_test_register_types ();

  bytes = generate ();
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GTimer) timer = g_timer_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(MediationImport) import = mediation_csv_import (bytes, &error);

      times[run] = g_timer_elapsed (timer, NULL) * 1000.0;
      g_assert_no_error (error);
      g_assert_cmpuint (mediation_import_get_n_rows (import), ==, N_PLACES);
      g_assert_cmpuint (mediation_import_get_n_invalid (import), ==, 0);
    }

  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  median = times[N_RUNS / 2];
  g_print ("Import and validation of %u places (%.1f MB of CSV, every field): "
           "median %.1f ms, best %.1f ms, worst %.1f ms (budget %.0f ms)\n",
           N_PLACES, g_bytes_get_size (bytes) / 1e6, median, times[0], times[N_RUNS - 1], BUDGET_MS);

  return median <= BUDGET_MS ? 0 : 1;
}
