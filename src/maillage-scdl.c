/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-scdl.c: the délibérations of the pack as an open-data table in
 * the SCDL Délibérations 2.1.5 (schema.data.gouv.fr, scdl/deliberations):
 * one row per assembly, the schema's columns in its order, `,` between
 * cells and UTF-8 as the schema wants, quoted as RFC 4180 says. A cell
 * that a spreadsheet would take for a formula (starting with = + - @, or
 * a tab or a carriage return) is neutralised with a leading apostrophe,
 * since such files are opened in spreadsheets.
 */
#define G_LOG_DOMAIN "maillage-scdl"

#include "config.h"

#include <string.h>

#include "maillage-scdl.h"

const char * const maillage_scdl_deliberations_columns[] = {
  "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
  "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
  "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
  "VOTE_ABSTENTION", "DELIB_URL", NULL,
};

enum {
  COLL_NOM, COLL_SIRET, DELIB_ID, DELIB_DATE, DELIB_MATIERE_CODE,
  DELIB_MATIERE_NOM, DELIB_OBJET, BUDGET_ANNEE, BUDGET_NOM, PREF_ID,
  PREF_DATE, VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE,
  VOTE_ABSTENTION, DELIB_URL, N_COLUMNS
};

/**
 * maillage_scdl_csv_cell:
 * @value: (nullable): the text of a cell
 *
 * Returns: (transfer full): @value as a CSV cell: neutralised if a
 *   spreadsheet would read a formula, quoted if it holds a comma, a quote
 *   or a line break
 */
char *
maillage_scdl_csv_cell (const char *value)
{
  g_autoptr(GString) cell = g_string_new (NULL);

  if (value == NULL)
    value = "";

  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    g_string_append_c (cell, '\'');
  g_string_append (cell, value);

  if (strpbrk (cell->str, ",\"\r\n") != NULL)
    {
      for (gsize i = 0; i < cell->len; i++)
        {
          if (cell->str[i] == '"')
            g_string_insert_c (cell, i++, '"');
        }
      g_string_prepend_c (cell, '"');
      g_string_append_c (cell, '"');
    }

  return g_string_free (g_steal_pointer (&cell), FALSE);
}

static char *
count (guint value)
{
  return g_strdup_printf ("%u", value);
}

static void
fill_row (char                 *row[N_COLUMNS],
          MaillageProject      *project,
          MaillageAssembly     *assembly)
{
  MaillageDeliberation *deliberation = maillage_project_get_deliberation (project);
  MaillageTerritory *territory = maillage_project_get_territory (project);
  const char *collectivite = maillage_assembly_get_collectivite (assembly);
  const char *departement = maillage_territory_get_departement (territory);
  gboolean voted;

  if (*collectivite == '\0')
    collectivite = maillage_territory_get_name (territory);

  row[COLL_NOM] = g_strdup (collectivite);
  row[COLL_SIRET] = g_strdup (maillage_assembly_get_siret (assembly));
  row[DELIB_ID] = g_strdup (maillage_assembly_get_number (assembly));
  row[DELIB_DATE] = g_strdup (maillage_assembly_get_date (assembly));
  row[DELIB_MATIERE_CODE] = g_strdup (maillage_deliberation_get_matiere_code (deliberation));
  row[DELIB_MATIERE_NOM] = g_strdup (maillage_deliberation_get_matiere_name (deliberation));
  row[DELIB_OBJET] = g_strdup (maillage_deliberation_get_object (deliberation));
  row[BUDGET_ANNEE] = g_strdup ("");
  row[BUDGET_NOM] = g_strdup ("");

  /* The préfecture's own identifier, PREF039: only once the act was sent,
   * as the schema asks of PREF_DATE. */
  if (*maillage_assembly_get_prefecture_date (assembly) != '\0' &&
      departement != NULL && *departement != '\0')
    row[PREF_ID] = g_strdup_printf ("PREF%s%s", strlen (departement) < 3 ? "0" : "", departement);
  else
    row[PREF_ID] = g_strdup ("");
  row[PREF_DATE] = g_strdup (maillage_assembly_get_prefecture_date (assembly));

  voted = maillage_assembly_get_unanimous (assembly) ||
          maillage_assembly_get_votes_for (assembly) + maillage_assembly_get_votes_against (assembly) +
          maillage_assembly_get_abstentions (assembly) > 0;
  row[VOTE_EFFECTIF] = maillage_assembly_get_members (assembly) > 0
                       ? count (maillage_assembly_get_members (assembly)) : g_strdup ("");
  row[VOTE_REEL] = voted ? count (maillage_assembly_get_voters (assembly)) : g_strdup ("");
  if (!voted)
    {
      row[VOTE_POUR] = g_strdup ("");
      row[VOTE_CONTRE] = g_strdup ("");
      row[VOTE_ABSTENTION] = g_strdup ("");
    }
  else if (maillage_assembly_get_unanimous (assembly))
    {
      /* Unanimity: every voter voted for. */
      row[VOTE_POUR] = count (maillage_assembly_get_voters (assembly));
      row[VOTE_CONTRE] = g_strdup ("0");
      row[VOTE_ABSTENTION] = g_strdup ("0");
    }
  else
    {
      row[VOTE_POUR] = count (maillage_assembly_get_votes_for (assembly));
      row[VOTE_CONTRE] = count (maillage_assembly_get_votes_against (assembly));
      row[VOTE_ABSTENTION] = count (maillage_assembly_get_abstentions (assembly));
    }
  row[DELIB_URL] = g_strdup ("");
}

/**
 * maillage_scdl_deliberations_csv:
 * @project: a project
 *
 * Returns: (transfer full): the SCDL Délibérations table of the project's
 *   délibération, a header and one row per assembly, each line ended by
 *   CRLF as RFC 4180 says
 */
char *
maillage_scdl_deliberations_csv (MaillageProject *project)
{
  GListModel *assemblies;
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *header = NULL;
  guint n_assemblies;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  header = g_strjoinv (",", (char **) maillage_scdl_deliberations_columns);
  g_string_append (csv, header);
  g_string_append (csv, "\r\n");

  assemblies = maillage_deliberation_get_assemblies (maillage_project_get_deliberation (project));
  n_assemblies = g_list_model_get_n_items (assemblies);
  for (guint i = 0; i < n_assemblies; i++)
    {
      g_autoptr(MaillageAssembly) assembly = g_list_model_get_item (assemblies, i);
      char *row[N_COLUMNS] = { NULL, };

      fill_row (row, project, assembly);
      for (guint column = 0; column < N_COLUMNS; column++)
        {
          g_autofree char *cell = maillage_scdl_csv_cell (row[column]);

          if (column > 0)
            g_string_append_c (csv, ',');
          g_string_append (csv, cell);
          g_free (row[column]);
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}
