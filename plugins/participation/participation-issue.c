/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "participation-issue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-issue.h"

/*
 * ParticipationIssue: one problem of a row of an imported file: the line
 * of the file where the row starts, the column (as the file names it;
 * empty when the whole row is at fault) and what is wrong, in the user's
 * language.
 */
struct _ParticipationIssue
{
  GObject  parent_instance;

  guint    line;
  char    *column;
  char    *message;
};

G_DEFINE_DYNAMIC_TYPE_EXTENDED (ParticipationIssue, participation_issue, G_TYPE_OBJECT,
                                G_TYPE_FLAG_FINAL, {})

static void
participation_issue_finalize (GObject *object)
{
  ParticipationIssue *self = PARTICIPATION_ISSUE (object);

  g_free (self->column);
  g_free (self->message);

  G_OBJECT_CLASS (participation_issue_parent_class)->finalize (object);
}

static void
participation_issue_class_init (ParticipationIssueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = participation_issue_finalize;
}

static void
participation_issue_class_finalize (ParticipationIssueClass *klass)
{
}

static void
participation_issue_init (ParticipationIssue *self)
{
}

ParticipationIssue *
participation_issue_new (guint       line,
                         const char *column,
                         const char *message)
{
  ParticipationIssue *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (PARTICIPATION_TYPE_ISSUE, NULL);
  self->line = line;
  self->column = g_strdup (column != NULL ? column : "");
  self->message = g_strdup (message);

  return self;
}

guint
participation_issue_get_line (ParticipationIssue *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_ISSUE (self), 0);

  return self->line;
}

const char *
participation_issue_get_column (ParticipationIssue *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_ISSUE (self), NULL);

  return self->column;
}

const char *
participation_issue_get_message (ParticipationIssue *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_ISSUE (self), NULL);

  return self->message;
}

/* “Line 12, column “votes”: “twelve” is not a whole number.” */
char *
participation_issue_to_string (ParticipationIssue *self)
{
  g_return_val_if_fail (PARTICIPATION_IS_ISSUE (self), NULL);

  if (*self->column == '\0')
    /* Translators: “Line 12: <what is wrong>” */
    return g_strdup_printf (_("Line %u: %s"), self->line, self->message);
  /* Translators: “Line 12, column “votes”: <what is wrong>” */
  return g_strdup_printf (_("Line %u, column “%s”: %s"), self->line, self->column, self->message);
}

void
participation_issue_register (GTypeModule *module)
{
  participation_issue_register_type (module);
}
