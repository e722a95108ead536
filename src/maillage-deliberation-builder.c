/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-deliberation-builder.c: the documents of the deliberation pack
 * for one assembly: the projet de délibération (the anatomy of DOMAIN.md,
 * from « RÉPUBLIQUE FRANÇAISE » to the @ctes stamp), the note explicative
 * de synthèse (context, each module's key points, the budget of the plan,
 * what the assembly is asked to decide) and the annex, the strategy itself
 * (MaillageStrategyBuilder). Every fixed word goes through F_(): the
 * documents are French whatever the interface's language; the user's own
 * text goes in as typed.
 */
#define G_LOG_DOMAIN "maillage-deliberation-builder"

#include "config.h"

#include <string.h>

#include "maillage-deliberation-builder.h"
#include "maillage-departements.h"
#include "maillage-strategy-builder.h"

/* What stands in a draft for a field still to fill in by hand. */
#define BLANK "…"

struct _MaillageDeliberationBuilder
{
  GObject          parent_instance;
  MaillageProject *project;
  GListModel      *modules;
};

G_DEFINE_FINAL_TYPE (MaillageDeliberationBuilder, maillage_deliberation_builder, G_TYPE_OBJECT)

static void
maillage_deliberation_builder_finalize (GObject *object)
{
  MaillageDeliberationBuilder *self = MAILLAGE_DELIBERATION_BUILDER (object);

  g_clear_object (&self->project);
  g_clear_object (&self->modules);

  G_OBJECT_CLASS (maillage_deliberation_builder_parent_class)->finalize (object);
}

static void
maillage_deliberation_builder_class_init (MaillageDeliberationBuilderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = maillage_deliberation_builder_finalize;
}

static void
maillage_deliberation_builder_init (MaillageDeliberationBuilder *self)
{
}

/**
 * maillage_deliberation_builder_new:
 * @project: the project
 * @modules: (nullable): the active modules in their order, a #GListModel
 *   of #MaillageModule, such as the window's #MaillageModuleSet
 *
 * Returns: (transfer full): a new builder
 */
MaillageDeliberationBuilder *
maillage_deliberation_builder_new (MaillageProject *project,
                                   GListModel      *modules)
{
  MaillageDeliberationBuilder *self;

  g_return_val_if_fail (MAILLAGE_IS_PROJECT (project), NULL);
  g_return_val_if_fail (modules == NULL || G_IS_LIST_MODEL (modules), NULL);

  self = g_object_new (MAILLAGE_TYPE_DELIBERATION_BUILDER, NULL);
  self->project = g_object_ref (project);
  if (modules != NULL)
    self->modules = g_object_ref (modules);

  return self;
}

MaillageProject *
maillage_deliberation_builder_get_project (MaillageDeliberationBuilder *self)
{
  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION_BUILDER (self), NULL);

  return self->project;
}

/**
 * maillage_deliberation_builder_get_document_title:
 * @kind: a document of the pack
 *
 * Returns: its title in French, as file names and the documents say it
 */
