/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-siren.c: SIREN and SIRET numbers checked by their Luhn key (and La
 * Poste's exception), with a message that names the number and what is
 * wrong; written grouped as the INSEE writes them.
 */
#define G_LOG_DOMAIN "test-siren"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "maillage.h"

#define CHECK_DIGIT MAILLAGE_SIREN_ERROR_CHECK_DIGIT
#define NOT_DIGITS  MAILLAGE_SIREN_ERROR_NOT_DIGITS

static void
test_valid (void)
{
  static const char * const valid[] = {
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

      if (!maillage_siren_check (valid[i], &error))
        g_error ("“%s” refused: %s", valid[i], error->message);
    }
}

static void
test_invalid (void)
{
  static const struct { const char *text; int code; const char *fragment; } cases[] = {
    { "213908016", CHECK_DIGIT, "not a valid SIREN number: its check digit is wrong" },
    { "213908051", CHECK_DIGIT, "not a valid SIREN number" },    /* two digits swapped */
    { "21390828800012", CHECK_DIGIT, "not a valid SIRET number: its check digit is wrong" },
    { "35600000000002", CHECK_DIGIT, "not a valid SIRET number" },
    { "21390801", MAILLAGE_SIREN_ERROR_LENGTH, "has 8 digits: a SIREN number has 9 and a SIRET number 14" },
    { "2139080150", MAILLAGE_SIREN_ERROR_LENGTH, "has 10 digits" },
    { "1", MAILLAGE_SIREN_ERROR_LENGTH, "has 1 digit:" },
    { "21390801A", NOT_DIGITS, "only digits are expected" },
    { "213-908-015", NOT_DIGITS, "only digits are expected" },
    { "W123456789", NOT_DIGITS, "only digits are expected" },  /* an RNA number is not a SIREN */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (maillage_siren_check (cases[i].text, &error));
      g_assert_error (error, MAILLAGE_SIREN_ERROR, cases[i].code);
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
      g_autofree char *normal = maillage_siren_normalize (cases[i].text);
      g_autofree char *formatted = maillage_siren_format (normal);

      g_assert_cmpstr (normal, ==, cases[i].normal);
      g_assert_cmpstr (formatted, ==, cases[i].formatted);
    }
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (maillage_siren_check (" \u00a0\t", &error));
  g_assert_error (error, MAILLAGE_SIREN_ERROR, MAILLAGE_SIREN_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "No SIREN or SIRET number is given.");
}

/* The bare checks take the digits only, as stored. */
static void
test_is_valid (void)
{
  g_assert_true (maillage_siren_is_valid ("213908015"));
  g_assert_false (maillage_siren_is_valid ("213908016"));
  g_assert_false (maillage_siren_is_valid ("213 908 015"));
  g_assert_false (maillage_siren_is_valid ("21390828800011"));
  g_assert_false (maillage_siren_is_valid (NULL));
  g_assert_true (maillage_siret_is_valid ("21390828800011"));
  g_assert_true (maillage_siret_is_valid ("35600000000001"));
  g_assert_false (maillage_siret_is_valid ("35600000000002"));
  g_assert_false (maillage_siret_is_valid ("213908015"));
  g_assert_false (maillage_siret_is_valid ("2139082880001a"));
  g_assert_false (maillage_siret_is_valid (""));
  /* The assemblies' check is the same one. */
  g_assert_true (maillage_assembly_siret_is_valid ("21390828800011"));
  g_assert_false (maillage_assembly_siret_is_valid ("21390828800012"));
}

int
main (int   argc,
      char *argv[])
{
  /* Messages are asserted in English: keep gettext out of the way. */
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/siren/valid", test_valid);
  g_test_add_func ("/siren/invalid", test_invalid);
  g_test_add_func ("/siren/empty", test_empty);
  g_test_add_func ("/siren/is-valid", test_is_valid);
  g_test_add_func ("/siren/normalize-and-format", test_normalize_and_format);

  return g_test_run ();
}
