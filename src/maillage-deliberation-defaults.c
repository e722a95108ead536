/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-deliberation-defaults.c: what the Délibération page proposes
 * for an empty délibération: the object, the @ctes matière, an exposé, the
 * visas (the CGCT and the loi pour une République numérique, the articles
 * on the note de synthèse that fit the territory's kind), considérants
 * drawn from the modules' key points and the budget of the plan, the usual
 * articles and the mention of the voies et délais de recours. Suggestions
 * only: the user edits every word, and checks the numbering of the law
 * before the vote (see DOMAIN.md). French whatever the interface: they go
 * into the documents.
 */
#define G_LOG_DOMAIN "maillage-deliberation-defaults"

#include "config.h"

#include <string.h>

#include "maillage-deliberation-builder.h"
#include "maillage-deliberation-defaults.h"

/* How many key points of each module become considérants: the note gives
 * them all, the délibération only the first. */
#define KEY_POINTS_PER_MODULE 2

static MaillageTerritoryKind
territory_kind (MaillageProject *project)
{
  return maillage_territory_get_kind (maillage_project_get_territory (project));
}

/* The first and last year of the plan's budget, or 0. */
static void
plan_years (MaillageProject *project,
            guint           *first,
            guint           *last)
{
  g_autoptr(GListModel) actions = maillage_deliberation_builder_list_counted_actions (project);
  g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (actions);
  g_auto(GStrv) years = maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR);

  *first = *last = 0;
  for (guint i = 0; years[i] != NULL; i++)
    {
      guint year = (guint) g_ascii_strtoull (years[i], NULL, 10);

      if (year == 0)
        continue;
      if (*first == 0 || year < *first)
        *first = year;
      if (year > *last)
        *last = year;
    }
}

/**
 * maillage_deliberation_default_matiere_name:
 *
 * Returns: the name of the matière 8.4 as the SCDL Délibérations 2.1.5
 *   wants it: level 1 and level 2 of the @ctes nomenclature, in lower
 *   case with their accents, joined by `/`
 */
const char *
maillage_deliberation_default_matiere_name (void)
{
  return "domaines de compétences par thèmes/aménagement du territoire";
}

/**
 * maillage_deliberation_suggest_object:
 * @project: a project
 *
 * Returns: (transfer full): « Adoption de la stratégie numérique
 *   territoriale 2027-2032 », the years those of the plan
 */
char *
maillage_deliberation_suggest_object (MaillageProject *project)
{
  guint first, last;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  plan_years (project, &first, &last);
  if (first != 0 && last > first)
    /* Translators: the object of the deliberation; %u-%u the years of the plan */
    return g_strdup_printf (F_("Adoption of the territorial digital strategy %u-%u"), first, last);

  return g_strdup (F_("Adoption of the territorial digital strategy"));
}

/**
 * maillage_deliberation_suggest_report:
 * @project: a project
 * @modules: (nullable): the active modules
 *
 * Returns: (transfer full): an exposé naming the parts of the strategy and
 *   the size of its plan
 */
char *
maillage_deliberation_suggest_report (MaillageProject *project,
                                      GListModel      *modules)
{
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) report = g_string_new (NULL);
  guint n_modules = modules != NULL ? g_list_model_get_n_items (modules) : 0;
  guint n_actions;
  const char *name;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  name = maillage_territory_get_name (maillage_project_get_territory (project));
  if (name == NULL || *name == '\0')
    name = F_("The collectivité");
  /* Translators: %s is the name of the collectivité */
  g_string_append_printf (report,
                          F_("%s has drawn up its territorial digital strategy with its partners, "
                             "to give everyone access to digital services and the skills to use "
                             "them, and to share resources across the territory."),
                          name);

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (modules, i);

      g_ptr_array_add (titles, maillage_deliberation_builder_dup_module_title (module));
    }
  if (titles->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (titles, NULL);
      joined = g_strjoinv (", ", (char **) titles->pdata);
      g_string_append_c (report, '\n');
      /* Translators: %s lists the parts of the strategy, « Diagnostic,
       * Médiation numérique » */
      g_string_append_printf (report, F_("The strategy covers: %s."), joined);
    }

  actions = maillage_deliberation_builder_list_counted_actions (project);
  n_actions = g_list_model_get_n_items (actions);
  if (n_actions > 0)
    {
      g_string_append_c (report, '\n');
      g_string_append_printf (report,
                              FN_("It is carried out through an action plan of %u action, "
                                  "with its budget and its co-financing.",
                                  "It is carried out through an action plan of %u actions, "
                                  "with their budget and their co-financing.",
                                  n_actions),
                              n_actions);
    }

  return g_string_free (g_steal_pointer (&report), FALSE);
}

