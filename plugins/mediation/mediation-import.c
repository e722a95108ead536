/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mediation-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mediation-import.h"

/*
 * MediationImport: what a CSV or JSON file of lieux holds, read whole and
 * checked row by row before anything changes: the lieux that follow the
 * schema, and for the others every problem, with its row and field. The
 * editor shows it and lets the user take the valid lieux, or nothing; the
 * project does not see the file until then, so nothing is ever half
 * imported.
 */
struct _MediationImport
{
  GObject                parent_instance;

  MediationImportFormat  format;
  GPtrArray             *lieux;      /* valid ones */
  GListStore            *issues;     /* the first MEDIATION_IMPORT_MAX_ISSUES */
  /* id → the row that first used it, to refuse a second one. */
  GHashTable            *ids;
  guint                  n_rows;
  guint                  n_invalid;
  guint                  n_issues;
  GStrv                  ignored_columns;
  gboolean               legacy;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (MediationImport, mediation_import, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL, {})

static void
mediation_import_finalize (GObject *object)
{
  MediationImport *self = MEDIATION_IMPORT (object);

  g_ptr_array_unref (self->lieux);
  g_object_unref (self->issues);
  g_hash_table_unref (self->ids);
  g_strfreev (self->ignored_columns);

  G_OBJECT_CLASS (mediation_import_parent_class)->finalize (object);
}

static void
mediation_import_class_init (MediationImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mediation_import_finalize;
}

static void
mediation_import_class_finalize (MediationImportClass *klass)
{
}

static void
mediation_import_init (MediationImport *self)
{
  self->lieux = g_ptr_array_new_with_free_func (g_object_unref);
  self->issues = g_list_store_new (MEDIATION_TYPE_ISSUE);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ignored_columns = g_new0 (char *, 1);
}

MediationImport *
mediation_import_new (MediationImportFormat format)
{
  MediationImport *self = g_object_new (MEDIATION_TYPE_IMPORT, NULL);

  self->format = format;
  return self;
}

MediationImportFormat
mediation_import_get_format (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), MEDIATION_IMPORT_FORMAT_CSV);

  return self->format;
}

static void
keep_issues (MediationImport *self,
             GPtrArray       *issues)
{
  self->n_issues += issues->len;
  for (guint i = 0; i < issues->len; i++)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->issues)) >= MEDIATION_IMPORT_MAX_ISSUES)
        break;
      g_list_store_append (self->issues, g_ptr_array_index (issues, i));
    }
}

/**
 * mediation_import_add_lieu:
 * @self: a #MediationImport
 * @row: its line in the file (CSV) or its rank, from 1 (JSON)
 * @lieu: a lieu read from the file
 *
 * Checks @lieu against the schema and against the lieux read before it
 * (its id must be new), then keeps it if it is valid, or its problems if
 * it is not.
 */
void
mediation_import_add_lieu (MediationImport *self,
                           guint            row,
                           MediationLieu   *lieu)
{
  g_autoptr(GPtrArray) issues = NULL;
  const char *id;
  gpointer first_row;

  g_return_if_fail (MEDIATION_IS_IMPORT (self));
  g_return_if_fail (MEDIATION_IS_LIEU (lieu));

  self->n_rows++;
  issues = mediation_lieu_check (lieu, row);

  id = mediation_lieu_get_id (lieu);
  if (*id != '\0')
    {
      if (g_hash_table_lookup_extended (self->ids, id, NULL, &first_row))
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (self->format == MEDIATION_IMPORT_FORMAT_CSV
                                       ? _("The id “%s” is already used on line %u.")
                                       : _("The id “%s” is already used by place %u."),
                                     id, GPOINTER_TO_UINT (first_row));
          g_ptr_array_insert (issues, 0, mediation_issue_new (row, MEDIATION_FIELD_ID, id, message));
        }
      else
        {
          g_hash_table_insert (self->ids, g_strdup (id), GUINT_TO_POINTER (row));
        }
    }

  if (issues->len == 0)
    {
      g_ptr_array_add (self->lieux, g_object_ref (lieu));
      return;
    }

  self->n_invalid++;
  keep_issues (self, issues);
}

/* A row that could not even be read as a lieu (a JSON value that is not an
 * object, a member of the wrong type): counted as invalid, with @issues. */
void
mediation_import_add_invalid_row (MediationImport *self,
                                  GPtrArray       *issues)
{
  g_return_if_fail (MEDIATION_IS_IMPORT (self));
  g_return_if_fail (issues != NULL && issues->len > 0);

  self->n_rows++;
  self->n_invalid++;
  keep_issues (self, issues);
}

guint
mediation_import_get_n_rows (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), 0);

  return self->n_rows;
}

guint
mediation_import_get_n_invalid (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), 0);

  return self->n_invalid;
}

/* Every issue found, including those not kept. */
guint
mediation_import_get_n_issues (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), 0);

  return self->n_issues;
}

/**
 * mediation_import_get_lieux:
 *
 * Returns: (transfer none) (element-type MediationLieu): the valid lieux,
 *   in the order of the file
 */
GPtrArray *
mediation_import_get_lieux (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), NULL);

  return self->lieux;
}

/**
 * mediation_import_get_issues:
 *
 * Returns: (transfer none): a #GListModel of #MediationIssue, at most
 *   %MEDIATION_IMPORT_MAX_ISSUES
 */
GListModel *
mediation_import_get_issues (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->issues);
}

/* Columns of the file that are no field of the schema. */
const char * const *
mediation_import_get_ignored_columns (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), NULL);

  return (const char * const *) self->ignored_columns;
}

void
mediation_import_set_ignored_columns (MediationImport    *self,
                                      const char * const *columns)
{
  g_return_if_fail (MEDIATION_IS_IMPORT (self));

  g_strfreev (self->ignored_columns);
  self->ignored_columns = columns != NULL ? g_strdupv ((char **) columns) : g_new0 (char *, 1);
}

/* Whether the file used the column names of v0.1. */
gboolean
mediation_import_get_legacy (MediationImport *self)
{
  g_return_val_if_fail (MEDIATION_IS_IMPORT (self), FALSE);

  return self->legacy;
}

void
mediation_import_set_legacy (MediationImport *self,
                             gboolean         legacy)
{
  g_return_if_fail (MEDIATION_IS_IMPORT (self));

  self->legacy = !!legacy;
}

void
mediation_import_register (GTypeModule *module)
{
  mediation_import_register_type (module);
}
