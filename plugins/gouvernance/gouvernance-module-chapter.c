/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-module-chapter.c: the Gouvernance chapter of the strategy:
 * the échelon and the perimeter, with the context note as typed; the
 * steering bodies in a table, then who sits in each; the members and
 * co-porteurs with their SIREN or SIRET numbers; the coordinator; the
 * conseils locaux du numérique; the plan for training and informing
 * elected members and staff, with its sessions by date. And its key
 * points, for the note de synthèse and the délibération.
 *
 * Only blocks: a module never knows a file format. Every fixed word comes
 * from the French catalogue (F_), whatever the interface's language; the
 * user's text goes in as typed, and the document applies French
 * typography to both.
 */
#define G_LOG_DOMAIN "gouvernance-module"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gouvernance-date.h"
#include "gouvernance-module-private.h"
#include "gouvernance-vocabulary.h"

/* In a cell that has nothing to say. */
#define EMPTY_CELL "—"

/* “Label: value”, the label in bold. */
static void
add_labelled (MaillageDocument *document,
              const char       *label,
              const char       *value)
{
  MaillageBlock *paragraph = maillage_document_add_rich_paragraph (document);
  g_autofree char *label_text = g_strconcat (label, " ", NULL);

  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, label_text);
  maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_NONE, value);
}

static void
add_scale (GouvernanceModule *self,
           MaillageDocument  *document)
{
  g_autofree char *perimeter = g_strstrip (g_strdup (self->perimeter));

  maillage_document_add_heading (document, 2, F_("Scale and Perimeter"));

  if (self->echelon != GOUVERNANCE_ECHELON_NONE)
    add_labelled (document, F_("Scale of the governance:"),
                  gouvernance_vocabulary_french_label (GOUVERNANCE_VOCABULARY_ECHELON, self->echelon));
  if (*perimeter != '\0')
    add_labelled (document, F_("Perimeter:"), perimeter);
  if (self->echelon == GOUVERNANCE_ECHELON_NONE && *perimeter == '\0')
    maillage_document_add_paragraph (document,
                                     F_("The scale and the perimeter of the governance are not set yet."));

  maillage_document_add_text (document, self->context);
}

/* “26 mars 2027”, or a dash. */
static char *
format_date (const char *iso)
{
  g_autoptr(GDate) date = gouvernance_date_to_gdate (iso);

  if (date == NULL)
    return g_strdup (EMPTY_CELL);
  return maillage_format_date (date);
}

static void
add_body_members (GouvernanceBody  *body,
                  MaillageDocument *document)
{
  guint n = gouvernance_body_get_n_participants (body);
  g_autoptr(GPtrArray) items = g_ptr_array_new_null_terminated (n, g_free, TRUE);

  for (guint i = 0; i < n; i++)
    {
      const GouvernanceParticipant *participant = gouvernance_body_get_participant (body, i);
      g_autofree char *role = g_strstrip (g_strdup (participant->role));

      if (*role == '\0')
        g_ptr_array_add (items, g_strdup (participant->name));
      else
        /* “Marie Durand, vice-présidente chargée du numérique” */
        g_ptr_array_add (items, g_strdup_printf ("%s, %s", participant->name, role));
    }

  maillage_document_add_heading (document, 3, gouvernance_body_get_name (body));
  maillage_document_add_list (document, FALSE, (const char * const *) items->pdata);
}

static void
add_bodies (GouvernanceModule *self,
            MaillageDocument  *document)
{
  GListModel *bodies = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_BODIES]);
  guint n = g_list_model_get_n_items (bodies);
  const char *header[] = {
    F_("Body"), F_("Kind"), F_("Frequency"), F_("Next meeting"), F_("Members"), NULL
  };
  MaillageBlock *table;

  maillage_document_add_heading (document, 2, F_("Steering Bodies"));
  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No steering body is set up yet."));
      return;
    }

  table = maillage_document_add_table (document, F_("Steering bodies and how often they meet"), header);
  maillage_block_set_alignment (table, 4, MAILLAGE_ALIGNMENT_END);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceBody) body = g_list_model_get_item (bodies, i);
      g_autofree char *next = format_date (gouvernance_body_get_next_meeting (body));
      g_autofree char *count = maillage_format_integer (gouvernance_body_get_n_participants (body));
      const char *frequency = gouvernance_body_get_frequency (body);
      const char *row[] = {
        gouvernance_body_get_name (body),
        gouvernance_vocabulary_french_label (GOUVERNANCE_VOCABULARY_BODY_KIND, gouvernance_body_get_kind (body)),
        *frequency != '\0' ? frequency : EMPTY_CELL,
        next, count, NULL
      };

      maillage_block_append_row (table, row);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceBody) body = g_list_model_get_item (bodies, i);

      if (gouvernance_body_get_n_participants (body) > 0)
        add_body_members (body, document);
    }
}

