/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-typography.c: the French typography MaillageDocument applies to
 * every text of a document, rule by rule.
 */
#define G_LOG_DOMAIN "test-typography"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "maillage.h"

#define NNBSP "\u202f"
#define NBSP  "\u00a0"

typedef struct
{
  const char *input;
  const char *expected;
} Case;

static void
check_cases (const Case *cases,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *once = maillage_typography_apply (cases[i].input);
      g_autofree char *twice = maillage_typography_apply (once);

      g_test_message ("« %s »", cases[i].input);
      g_assert_cmpstr (once, ==, cases[i].expected);
      /* Applying the rules to a text that follows them changes nothing. */
      g_assert_cmpstr (twice, ==, once);
    }
}

static void
test_high_punctuation (void)
{
  static const Case cases[] = {
    { "Pourquoi?", "Pourquoi" NNBSP "?" },
    { "Pourquoi ?", "Pourquoi" NNBSP "?" },
    { "Enfin !", "Enfin" NNBSP "!" },
    { "d'abord; ensuite", "d'abord" NNBSP "; ensuite" },
    { "Vraiment ?!", "Vraiment" NNBSP "?!" },
    { "R&amp;D et &#233;", "R&amp;D et &#233;" },
    { "etc.?", "etc.?" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_colon (void)
{
  static const Case cases[] = {
    { "Objet: la stratégie", "Objet" NBSP ": la stratégie" },
    { "Objet : la stratégie", "Objet" NBSP ": la stratégie" },
    { "à 14:30", "à 14:30" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_quotes (void)
{
  static const Case cases[] = {
    { "le «numérique»", "le «" NBSP "numérique" NBSP "»" },
    { "le « numérique »", "le «" NBSP "numérique" NBSP "»" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_units (void)
{
  static const Case cases[] = {
    { "85 %", "85" NBSP "%" },
    { "85%", "85" NBSP "%" },
    { "12 €", "12" NBSP "€" },
    { "12€", "12" NBSP "€" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_numbers (void)
{
  static const Case cases[] = {
    /* Amounts and numbers with decimals are grouped by thousands. */
    { "1234,56", "1" NNBSP "234,56" },
    { "1 234,56", "1" NNBSP "234,56" },
    { "12500 €", "12" NNBSP "500" NBSP "€" },
    { "1 234 567 habitants", "1" NNBSP "234" NNBSP "567 habitants" },
    { "0,5", "0,5" },
    /* Years, codes and identifiers are not. */
    { "en 2027", "en 2027" },
    { "commune 39801", "commune 39801" },
    { "SIREN 243900529", "SIREN 243900529" },
    { "de 2027 à 2032", "de 2027 à 2032" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_first_of_month (void)
{
  static const Case cases[] = {
    { "le 1 mars 2027", "le 1er mars 2027" },
    { "le 1er mars 2027", "le 1er mars 2027" },
    { "le 11 mars", "le 11 mars" },
    { "1 commune", "1 commune" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_spaces (void)
{
  static const Case cases[] = {
    { "deux  espaces", "deux espaces" },
    { "  au bord  ", "au bord" },
    { "", "" },
    { "mot", "mot" },
    { "garde" NBSP "ceci", "garde" NBSP "ceci" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_addresses (void)
{
  static const Case cases[] = {
    { "Voir https://exemple.fr/carte?commune=39801&annee=2027 !",
      "Voir https://exemple.fr/carte?commune=39801&annee=2027" NNBSP "!" },
    { "(voir https://exemple.fr/a:b).", "(voir https://exemple.fr/a:b)." },
    { "Écrire à dsi@val-de-sorne.fr: merci", "Écrire à dsi@val-de-sorne.fr" NBSP ": merci" },
    { "www.exemple.fr/?q=1", "www.exemple.fr/?q=1" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_hostile_text (void)
{
  GString *long_text = g_string_new (NULL);
  g_autofree char *result = NULL;

  /* Long, mixed text must come out valid UTF-8 with nothing lost. */
  for (guint i = 0; i < 20000; i++)
    g_string_append (long_text, "Texte ; 1234,5 € « مرحبا » 😀 ");
  result = maillage_typography_apply (long_text->str);
  g_assert_true (g_utf8_validate (result, -1, NULL));
  g_assert_nonnull (strstr (result, "مرحبا"));
  g_assert_nonnull (strstr (result, "😀"));
  g_assert_nonnull (strstr (result, "1" NNBSP "234,5" NBSP "€"));
  g_string_free (long_text, TRUE);
}

static void
test_dates (void)
{
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_MARCH, 2027);
  g_autoptr(GDate) other = g_date_new_dmy (22, G_DATE_NOVEMBER, 2026);
  g_autofree char *a = maillage_format_date (first);
  g_autofree char *b = maillage_format_date (other);
  g_autofree char *c = maillage_format_month (2027, 8);

  g_assert_cmpstr (a, ==, "1er" NBSP "mars" NBSP "2027");
  g_assert_cmpstr (b, ==, "22" NBSP "novembre" NBSP "2026");
  g_assert_cmpstr (c, ==, "août" NBSP "2027");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/typography/high-punctuation", test_high_punctuation);
  g_test_add_func ("/typography/colon", test_colon);
  g_test_add_func ("/typography/quotes", test_quotes);
  g_test_add_func ("/typography/units", test_units);
  g_test_add_func ("/typography/numbers", test_numbers);
  g_test_add_func ("/typography/first-of-month", test_first_of_month);
  g_test_add_func ("/typography/spaces", test_spaces);
  g_test_add_func ("/typography/addresses", test_addresses);
  g_test_add_func ("/typography/hostile-text", test_hostile_text);
  g_test_add_func ("/typography/dates", test_dates);

  return g_test_run ();
}