const char *
maillage_deliberation_builder_get_document_title (MaillagePackDocument kind)
{
  switch (kind)
    {
    case MAILLAGE_PACK_DOCUMENT_DELIBERATION:
      return F_("Draft deliberation");
    case MAILLAGE_PACK_DOCUMENT_NOTE:
      return F_("Explanatory summary note");
    case MAILLAGE_PACK_DOCUMENT_ANNEX:
      return F_("Annex – Territorial digital strategy");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
kind_name (MaillageAssemblyKind kind)
{
  switch (kind)
    {
    case MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL:
      return F_("Community council");
    case MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL:
      return F_("Municipal council");
    case MAILLAGE_ASSEMBLY_KIND_DEPARTMENTAL_COUNCIL:
      return F_("Departmental council");
    case MAILLAGE_ASSEMBLY_KIND_REGIONAL_COUNCIL:
      return F_("Regional council");
    case MAILLAGE_ASSEMBLY_KIND_OTHER:
    default:
      return F_("Deliberative assembly");
    }
}

/**
 * maillage_deliberation_builder_dup_assembly_name:
 * @assembly: an assembly
 *
 * The name that tells the assembly apart from the others of the pack: its
 * own name (or its kind's), followed by its collectivité for a conseil
 * municipal, « Conseil municipal – Sorneval ».
 *
 * Returns: (transfer full): the name, in French
 */
char *
maillage_deliberation_builder_dup_assembly_name (MaillageAssembly *assembly)
{
  const char *name;
  const char *collectivite;

  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (assembly), NULL);

  name = maillage_assembly_get_name (assembly);
  if (*name == '\0')
    name = kind_name (maillage_assembly_get_kind (assembly));
  collectivite = maillage_assembly_get_collectivite (assembly);

  if (maillage_assembly_get_kind (assembly) == MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL &&
      *collectivite != '\0' && strstr (name, collectivite) == NULL)
    return g_strdup_printf ("%s – %s", name, collectivite);

  return g_strdup (name);
}

/* « du conseil communautaire »: what the register and the decision name. */
static const char *
assembly_phrase (MaillageAssembly *assembly,
                 gboolean          subject)
{
  switch (maillage_assembly_get_kind (assembly))
    {
    case MAILLAGE_ASSEMBLY_KIND_COMMUNITY_COUNCIL:
      return subject ? F_("the community council") : F_("of the community council");
    case MAILLAGE_ASSEMBLY_KIND_MUNICIPAL_COUNCIL:
      return subject ? F_("the municipal council") : F_("of the municipal council");
    case MAILLAGE_ASSEMBLY_KIND_DEPARTMENTAL_COUNCIL:
      return subject ? F_("the departmental council") : F_("of the departmental council");
    case MAILLAGE_ASSEMBLY_KIND_REGIONAL_COUNCIL:
      return subject ? F_("the regional council") : F_("of the regional council");
    case MAILLAGE_ASSEMBLY_KIND_OTHER:
    default:
      return subject ? F_("the assembly") : F_("of the assembly");
    }
}

/**
 * maillage_deliberation_builder_dup_article_label:
 * @number: the number of an article, from 1
 *
 * Returns: (transfer full): « Article 1er », « Article 2 »…
 */
char *
maillage_deliberation_builder_dup_article_label (guint number)
{
  if (number == 1)
    return g_strdup (F_("Article 1"));

  /* Translators: an article of a deliberation; article 1 has its own string */
  return g_strdup_printf (F_("Article %u"), number);
}

/**
 * maillage_deliberation_builder_dup_module_title:
 * @module: a module
 *
 * The module's name as its chapter gives it, in French: the first heading
 * of level 1 it writes (the plugin's name follows the interface's
 * language, the documents do not).
 *
 * Returns: (transfer full): the title, or the module's id if its chapter
 *   has no heading
 */
char *
maillage_deliberation_builder_dup_module_title (MaillageModule *module)
{
  g_autoptr(MaillageDocument) scratch = maillage_document_new ("");
  guint n_blocks;

  g_return_val_if_fail (MAILLAGE_IS_MODULE (module), NULL);

  maillage_module_build_chapter (module, scratch);
  n_blocks = g_list_model_get_n_items (G_LIST_MODEL (scratch));
  for (guint i = 0; i < n_blocks; i++)
    {
      g_autoptr(MaillageBlock) block = g_list_model_get_item (G_LIST_MODEL (scratch), i);

      if (maillage_block_get_kind (block) == MAILLAGE_BLOCK_HEADING &&
          maillage_block_get_level (block) == 1)
        return g_strdup (maillage_block_get_text (block));
    }

  return g_strdup (maillage_module_get_id (module));
}

/* « 28 janvier 2027 » for `2027-01-28`; the blank for anything else. */
static char *
format_day (const char *iso)
{
  g_autoptr(GDate) date = NULL;

  if (!maillage_assembly_date_is_valid (iso))
    return g_strdup (BLANK);

  date = g_date_new_dmy ((GDateDay) g_ascii_strtoull (iso + 8, NULL, 10),
                         (GDateMonth) g_ascii_strtoull (iso + 5, NULL, 10),
                         (GDateYear) g_ascii_strtoull (iso, NULL, 10));
  return maillage_format_date (date);
}

/* « 28/01/2027 », as stamps write dates. */
static char *
format_stamp (const char *iso)
{
  if (!maillage_assembly_date_is_valid (iso))
    return g_strdup (BLANK);

  return g_strdup_printf ("%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

/* « 18 h 30 » for `18:30`. */
static char *
format_time (const char *time)
{
  if (!maillage_assembly_time_is_valid (time))
    return g_strdup (BLANK);

  return g_strdup_printf (F_("%.2s h %.2s"), time, time + 3);
}

static const char *
or_blank (const char *text)
{
  return text != NULL && *text != '\0' ? text : BLANK;
}

static const char *
collectivite_name (MaillageDeliberationBuilder *self,
                   MaillageAssembly            *assembly)
{
  const char *name = assembly != NULL ? maillage_assembly_get_collectivite (assembly) : "";

  if (*name == '\0')
    name = maillage_territory_get_name (maillage_project_get_territory (self->project));

  return or_blank (name);
}

static void
add_labelled (MaillageDocument *document,
              const char       *label,
              const char       *text)
{
  MaillageBlock *paragraph = maillage_document_add_rich_paragraph (document);

  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, label);
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, " ");
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, text);
}

