/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mutualisation-page"

#include "config.h"

#include "mutualisation-share-row.h"

/*
 * MutualisationShareRow: one line of the shares table of the page, as
 * text ready to show — a commune, its INSEE code, what it weighs and its
 * share — or the total line. The page rebuilds them when the shares
 * change; they never change once made.
 */

struct _MutualisationShareRow
{
  GObject   parent_instance;

  char     *commune;
  char     *insee;
  char     *basis;
  char     *share;
  gboolean  total;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MutualisationShareRow, mutualisation_share_row, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

static void
mutualisation_share_row_finalize (GObject *object)
{
  MutualisationShareRow *self = MUTUALISATION_SHARE_ROW (object);

  g_free (self->commune);
  g_free (self->insee);
  g_free (self->basis);
  g_free (self->share);

  G_OBJECT_CLASS (mutualisation_share_row_parent_class)->finalize (object);
}

static void
mutualisation_share_row_class_init (MutualisationShareRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutualisation_share_row_finalize;
}

static void
mutualisation_share_row_class_finalize (MutualisationShareRowClass *klass)
{
}

static void
mutualisation_share_row_init (MutualisationShareRow *self)
{
}

MutualisationShareRow *
mutualisation_share_row_new (const char *commune,
                             const char *insee,
                             const char *basis,
                             const char *share,
                             gboolean    total)
{
  MutualisationShareRow *self = g_object_new (MUTUALISATION_TYPE_SHARE_ROW, NULL);

  self->commune = g_strdup (commune != NULL ? commune : "");
  self->insee = g_strdup (insee != NULL ? insee : "");
  self->basis = g_strdup (basis != NULL ? basis : "");
  self->share = g_strdup (share != NULL ? share : "");
  self->total = total;

  return self;
}

const char *
mutualisation_share_row_get_commune (MutualisationShareRow *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_SHARE_ROW (self), NULL);
  return self->commune;
}

const char *
mutualisation_share_row_get_insee (MutualisationShareRow *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_SHARE_ROW (self), NULL);
  return self->insee;
}

const char *
mutualisation_share_row_get_basis (MutualisationShareRow *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_SHARE_ROW (self), NULL);
  return self->basis;
}

/* The share, formatted by maillage_format_money(). */
const char *
mutualisation_share_row_get_share (MutualisationShareRow *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_SHARE_ROW (self), NULL);
  return self->share;
}

/* Whether this is the total line, shown last and in bold. */
gboolean
mutualisation_share_row_is_total (MutualisationShareRow *self)
{
  g_return_val_if_fail (MUTUALISATION_IS_SHARE_ROW (self), FALSE);
  return self->total;
}

void
mutualisation_share_row_register (GTypeModule *module)
{
  mutualisation_share_row_register_type (module);
}
