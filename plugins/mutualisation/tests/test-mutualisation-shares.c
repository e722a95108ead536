/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-mutualisation-shares.c: the cost of a resource split among the
 * communes, to the cent, for every key: the shares always sum to the cost
 * when the key is proportional, each is within a cent of its exact quota
 * (checked against 128-bit arithmetic on thousands of random cases), ties
 * go to the smaller INSEE code whatever the order of the communes; no
 * population, one commune, a cost of 0 €, costs at the largest amount
 * allowed and beyond; agreed percentages or amounts that miss the cost
 * leave a gap, never scaled away. Then what people type, read exactly.
 */
#define G_LOG_DOMAIN "test-mutualisation-shares"

#include "config.h"

#include <maillage.h>
#include <string.h>

#include "mutualisation-parse.h"
#include "mutualisation-shares.h"

/* INSEE codes 39801, 39802… for the @i-th commune. */
static char **
make_codes (guint n)
{
  char **codes = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    codes[i] = g_strdup_printf ("%05u", 39801 + i);
  return codes;
}

static MutualisationShares *
compute_population (gint64         cost,
                    const guint64 *populations,
                    guint          n,
                    char         **codes)
{
  g_autofree MutualisationPart *parts = g_new0 (MutualisationPart, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      parts[i].insee = codes[i];
      parts[i].population = populations[i];
    }
  return mutualisation_shares_compute (MUTUALISATION_KEY_POPULATION, cost, parts, n);
}

static gint64
sum (const MutualisationShares *shares)
{
  gint64 total = 0;

  for (guint i = 0; i < shares->n_shares; i++)
    total += shares->shares[i];
  return total;
}

#ifdef __SIZEOF_INT128__
/* Each share is the floor of its exact quota or one cent more, and a
 * commune gets the extra cent only if every commune with a larger
 * remainder got it too: the largest remainder method, checked with the
 * compiler's 128-bit integers. */
static void
assert_largest_remainder (gint64                     cost,
                          const guint64             *weights,
                          guint                      n,
                          char                     **codes,
                          const MutualisationShares *shares)
{
  unsigned __int128 total = 0;
  g_autofree unsigned __int128 *remainders = g_new (unsigned __int128, n);
  g_autofree gboolean *up = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    total += weights[i];
  g_assert_true (total > 0);

  for (guint i = 0; i < n; i++)
    {
      unsigned __int128 product = (unsigned __int128) cost * weights[i];
      gint64 floor = (gint64) (product / total);

      remainders[i] = product % total;
      g_assert_cmpint (shares->shares[i], >=, floor);
      g_assert_cmpint (shares->shares[i], <=, floor + 1);
      up[i] = shares->shares[i] == floor + 1;
      if (up[i])
        g_assert_true (remainders[i] > 0);
    }

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      if (up[i] && !up[j])
        g_assert_true (remainders[i] > remainders[j] ||
                       (remainders[i] == remainders[j] && strcmp (codes[i], codes[j]) < 0));
}
#endif

static void
test_equal_ties (void)
{
  /* 1 € among three: the cent left goes to the smallest INSEE code,
   * wherever it stands in the list. */
  MutualisationPart parts[] = {
    { "39803", 0, 0, 0, 0 },
    { "39801", 0, 0, 0, 0 },
    { "39802", 0, 0, 0, 0 },
  };
  g_autoptr(MutualisationShares) shares =
    mutualisation_shares_compute (MUTUALISATION_KEY_EQUAL, 100, parts, G_N_ELEMENTS (parts));

  g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_OK);
  g_assert_cmpint (shares->shares[0], ==, 33);
  g_assert_cmpint (shares->shares[1], ==, 34);
  g_assert_cmpint (shares->shares[2], ==, 33);
  g_assert_cmpint (shares->covered, ==, 100);
  g_assert_cmpint (shares->gap, ==, 0);
  g_assert_cmpuint (shares->total_weight, ==, 3);
  g_assert_true (mutualisation_shares_is_exact (shares));
}