static void
add_members (GouvernanceModule *self,
             MaillageDocument  *document)
{
  GListModel *members = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_MEMBERS]);
  guint n = g_list_model_get_n_items (members);
  const char *header[] = { F_("Member"), F_("Kind"), F_("SIREN or SIRET"), F_("Roles"), NULL };
  MaillageBlock *table;

  maillage_document_add_heading (document, 2, F_("Members and Co-Sponsors"));
  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No member of the governance is listed yet."));
      return;
    }

  table = maillage_document_add_table (document, F_("Members of the governance"), header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceMember) member = g_list_model_get_item (members, i);
      const char *siren = gouvernance_member_get_siren (member);
      g_autofree char *number = *siren != '\0' ? maillage_siren_format (siren) : g_strdup (EMPTY_CELL);
      g_autofree char *roles = gouvernance_roles_to_label (gouvernance_member_get_roles (member), TRUE);
      const char *row[] = {
        gouvernance_member_get_name (member),
        gouvernance_vocabulary_french_label (GOUVERNANCE_VOCABULARY_MEMBER_KIND,
                                             gouvernance_member_get_kind (member)),
        number,
        *roles != '\0' ? roles : EMPTY_CELL,
        NULL
      };

      maillage_block_append_row (table, row);
    }
}

static void
add_coordinator (GouvernanceModule *self,
                 MaillageDocument  *document)
{
  static const char * const labels[GOUVERNANCE_N_COORDINATOR_FIELDS] = {
    N_("Coordinator:"), N_("Function:"), N_("Organisation:"), N_("Email:"),
  };

  maillage_document_add_heading (document, 2, F_("Coordination"));
  if (!gouvernance_module_has_coordinator (self))
    {
      maillage_document_add_paragraph (document, F_("No coordinator is named yet."));
      return;
    }

  for (guint i = 0; i < GOUVERNANCE_N_COORDINATOR_FIELDS; i++)
    {
      g_autofree char *value = g_strstrip (g_strdup (self->coordinator[i]));
      MaillageBlock *paragraph;
      g_autofree char *label = NULL;
      g_autofree char *uri = NULL;

      if (*value == '\0')
        continue;
      if (i != GOUVERNANCE_COORDINATOR_EMAIL)
        {
          add_labelled (document, F_(labels[i]), value);
          continue;
        }

      /* The address as a link, so that a PDF or a web page can be
       * clicked. */
      paragraph = maillage_document_add_rich_paragraph (document);
      label = g_strconcat (F_(labels[i]), " ", NULL);
      uri = g_strconcat ("mailto:", value, NULL);
      maillage_block_append_span (paragraph, MAILLAGE_TEXT_STYLE_BOLD, label);
      maillage_block_append_link (paragraph, value, uri);
    }
}

/* The names of @council's communes, in its order; a code the territory
 * does not know is written as it is. */
