/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-commune.c: INSEE codes as people type them and files hold them:
 * normalised (spaces, Corsica's 2a in capitals), then checked, with a
 * message that says what is wrong (empty, a leading zero dropped by a
 * spreadsheet, anything else).
 */
#define G_LOG_DOMAIN "test-commune"

#include "config.h"

#include <locale.h>

#include "maillage.h"

static void
test_normalize (void)
{
  static const struct { const char *text; const char *insee; } cases[] = {
    { "39001", "39001" }, { " 39001 ", "39001" }, { "\u00a02a004\u202f", "2A004" },
    { "2b033", "2B033" }, { "", "" }, { "  ", "" }, { "abc", "ABC" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *insee = maillage_commune_normalize_insee (cases[i].text);

      g_assert_cmpstr (insee, ==, cases[i].insee);
    }
}

static void
test_check (void)
{
  static const char * const valid[] = { "39001", "2A004", "2B033", "97411", "01001" };
  static const struct { const char *insee; int code; const char *message; } invalid[] = {
    { "", MAILLAGE_COMMUNE_ERROR_EMPTY, "the INSEE code is empty" },
    { "1001", MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
      "“1001” is not an INSEE code: it has 4 digits instead of 5 "
      "(a spreadsheet may have dropped a leading zero: 01001?)" },
    { "390011", MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
      "“390011” is not an INSEE code (5 digits, or 2A or 2B and 3 digits)" },
    { "2C001", MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
      "“2C001” is not an INSEE code (5 digits, or 2A or 2B and 3 digits)" },
    { "2a004", MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
      "“2a004” is not an INSEE code (5 digits, or 2A or 2B and 3 digits)" },
    { "39 001", MAILLAGE_COMMUNE_ERROR_INVALID_INSEE,
      "“39 001” is not an INSEE code (5 digits, or 2A or 2B and 3 digits)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (maillage_commune_check_insee (valid[i], &error));
      g_assert_no_error (error);
      g_assert_true (maillage_commune_insee_is_valid (valid[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (maillage_commune_check_insee (invalid[i].insee, &error));
      g_assert_error (error, MAILLAGE_COMMUNE_ERROR, invalid[i].code);
      g_assert_cmpstr (error->message, ==, invalid[i].message);
      g_assert_false (maillage_commune_insee_is_valid (invalid[i].insee));
      /* Without a place for the error, the answer is the same. */
      g_assert_false (maillage_commune_check_insee (invalid[i].insee, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Messages are asserted in English: keep gettext out of the way. */
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/commune/normalize-insee", test_normalize);
  g_test_add_func ("/commune/check-insee", test_check);

  return g_test_run ();
}