static void
add_bold (MaillageDocument *document,
          const char       *text)
{
  MaillageBlock *paragraph = maillage_document_add_rich_paragraph (document);

  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, text);
}

/* The user's text, one paragraph per line that is not blank. */
static void
add_text (MaillageDocument *document,
          const char       *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        maillage_document_add_paragraph (document, lines[i]);
    }
}

static MaillageDocument *
new_document (MaillageDeliberationBuilder *self,
              MaillagePackDocument         kind,
              MaillageAssembly            *assembly)
{
  g_autoptr(MaillageStrategyBuilder) strategy = maillage_strategy_builder_new (self->project, NULL);
  g_autofree char *name = assembly != NULL ? maillage_deliberation_builder_dup_assembly_name (assembly) : NULL;
  g_autofree char *title = NULL;
  MaillageDocument *document;

  if (name != NULL)
    title = g_strdup_printf ("%s – %s", maillage_deliberation_builder_get_document_title (kind), name);
  else
    title = g_strdup (maillage_deliberation_builder_get_document_title (kind));

  document = maillage_document_new (title);
  maillage_strategy_builder_set_metadata (strategy, document);

  return document;
}

/* RÉPUBLIQUE FRANÇAISE, the département, the collectivité, the register,
 * the séance, the number and the object. */
static void
add_deliberation_header (MaillageDeliberationBuilder *self,
                         MaillageDocument            *document,
                         MaillageAssembly            *assembly)
{
  MaillageDeliberation *deliberation = maillage_project_get_deliberation (self->project);
  const char *code = maillage_territory_get_departement (maillage_project_get_territory (self->project));
  const char *departement = maillage_departements_lookup (code);
  g_autofree char *day = format_day (maillage_assembly_get_date (assembly));
  g_autofree char *text = NULL;

  add_bold (document, F_("FRENCH REPUBLIC"));
  if (departement != NULL)
    {
      /* Translators: « Département du Jura »: %s is the name with its
       * preposition */
      g_autofree char *line = g_strdup_printf (F_("Département %s"), departement);

      maillage_document_add_paragraph (document, line);
    }
  else if (code != NULL && *code != '\0')
    {
      g_autofree char *line = g_strdup_printf (F_("Département %s"), code);

      maillage_document_add_paragraph (document, line);
    }
  add_bold (document, collectivite_name (self, assembly));

  /* Translators: « Extrait du registre des délibérations du conseil
   * communautaire »; %s is « du conseil communautaire » */
  text = g_strdup_printf (F_("Extract from the register of deliberations %s"),
                          assembly_phrase (assembly, FALSE));
  maillage_document_add_paragraph (document, text);
  g_clear_pointer (&text, g_free);

  text = g_strdup_printf (F_("Session of %s"), day);
  add_bold (document, text);
  g_clear_pointer (&text, g_free);

  add_labelled (document, F_("Deliberation no.:"), or_blank (maillage_assembly_get_number (assembly)));
  add_labelled (document, F_("Subject:"), or_blank (maillage_deliberation_get_object (deliberation)));
}