static void
test_largest_remainder (void)
{
  /* 10,00 € by 1:2:3 is 1,666…, 3,333…, 5,00: the cent left goes to the
   * first, whose remainder (4/6) is the largest. */
  guint64 populations[] = { 1, 2, 3 };
  g_auto(GStrv) codes = make_codes (3);
  g_autoptr(MutualisationShares) shares = compute_population (1000, populations, 3, codes);

  g_assert_cmpint (shares->shares[0], ==, 167);
  g_assert_cmpint (shares->shares[1], ==, 333);
  g_assert_cmpint (shares->shares[2], ==, 500);

  /* Seven cents among seven equal communes and two cents left among
   * three: the smaller codes first. */
  {
    guint64 same[] = { 5, 5, 5 };
    g_autoptr(MutualisationShares) few = compute_population (2, same, 3, codes);

    g_assert_cmpint (few->shares[0], ==, 1);
    g_assert_cmpint (few->shares[1], ==, 1);
    g_assert_cmpint (few->shares[2], ==, 0);
  }
}

/* The same communes in another order get the same shares. */
static void
test_order_does_not_matter (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint round = 0; round < 200; round++)
    {
      guint n = g_rand_int_range (rand, 2, 40);
      g_auto(GStrv) codes = make_codes (n);
      g_autofree guint64 *weights = g_new (guint64, n);
      g_autofree guint64 *shuffled_weights = g_new (guint64, n);
      g_autofree char **shuffled_codes = g_new0 (char *, n + 1);
      g_autofree guint *order = g_new (guint, n);
      gint64 cost = g_rand_int_range (rand, 0, 1000000);
      g_autoptr(MutualisationShares) straight = NULL;
      g_autoptr(MutualisationShares) shuffled = NULL;

      for (guint i = 0; i < n; i++)
        {
          /* Few distinct weights: many ties. */
          weights[i] = g_rand_int_range (rand, 0, 4);
          order[i] = i;
        }
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          guint swap = order[i];

          order[i] = order[j];
          order[j] = swap;
        }
      for (guint i = 0; i < n; i++)
        {
          shuffled_weights[i] = weights[order[i]];
          shuffled_codes[i] = codes[order[i]];
        }

      straight = compute_population (cost, weights, n, codes);
      shuffled = compute_population (cost, shuffled_weights, n, shuffled_codes);
      g_assert_cmpint (straight->status, ==, shuffled->status);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (shuffled->shares[i], ==, straight->shares[order[i]]);
    }
}

/* Thousands of random territories: the shares always sum to the cost to
 * the cent, for the population, equal shares and usage. */
static void
test_random_sums (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (39801);
  static const MutualisationKey keys[] = {
    MUTUALISATION_KEY_POPULATION, MUTUALISATION_KEY_EQUAL, MUTUALISATION_KEY_USAGE
  };

  for (guint round = 0; round < 3000; round++)
    {
      MutualisationKey key = keys[round % G_N_ELEMENTS (keys)];
      guint n = g_rand_int_range (rand, 1, 80);
      g_auto(GStrv) codes = make_codes (n);
      g_autofree MutualisationPart *parts = g_new0 (MutualisationPart, n);
      g_autofree guint64 *weights = g_new (guint64, n);
      g_autoptr(MutualisationShares) shares = NULL;
      /* From a cent to ten billion euros, and some at the limit. */
      gint64 cost = round % 97 == 0 ? MUTUALISATION_MAX_CENTS
                                    : (gint64) (g_rand_double (rand) * 1e12);
      guint64 total = 0;

      for (guint i = 0; i < n; i++)
        {
          parts[i].insee = codes[i];
          parts[i].population = g_rand_int_range (rand, 0, 5) == 0 ? 0 : g_rand_int_range (rand, 1, 200000);
          parts[i].units = g_rand_int_range (rand, 0, 3) == 0 ? 0 : g_rand_int_range (rand, 1, 5000);
          weights[i] = key == MUTUALISATION_KEY_POPULATION ? parts[i].population
                     : key == MUTUALISATION_KEY_USAGE ? parts[i].units : 1;
          total += weights[i];
        }

      shares = mutualisation_shares_compute (key, cost, parts, n);
      if (total == 0)
        {
          g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_NO_WEIGHT);
          g_assert_cmpint (shares->gap, ==, cost);
          continue;
        }
      g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_OK);
      g_assert_cmpint (sum (shares), ==, cost);
      g_assert_cmpint (shares->covered, ==, cost);
      g_assert_cmpint (shares->gap, ==, 0);
      g_assert_cmpuint (shares->total_weight, ==, total);
