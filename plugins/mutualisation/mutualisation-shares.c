/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-shares.c: the cost of a resource split among the communes
 * that take part, to the cent, by the largest remainder method:
 *
 *   1. each commune gets the whole cents of its exact quota,
 *      floor (cost × weight / total weight);
 *   2. the cents still to give go one by one to the communes whose quotas
 *      lost the most in step 1 (the largest remainders), a tie going to
 *      the smaller INSEE code, so that the same data always gives the same
 *      table.
 *
 * The shares thus sum to the cost exactly, each is within a cent of its
 * exact quota, and nothing depends on floating point. Products such as
 * cost × population need up to 127 bits: they are computed on two 64-bit
 * words (Wide), the same way on every platform.
 */
#define G_LOG_DOMAIN "mutualisation-shares"

#include "config.h"

#include <string.h>

#include "mutualisation-shares.h"

static const char * const key_names[] = {
  [MUTUALISATION_KEY_POPULATION] = "population",
  [MUTUALISATION_KEY_EQUAL] = "equal",
  [MUTUALISATION_KEY_USAGE] = "usage",
  [MUTUALISATION_KEY_CUSTOM_PERCENT] = "custom-percent",
  [MUTUALISATION_KEY_CUSTOM_AMOUNT] = "custom-amount",
};

G_STATIC_ASSERT (G_N_ELEMENTS (key_names) == MUTUALISATION_N_KEYS);

/* The name of @key in the project file. */
const char *
mutualisation_key_to_string (MutualisationKey key)
{
  g_return_val_if_fail (key < MUTUALISATION_N_KEYS, NULL);

  return key_names[key];
}

gboolean
mutualisation_key_from_string (const char       *string,
                               MutualisationKey *key)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < MUTUALISATION_N_KEYS; i++)
    if (g_strcmp0 (string, key_names[i]) == 0)
      {
        *key = i;
        return TRUE;
      }
  return FALSE;
}

/* An unsigned 128-bit number. */
typedef struct
{
  guint64 hi;
  guint64 lo;
} Wide;

/* @a × @b, exactly, from four 32-bit partial products. */
static Wide
wide_multiply (guint64 a,
               guint64 b)
{
  guint64 a_lo = a & G_MAXUINT32;
  guint64 a_hi = a >> 32;
  guint64 b_lo = b & G_MAXUINT32;
  guint64 b_hi = b >> 32;
  guint64 low = a_lo * b_lo;
  guint64 cross1 = a_lo * b_hi;
  guint64 cross2 = a_hi * b_lo;
  guint64 middle = (low >> 32) + (cross1 & G_MAXUINT32) + (cross2 & G_MAXUINT32);
  Wide product;

  product.lo = (middle << 32) | (low & G_MAXUINT32);
  product.hi = a_hi * b_hi + (cross1 >> 32) + (cross2 >> 32) + (middle >> 32);
  return product;
}

/* @n / @d and @n % @d by long division, one bit at a time. @d must be
 * below 2⁶³, so that the running remainder shifted left still fits, and
 * @n.hi below @d, so that the quotient fits in 64 bits. */
static guint64
wide_divide (Wide     n,
             guint64  d,
             guint64 *remainder)
{
  guint64 quotient = 0;
  guint64 rest = n.hi;

  g_assert (d > 0 && d <= G_MAXINT64 && n.hi < d);

  for (int bit = 63; bit >= 0; bit--)
    {
      rest = (rest << 1) | ((n.lo >> bit) & 1);
      quotient <<= 1;
      if (rest >= d)
        {
          rest -= d;
          quotient |= 1;
        }
    }

  *remainder = rest;
  return quotient;
}

typedef struct
{
  const guint64      *remainders;
  const char * const *keys;
} RankData;

/* Largest remainder first; among equals, the smaller key, then the
 * earlier part. */