/**
 * maillage_deliberation_suggest_visas:
 * @project: a project
 *
 * Returns: (transfer full) (array zero-terminated=1): the visas, each
 *   without its « Vu »
 */
char **
maillage_deliberation_suggest_visas (MaillageProject *project)
{
  g_autoptr(GStrvBuilder) visas = g_strv_builder_new ();

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  g_strv_builder_add (visas, F_("the Code général des collectivités territoriales, and in "
                                "particular its article L1425-2"));

  /* The note explicative de synthèse sent with the convocation. */
  switch (territory_kind (project))
    {
    case MAILLAGE_TERRITORY_KIND_EPCI:
      g_strv_builder_add (visas, F_("articles L2121-12 and L5211-1 of the Code général des "
                                    "collectivités territoriales"));
      break;
    case MAILLAGE_TERRITORY_KIND_DEPARTEMENT:
      g_strv_builder_add (visas, F_("article L3121-19 of the Code général des collectivités "
                                    "territoriales"));
      break;
    case MAILLAGE_TERRITORY_KIND_REGION:
      g_strv_builder_add (visas, F_("article L4132-18 of the Code général des collectivités "
                                    "territoriales"));
      break;
    case MAILLAGE_TERRITORY_KIND_COMMUNE:
    default:
      g_strv_builder_add (visas, F_("article L2121-12 of the Code général des collectivités "
                                    "territoriales"));
      break;
    }

  g_strv_builder_add (visas, F_("law no. 2016-1321 of 7 October 2016 for a Digital Republic"));

  return g_strv_builder_end (visas);
}

/* « que le territoire compte… » from « Le territoire compte…. »: the
 * article that starts a sentence goes to lower case after « que »; a
 * proper noun stays as it is. */
static char *
key_point_to_considerant (const char *point)
{
  static const char * const articles[] = {
    "Le ", "La ", "Les ", "L’", "L'", "Un ", "Une ", "Des ", "Ce ", "Cet ", "Cette ", "Ces ",
    "Son ", "Sa ", "Ses ", "Leur ", "Leurs ", "Aucun ", "Aucune ", "Plus ", "Près ", "Chaque ",
  };
  g_autofree char *text = g_strstrip (g_strdup (point));
  gsize length = strlen (text);
  gboolean lower = FALSE;

  while (length > 0 && (text[length - 1] == '.' || text[length - 1] == ' '))
    text[--length] = '\0';
  if (length == 0)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (articles) && !lower; i++)
    lower = g_str_has_prefix (text, articles[i]);

  if (lower)
    text[0] = g_ascii_tolower (text[0]);

  /* « que » elides before a vowel: « qu’un », « qu’il ». */
  if (strchr ("aeiouyAEIOUY", text[0]) != NULL)
    return g_strconcat (F_("that’"), text, NULL);

  return g_strconcat (F_("that "), text, NULL);
}

/**
 * maillage_deliberation_suggest_considerants:
 * @project: a project
 * @modules: (nullable): the active modules
 *
 * Returns: (transfer full) (array zero-terminated=1): the considérants,
 *   each without its « Considérant »: why a strategy, the first key points
 *   of each module, the budget of the plan
 */
char **
maillage_deliberation_suggest_considerants (MaillageProject *project,
                                            GListModel      *modules)
{
  g_autoptr(GStrvBuilder) considerants = g_strv_builder_new ();
  g_autoptr(GListModel) actions = NULL;
  guint n_modules = modules != NULL ? g_list_model_get_n_items (modules) : 0;
  guint n_actions;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  g_strv_builder_add (considerants,
                      F_("that digital services and the skills to use them are now needed by "
                         "every inhabitant, and that the territory must see that no one is left "
                         "behind"));

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (modules, i);
      g_auto(GStrv) points = maillage_module_list_key_points (module);

      for (guint j = 0; points != NULL && points[j] != NULL && j < KEY_POINTS_PER_MODULE; j++)
        {
          g_autofree char *considerant = key_point_to_considerant (points[j]);

          if (considerant != NULL)
            g_strv_builder_add (considerants, considerant);
        }
    }

  actions = maillage_deliberation_builder_list_counted_actions (project);
  n_actions = g_list_model_get_n_items (actions);
  if (n_actions > 0)
    {
      g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (actions);
      g_auto(GStrv) years = maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR);
      g_auto(GStrv) funders = maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_FUNDER);
      g_autofree char *total_text = NULL;
      g_autofree char *cofinancing_text = NULL;
      g_autofree char *sentence = NULL;
      gint64 total = 0, cofinancing = 0;

      for (guint i = 0; years[i] != NULL; i++)
        total += maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, years[i]) +
                 maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, years[i]);
      for (guint i = 0; funders[i] != NULL; i++)
        cofinancing += maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_FUNDER, funders[i]);

      total_text = maillage_format_money (total);
      cofinancing_text = maillage_format_money (cofinancing);
      /* Translators: %u actions, %s the total, %s the co-financing expected */
      sentence = g_strdup_printf (FN_("that the action plan counts %u action, for a total of %s, "
                                      "of which %s of co-financing is expected",
                                      "that the action plan counts %u actions, for a total of %s, "
                                      "of which %s of co-financing is expected",
                                      n_actions),
                                  n_actions, total_text, cofinancing_text);
      g_strv_builder_add (considerants, sentence);
    }

  return g_strv_builder_end (considerants);
}