#ifdef __SIZEOF_INT128__
      assert_largest_remainder (cost, weights, n, codes, shares);
#endif
    }
}

static void
test_zero_population (void)
{
  g_auto(GStrv) codes = make_codes (3);
  guint64 none[] = { 0, 0, 0 };
  guint64 some[] = { 0, 300, 100 };
  g_autoptr(MutualisationShares) nobody = compute_population (90000, none, 3, codes);
  g_autoptr(MutualisationShares) partly = compute_population (90000, some, 3, codes);

  /* Nothing to weigh by: nothing shared, the whole cost left. */
  g_assert_cmpint (nobody->status, ==, MUTUALISATION_SPLIT_NO_WEIGHT);
  g_assert_cmpint (sum (nobody), ==, 0);
  g_assert_cmpint (nobody->covered, ==, 0);
  g_assert_cmpint (nobody->gap, ==, 90000);
  g_assert_false (mutualisation_shares_is_exact (nobody));

  /* A commune without population pays nothing; the others all. */
  g_assert_cmpint (partly->status, ==, MUTUALISATION_SPLIT_OK);
  g_assert_cmpint (partly->shares[0], ==, 0);
  g_assert_cmpint (partly->shares[1], ==, 67500);
  g_assert_cmpint (partly->shares[2], ==, 22500);
  g_assert_true (mutualisation_shares_is_exact (partly));

  /* Usage without any unit is the same. */
  {
    MutualisationPart parts[] = { { "39801", 10, 0, 0, 0 }, { "39802", 20, 0, 0, 0 } };
    g_autoptr(MutualisationShares) usage =
      mutualisation_shares_compute (MUTUALISATION_KEY_USAGE, 500, parts, 2);

    g_assert_cmpint (usage->status, ==, MUTUALISATION_SPLIT_NO_WEIGHT);
    g_assert_cmpint (usage->gap, ==, 500);
  }
}

static void
test_one_commune (void)
{
  MutualisationPart part = { "39828", 28140, 12, 2500, 777 };

  for (MutualisationKey key = MUTUALISATION_KEY_POPULATION; key <= MUTUALISATION_KEY_USAGE; key++)
    {
      g_autoptr(MutualisationShares) shares = mutualisation_shares_compute (key, 4500000, &part, 1);

      g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_OK);
      g_assert_cmpint (shares->shares[0], ==, 4500000);
      g_assert_true (mutualisation_shares_is_exact (shares));
    }

  /* Agreed: a quarter, or 7,77 €, of 45 000 €, not the whole. */
  {
    g_autoptr(MutualisationShares) percent =
      mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 4500000, &part, 1);
    g_autoptr(MutualisationShares) amount =
      mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_AMOUNT, 4500000, &part, 1);

    g_assert_cmpint (percent->shares[0], ==, 1125000);
    g_assert_cmpint (percent->gap, ==, 3375000);
    g_assert_cmpint (amount->shares[0], ==, 777);
    g_assert_cmpint (amount->gap, ==, 4500000 - 777);
  }
}

static void
test_no_commune (void)
{
  g_autoptr(MutualisationShares) shares =
    mutualisation_shares_compute (MUTUALISATION_KEY_POPULATION, 1234, NULL, 0);

  g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_NO_PARTS);
  g_assert_cmpuint (shares->n_shares, ==, 0);
  g_assert_cmpint (shares->gap, ==, 1234);
  g_assert_false (mutualisation_shares_is_exact (shares));
}

static void
test_zero_cost (void)
{
  MutualisationPart parts[] = { { "39801", 100, 1, 5000, 0 }, { "39802", 300, 2, 5000, 0 } };

  for (MutualisationKey key = 0; key < MUTUALISATION_N_KEYS; key++)
    {
      g_autoptr(MutualisationShares) shares = mutualisation_shares_compute (key, 0, parts, 2);

      g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_OK);
      g_assert_cmpint (shares->shares[0], ==, 0);
      g_assert_cmpint (shares->shares[1], ==, 0);
      g_assert_cmpint (shares->gap, ==, 0);
      g_assert_true (mutualisation_shares_is_exact (shares));
    }
}

