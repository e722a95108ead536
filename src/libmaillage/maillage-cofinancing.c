/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-cofinancing.c: one funder's share of an action.
 */
#define G_LOG_DOMAIN "maillage-cofinancing"

#include "config.h"

#include "maillage-cofinancing.h"
#include "maillage-project-private.h"

/**
 * MaillageCofinancing:
 *
 * A co-financing line of an action: who pays (*financeur*) and how much, in
 * integer cents.
 */
struct _MaillageCofinancing
{
  GObject parent_instance;

  char   *funder;
  gint64  amount;

  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (MaillageCofinancing, maillage_cofinancing, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FUNDER,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
maillage_cofinancing_finalize (GObject *object)
{
  MaillageCofinancing *self = (MaillageCofinancing *)object;

  g_clear_pointer (&self->funder, g_free);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_cofinancing_parent_class)->finalize (object);
}

static void
maillage_cofinancing_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MaillageCofinancing *self = MAILLAGE_COFINANCING (object);

  switch (prop_id)
    {
    case PROP_FUNDER:
      g_value_set_string (value, self->funder);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_cofinancing_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MaillageCofinancing *self = MAILLAGE_COFINANCING (object);

  switch (prop_id)
    {
    case PROP_FUNDER:
      maillage_cofinancing_set_funder (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      maillage_cofinancing_set_amount (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
maillage_cofinancing_class_init (MaillageCofinancingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_cofinancing_finalize;
  object_class->get_property = maillage_cofinancing_get_property;
  object_class->set_property = maillage_cofinancing_set_property;

  /**
   * MaillageCofinancing:funder:
   *
   * Who pays: « État (DSIL) », « Région », … Never %NULL.
   */
  properties[PROP_FUNDER] =
    g_param_spec_string ("funder", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MaillageCofinancing:amount:
   *
   * How much, in cents.
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
maillage_cofinancing_init (MaillageCofinancing *self)
{
  self->funder = g_strdup ("");
}

/**
 * maillage_cofinancing_new:
 * @funder: (nullable): who pays
 * @amount: how much, in cents, 0 or more
 *
 * Creates a co-financing line.
 *
 * Returns: (transfer full): a new #MaillageCofinancing
 */
MaillageCofinancing *
maillage_cofinancing_new (const char *funder,
                          gint64      amount)
{
  MaillageCofinancing *self;

  g_return_val_if_fail (maillage_utf8_is_valid (funder), NULL);
  g_return_val_if_fail (amount >= 0, NULL);

  self = g_object_new (MAILLAGE_TYPE_COFINANCING, NULL);
  /* Fields, not properties: nobody listens to a new object yet. */
  maillage_set_string (&self->funder, funder ? funder : "");
  self->amount = amount;

  return self;
}

/**
 * maillage_cofinancing_get_funder:
 * @self: a #MaillageCofinancing
 *
 * Returns: (transfer none): who pays, never %NULL
 */
const char *
maillage_cofinancing_get_funder (MaillageCofinancing *self)
{
  g_return_val_if_fail (MAILLAGE_IS_COFINANCING (self), NULL);

  return self->funder;
}

/**
 * maillage_cofinancing_set_funder:
 * @self: a #MaillageCofinancing
 * @funder: (nullable): who pays; %NULL is the empty string
 *
 * Sets the funder.
 */
void
maillage_cofinancing_set_funder (MaillageCofinancing *self,
                                 const char          *funder)
{
  g_return_if_fail (MAILLAGE_IS_COFINANCING (self));
  g_return_if_fail (maillage_utf8_is_valid (funder));

  if (maillage_set_string (&self->funder, funder ? funder : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNDER]);
}

/**
 * maillage_cofinancing_get_amount:
 * @self: a #MaillageCofinancing
 *
 * Returns: the amount, in cents
 */
gint64
maillage_cofinancing_get_amount (MaillageCofinancing *self)
{
  g_return_val_if_fail (MAILLAGE_IS_COFINANCING (self), 0);

  return self->amount;
}

/**
 * maillage_cofinancing_set_amount:
 * @self: a #MaillageCofinancing
 * @cents: the amount, in cents, 0 or more
 *
 * Sets the amount.
 */
void
maillage_cofinancing_set_amount (MaillageCofinancing *self,
                                 gint64               cents)
{
  g_return_if_fail (MAILLAGE_IS_COFINANCING (self));
  g_return_if_fail (cents >= 0);

  if (self->amount == cents)
    return;

  self->amount = cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

JsonObject *
_maillage_cofinancing_get_extras (MaillageCofinancing *self)
{
  return self->extras;
}

void
_maillage_cofinancing_set_extras (MaillageCofinancing *self,
                                  JsonObject          *extras)
{
  maillage_set_json_object (&self->extras, extras);
}
