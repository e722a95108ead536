/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-format.c: numbers, amounts, counts and percentages written the
 * French way.
 */
#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "maillage.h"

/* U+202F between thousands, U+00A0 before the euro sign */
#define NNBSP "\u202f"
#define NBSP  "\u00a0"

static void
test_money (void)
{
  static const struct {
    gint64      cents;
    const char *expected;
  } cases[] = {
    { 0, "0,00" NBSP "€" },
    { 5, "0,05" NBSP "€" },
    { 99, "0,99" NBSP "€" },
    { 100, "1,00" NBSP "€" },
    { 99999, "999,99" NBSP "€" },
    { 100000, "1" NNBSP "000,00" NBSP "€" },
    { 123456789, "1" NNBSP "234" NNBSP "567,89" NBSP "€" },
    { 150000000, "1" NNBSP "500" NNBSP "000,00" NBSP "€" },
    { -123456, "-1" NNBSP "234,56" NBSP "€" },
    { -7, "-0,07" NBSP "€" },
    { G_MAXINT64, "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,07" NBSP "€" },
    { G_MININT64, "-92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,08" NBSP "€" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = maillage_format_money (cases[i].cents);

      g_assert_cmpstr (text, ==, cases[i].expected);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

static void
test_integer (void)
{
  static const struct {
    gint64      value;
    const char *expected;
  } cases[] = {
    { 0, "0" },
    { 7, "7" },
    { 999, "999" },
    { 1000, "1" NNBSP "000" },
    { 84715, "84" NNBSP "715" },
    { 1234567, "1" NNBSP "234" NNBSP "567" },
    { -1000, "-1" NNBSP "000" },
    { G_MININT64, "-9" NNBSP "223" NNBSP "372" NNBSP "036" NNBSP "854" NNBSP "775" NNBSP "808" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = maillage_format_integer (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_number (void)
{
  static const struct {
    double      value;
    guint       decimals;
    const char *expected;
  } cases[] = {
    { 0, 0, "0" },
    { 0, 2, "0,00" },
    { 1234.5, 1, "1" NNBSP "234,5" },
    { 1234.56, 1, "1" NNBSP "234,6" },
    { 1234.5, 0, "1" NNBSP "234" },
    { 84715, 0, "84" NNBSP "715" },
    { 999.96, 1, "1" NNBSP "000,0" },
    { 0.125, 3, "0,125" },
    { -1234567.25, 2, "-1" NNBSP "234" NNBSP "567,25" },
    { -0.01, 1, "0,0" },
    { 1e15, 0, "1" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" },
    { 3.5, 40, "3,500000000000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = maillage_format_number (cases[i].value, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_number_not_finite (void)
{
  g_autofree char *nan_text = maillage_format_number (NAN, 1);
  g_autofree char *inf_text = maillage_format_number (INFINITY, 1);
  g_autofree char *percent_text = maillage_format_percent (NAN, 1);

  g_assert_cmpstr (nan_text, ==, "\u2014");
  g_assert_cmpstr (inf_text, ==, "\u2014");
  g_assert_cmpstr (percent_text, ==, "\u2014");
}

/* A French LC_NUMERIC writes "1,5" from printf: the comma must not come
 * twice, nor the point stay. */
static void
test_number_french_locale (void)
{
  g_autofree char *text = NULL;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("no fr_FR.UTF-8 locale");
      return;
    }

  text = maillage_format_number (1234.5, 2);
  setlocale (LC_NUMERIC, "C");
  g_assert_cmpstr (text, ==, "1" NNBSP "234,50");
}

static void
test_percent (void)
{
  static const struct {
    double      value;
    guint       decimals;
    const char *expected;
  } cases[] = {
    { 87.5, 1, "87,5" NBSP "%" },
    { 100, 0, "100" NBSP "%" },
    { 0, 1, "0,0" NBSP "%" },
    { 33.333, 2, "33,33" NBSP "%" },
    { -2.5, 1, "-2,5" NBSP "%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = maillage_format_percent (cases[i].value, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/money", test_money);
  g_test_add_func ("/format/integer", test_integer);
  g_test_add_func ("/format/number", test_number);
  g_test_add_func ("/format/number/not-finite", test_number_not_finite);
  g_test_add_func ("/format/number/french-locale", test_number_french_locale);
  g_test_add_func ("/format/percent", test_percent);

  return g_test_run ();
}
