/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-format.c: amounts and counts written the French way.
 */
#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <glib.h>

#include "maillage-format.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/money", test_money);
  g_test_add_func ("/format/integer", test_integer);

  return g_test_run ();
}