static void
add_count_row (MaillageBlock *table,
               const char    *label,
               guint          count)
{
  g_autofree char *number = maillage_format_integer (count);
  const char *row[] = { label, number, NULL };

  maillage_block_append_row (table, row);
}

/* When, where, who presided; the members and the quorum; the convocation
 * and the secrétaire de séance. */
static void
add_session (MaillageDeliberationBuilder *self,
             MaillageDocument            *document,
             MaillageAssembly            *assembly)
{
  g_autofree char *day = format_day (maillage_assembly_get_date (assembly));
  g_autofree char *time = format_time (maillage_assembly_get_time (assembly));
  g_autofree char *convened = format_day (maillage_assembly_get_convocation_date (assembly));
  g_autofree char *text = NULL;
  const char *header[] = { F_("Members"), F_("Number"), NULL };
  MaillageBlock *table;
  guint members = maillage_assembly_get_members (assembly);
  guint present = maillage_assembly_get_present (assembly);

  /* Translators: « Le 28 janvier 2027 à 18 h 30, le conseil communautaire,
   * dûment convoqué le 21 janvier 2027, s’est réuni à la salle du conseil,
   * sous la présidence de Mme Martin, Présidente. » */
  text = g_strdup_printf (F_("On %s at %s, %s, duly convened on %s, met at %s, chaired by %s, %s."),
                          day, time, assembly_phrase (assembly, TRUE), convened,
                          or_blank (maillage_assembly_get_place (assembly)),
                          or_blank (maillage_assembly_get_president (assembly)),
                          or_blank (maillage_assembly_get_president_title (assembly)));
  maillage_document_add_paragraph (document, text);
  g_clear_pointer (&text, g_free);

  table = maillage_document_add_table (document, F_("Members of the session"), header);
  maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
  add_count_row (table, F_("In office"), members);
  add_count_row (table, F_("Present"), present);
  add_count_row (table, F_("Represented"), maillage_assembly_get_represented (assembly));
  add_count_row (table, F_("Voters"), maillage_assembly_get_voters (assembly));

  if (members == 0)
    text = g_strdup (F_("Quorum: the number of members in office is to be given."));
  else if (maillage_assembly_has_quorum (assembly))
    /* Translators: %u present, %u in office, %u the majority needed */
    text = g_strdup_printf (F_("Quorum: met, %u members present out of %u in office (majority: %u)."),
                            present, members, members / 2 + 1);
  else
    text = g_strdup_printf (F_("Quorum: not met, %u members present out of %u in office (majority: %u)."),
                            present, members, members / 2 + 1);
  maillage_document_add_paragraph (document, text);
  g_clear_pointer (&text, g_free);

  add_labelled (document, F_("Date of the convocation:"), convened);
  add_labelled (document, F_("Secretary of the session:"),
                or_blank (maillage_assembly_get_secretary (assembly)));
}

/* Each visa (« Vu %s ; ») or each considérant (« Considérant %s ; »). */
static void
add_clauses (MaillageDocument   *document,
             gboolean            visas,
             const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *item = g_strdup (list[i]);
      g_autofree char *text = NULL;
      gsize length;

      /* The clause brings its own punctuation. */
      g_strstrip (item);
      length = strlen (item);
      while (length > 0 && strchr (".;,", item[length - 1]) != NULL)
        item[--length] = '\0';
      if (length == 0)
        continue;

      if (visas)
        /* Translators: a visa of a deliberation: « Vu la loi… ; » */
        text = g_strdup_printf (F_("Having regard to %s;"), item);
      else
        /* Translators: a considérant: « Considérant que… ; » */
        text = g_strdup_printf (F_("Considering %s;"), item);
      maillage_document_add_paragraph (document, text);
    }
}

static void
add_articles (MaillageDocument   *document,
              const char * const *articles)
{
  for (guint i = 0; articles[i] != NULL; i++)
    {
      g_autofree char *label = maillage_deliberation_builder_dup_article_label (i + 1);

      add_bold (document, label);
      add_text (document, articles[i]);
    }
}