static int
compare_ranks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const RankData *data = user_data;
  guint i = *(const guint *) a;
  guint j = *(const guint *) b;
  int order;

  if (data->remainders[i] != data->remainders[j])
    return data->remainders[i] > data->remainders[j] ? -1 : 1;

  if (data->keys != NULL)
    {
      order = g_strcmp0 (data->keys[i], data->keys[j]);
      if (order != 0)
        return order;
    }

  return i < j ? -1 : (i > j ? 1 : 0);
}

/**
 * mutualisation_split:
 * @total: the amount to split, in cents, from 0 to %MUTUALISATION_MAX_CENTS
 * @denominator: what the weights are counted out of (their sum, or 10 000
 *   basis points), from 1 to %G_MAXINT64
 * @target: the sum the shares must reach: @total when the weights are
 *   counted out of their sum, else the rounded sum of the exact quotas
 * @n: the number of parts
 * @weights: (array length=n): the weight of each part
 * @keys: (array length=n) (nullable): the INSEE code of each part, which
 *   breaks ties between equal remainders
 * @shares: (out caller-allocates) (array length=n): each part's share
 *
 * Splits @total in proportion to @weights / @denominator by the largest
 * remainder method: each part gets the whole cents of its exact quota,
 * then the @target − (sum of those) cents left go to the parts with the
 * largest remainders, a tie going to the smaller key.
 *
 * Returns: %MUTUALISATION_SPLIT_OK, or %MUTUALISATION_SPLIT_TOO_LARGE
 *   when a quota does not fit (@shares then all zero)
 */
MutualisationSplitStatus
mutualisation_split (gint64              total,
                     guint64             denominator,
                     gint64              target,
                     guint               n,
                     const guint64      *weights,
                     const char * const *keys,
                     gint64             *shares)
{
  g_autofree guint64 *remainders = NULL;
  g_autofree guint *ranks = NULL;
  RankData rank_data;
  gint64 floors = 0;
  gint64 left;

  g_return_val_if_fail (total >= 0 && total <= MUTUALISATION_MAX_CENTS, MUTUALISATION_SPLIT_TOO_LARGE);
  g_return_val_if_fail (denominator > 0 && denominator <= G_MAXINT64, MUTUALISATION_SPLIT_TOO_LARGE);
  g_return_val_if_fail (n == 0 || (weights != NULL && shares != NULL), MUTUALISATION_SPLIT_TOO_LARGE);

  if (n == 0)
    return MUTUALISATION_SPLIT_OK;

  memset (shares, 0, n * sizeof *shares);
  remainders = g_new (guint64, n);
  for (guint i = 0; i < n; i++)
    {
      Wide product = wide_multiply ((guint64) total, weights[i]);
      guint64 quota;

      if (product.hi >= denominator)
        goto too_large;
      quota = wide_divide (product, denominator, &remainders[i]);
      if (quota > MUTUALISATION_MAX_CENTS || floors > G_MAXINT64 - (gint64) quota)
        goto too_large;
      shares[i] = (gint64) quota;
      floors += (gint64) quota;
    }

  /* A target that the remainders cannot reach is a caller's mistake: the
   * cents left are fewer than the parts whose quota has a fraction. */
  left = target - floors;
  if (left < 0 || (guint64) left > n)
    {
      g_critical ("%s: cannot reach %" G_GINT64_FORMAT " from %" G_GINT64_FORMAT,
                  G_STRFUNC, target, floors);
      goto too_large;
    }

  ranks = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    ranks[i] = i;
  rank_data.remainders = remainders;
  rank_data.keys = keys;
  g_qsort_with_data (ranks, n, sizeof *ranks, compare_ranks, &rank_data);

  for (guint r = 0; r < (guint) left; r++)
    {
      /* Only a quota with a fraction rounds up. */
      if (remainders[ranks[r]] == 0)
        {
          g_critical ("%s: %" G_GINT64_FORMAT " cents left without a remainder", G_STRFUNC, left - r);
          goto too_large;
        }
      shares[ranks[r]]++;
    }

  return MUTUALISATION_SPLIT_OK;

too_large:
  memset (shares, 0, n * sizeof *shares);
  return MUTUALISATION_SPLIT_TOO_LARGE;
}

