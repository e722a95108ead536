/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-gouvernance-siren.c: SIREN and SIRET numbers checked by their Luhn
 * key (and La Poste's exception), with a message that names the number
 * and what is wrong; written grouped as the INSEE writes them; and the
 * dates of the module, typed the French or the ISO way.
 */
#define G_LOG_DOMAIN "test-gouvernance-siren"

#include "config.h"

#include <string.h>

#include "gouvernance-date.h"
#include "gouvernance-siren.h"
#include "gouvernance-test-utils.h"

static void
test_valid (void)
{
  static const char * const valid[] = {
    "",                      /* none: allowed */
    "   ",
    "213908015",             /* SIREN */
    "243900529",
    "213 908 015",           /* as written on paper */
    "21390828800011",        /* SIRET */
    "213 908 288 00011",
    "213\u00a0908\u202f288\t00011",
    "35600000000048",        /* La Poste's head office: Luhn */
    "35600000000001",        /* a post office: digits summing to 5 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!gouvernance_siren_check (valid[i], &error))
        g_error ("“%s” refused: %s", valid[i], error->message);
    }
}

static void
test_invalid (void)
{
  static const struct { const char *text; const char *fragment; } cases[] = {
    { "213908016", "not a valid SIREN number: its check digit is wrong" },
    { "213908051", "not a valid SIREN number" },    /* two digits swapped */
    { "21390828800012", "not a valid SIRET number: its check digit is wrong" },
    { "35600000000002", "not a valid SIRET number" },
    { "21390801", "has 8 digits: a SIREN number has 9 and a SIRET number 14" },
    { "2139080150", "has 10 digits" },
    { "1", "has 1 digit:" },
    { "21390801A", "only digits are expected" },
    { "213-908-015", "only digits are expected" },
    { "W123456789", "only digits are expected" },  /* an RNA number is not a SIREN */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (gouvernance_siren_check (cases[i].text, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      /* The message names the number as typed, and what is wrong. */
      if (strstr (error->message, cases[i].text) == NULL || strstr (error->message, cases[i].fragment) == NULL)
        g_error ("“%s”: “%s” lacks “%s”", cases[i].text, error->message, cases[i].fragment);
    }
}

static void
test_normalize_and_format (void)
{
  static const struct { const char *text; const char *normal; const char *formatted; } cases[] = {
    { " 213 908 015 ", "213908015", "213\u00a0908\u00a0015" },
    { "213\u202f908\u202f288\u00a000011", "21390828800011", "213\u00a0908\u00a0288\u00a000011" },
    { "", "", "" },
    { "12-34", "12-34", "12-34" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = gouvernance_siren_normalize (cases[i].text);
      g_autofree char *formatted = gouvernance_siren_format (normal);

      g_assert_cmpstr (normal, ==, cases[i].normal);
      g_assert_cmpstr (formatted, ==, cases[i].formatted);
    }
}

static void
test_dates (void)
{
  static const struct { const char *typed; const char *iso; } good[] = {
    { "15/03/2027", "2027-03-15" },
    { "5/3/2027", "2027-03-05" },
    { " 2027-03-15 ", "2027-03-15" },
    { "29/02/2028", "2028-02-29" },
    { "", "" },
  };
  static const char * const bad[] = {
    "31/02/2027", "2027-13-01", "15-03-2027", "15/03/27", "mars 2027", "2027-3-15", "0/1/2027",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;
      g_autofree char *input = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (gouvernance_date_parse (good[i].typed, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].iso);
      /* Shown again the French way, it reads back the same. */
      input = gouvernance_date_to_input (iso);
      if (*iso != '\0')
        {
          g_autofree char *again = NULL;

          g_assert_true (gouvernance_date_parse (input, &again, NULL));
          g_assert_cmpstr (again, ==, iso);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (gouvernance_date_parse (bad[i], &iso, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_assert_null (iso);
    }

  g_assert_true (gouvernance_date_is_valid ("2027-03-15"));
  g_assert_false (gouvernance_date_is_valid (""));
  g_assert_false (gouvernance_date_is_valid ("15/03/2027"));
}

int
main (int   argc,
      char *argv[])
{
  gouvernance_test_init (&argc, &argv);

  g_test_add_func ("/gouvernance/siren/valid", test_valid);
  g_test_add_func ("/gouvernance/siren/invalid", test_invalid);
  g_test_add_func ("/gouvernance/siren/normalize-and-format", test_normalize_and_format);
  g_test_add_func ("/gouvernance/siren/dates", test_dates);

  return g_test_run ();
}