static void
add_vote (MaillageDocument *document,
          MaillageAssembly *assembly)
{
  guint voters = maillage_assembly_get_voters (assembly);
  guint votes_for = maillage_assembly_get_votes_for (assembly);
  guint votes_against = maillage_assembly_get_votes_against (assembly);
  guint abstentions = maillage_assembly_get_abstentions (assembly);
  g_autofree char *text = NULL;

  add_bold (document, F_("Vote"));

  if (maillage_assembly_get_unanimous (assembly))
    {
      maillage_document_add_paragraph (document, F_("Adopted unanimously."));
      return;
    }

  if (votes_for + votes_against + abstentions == 0)
    {
      /* Not voted yet: the lines to fill in. */
      maillage_document_add_paragraph (document, F_("For: … – Against: … – Abstentions: …"));
      return;
    }

  /* Translators: the counts of a vote */
  text = g_strdup_printf (F_("Voters: %u – For: %u – Against: %u – Abstentions: %u"),
                          voters, votes_for, votes_against, abstentions);
  maillage_document_add_paragraph (document, text);
  maillage_document_add_paragraph (document,
                                   maillage_assembly_is_adopted (assembly)
                                   ? F_("Adopted by the majority of the votes cast.")
                                   : F_("Rejected."));
}

static void
add_closing (MaillageDeliberationBuilder *self,
             MaillageDocument            *document,
             MaillageAssembly            *assembly)
{
  MaillageDeliberation *deliberation = maillage_project_get_deliberation (self->project);
  const char *code = maillage_territory_get_departement (maillage_project_get_territory (self->project));
  g_autofree char *day = format_day (maillage_assembly_get_date (assembly));
  g_autofree char *sent = format_stamp (maillage_assembly_get_prefecture_date (assembly));
  g_autofree char *actes_id = maillage_assembly_dup_actes_id (assembly, code != NULL ? code : "");
  g_autofree char *text = NULL;
  g_autofree char *president = NULL;
  const char *header[3] = { NULL, NULL, NULL };
  const char *names[3] = { NULL, NULL, NULL };
  const char *items[5] = { NULL, };
  g_autofree char *item_sent = NULL;
  g_autofree char *item_received = NULL;
  g_autofree char *item_published = NULL;
  g_autofree char *item_id = NULL;
  MaillageBlock *table;
  const char *place = maillage_assembly_get_place (assembly);
  const char *comma = strrchr (place, ',');
  /* « Fait à » names the town: the last part of « Salle du conseil,
   * hôtel communautaire, Sorneval ». */
  g_autofree char *town = g_strstrip (g_strdup (or_blank (comma != NULL ? comma + 1 : place)));

  /* Translators: « Fait à Sorneval, le 28 janvier 2027. » */
  text = g_strdup_printf (F_("Done at %s, on %s."), town, day);
  maillage_document_add_paragraph (document, text);

  /* Since 1 July 2022 the president and the secrétaire de séance sign. */
  president = g_strdup (or_blank (maillage_assembly_get_president_title (assembly)));
  header[0] = president;
  header[1] = F_("The secretary of the session");
  names[0] = or_blank (maillage_assembly_get_president (assembly));
  names[1] = or_blank (maillage_assembly_get_secretary (assembly));
  table = maillage_document_add_table (document, F_("Signatures"), header);
  maillage_block_append_row (table, names);

  if (*maillage_deliberation_get_appeal (deliberation) != '\0')
    {
      add_bold (document, F_("Means and time limits of appeal"));
      add_text (document, maillage_deliberation_get_appeal (deliberation));
    }

  /* The @ctes stamp: what the acknowledgement of the préfecture fills. */
  add_bold (document, F_("Acknowledgement of receipt by the prefecture"));
  item_sent = g_strdup_printf (F_("Sent to the prefecture on: %s"), sent);
  item_received = g_strdup_printf (F_("Received at the prefecture on: %s"), BLANK);
  item_published = g_strdup_printf (F_("Published on: %s"), BLANK);
  item_id = g_strdup_printf (F_("ID: %s"), actes_id != NULL ? actes_id : BLANK);
  items[0] = item_sent;
  items[1] = item_received;
  items[2] = item_published;
  items[3] = item_id;
  maillage_document_add_list (document, FALSE, items);
}