static char *
council_communes (GouvernanceModule  *self,
                  GouvernanceCouncil *council)
{
  MaillageTerritory *territory = gouvernance_module_get_territory (self);
  const char * const *codes = gouvernance_council_get_communes (council);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      MaillageCommune *commune = territory != NULL ? maillage_territory_find_commune (territory, codes[i]) : NULL;

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, commune != NULL ? maillage_commune_get_name (commune) : codes[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_councils (GouvernanceModule *self,
              MaillageDocument  *document)
{
  GListModel *councils = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_COUNCILS]);
  guint n = g_list_model_get_n_items (councils);
  const char *header[] = { F_("Council"), F_("Communes"), F_("Area"), F_("Status"), NULL };
  MaillageBlock *table;

  maillage_document_add_heading (document, 2, F_("Local Digital Councils"));
  if (n == 0)
    {
      maillage_document_add_paragraph (document, F_("No local digital council is planned yet."));
      return;
    }

  table = maillage_document_add_table (document, F_("Local digital councils and the communes they cover"), header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceCouncil) council = g_list_model_get_item (councils, i);
      g_autofree char *communes = council_communes (self, council);
      const char *area = gouvernance_council_get_area (council);
      const char *row[] = {
        gouvernance_council_get_name (council),
        *communes != '\0' ? communes : EMPTY_CELL,
        *area != '\0' ? area : EMPTY_CELL,
        gouvernance_vocabulary_french_label (GOUVERNANCE_VOCABULARY_COUNCIL_STATUS,
                                             gouvernance_council_get_status (council)),
        NULL
      };

      maillage_block_append_row (table, row);
    }
}

/* Sessions by date, those without a date last, in their order. */
static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const char *date_a = gouvernance_session_get_date (*(GouvernanceSession * const *) a);
  const char *date_b = gouvernance_session_get_date (*(GouvernanceSession * const *) b);

  if ((*date_a == '\0') != (*date_b == '\0'))
    return *date_a == '\0' ? 1 : -1;
  return strcmp (date_a, date_b);
}

static void
add_training (GouvernanceModule *self,
              MaillageDocument  *document)
{
  GListModel *sessions = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_SESSIONS]);
  guint n = g_list_model_get_n_items (sessions);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);
  const char *header[] = { F_("Date"), F_("Audience"), F_("Topic"), NULL };
  MaillageBlock *table;
  guint n_paragraphs;

  maillage_document_add_heading (document, 2, F_("Training of Elected Members and Staff"));
  n_paragraphs = maillage_document_add_text (document, self->training_plan);
  if (n == 0)
    {
      if (n_paragraphs == 0)
        maillage_document_add_paragraph (document, F_("The training plan is not written yet."));
      return;
    }

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (sessions, i));
  /* Stable: sessions of the same day keep their order. */
  g_ptr_array_sort (sorted, compare_sessions);

  table = maillage_document_add_table (document, F_("Training and information sessions"), header);
  for (guint i = 0; i < sorted->len; i++)
    {
      GouvernanceSession *session = g_ptr_array_index (sorted, i);
      const char *iso = gouvernance_session_get_date (session);
      g_autoptr(GDate) date = gouvernance_date_to_gdate (iso);
      g_autofree char *when = date != NULL ? maillage_format_date (date) : g_strdup (F_("To be set"));
      const char *row[] = {
        when,
        gouvernance_vocabulary_french_label (GOUVERNANCE_VOCABULARY_AUDIENCE,
                                             gouvernance_session_get_audience (session)),
        gouvernance_session_get_topic (session),
        NULL
      };

      maillage_block_append_row (table, row);
    }
}

void
_gouvernance_module_build_chapter (MaillageModule   *module,
                                   MaillageDocument *document)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (module);

  maillage_document_add_heading (document, 1, F_("Governance"));
  add_scale (self, document);
  add_bodies (self, document);
  add_members (self, document);
  add_coordinator (self, document);
  add_councils (self, document);
  add_training (self, document);
}

/* “A, B et C”: the names of the items of @list that @keep accepts (all
 * when NULL), and how many there are. */
static char *
join_names (GListModel   *list,
            const char *(*get_name) (gpointer item),
            gboolean    (*keep) (gpointer item),
            guint        *n_kept)
{
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (n, g_free, TRUE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (keep == NULL || keep (item))
        g_ptr_array_add (names, g_strdup (get_name (item)));
    }

  *n_kept = names->len;
  /* An empty array may have no storage at all yet. */
  if (names->len == 0)
    return g_strdup ("");
  return maillage_format_enumeration ((const char * const *) names->pdata);
}

static const char *
body_name (gpointer item)
{
  return gouvernance_body_get_name (item);
}

