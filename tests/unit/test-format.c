/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-format.c: numbers, amounts, counts and percentages written the
 * French way.
 */
#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

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

static void
test_parse_money (void)
{
  static const struct {
    const char *text;
    gint64      cents;
  } good[] = {
    { "0", 0 }, { "12", 1200 }, { "12,5", 1250 }, { "12.05", 1205 },
    { "1 234,56", 123456 }, { "1" NNBSP "234,56" NBSP "€", 123456 }, { "1234 €", 123400 },
    { "-7,10", -710 }, { "0,1", 10 }, { " 42 ", 4200 },
    { "92233720368547758,07", G_MAXINT64 },
  };
  static const struct {
    const char *text;
    int         code;
  } bad[] = {
    { "", MAILLAGE_FORMAT_ERROR_EMPTY }, { "€", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER },
    { "12a", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER }, { "1e3", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER },
    { "1,2,3", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER }, { "12,", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER },
    { "nan", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER }, { "0x10", MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER },
    { "1,234", MAILLAGE_FORMAT_ERROR_PRECISION },
    { "92233720368547758,08", MAILLAGE_FORMAT_ERROR_RANGE },
    { "99999999999999999999", MAILLAGE_FORMAT_ERROR_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -1;

      g_assert_true (maillage_format_parse_money (good[i].text, &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, good[i].cents);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 99;

      g_assert_false (maillage_format_parse_money (bad[i].text, &cents, &error));
      g_assert_error (error, MAILLAGE_FORMAT_ERROR, bad[i].code);
      g_assert_cmpint (cents, ==, 99);
    }
}

static void
test_parse_number (void)
{
  g_autoptr(GError) error = NULL;
  double value = 0;

  g_assert_true (maillage_format_parse_number ("87,4 %", &value, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (value, 87.4, 1e-9);
  g_assert_true (maillage_format_parse_number ("-1 234.5", &value, &error));
  g_assert_cmpfloat_with_epsilon (value, -1234.5, 1e-9);
  g_assert_false (maillage_format_parse_number ("inf", &value, &error));
  g_assert_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER);
}

/* Thousands are grouped by one space, in threes after the first group:
 * anything else is more likely two numbers run together than one. */
static void
test_parse_grouping (void)
{
  static const struct { const char *text; double value; } good[] = {
    { "1 234", 1234 }, { "12 345", 12345 }, { "123 456", 123456 }, { "1" NNBSP "234" NNBSP "567,25", 1234567.25 },
    { "-1" NBSP "234,5", -1234.5 }, { "1 234 %", 1234 }, { "1234567", 1234567 },
  };
  static const char * const bad[] = {
    "1 2", "12 34", "1234 567", "12  345", "1 234 56", "1 2345", "1 234,5 6", " - 1", "1 ,5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 0;

      g_assert_true (maillage_format_parse_number (good[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, good[i].value, 1e-9);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = 0;
      double value = 0;

      g_test_message ("%s", bad[i]);
      g_assert_false (maillage_format_parse_number (bad[i], &value, &error));
      g_assert_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER);
      g_clear_error (&error);
      g_assert_false (maillage_format_parse_money (bad[i], &cents, &error));
      g_assert_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_NUMBER);
    }
}

/* A list in a sentence of a document: “A, B et C”. */
static void
test_enumeration (void)
{
  const char *none[] = { NULL };
  const char *one[] = { "Sorneval", NULL };
  const char *two[] = { "Sorneval", "Pont-de-Sorne", NULL };
  const char *three[] = { "Sorneval", "Pont-de-Sorne", "Brévignat", NULL };
  g_autofree char *empty = maillage_format_enumeration (none);
  g_autofree char *alone = maillage_format_enumeration (one);
  g_autofree char *pair = maillage_format_enumeration (two);
  g_autofree char *list = maillage_format_enumeration (three);
  g_autofree char *expected_pair = NULL;
  g_autofree char *expected_list = NULL;

  expected_pair = g_strdup_printf (maillage_french_pgettext (GETTEXT_PACKAGE, "enumeration", "%s and %s"),
                                   "Sorneval", "Pont-de-Sorne");
  expected_list = g_strdup_printf (maillage_french_pgettext (GETTEXT_PACKAGE, "enumeration", "%s and %s"),
                                   "Sorneval, Pont-de-Sorne", "Brévignat");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (alone, ==, "Sorneval");
  g_assert_cmpstr (pair, ==, expected_pair);
  g_assert_cmpstr (list, ==, expected_list);
  g_assert_true (g_str_has_prefix (list, "Sorneval, Pont-de-Sorne "));
}

/* Days as Maillage stores them, and as French people type them. */
static void
test_dates (void)
{
  static const struct { const char *typed; guint day, month, year; } good[] = {
    { "15/03/2027", 15, 3, 2027 }, { "5/3/2027", 5, 3, 2027 }, { " 2027-03-15 ", 15, 3, 2027 },
    { "29/02/2028", 29, 2, 2028 }, { NBSP "01/01/2027" NNBSP, 1, 1, 2027 },
  };
  static const char * const bad[] = {
    "31/02/2027", "2027-13-01", "15-03-2027", "15/03/27", "mars 2027", "2027-3-15", "0/1/2027",
    "15/03/2027/1", "015/03/2027", "2027-03-15T10:00", "15 / 03 / 2027",
  };
  g_autoptr(GError) error = NULL;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;
      g_autofree char *short_date = NULL;
      GDate again;

      g_assert_true (maillage_format_parse_date (good[i].typed, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_date_get_day (&date), ==, good[i].day);
      g_assert_cmpuint (g_date_get_month (&date), ==, good[i].month);
      g_assert_cmpuint (g_date_get_year (&date), ==, good[i].year);

      /* Stored ISO, shown the French way: both read back the same day. */
      iso = maillage_format_iso_date (&date);
      g_assert_true (maillage_format_read_iso_date (iso, &again));
      g_assert_cmpint (g_date_compare (&date, &again), ==, 0);
      short_date = maillage_format_short_date (&date);
      g_assert_true (maillage_format_parse_date (short_date, &again, NULL));
      g_assert_cmpint (g_date_compare (&date, &again), ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_clear_error (&error);
      g_assert_false (maillage_format_parse_date (bad[i], &date, &error));
      g_assert_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_DATE);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }

  g_clear_error (&error);
  g_assert_false (maillage_format_parse_date ("  ", &date, &error));
  g_assert_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_EMPTY);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 2027);
  {
    g_autofree char *iso = maillage_format_iso_date (&date);
    g_autofree char *short_date = maillage_format_short_date (&date);

    g_assert_cmpstr (iso, ==, "2027-03-05");
    g_assert_cmpstr (short_date, ==, "05/03/2027");
  }

  /* Stored days are exact: nothing around, nothing missing. */
  g_assert_true (maillage_format_read_iso_date ("2028-02-29", NULL));
  g_assert_false (maillage_format_read_iso_date ("2027-02-29", NULL));
  g_assert_false (maillage_format_read_iso_date (" 2027-03-15", NULL));
  g_assert_false (maillage_format_read_iso_date ("15/03/2027", NULL));
  g_assert_false (maillage_format_read_iso_date ("0000-01-01", NULL));
  g_assert_false (maillage_format_read_iso_date ("", NULL));
  g_assert_false (maillage_format_read_iso_date (NULL, NULL));
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

  g_test_add_func ("/format/parse-money", test_parse_money);
  g_test_add_func ("/format/parse-number", test_parse_number);
  g_test_add_func ("/format/parse-grouping", test_parse_grouping);
  g_test_add_func ("/format/dates", test_dates);
  g_test_add_func ("/format/enumeration", test_enumeration);

  return g_test_run ();
}
