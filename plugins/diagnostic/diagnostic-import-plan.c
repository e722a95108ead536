/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * diagnostic-import-plan.c: what an import would do to the diagnostic,
 * worked out before anything changes, for the preview and then for the
 * change itself. An indicator is the same one when its name, scope and
 * year are: importing a file again updates values in place and adds
 * nothing twice.
 */
#define G_LOG_DOMAIN "diagnostic-import-plan"

#include "config.h"

#include "diagnostic-import-plan.h"
#include "diagnostic-indicator.h"

typedef struct
{
  DiagnosticImportStatus  status;
  DiagnosticIndicator    *incoming;
  /* The indicator it replaces or matches, NULL when added. */
  DiagnosticIndicator    *previous;
  /* Its position in the current list, when not added. */
  guint                   position;
} Change;

/*
 * DiagnosticImportPlan is a GListModel of the incoming indicators, the
 * updated ones first, then the added, then the unchanged, so that a
 * preview shows what matters on top.
 */
struct _DiagnosticImportPlan
{
  GObject     parent_instance;

  /* Every Change, in the model's order. */
  GArray     *changes;
  /* Incoming indicator → its index in changes. */
  GHashTable *index;
  guint       n_by_status[3];
  /* The state of the list the plan was made against. */
  guint64     stamp;
  guint       n_current;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (DiagnosticImportPlan, diagnostic_import_plan, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (G_TYPE_LIST_MODEL,
                                                               list_model_iface_init))

static void
change_clear (Change *change)
{
  g_clear_object (&change->incoming);
  g_clear_object (&change->previous);
}

static GType
diagnostic_import_plan_get_item_type (GListModel *model)
{
  return DIAGNOSTIC_TYPE_INDICATOR;
}

static guint
diagnostic_import_plan_get_n_items (GListModel *model)
{
  return DIAGNOSTIC_IMPORT_PLAN (model)->changes->len;
}

static gpointer
diagnostic_import_plan_get_item (GListModel *model,
                                 guint       position)
{
  DiagnosticImportPlan *self = DIAGNOSTIC_IMPORT_PLAN (model);

  if (position >= self->changes->len)
    return NULL;

  return g_object_ref (g_array_index (self->changes, Change, position).incoming);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = diagnostic_import_plan_get_item_type;
  iface->get_n_items = diagnostic_import_plan_get_n_items;
  iface->get_item = diagnostic_import_plan_get_item;
}

static void
diagnostic_import_plan_finalize (GObject *object)
{
  DiagnosticImportPlan *self = DIAGNOSTIC_IMPORT_PLAN (object);

  g_hash_table_unref (self->index);
  g_array_unref (self->changes);

  G_OBJECT_CLASS (diagnostic_import_plan_parent_class)->finalize (object);
}

static void
diagnostic_import_plan_class_init (DiagnosticImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = diagnostic_import_plan_finalize;
}

static void
diagnostic_import_plan_class_finalize (DiagnosticImportPlanClass *klass)
{
}

static void
diagnostic_import_plan_init (DiagnosticImportPlan *self)
{
  self->changes = g_array_new (FALSE, TRUE, sizeof (Change));
  g_array_set_clear_func (self->changes, (GDestroyNotify) change_clear);
  self->index = g_hash_table_new (NULL, NULL);
}

/* Key → position of each current indicator. */
static GHashTable *
index_current (GListModel *current)
{
  GHashTable *positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (current);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DiagnosticIndicator) indicator = g_list_model_get_item (current, i);

      g_hash_table_replace (positions, diagnostic_indicator_dup_key (indicator),
                            GUINT_TO_POINTER (i));
    }

  return positions;
}

static Change
make_change (GListModel          *current,
             GHashTable          *positions,
             DiagnosticIndicator *incoming)
{
  g_autofree char *key = diagnostic_indicator_dup_key (incoming);
  Change change = { DIAGNOSTIC_IMPORT_ADDED, g_object_ref (incoming), NULL, 0 };
  gpointer position;

  if (g_hash_table_lookup_extended (positions, key, NULL, &position))
    {
      change.position = GPOINTER_TO_UINT (position);
      change.previous = g_list_model_get_item (current, change.position);
      change.status = diagnostic_indicator_same_content (change.previous, incoming)
                      ? DIAGNOSTIC_IMPORT_UNCHANGED
                      : DIAGNOSTIC_IMPORT_UPDATED;
    }

  return change;
}

/**
 * diagnostic_import_plan_new:
 * @current: (element-type DiagnosticIndicator): the indicators of the
 *   diagnostic now
 * @incoming: (element-type DiagnosticIndicator): those read from a file,
 *   each key at most once
 * @stamp: a number that changes whenever @current does, so that the plan
 *   is not applied to another list than the one it was made against
 *
 * Returns: (transfer full): the plan
 */