/* @a + @b into @sum, unless it goes beyond @limit. */
static gboolean
add_checked (guint64  a,
             guint64  b,
             guint64  limit,
             guint64 *sum)
{
  if (a > limit || b > limit - a)
    return FALSE;
  *sum = a + b;
  return TRUE;
}

static MutualisationSplitStatus
compute_proportional (MutualisationShares      *result,
                      MutualisationKey          key,
                      gint64                    cost,
                      const MutualisationPart  *parts,
                      const char * const       *keys)
{
  guint n = result->n_shares;
  g_autofree guint64 *weights = g_new (guint64, n);
  guint64 sum = 0;

  for (guint i = 0; i < n; i++)
    {
      switch (key)
        {
        case MUTUALISATION_KEY_POPULATION:
          weights[i] = parts[i].population;
          break;
        case MUTUALISATION_KEY_EQUAL:
          weights[i] = 1;
          break;
        case MUTUALISATION_KEY_USAGE:
          if (parts[i].units > MUTUALISATION_MAX_UNITS)
            return MUTUALISATION_SPLIT_TOO_LARGE;
          weights[i] = parts[i].units;
          break;
        case MUTUALISATION_KEY_CUSTOM_PERCENT:
        case MUTUALISATION_KEY_CUSTOM_AMOUNT:
        default:
          g_assert_not_reached ();
        }
      if (!add_checked (sum, weights[i], G_MAXINT64, &sum))
        return MUTUALISATION_SPLIT_TOO_LARGE;
    }

  result->total_weight = sum;
  if (sum == 0)
    return MUTUALISATION_SPLIT_NO_WEIGHT;

  return mutualisation_split (cost, sum, cost, n, weights, keys, result->shares);
}

/* Each commune pays its percentage of the cost; the percentages may not
 * total 100 %, and then neither do the shares total the cost: the gap
 * says by how much, for the findings to report. */
static MutualisationSplitStatus
compute_percent (MutualisationShares      *result,
                 gint64                    cost,
                 const MutualisationPart  *parts,
                 const char * const       *keys)
{
  guint n = result->n_shares;
  g_autofree guint64 *weights = g_new (guint64, n);
  guint64 sum = 0;
  guint64 rest;
  guint64 target;
  Wide exact;

  for (guint i = 0; i < n; i++)
    {
      if (parts[i].basis_points > MUTUALISATION_FULL_BASIS_POINTS)
        return MUTUALISATION_SPLIT_TOO_LARGE;
      weights[i] = parts[i].basis_points;
      sum += weights[i];
    }
  result->total_weight = sum;

  /* The sum of the exact quotas, cost × sum / 100 %, rounded half up. */
  exact = wide_multiply ((guint64) cost, sum);
  if (exact.hi >= MUTUALISATION_FULL_BASIS_POINTS)
    return MUTUALISATION_SPLIT_TOO_LARGE;
  target = wide_divide (exact, MUTUALISATION_FULL_BASIS_POINTS, &rest);
  if (2 * rest >= MUTUALISATION_FULL_BASIS_POINTS)
    target++;
  if (target > G_MAXINT64)
    return MUTUALISATION_SPLIT_TOO_LARGE;

  return mutualisation_split (cost, MUTUALISATION_FULL_BASIS_POINTS, (gint64) target, n, weights, keys,
                              result->shares);
}

static MutualisationSplitStatus
compute_amount (MutualisationShares     *result,
                const MutualisationPart *parts)
{
  guint64 sum = 0;

  for (guint i = 0; i < result->n_shares; i++)
    {
      if (parts[i].amount < 0 || parts[i].amount > MUTUALISATION_MAX_CENTS ||
          !add_checked (sum, (guint64) parts[i].amount, G_MAXINT64, &sum))
        return MUTUALISATION_SPLIT_TOO_LARGE;
      result->shares[i] = parts[i].amount;
    }
  result->total_weight = sum;

  return MUTUALISATION_SPLIT_OK;
}