/**
 * maillage_deliberation_builder_build_deliberation:
 * @self: a #MaillageDeliberationBuilder
 * @assembly: the assembly that votes
 *
 * Returns: (transfer full): the projet de délibération of @assembly
 */
MaillageDocument *
maillage_deliberation_builder_build_deliberation (MaillageDeliberationBuilder *self,
                                                  MaillageAssembly            *assembly)
{
  MaillageDeliberation *deliberation;
  MaillageDocument *document;
  g_autofree char *decides = NULL;
  const char *report;

  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION_BUILDER (self), NULL);
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (assembly), NULL);

  deliberation = maillage_project_get_deliberation (self->project);
  document = new_document (self, MAILLAGE_PACK_DOCUMENT_DELIBERATION, assembly);

  maillage_document_add_part (document, MAILLAGE_PART_DELIBERATION,
                              maillage_deliberation_builder_get_document_title (MAILLAGE_PACK_DOCUMENT_DELIBERATION));
  add_deliberation_header (self, document, assembly);
  add_session (self, document, assembly);

  report = maillage_deliberation_get_report (deliberation);
  if (*report != '\0')
    {
      add_bold (document, F_("Report"));
      add_text (document, report);
    }

  add_clauses (document, TRUE, maillage_deliberation_get_visas (deliberation));
  add_clauses (document, FALSE, maillage_deliberation_get_considerants (deliberation));

  /* Translators: %s is « le conseil communautaire »; DÉCIDE in capitals */
  decides = g_strdup_printf (F_("Having deliberated, %s DECIDES:"), assembly_phrase (assembly, TRUE));
  add_bold (document, decides);
  add_articles (document, maillage_deliberation_get_articles (deliberation));

  add_vote (document, assembly);
  add_closing (self, document, assembly);

  return document;
}

/**
 * maillage_deliberation_builder_list_counted_actions:
 * @project: a project
 *
 * The actions of the plan whose budget counts: all but the cancelled ones,
 * which cost nothing.
 *
 * Returns: (transfer full): a list of #MaillageAction
 */
GListModel *
maillage_deliberation_builder_list_counted_actions (MaillageProject *project)
{
  GListModel *actions = maillage_project_get_actions (project);
  GListStore *live = g_list_store_new (MAILLAGE_TYPE_ACTION);
  guint n_actions = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(MaillageAction) action = g_list_model_get_item (actions, i);

      if (maillage_action_get_status (action) != MAILLAGE_ACTION_STATUS_CANCELLED)
        g_list_store_append (live, action);
    }

  return G_LIST_MODEL (live);
}

static void
add_money_row (MaillageBlock *table,
               const char    *label,
               gint64         investment,
               gint64         operating)
{
  g_autofree char *i = maillage_format_money (investment);
  g_autofree char *o = maillage_format_money (operating);
  g_autofree char *t = maillage_format_money (investment + operating);
  const char *row[] = { label, i, o, t, NULL };

  maillage_block_append_row (table, row);
}

static MaillageBlock *
add_money_table (MaillageDocument *document,
                 const char       *caption,
                 const char       *first_column)
{
  const char *header[] = { first_column, F_("Investment"), F_("Operating"), F_("Total"), NULL };
  MaillageBlock *table = maillage_document_add_table (document, caption, header);

  for (guint column = 1; column < 4; column++)
    maillage_block_set_alignment (table, column, MAILLAGE_ALIGNMENT_END);

  return table;
}