DiagnosticImportPlan *
diagnostic_import_plan_new (GListModel *current,
                            GPtrArray  *incoming,
                            guint64     stamp)
{
  g_autoptr(GHashTable) positions = NULL;
  g_autoptr(GArray) changes = NULL;
  DiagnosticImportPlan *self;
  static const DiagnosticImportStatus order[] = {
    DIAGNOSTIC_IMPORT_UPDATED, DIAGNOSTIC_IMPORT_ADDED, DIAGNOSTIC_IMPORT_UNCHANGED,
  };

  g_return_val_if_fail (G_IS_LIST_MODEL (current), NULL);
  g_return_val_if_fail (incoming != NULL, NULL);

  self = g_object_new (DIAGNOSTIC_TYPE_IMPORT_PLAN, NULL);
  self->stamp = stamp;
  self->n_current = g_list_model_get_n_items (current);

  positions = index_current (current);
  changes = g_array_sized_new (FALSE, TRUE, sizeof (Change), incoming->len);
  for (guint i = 0; i < incoming->len; i++)
    {
      Change change = make_change (current, positions, g_ptr_array_index (incoming, i));

      g_array_append_val (changes, change);
      self->n_by_status[change.status]++;
    }

  /* Sorted by status, stably: the file's order within each. */
  g_array_set_size (self->changes, 0);
  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    for (guint i = 0; i < changes->len; i++)
      if (g_array_index (changes, Change, i).status == order[s])
        {
          Change *change = &g_array_index (changes, Change, i);

          g_hash_table_insert (self->index, change->incoming, GUINT_TO_POINTER (self->changes->len));
          /* The references move to the plan's array. */
          g_array_append_val (self->changes, *change);
        }

  return self;
}

guint
diagnostic_import_plan_get_n_added (DiagnosticImportPlan *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), 0);

  return self->n_by_status[DIAGNOSTIC_IMPORT_ADDED];
}

guint
diagnostic_import_plan_get_n_updated (DiagnosticImportPlan *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), 0);

  return self->n_by_status[DIAGNOSTIC_IMPORT_UPDATED];
}

guint
diagnostic_import_plan_get_n_unchanged (DiagnosticImportPlan *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), 0);

  return self->n_by_status[DIAGNOSTIC_IMPORT_UNCHANGED];
}

gboolean
diagnostic_import_plan_has_changes (DiagnosticImportPlan *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), FALSE);

  return self->n_by_status[DIAGNOSTIC_IMPORT_ADDED] + self->n_by_status[DIAGNOSTIC_IMPORT_UPDATED] > 0;
}

guint64
diagnostic_import_plan_get_stamp (DiagnosticImportPlan *self)
{
  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), 0);

  return self->stamp;
}

static const Change *
find_change (DiagnosticImportPlan *self,
             DiagnosticIndicator  *incoming)
{
  gpointer index;

  if (!g_hash_table_lookup_extended (self->index, incoming, NULL, &index))
    return NULL;

  return &g_array_index (self->changes, Change, GPOINTER_TO_UINT (index));
}

/* What the plan does with @incoming, one of its items. */
DiagnosticImportStatus
diagnostic_import_plan_get_status (DiagnosticImportPlan *self,
                                   DiagnosticIndicator  *incoming)
{
  const Change *change;

  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), DIAGNOSTIC_IMPORT_ADDED);

  change = find_change (self, incoming);
  g_return_val_if_fail (change != NULL, DIAGNOSTIC_IMPORT_ADDED);

  return change->status;
}

/**
 * diagnostic_import_plan_get_previous:
 * @self: a plan
 * @incoming: one of its items
 *
 * Returns: (transfer none) (nullable): the indicator @incoming replaces,
 *   %NULL if it is added
 */
DiagnosticIndicator *
diagnostic_import_plan_get_previous (DiagnosticImportPlan *self,
                                     DiagnosticIndicator  *incoming)
{
  const Change *change;

  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), NULL);

  change = find_change (self, incoming);
  g_return_val_if_fail (change != NULL, NULL);

  return change->previous;
}

/**
 * diagnostic_import_plan_merge:
 * @self: a plan
 * @current: (element-type DiagnosticIndicator): the list the plan was
 *   made against
 *
 * The list once the import is done: the current indicators where they
 * were, the updated ones replaced in place, the added ones at the end, in
 * the order of the file.
 *
 * Returns: (transfer full) (element-type DiagnosticIndicator): the new list
 */
GPtrArray *
diagnostic_import_plan_merge (DiagnosticImportPlan *self,
                              GListModel           *current)
{
  guint n = g_list_model_get_n_items (current);
  GPtrArray *merged;

  g_return_val_if_fail (DIAGNOSTIC_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (n == self->n_current, NULL);

  merged = g_ptr_array_new_full (n + self->n_by_status[DIAGNOSTIC_IMPORT_ADDED], g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (merged, g_list_model_get_item (current, i));

  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *change = &g_array_index (self->changes, Change, i);

      if (change->status == DIAGNOSTIC_IMPORT_UPDATED)
        {
          g_object_unref (g_ptr_array_index (merged, change->position));
          g_ptr_array_index (merged, change->position) = g_object_ref (change->incoming);
        }
      else if (change->status == DIAGNOSTIC_IMPORT_ADDED)
        g_ptr_array_add (merged, g_object_ref (change->incoming));
    }

  return merged;
}

void
diagnostic_import_plan_register_types (GTypeModule *module)
{
  diagnostic_import_plan_register_type (module);
}