/**
 * maillage_deliberation_suggest_articles:
 * @project: a project
 *
 * Returns: (transfer full) (array zero-terminated=1): the usual articles:
 *   approve the strategy annexed, authorise the président (or the maire)
 *   to sign, charge the services with its execution
 */
char **
maillage_deliberation_suggest_articles (MaillageProject *project)
{
  g_autoptr(GStrvBuilder) articles = g_strv_builder_new ();

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  g_strv_builder_add (articles, F_("To approve the territorial digital strategy annexed to this "
                                   "deliberation, and its action plan."));
  if (territory_kind (project) == MAILLAGE_TERRITORY_KIND_COMMUNE)
    g_strv_builder_add (articles, F_("To authorise the mayor to sign any document needed to carry "
                                     "it out, grant applications and agreements with the partners "
                                     "included."));
  else
    g_strv_builder_add (articles, F_("To authorise the president to sign any document needed to "
                                     "carry it out, grant applications and agreements with the "
                                     "partners included."));
  g_strv_builder_add (articles, F_("To charge the director general of services with the execution "
                                   "of this deliberation."));

  return g_strv_builder_end (articles);
}

/**
 * maillage_deliberation_suggest_appeal:
 * @project: a project
 *
 * Returns: (transfer full): the mention of the voies et délais de recours:
 *   the tribunal administratif, two months (R421-1 CJA), Télérecours
 *   citoyens
 */
char *
maillage_deliberation_suggest_appeal (MaillageProject *project)
{
  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);

  return g_strdup (F_("This deliberation may be challenged before the competent administrative "
                      "court within two months of its publication or notification. The court "
                      "may be seized through the Télérecours citoyens application, at "
                      "www.telerecours.fr."));
}

/**
 * maillage_deliberation_fill_defaults:
 * @deliberation: the project's délibération
 * @project: the project
 * @modules: (nullable): the active modules
 *
 * Fills every field of @deliberation still empty with its suggestion;
 * what the user wrote stays.
 */
void
maillage_deliberation_fill_defaults (MaillageDeliberation *deliberation,
                                     MaillageProject      *project,
                                     GListModel           *modules)
{
  g_return_if_fail (MAILLAGE_IS_DELIBERATION (deliberation));
  g_return_if_fail (MAILLAGE_IS_PROJECT (project));

  if (*maillage_deliberation_get_object (deliberation) == '\0')
    {
      g_autofree char *object = maillage_deliberation_suggest_object (project);

      maillage_deliberation_set_object (deliberation, object);
    }
  if (*maillage_deliberation_get_matiere_code (deliberation) == '\0')
    maillage_deliberation_set_matiere_code (deliberation, MAILLAGE_DELIBERATION_DEFAULT_MATIERE_CODE);
  if (*maillage_deliberation_get_matiere_name (deliberation) == '\0')
    maillage_deliberation_set_matiere_name (deliberation, maillage_deliberation_default_matiere_name ());
  if (*maillage_deliberation_get_report (deliberation) == '\0')
    {
      g_autofree char *report = maillage_deliberation_suggest_report (project, modules);

      maillage_deliberation_set_report (deliberation, report);
    }
  if (maillage_deliberation_get_visas (deliberation)[0] == NULL)
    {
      g_auto(GStrv) visas = maillage_deliberation_suggest_visas (project);

      maillage_deliberation_set_visas (deliberation, (const char * const *) visas);
    }
  if (maillage_deliberation_get_considerants (deliberation)[0] == NULL)
    {
      g_auto(GStrv) considerants = maillage_deliberation_suggest_considerants (project, modules);

      maillage_deliberation_set_considerants (deliberation, (const char * const *) considerants);
    }
  if (maillage_deliberation_get_articles (deliberation)[0] == NULL)
    {
      g_auto(GStrv) articles = maillage_deliberation_suggest_articles (project);

      maillage_deliberation_set_articles (deliberation, (const char * const *) articles);
    }
  if (*maillage_deliberation_get_appeal (deliberation) == '\0')
    {
      g_autofree char *appeal = maillage_deliberation_suggest_appeal (project);

      maillage_deliberation_set_appeal (deliberation, appeal);
    }
}