static void
add_budget (MaillageDeliberationBuilder *self,
            MaillageDocument            *document)
{
  g_autoptr(GListModel) actions = maillage_deliberation_builder_list_counted_actions (self->project);
  g_autoptr(MaillagePlanTotals) totals = maillage_plan_totals_new (actions);
  g_auto(GStrv) years = maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_YEAR);
  g_auto(GStrv) axes = maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_AXIS);
  g_auto(GStrv) funders = maillage_plan_totals_list_keys (totals, MAILLAGE_PLAN_GROUP_FUNDER);
  guint n_actions = g_list_model_get_n_items (actions);
  gint64 investment = 0, operating = 0, cofinancing = 0;
  g_autofree char *total_text = NULL;
  g_autofree char *sentence = NULL;
  MaillageBlock *table;

  maillage_document_add_heading (document, 1, F_("The budget of the action plan"));

  if (n_actions == 0)
    {
      maillage_document_add_paragraph (document, F_("The action plan has no action yet."));
      return;
    }

  for (guint i = 0; years[i] != NULL; i++)
    {
      investment += maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, years[i]);
      operating += maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, years[i]);
    }
  for (guint i = 0; funders[i] != NULL; i++)
    cofinancing += maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_FUNDER, funders[i]);

  total_text = maillage_format_money (investment + operating);
  /* Translators: %u actions (not cancelled), %s the total in euros */
  sentence = g_strdup_printf (FN_("The action plan counts %u action, for a total of %s.",
                                  "The action plan counts %u actions, for a total of %s.",
                                  n_actions),
                              n_actions, total_text);
  maillage_document_add_paragraph (document, sentence);

  maillage_document_add_heading (document, 2, F_("By year"));
  table = add_money_table (document, F_("Budget of the action plan by year"), F_("Year"));
  for (guint i = 0; years[i] != NULL; i++)
    add_money_row (table, years[i],
                   maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_YEAR, years[i]),
                   maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_YEAR, years[i]));
  add_money_row (table, F_("Total"), investment, operating);

  maillage_document_add_heading (document, 2, F_("By axis"));
  table = add_money_table (document, F_("Budget of the action plan by strategic axis"), F_("Axis"));
  for (guint i = 0; axes[i] != NULL; i++)
    add_money_row (table, *axes[i] != '\0' ? axes[i] : F_("No axis"),
                   maillage_plan_totals_get_investment (totals, MAILLAGE_PLAN_GROUP_AXIS, axes[i]),
                   maillage_plan_totals_get_operating (totals, MAILLAGE_PLAN_GROUP_AXIS, axes[i]));

  maillage_document_add_heading (document, 2, F_("Co-financing"));
  if (funders[0] == NULL)
    {
      maillage_document_add_paragraph (document, F_("No co-financing is expected yet."));
    }
  else
    {
      const char *header[] = { F_("Funder"), F_("Amount"), NULL };
      g_autofree char *cofinanced = maillage_format_money (cofinancing);
      g_autofree char *remaining = maillage_format_money (investment + operating - cofinancing);
      g_autofree char *text = NULL;
      const char *total_row[] = { F_("Total"), cofinanced, NULL };

      table = maillage_document_add_table (document, F_("Expected co-financing"), header);
      maillage_block_set_alignment (table, 1, MAILLAGE_ALIGNMENT_END);
      for (guint i = 0; funders[i] != NULL; i++)
        {
          g_autofree char *amount =
            maillage_format_money (maillage_plan_totals_get_cofinancing (totals, MAILLAGE_PLAN_GROUP_FUNDER,
                                                                         funders[i]));
          const char *row[] = { funders[i], amount, NULL };

          maillage_block_append_row (table, row);
        }
      maillage_block_append_row (table, total_row);

      /* Translators: %s the part of the plan the collectivité pays */
      text = g_strdup_printf (F_("What remains for the collectivité to pay is %s."), remaining);
      maillage_document_add_paragraph (document, text);
    }
}

static void
add_key_points (MaillageDeliberationBuilder *self,
                MaillageDocument            *document)
{
  guint n_modules = self->modules != NULL ? g_list_model_get_n_items (self->modules) : 0;

  maillage_document_add_heading (document, 1, F_("The strategy, module by module"));
  if (n_modules == 0)
    {
      maillage_document_add_paragraph (document, F_("No module of the strategy is active."));
      return;
    }

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(MaillageModule) module = g_list_model_get_item (self->modules, i);
      g_autofree char *title = maillage_deliberation_builder_dup_module_title (module);
      g_auto(GStrv) points = maillage_module_list_key_points (module);

      maillage_document_add_heading (document, 2, title);
      if (points == NULL || points[0] == NULL)
        maillage_document_add_paragraph (document, F_("This module gives no key point yet."));
      else
        maillage_document_add_list (document, FALSE, (const char * const *) points);
    }
}