/**
 * mutualisation_shares_compute:
 * @key: the distribution key
 * @cost: the cost to share, in cents, from 0 to %MUTUALISATION_MAX_CENTS
 * @parts: (array length=n_parts): the communes taking part
 * @n_parts: how many
 *
 * Each commune's share of @cost by @key. With the population, equal shares
 * or usage, the shares sum to @cost exactly (largest remainder method,
 * ties to the smaller INSEE code). With custom percentages or amounts,
 * they are what the partners agreed: if that is not 100 % or not the
 * cost, the gap says so; nothing is scaled behind the user's back.
 *
 * When the status is not %MUTUALISATION_SPLIT_OK, every share is 0 and
 * the gap is the whole cost.
 *
 * Returns: (transfer full): the shares; free with mutualisation_shares_free()
 */
MutualisationShares *
mutualisation_shares_compute (MutualisationKey         key,
                              gint64                   cost,
                              const MutualisationPart *parts,
                              guint                    n_parts)
{
  MutualisationShares *result = g_new0 (MutualisationShares, 1);
  g_autofree const char **keys = NULL;

  g_return_val_if_fail (key < MUTUALISATION_N_KEYS, result);
  g_return_val_if_fail (n_parts == 0 || parts != NULL, result);

  result->key = key;
  result->n_shares = n_parts;
  result->shares = g_new0 (gint64, MAX (n_parts, 1));
  result->gap = cost;

  if (cost < 0 || cost > MUTUALISATION_MAX_CENTS)
    {
      result->status = MUTUALISATION_SPLIT_TOO_LARGE;
      return result;
    }
  if (n_parts == 0)
    {
      result->status = MUTUALISATION_SPLIT_NO_PARTS;
      return result;
    }

  keys = g_new (const char *, n_parts);
  for (guint i = 0; i < n_parts; i++)
    keys[i] = parts[i].insee;

  switch (key)
    {
    case MUTUALISATION_KEY_POPULATION:
    case MUTUALISATION_KEY_EQUAL:
    case MUTUALISATION_KEY_USAGE:
      result->status = compute_proportional (result, key, cost, parts, keys);
      break;
    case MUTUALISATION_KEY_CUSTOM_PERCENT:
      result->status = compute_percent (result, cost, parts, keys);
      break;
    case MUTUALISATION_KEY_CUSTOM_AMOUNT:
      result->status = compute_amount (result, parts);
      break;
    default:
      g_assert_not_reached ();
    }

  if (result->status != MUTUALISATION_SPLIT_OK)
    {
      memset (result->shares, 0, n_parts * sizeof *result->shares);
      return result;
    }

  for (guint i = 0; i < n_parts; i++)
    result->covered += result->shares[i];
  result->gap = cost - result->covered;

  return result;
}

void
mutualisation_shares_free (MutualisationShares *shares)
{
  if (shares == NULL)
    return;

  g_free (shares->shares);
  g_free (shares);
}

/**
 * mutualisation_shares_is_exact:
 *
 * Whether the shares were computed and cover the cost to the cent — and,
 * for agreed percentages, whether these total 100 %: 99,99 % of 1 € is
 * still 1,00 € once rounded, but the agreement is not what it should be.
 *
 * Returns: %TRUE when nothing is left to correct
 */
gboolean
mutualisation_shares_is_exact (const MutualisationShares *shares)
{
  g_return_val_if_fail (shares != NULL, FALSE);

  if (shares->key == MUTUALISATION_KEY_CUSTOM_PERCENT &&
      shares->total_weight != MUTUALISATION_FULL_BASIS_POINTS)
    return FALSE;
  return shares->status == MUTUALISATION_SPLIT_OK && shares->gap == 0;
}
