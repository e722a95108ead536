/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mutualisation-shares.h: how the cost of a shared resource is split among
 * the communes that take part, to the cent. No GObject here: plain numbers
 * in, plain numbers out, so that the arithmetic is tested on its own.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest amount, in cents, that a resource may cost or a commune may
 * be asked to pay: 92 233 720 368 547,75 €. A thousandth of G_MAXINT64, so
 * that sums over a thousand communes still fit in a gint64. */
#define MUTUALISATION_MAX_CENTS (G_MAXINT64 / 1000)

/* 100 % in basis points (hundredths of a percent): 12,5 % is 1250. */
#define MUTUALISATION_FULL_BASIS_POINTS 10000

/* The largest number of units of usage a commune may declare. */
#define MUTUALISATION_MAX_UNITS G_MAXUINT32

/**
 * MutualisationKey:
 * @MUTUALISATION_KEY_POPULATION: in proportion to the population of each
 *   commune, as the territory gives it
 * @MUTUALISATION_KEY_EQUAL: the same share for each commune
 * @MUTUALISATION_KEY_USAGE: in proportion to a number of units of usage
 *   per commune (workstations, users, licences…), entered by the user
 * @MUTUALISATION_KEY_CUSTOM_PERCENT: a percentage per commune, agreed
 *   between the partners; they should total 100 %
 * @MUTUALISATION_KEY_CUSTOM_AMOUNT: an amount per commune, agreed between
 *   the partners; they should total the cost
 *
 * The distribution key of a resource: how its cost is shared.
 */
typedef enum
{
  MUTUALISATION_KEY_POPULATION,
  MUTUALISATION_KEY_EQUAL,
  MUTUALISATION_KEY_USAGE,
  MUTUALISATION_KEY_CUSTOM_PERCENT,
  MUTUALISATION_KEY_CUSTOM_AMOUNT,
} MutualisationKey;

#define MUTUALISATION_N_KEYS (MUTUALISATION_KEY_CUSTOM_AMOUNT + 1)

/**
 * MutualisationSplitStatus:
 * @MUTUALISATION_SPLIT_OK: the shares are computed (they may still not
 *   cover the cost exactly, for custom keys: see the gap)
 * @MUTUALISATION_SPLIT_NO_PARTS: no commune takes part
 * @MUTUALISATION_SPLIT_NO_WEIGHT: every commune weighs nothing (no
 *   population, no units): there is nothing to split in proportion to
 * @MUTUALISATION_SPLIT_TOO_LARGE: an amount or a sum goes beyond
 *   %MUTUALISATION_MAX_CENTS, or a value beyond its limit
 *
 * What mutualisation_shares_compute() could do.
 */
typedef enum
{
  MUTUALISATION_SPLIT_OK,
  MUTUALISATION_SPLIT_NO_PARTS,
  MUTUALISATION_SPLIT_NO_WEIGHT,
  MUTUALISATION_SPLIT_TOO_LARGE,
} MutualisationSplitStatus;

/* One commune taking part, with what each key reads of it. */
typedef struct
{
  const char *insee;         /* breaks ties between equal remainders */
  guint64     population;
  guint64     units;
  guint32     basis_points;
  gint64      amount;        /* cents */
} MutualisationPart;

typedef struct
{
  MutualisationKey          key;
  MutualisationSplitStatus  status;
  guint                     n_shares;
  gint64                   *shares;        /* cents, one per part, in the parts' order */
  gint64                    covered;       /* the sum of the shares */
  gint64                    gap;           /* cost − covered: > 0 left to pay, < 0 asked beyond the cost */
  guint64                   total_weight;  /* population, units, parts or basis points summed */
} MutualisationShares;

const char          *mutualisation_key_to_string      (MutualisationKey           key);
gboolean             mutualisation_key_from_string    (const char                *string,
                                                       MutualisationKey          *key);

MutualisationSplitStatus mutualisation_split          (gint64                     total,
                                                       guint64                    denominator,
                                                       gint64                     target,
                                                       guint                      n,
                                                       const guint64             *weights,
                                                       const char * const        *keys,
                                                       gint64                    *shares);

MutualisationShares *mutualisation_shares_compute     (MutualisationKey           key,
                                                       gint64                     cost,
                                                       const MutualisationPart   *parts,
                                                       guint                      n_parts);
void                 mutualisation_shares_free        (MutualisationShares       *shares);
gboolean             mutualisation_shares_is_exact    (const MutualisationShares *shares);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MutualisationShares, mutualisation_shares_free)

G_END_DECLS
