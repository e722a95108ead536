/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-gouvernance-date.c: the days of the module (a session, a next
 * meeting), typed the French or the ISO way, stored ISO, shown again the
 * French way; an empty day is a day not planned yet. (Reading the days is
 * libmaillage's, tested in tests/unit/test-format.c; SIREN and SIRET
 * numbers are libmaillage's too, tested in tests/unit/test-siren.c.)
 */
#define G_LOG_DOMAIN "test-gouvernance-date"

#include "config.h"

#include <string.h>

#include "gouvernance-date.h"
#include "gouvernance-member.h"
#include "gouvernance-test-utils.h"

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
      g_assert_error (error, MAILLAGE_FORMAT_ERROR, MAILLAGE_FORMAT_ERROR_NOT_A_DATE);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_assert_null (iso);
    }

  g_assert_true (gouvernance_date_is_valid ("2027-03-15"));
  g_assert_false (gouvernance_date_is_valid (""));
  g_assert_false (gouvernance_date_is_valid ("15/03/2027"));
}

/* A member's number is optional: none is accepted, a wrong one is not. */
static void
test_member_siren (void)
{
  g_autoptr(GouvernanceMember) none = gouvernance_member_new ("Association", GOUVERNANCE_MEMBER_ASSOCIATION, "", 0);
  g_autoptr(GouvernanceMember) good = gouvernance_member_new ("Commune", GOUVERNANCE_MEMBER_COMMUNE, "213908015", 0);
  g_autoptr(GouvernanceMember) bad = gouvernance_member_new ("Commune", GOUVERNANCE_MEMBER_COMMUNE, "213908016", 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (gouvernance_member_siren_is_valid (none));
  g_assert_true (gouvernance_member_siren_is_valid (good));
  g_assert_false (gouvernance_member_siren_is_valid (bad));
  g_assert_true (gouvernance_member_check_siren (" \u00a0", &error));
  g_assert_no_error (error);
  g_assert_false (gouvernance_member_check_siren ("213 908 016", &error));
  g_assert_error (error, MAILLAGE_SIREN_ERROR, MAILLAGE_SIREN_ERROR_CHECK_DIGIT);
}

int
main (int   argc,
      char *argv[])
{
  gouvernance_test_init (&argc, &argv);

  g_test_add_func ("/gouvernance/date/dates", test_dates);
  g_test_add_func ("/gouvernance/date/member-siren", test_member_siren);

  return g_test_run ();
}