/* At the largest cost allowed, with the largest populations, the shares
 * are still exact; beyond it, nothing is computed. */
static void
test_huge (void)
{
  const guint n = 300;
  g_auto(GStrv) codes = make_codes (n);
  g_autofree guint64 *populations = g_new (guint64, n);
  g_autoptr(MutualisationShares) shares = NULL;
  g_autoptr(MutualisationShares) beyond = NULL;
  g_autoptr(MutualisationShares) negative = NULL;

  for (guint i = 0; i < n; i++)
    populations[i] = G_MAXUINT32 - i * 7919;

  shares = compute_population (MUTUALISATION_MAX_CENTS, populations, n, codes);
  g_assert_cmpint (shares->status, ==, MUTUALISATION_SPLIT_OK);
  g_assert_cmpint (sum (shares), ==, MUTUALISATION_MAX_CENTS);
  g_assert_true (mutualisation_shares_is_exact (shares));
#ifdef __SIZEOF_INT128__
  assert_largest_remainder (MUTUALISATION_MAX_CENTS, populations, n, codes, shares);
#endif

  beyond = compute_population (MUTUALISATION_MAX_CENTS + 1, populations, n, codes);
  g_assert_cmpint (beyond->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);
  g_assert_cmpint (sum (beyond), ==, 0);
  g_assert_cmpint (beyond->gap, ==, MUTUALISATION_MAX_CENTS + 1);

  negative = compute_population (-1, populations, n, codes);
  g_assert_cmpint (negative->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);

  /* A weight as large as a gint64 still splits the cost exactly. */
  {
    guint64 giants[] = { G_MAXINT64 / 2, G_MAXINT64 / 2 - 1, 1 };
    g_autoptr(MutualisationShares) exact = compute_population (MUTUALISATION_MAX_CENTS, giants, 3, codes);
    guint64 overflow[] = { G_MAXINT64, 1 };
    g_autoptr(MutualisationShares) too_heavy = compute_population (100, overflow, 2, codes);

    g_assert_cmpint (exact->status, ==, MUTUALISATION_SPLIT_OK);
    g_assert_cmpint (sum (exact), ==, MUTUALISATION_MAX_CENTS);
    /* Weights whose sum does not fit are refused, not wrapped. */
    g_assert_cmpint (too_heavy->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);
  }

  /* Values beyond their limits. */
  {
    MutualisationPart units = { "39801", 0, (guint64) MUTUALISATION_MAX_UNITS + 1, 0, 0 };
    MutualisationPart percent = { "39801", 0, 0, MUTUALISATION_FULL_BASIS_POINTS + 1, 0 };
    MutualisationPart amount = { "39801", 0, 0, 0, MUTUALISATION_MAX_CENTS + 1 };
    MutualisationPart below = { "39801", 0, 0, 0, -1 };
    g_autoptr(MutualisationShares) s1 = mutualisation_shares_compute (MUTUALISATION_KEY_USAGE, 100, &units, 1);
    g_autoptr(MutualisationShares) s2 = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 100, &percent, 1);
    g_autoptr(MutualisationShares) s3 = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_AMOUNT, 100, &amount, 1);
    g_autoptr(MutualisationShares) s4 = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_AMOUNT, 100, &below, 1);

    g_assert_cmpint (s1->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);
    g_assert_cmpint (s2->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);
    g_assert_cmpint (s3->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);
    g_assert_cmpint (s4->status, ==, MUTUALISATION_SPLIT_TOO_LARGE);
  }

  /* A thousand communes each agreeing to pay the largest amount: the sum
   * still fits, reported as asked beyond the cost. */
  {
    const guint many = 1000;
    g_autofree MutualisationPart *parts = g_new0 (MutualisationPart, many);
    g_autoptr(MutualisationShares) over = NULL;

    for (guint i = 0; i < many; i++)
      {
        parts[i].insee = "39801";
        parts[i].amount = MUTUALISATION_MAX_CENTS;
      }
    over = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_AMOUNT, 0, parts, many);
    g_assert_cmpint (over->status, ==, MUTUALISATION_SPLIT_OK);
    g_assert_cmpint (over->covered, ==, (gint64) many * MUTUALISATION_MAX_CENTS);
    g_assert_cmpint (over->gap, ==, -(gint64) many * MUTUALISATION_MAX_CENTS);
  }
}