static const char *
member_name (gpointer item)
{
  return gouvernance_member_get_name (item);
}

static gboolean
member_is_coporteur (gpointer item)
{
  return (gouvernance_member_get_roles (item) & GOUVERNANCE_ROLE_COPORTEUR) != 0;
}

/* « La stratégie est pilotée par 3 instances : … » */
static char *
bodies_point (GouvernanceModule *self)
{
  guint n;
  g_autofree char *names = join_names (G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_BODIES]), body_name, NULL, &n);

  if (n == 0)
    return NULL;
  /* Translators: the number of steering bodies, then their names */
  return g_strdup_printf (FN_("The strategy is steered by %u body: %s.",
                              "The strategy is steered by %u bodies: %s.", n),
                          n, names);
}

/* « La gouvernance réunit 9 membres, dont 3 co-porteurs : … » */
static char *
members_point (GouvernanceModule *self)
{
  GListModel *members = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_MEMBERS]);
  guint n = g_list_model_get_n_items (members);
  guint n_coporteurs;
  g_autofree char *coporteurs = join_names (members, member_name, member_is_coporteur, &n_coporteurs);

  if (n == 0)
    return NULL;
  /* The number of co-sponsors chooses the plural; there are more members
   * than that, so “members” is always plural there. */
  if (n_coporteurs > 0 && n > 1)
    /* Translators: the number of members, the number of co-sponsors, then
     * the names of the co-sponsors */
    return g_strdup_printf (FN_("The governance brings together %u members, including %u co-sponsor: %s.",
                                "The governance brings together %u members, including %u co-sponsors: %s.",
                                n_coporteurs),
                            n, n_coporteurs, coporteurs);
  return g_strdup_printf (FN_("The governance brings together %u member.",
                              "The governance brings together %u members.", n),
                          n);
}

/* « 3 conseils locaux du numérique couvrent 15 des 31 communes du
 * territoire. » Only the communes the territory knows are counted, each
 * once. */
static char *
councils_point (GouvernanceModule *self)
{
  GListModel *councils = G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_COUNCILS]);
  MaillageTerritory *territory = gouvernance_module_get_territory (self);
  guint n = g_list_model_get_n_items (councils);
  guint n_communes = territory != NULL ? g_list_model_get_n_items (maillage_territory_get_communes (territory)) : 0;
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);

  if (n == 0)
    return NULL;
  if (n_communes == 0)
    return g_strdup_printf (FN_("%u local digital council is set up or planned.",
                                "%u local digital councils are set up or planned.", n),
                            n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GouvernanceCouncil) council = g_list_model_get_item (councils, i);
      const char * const *codes = gouvernance_council_get_communes (council);

      for (guint j = 0; codes[j] != NULL; j++)
        {
          MaillageCommune *commune = maillage_territory_find_commune (territory, codes[j]);

          /* The commune's own code: it lives as long as the territory. */
          if (commune != NULL)
            g_hash_table_add (covered, (gpointer) maillage_commune_get_insee (commune));
        }
    }

  /* Translators: the number of councils, then “%u of the %u communes” */
  return g_strdup_printf (FN_("%u local digital council covers %u of the %u communes of the territory.",
                              "%u local digital councils cover %u of the %u communes of the territory.", n),
                          n, g_hash_table_size (covered), n_communes);
}

static char *
training_point (GouvernanceModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lists[GOUVERNANCE_LIST_SESSIONS]));

  if (n == 0)
    return NULL;
  return g_strdup_printf (FN_("%u training or information session is planned for elected members and staff.",
                              "%u training or information sessions are planned for elected members and staff.",
                              n),
                          n);
}

/* For the note de synthèse and the considérants: who steers the strategy,
 * with whom, how close to the communes, and how elected members and staff
 * are trained. The first two become considérants: they stand alone. */
char **
_gouvernance_module_list_key_points (MaillageModule *module)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (module);
  char *(*points[]) (GouvernanceModule *) = { bodies_point, members_point, councils_point, training_point };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autofree char *point = points[i] (self);

      if (point != NULL)
        g_strv_builder_add (builder, point);
    }

  return g_strv_builder_end (builder);
}
