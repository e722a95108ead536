/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-vocabulary.c: the closed lists of the Gouvernance module.
 *
 * The keys are what the project file holds; they are French, as the
 * national platforms' data model is (« coporteur », « strategique »), and
 * never change. The labels are English source strings in the context
 * "gouvernance", so that short words (“Other”, “Active”) translate here
 * as this module means them, whatever other modules make of them: the
 * interface shows them in the user's language, the chapter in French.
 */
#define G_LOG_DOMAIN "gouvernance-vocabulary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <maillage.h>

#include "gouvernance-vocabulary.h"

#define CONTEXT "gouvernance"

typedef struct
{
  const char *key;
  const char *label;
} Entry;

static const Entry echelons[] = {
  { "", NC_("gouvernance", "Not chosen") },
  { "epci", NC_("gouvernance", "EPCI (intercommunality)") },
  { "bassins-de-vie", NC_("gouvernance", "Living areas (bassins de vie)") },
  { "departement", NC_("gouvernance", "Département") },
  { "region", NC_("gouvernance", "Région") },
  { "autre", NC_("gouvernance", "Other scale") },
};

static const Entry body_kinds[] = {
  { "strategique", NC_("gouvernance", "Strategic committee") },
  { "technique", NC_("gouvernance", "Technical committee") },
  { "consultatif", NC_("gouvernance", "Consultative committee") },
  { "autre", NC_("gouvernance", "Other body") },
};

static const Entry member_kinds[] = {
  { "commune", NC_("gouvernance", "Commune") },
  { "epci", NC_("gouvernance", "EPCI") },
  { "departement", NC_("gouvernance", "Département") },
  { "region", NC_("gouvernance", "Région") },
  { "etat", NC_("gouvernance", "State") },
  { "association", NC_("gouvernance", "Association") },
  { "entreprise", NC_("gouvernance", "Company") },
  { "autre", NC_("gouvernance", "Other") },
};

/* In the order of the flags' bits. */
static const Entry role_entries[] = {
  { "coporteur", NC_("gouvernance", "Co-sponsor") },
  { "cofinanceur", NC_("gouvernance", "Co-funder") },
  { "beneficiaire", NC_("gouvernance", "Beneficiary") },
  { "observateur", NC_("gouvernance", "Observer") },
};

static const Entry council_statuses[] = {
  { "en-projet", NC_("gouvernance", "Planned") },
  { "installe", NC_("gouvernance", "Set up") },
  { "en-sommeil", NC_("gouvernance", "Dormant") },
};

static const Entry audiences[] = {
  { "elus", NC_("gouvernance", "Elected members") },
  { "agents", NC_("gouvernance", "Staff") },
  { "elus-et-agents", NC_("gouvernance", "Elected members and staff") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (echelons) == GOUVERNANCE_N_ECHELONS);
G_STATIC_ASSERT (G_N_ELEMENTS (body_kinds) == GOUVERNANCE_N_BODY_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (member_kinds) == GOUVERNANCE_N_MEMBER_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (role_entries) == GOUVERNANCE_N_ROLES);
G_STATIC_ASSERT (G_N_ELEMENTS (council_statuses) == GOUVERNANCE_N_COUNCIL_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (audiences) == GOUVERNANCE_N_AUDIENCES);

static const Entry *
entries (GouvernanceVocabulary  vocabulary,
         guint                 *size)
{
  switch (vocabulary)
    {
    case GOUVERNANCE_VOCABULARY_ECHELON:
      *size = G_N_ELEMENTS (echelons);
      return echelons;
    case GOUVERNANCE_VOCABULARY_BODY_KIND:
      *size = G_N_ELEMENTS (body_kinds);
      return body_kinds;
    case GOUVERNANCE_VOCABULARY_MEMBER_KIND:
      *size = G_N_ELEMENTS (member_kinds);
      return member_kinds;
    case GOUVERNANCE_VOCABULARY_ROLE:
      *size = G_N_ELEMENTS (role_entries);
      return role_entries;
    case GOUVERNANCE_VOCABULARY_COUNCIL_STATUS:
      *size = G_N_ELEMENTS (council_statuses);
      return council_statuses;
    case GOUVERNANCE_VOCABULARY_AUDIENCE:
      *size = G_N_ELEMENTS (audiences);
      return audiences;
    default:
      g_assert_not_reached ();
    }
}

guint
gouvernance_vocabulary_size (GouvernanceVocabulary vocabulary)
{
  guint size;

  entries (vocabulary, &size);
  return size;
}

/* The key of @value in the project file. */
const char *
gouvernance_vocabulary_key (GouvernanceVocabulary vocabulary,
                            guint                 value)
{
  guint size;
  const Entry *table = entries (vocabulary, &size);

  g_return_val_if_fail (value < size, "");

  return table[value].key;
}

gboolean
gouvernance_vocabulary_lookup (GouvernanceVocabulary  vocabulary,
                               const char            *key,
                               guint                 *value)
{
  guint size;
  const Entry *table = entries (vocabulary, &size);

  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < size; i++)
    if (g_strcmp0 (table[i].key, key) == 0)
      {
        if (value != NULL)
          *value = i;
        return TRUE;
      }

  return FALSE;
}

/* The label of @value in the interface's language. */
const char *
gouvernance_vocabulary_label (GouvernanceVocabulary vocabulary,
                              guint                 value)
{
  guint size;
  const Entry *table = entries (vocabulary, &size);

  g_return_val_if_fail (value < size, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, CONTEXT, table[value].label);
}

/* The label of @value in a generated document: French. */
const char *
gouvernance_vocabulary_french_label (GouvernanceVocabulary vocabulary,
                                     guint                 value)
{
  guint size;
  const Entry *table = entries (vocabulary, &size);

  g_return_val_if_fail (value < size, "");

  return FC_ (CONTEXT, table[value].label);
}

/* “"a", "b", "c"”: the keys allowed, for the message of a file that
 * holds another. */
char *
gouvernance_vocabulary_describe_keys (GouvernanceVocabulary vocabulary)
{
  guint size;
  const Entry *table = entries (vocabulary, &size);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < size; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "“%s”", table[i].key);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The labels of the interface, in the order of the values: the model of
 * an AdwComboRow whose selected position is the value. */
GtkStringList *
gouvernance_vocabulary_new_model (GouvernanceVocabulary vocabulary)
{
  GtkStringList *model = gtk_string_list_new (NULL);
  guint size = gouvernance_vocabulary_size (vocabulary);

  for (guint i = 0; i < size; i++)
    gtk_string_list_append (model, gouvernance_vocabulary_label (vocabulary, i));

  return model;
}

/* “Co-sponsor, co-funder”: the roles set in @roles, the first with a
 * capital, the others in lower case, "" for none. */
char *
gouvernance_roles_to_label (GouvernanceRoles roles,
                            gboolean         french)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < GOUVERNANCE_N_ROLES; i++)
    {
      const char *label;

      if ((roles & (1u << i)) == 0)
        continue;

      label = french ? gouvernance_vocabulary_french_label (GOUVERNANCE_VOCABULARY_ROLE, i)
                     : gouvernance_vocabulary_label (GOUVERNANCE_VOCABULARY_ROLE, i);
      if (text->len == 0)
        {
          g_string_append (text, label);
        }
      else
        {
          g_autofree char *lower = g_utf8_strdown (label, -1);

          g_string_append (text, ", ");
          g_string_append (text, lower);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