static void
test_custom_percent (void)
{
  MutualisationPart full[] = {
    { "39801", 0, 0, 3333, 0 }, { "39802", 0, 0, 3333, 0 }, { "39803", 0, 0, 3334, 0 },
  };
  MutualisationPart short_of[] = { { "39801", 0, 0, 4500, 0 }, { "39802", 0, 0, 5000, 0 } };
  MutualisationPart over[] = { { "39801", 0, 0, 6000, 0 }, { "39802", 0, 0, 6000, 0 } };
  MutualisationPart almost[] = {
    { "39801", 0, 0, 3333, 0 }, { "39802", 0, 0, 3333, 0 }, { "39803", 0, 0, 3333, 0 },
  };
  MutualisationPart nothing[] = { { "39801", 0, 0, 0, 0 } };
  g_autoptr(MutualisationShares) s_full = NULL;
  g_autoptr(MutualisationShares) s_short = NULL;
  g_autoptr(MutualisationShares) s_over = NULL;
  g_autoptr(MutualisationShares) s_almost = NULL;
  g_autoptr(MutualisationShares) s_nothing = NULL;

  /* 100 %: the shares make the cost to the cent, the cent left by the
   * rounding going by largest remainder. */
  s_full = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 100001, full, 3);
  g_assert_cmpint (s_full->status, ==, MUTUALISATION_SPLIT_OK);
  g_assert_cmpint (sum (s_full), ==, 100001);
  g_assert_cmpint (s_full->shares[0], ==, 33330);
  g_assert_cmpint (s_full->shares[1], ==, 33330);
  g_assert_cmpint (s_full->shares[2], ==, 33341);
  g_assert_cmpuint (s_full->total_weight, ==, 10000);
  g_assert_true (mutualisation_shares_is_exact (s_full));

  /* 95 %: 5 % of the cost is left, said, not spread over the others. */
  s_short = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 2000000, short_of, 2);
  g_assert_cmpint (s_short->status, ==, MUTUALISATION_SPLIT_OK);
  g_assert_cmpint (s_short->shares[0], ==, 900000);
  g_assert_cmpint (s_short->shares[1], ==, 1000000);
  g_assert_cmpint (s_short->gap, ==, 100000);
  g_assert_cmpuint (s_short->total_weight, ==, 9500);
  g_assert_false (mutualisation_shares_is_exact (s_short));

  /* 120 %: asked beyond the cost. */
  s_over = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 1000, over, 2);
  g_assert_cmpint (s_over->covered, ==, 1200);
  g_assert_cmpint (s_over->gap, ==, -200);
  g_assert_false (mutualisation_shares_is_exact (s_over));

  /* 99,99 % of 1 € rounds to 1 €: no gap, but still not agreed right. */
  s_almost = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 100, almost, 3);
  g_assert_cmpint (s_almost->gap, ==, 0);
  g_assert_cmpint (sum (s_almost), ==, 100);
  g_assert_cmpuint (s_almost->total_weight, ==, 9999);
  g_assert_false (mutualisation_shares_is_exact (s_almost));

  /* 0 %: the whole cost left. */
  s_nothing = mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, 5000, nothing, 1);
  g_assert_cmpint (s_nothing->status, ==, MUTUALISATION_SPLIT_OK);
  g_assert_cmpint (s_nothing->gap, ==, 5000);

  /* At the largest cost, 100 % still sums exactly. */
  {
    g_autoptr(MutualisationShares) huge =
      mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_PERCENT, MUTUALISATION_MAX_CENTS, full, 3);

    g_assert_cmpint (huge->status, ==, MUTUALISATION_SPLIT_OK);
    g_assert_cmpint (sum (huge), ==, MUTUALISATION_MAX_CENTS);
    g_assert_true (mutualisation_shares_is_exact (huge));
  }
}