/**
 * maillage_deliberation_builder_build_note:
 * @self: a #MaillageDeliberationBuilder
 * @assembly: the assembly convened
 *
 * Returns: (transfer full): the note explicative de synthèse sent with
 *   the convocation of @assembly
 */
MaillageDocument *
maillage_deliberation_builder_build_note (MaillageDeliberationBuilder *self,
                                          MaillageAssembly            *assembly)
{
  MaillageDeliberation *deliberation;
  MaillageDocument *document;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  const char * const *articles;

  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION_BUILDER (self), NULL);
  g_return_val_if_fail (MAILLAGE_IS_ASSEMBLY (assembly), NULL);

  deliberation = maillage_project_get_deliberation (self->project);
  document = new_document (self, MAILLAGE_PACK_DOCUMENT_NOTE, assembly);
  day = format_day (maillage_assembly_get_date (assembly));
  name = maillage_deliberation_builder_dup_assembly_name (assembly);

  maillage_document_add_part (document, MAILLAGE_PART_NOTE,
                              maillage_deliberation_builder_get_document_title (MAILLAGE_PACK_DOCUMENT_NOTE));
  add_bold (document, collectivite_name (self, assembly));
  /* Translators: « Conseil communautaire – séance du 28 janvier 2027 » */
  text = g_strdup_printf (F_("%s – session of %s"), name, day);
  maillage_document_add_paragraph (document, text);
  add_labelled (document, F_("Subject:"), or_blank (maillage_deliberation_get_object (deliberation)));

  maillage_document_add_heading (document, 1, F_("Context"));
  if (*maillage_deliberation_get_report (deliberation) != '\0')
    add_text (document, maillage_deliberation_get_report (deliberation));
  else
    maillage_document_add_paragraph (document,
                                     F_("The territorial digital strategy annexed sets out the "
                                        "diagnostic of the territory, the orientations chosen "
                                        "and the action plan that implements them."));

  add_key_points (self, document);
  add_budget (self, document);

  maillage_document_add_heading (document, 1, F_("What the assembly is asked to decide"));
  /* Translators: %s is « le conseil communautaire » */
  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (F_("It is proposed that %s decide:"), assembly_phrase (assembly, TRUE));
  maillage_document_add_paragraph (document, text);
  articles = maillage_deliberation_get_articles (deliberation);
  if (articles[0] != NULL)
    maillage_document_add_list (document, TRUE, articles);
  else
    maillage_document_add_paragraph (document, F_("The articles of the deliberation are to be written."));

  return document;
}

/**
 * maillage_deliberation_builder_build_annex:
 * @self: a #MaillageDeliberationBuilder
 *
 * Returns: (transfer full): the annex: the strategy, every active
 *   module's chapter in order, the same for every assembly
 */
MaillageDocument *
maillage_deliberation_builder_build_annex (MaillageDeliberationBuilder *self)
{
  g_autoptr(MaillageStrategyBuilder) strategy = NULL;
  MaillageDocument *document;

  g_return_val_if_fail (MAILLAGE_IS_DELIBERATION_BUILDER (self), NULL);

  strategy = maillage_strategy_builder_new (self->project, self->modules);
  document = new_document (self, MAILLAGE_PACK_DOCUMENT_ANNEX, NULL);
  maillage_strategy_builder_append_annex (strategy, document);

  return document;
}

/**
 * maillage_deliberation_builder_build:
 * @self: a #MaillageDeliberationBuilder
 * @kind: which document
 * @assembly: (nullable): the assembly; ignored for the annex
 *
 * Returns: (transfer full): the document
 */
MaillageDocument *
maillage_deliberation_builder_build (MaillageDeliberationBuilder *self,
                                     MaillagePackDocument         kind,
                                     MaillageAssembly            *assembly)
{
  switch (kind)
    {
    case MAILLAGE_PACK_DOCUMENT_DELIBERATION:
      return maillage_deliberation_builder_build_deliberation (self, assembly);
    case MAILLAGE_PACK_DOCUMENT_NOTE:
      return maillage_deliberation_builder_build_note (self, assembly);
    case MAILLAGE_PACK_DOCUMENT_ANNEX:
      return maillage_deliberation_builder_build_annex (self);
    default:
      g_return_val_if_reached (NULL);
    }
}