static void
test_custom_amount (void)
{
  MutualisationPart parts[] = { { "39801", 0, 0, 0, 1500000 }, { "39802", 0, 0, 0, 3000000 } };
  g_autoptr(MutualisationShares) exact =
    mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_AMOUNT, 4500000, parts, 2);
  g_autoptr(MutualisationShares) short_of =
    mutualisation_shares_compute (MUTUALISATION_KEY_CUSTOM_AMOUNT, 5000000, parts, 2);

  g_assert_cmpint (exact->shares[0], ==, 1500000);
  g_assert_cmpint (exact->shares[1], ==, 3000000);
  g_assert_true (mutualisation_shares_is_exact (exact));
  g_assert_cmpuint (exact->total_weight, ==, 4500000);

  g_assert_cmpint (short_of->gap, ==, 500000);
  g_assert_false (mutualisation_shares_is_exact (short_of));
}

static void
test_key_names (void)
{
  MutualisationKey key;

  for (MutualisationKey k = 0; k < MUTUALISATION_N_KEYS; k++)
    {
      g_assert_true (mutualisation_key_from_string (mutualisation_key_to_string (k), &key));
      g_assert_cmpint (key, ==, k);
    }
  g_assert_cmpstr (mutualisation_key_to_string (MUTUALISATION_KEY_CUSTOM_PERCENT), ==, "custom-percent");
  g_assert_false (mutualisation_key_from_string ("Population", &key));
  g_assert_false (mutualisation_key_from_string (NULL, &key));
}

static void
assert_amount (const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;

  g_assert_true (mutualisation_parse_amount (text, &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, expected);
}

static void
assert_refused (gboolean (*parse) (const char *, gpointer, GError **),
                const char *text,
                int         code)
{
  g_autoptr(GError) error = NULL;
  guint64 value = 0;

  g_assert_false (parse (text, &value, &error));
  g_assert_error (error, MUTUALISATION_PARSE_ERROR, code);
  g_assert_cmpuint (value, ==, 0);
  g_test_message ("“%s” → %s", text, error->message);
}

#define REFUSED(function, text, code) \
  assert_refused ((gboolean (*) (const char *, gpointer, GError **)) function, text, code)

static void
test_parse_amount (void)
{
  g_autofree char *largest = NULL;

  assert_amount ("12 500,50", 1250050);
  assert_amount ("12\u00a0500,50\u00a0€", 1250050);
  assert_amount ("12\u202f500,50", 1250050);
  assert_amount ("12500.5", 1250050);
  assert_amount ("12 500 €", 1250000);
  assert_amount ("  0,29 ", 29);
  assert_amount ("0", 0);
  assert_amount ("-0", 0);
  assert_amount ("92 233 720 368 547,75", MUTUALISATION_MAX_CENTS);

  REFUSED (mutualisation_parse_amount, "", MUTUALISATION_PARSE_ERROR_EMPTY);
  REFUSED (mutualisation_parse_amount, "douze euros", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
  REFUSED (mutualisation_parse_amount, "1e3", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
  REFUSED (mutualisation_parse_amount, "1.234,56", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
  REFUSED (mutualisation_parse_amount, "12,505", MUTUALISATION_PARSE_ERROR_TOO_PRECISE);
  REFUSED (mutualisation_parse_amount, "-5", MUTUALISATION_PARSE_ERROR_NEGATIVE);
  REFUSED (mutualisation_parse_amount, "92 233 720 368 547,76", MUTUALISATION_PARSE_ERROR_TOO_LARGE);
  REFUSED (mutualisation_parse_amount, "99999999999999999999999", MUTUALISATION_PARSE_ERROR_TOO_LARGE);

  /* The message quotes what was typed. */
  {
    g_autoptr(GError) error = NULL;
    gint64 cents;

    g_assert_false (mutualisation_parse_amount ("douze euros", &cents, &error));
    g_assert_nonnull (strstr (error->message, "douze euros"));
  }

  /* What an entry shows is read back the same. */
  largest = mutualisation_format_amount_input (MUTUALISATION_MAX_CENTS);
  g_assert_cmpstr (largest, ==, "92\u202f233\u202f720\u202f368\u202f547,75");
  assert_amount (largest, MUTUALISATION_MAX_CENTS);
  {
    g_autofree char *small = mutualisation_format_amount_input (5);

    g_assert_cmpstr (small, ==, "0,05");
    assert_amount (small, 5);
  }
}

static void
test_parse_percent (void)
{
  g_autoptr(GError) error = NULL;
  guint32 basis_points = 0;
  g_autofree char *text = NULL;

  g_assert_true (mutualisation_parse_percent ("12,5", &basis_points, &error));
  g_assert_cmpuint (basis_points, ==, 1250);
  g_assert_true (mutualisation_parse_percent ("12,5 %", &basis_points, &error));
  g_assert_cmpuint (basis_points, ==, 1250);
  g_assert_true (mutualisation_parse_percent ("33.33\u00a0%", &basis_points, &error));
  g_assert_cmpuint (basis_points, ==, 3333);
  g_assert_true (mutualisation_parse_percent ("100", &basis_points, &error));
  g_assert_cmpuint (basis_points, ==, 10000);
  g_assert_no_error (error);

  REFUSED (mutualisation_parse_percent, "100,01", MUTUALISATION_PARSE_ERROR_TOO_LARGE);
  REFUSED (mutualisation_parse_percent, "-1", MUTUALISATION_PARSE_ERROR_NEGATIVE);
  REFUSED (mutualisation_parse_percent, "un tiers", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
  REFUSED (mutualisation_parse_percent, "12 €", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
  REFUSED (mutualisation_parse_percent, "33,333", MUTUALISATION_PARSE_ERROR_TOO_PRECISE);

  text = mutualisation_format_percent (1250);
  g_assert_cmpstr (text, ==, "12,50\u00a0%");
}

static void
test_parse_units (void)
{
  g_autoptr(GError) error = NULL;
  guint64 units = 0;

  g_assert_true (mutualisation_parse_units ("1 200", &units, &error));
  g_assert_cmpuint (units, ==, 1200);
  g_assert_true (mutualisation_parse_units ("4294967295", &units, &error));
  g_assert_cmpuint (units, ==, G_MAXUINT32);
  g_assert_no_error (error);

  REFUSED (mutualisation_parse_units, "1,5", MUTUALISATION_PARSE_ERROR_TOO_PRECISE);
  REFUSED (mutualisation_parse_units, "4294967296", MUTUALISATION_PARSE_ERROR_TOO_LARGE);
  REFUSED (mutualisation_parse_units, "-3", MUTUALISATION_PARSE_ERROR_NEGATIVE);
  REFUSED (mutualisation_parse_units, "douze", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
  REFUSED (mutualisation_parse_units, "12 €", MUTUALISATION_PARSE_ERROR_NOT_A_NUMBER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutualisation/shares/equal-ties", test_equal_ties);
  g_test_add_func ("/mutualisation/shares/largest-remainder", test_largest_remainder);
  g_test_add_func ("/mutualisation/shares/order-does-not-matter", test_order_does_not_matter);
  g_test_add_func ("/mutualisation/shares/random-sums", test_random_sums);
  g_test_add_func ("/mutualisation/shares/zero-population", test_zero_population);
  g_test_add_func ("/mutualisation/shares/one-commune", test_one_commune);
  g_test_add_func ("/mutualisation/shares/no-commune", test_no_commune);
  g_test_add_func ("/mutualisation/shares/zero-cost", test_zero_cost);
  g_test_add_func ("/mutualisation/shares/huge", test_huge);
  g_test_add_func ("/mutualisation/shares/custom-percent", test_custom_percent);
  g_test_add_func ("/mutualisation/shares/custom-amount", test_custom_amount);
  g_test_add_func ("/mutualisation/shares/key-names", test_key_names);
  g_test_add_func ("/mutualisation/parse/amount", test_parse_amount);
  g_test_add_func ("/mutualisation/parse/percent", test_parse_percent);
  g_test_add_func ("/mutualisation/parse/units", test_parse_units);

  return g_test_run ();
}
