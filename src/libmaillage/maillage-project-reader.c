/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-reader.c: a parsed project file (a JsonNode) becomes a
 * MaillageProject, or an error that names the JSON path of the member at
 * fault (“$.territory.communes[3].population”).
 *
 * maillage_json_parse_deferred() has already refused what is not JSON
 * (syntax, encoding, size, depth, duplicate members), and set aside the
 * text of each module's object; here we check the structure.
 * The project is built fresh and only handed out when everything was read,
 * so there is never a half-loaded project.
 *
 * Version 0 (the pre-release draft) is migrated on the way in: its
 * territory was under `collectivite`, and its amounts were euros with up to
 * two decimals. A newer version than ours is read as if it were ours,
 * keeping what we do not know, and the project is read-only.
 */
#define G_LOG_DOMAIN "maillage-project-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "maillage-outlines-private.h"
#include "maillage-project-private.h"
#include "maillage-reader-private.h"

/* Members this version knows, per object; the others are kept as extras. */
static const char * const root_members[] = { "format", "version", "metadata", "territory", "actions", "deliberation", "modules", NULL };
/* Version 0 had `collectivite` where version 1 has `territory`. A stray
 * `territory` in a draft file is dropped, since keeping it would clash with
 * the migrated territory on the next save. */
static const char * const root_members_v0[] = { "format", "version", "metadata", "collectivite", "territory", "actions", "deliberation", "modules", NULL };
static const char * const metadata_members[] = { "title", "authors", "created", "modified", NULL };
static const char * const territory_members[] = { "name", "kind", "siren", "departement", "communes", "outlines", NULL };
static const char * const commune_members[] = { "insee", "name", "population", NULL };
static const char * const action_members[] = { "id", "title", "module", "axis", "pilot", "partners", "start", "end", "status", "budget", "cofinancing", "indicators", NULL };
static const char * const budget_year_members[] = { "investment", "operating", NULL };
static const char * const cofinancing_members[] = { "funder", "amount", NULL };
static const char * const indicator_members[] = { "name", "baseline", "target", NULL };
static const char * const deliberation_members[] = { "object", "matiere_code", "matiere_name", "report", "visas", "considerants", "articles", "appeal", "assemblies", NULL };
/* The text members of an assembly, in the order of the file: their
 * property names are the same with dashes. */
static const char * const assembly_text_members[] = { "name", "collectivite", "siret", "number", "date", "time", "place", "convocation_date", "president", "president_title", "secretary", "prefecture_date", NULL };
static const char * const assembly_count_members[] = { "members", "present", "represented", "for", "against", "abstentions", NULL };
static const char * const assembly_count_properties[] = { "members", "present", "represented", "votes-for", "votes-against", "abstentions", NULL };
static const char * const assembly_members[] = { "kind", "name", "collectivite", "siret", "number", "date", "time", "place", "convocation_date", "president", "president_title", "secretary", "prefecture_date", "members", "present", "represented", "unanimous", "for", "against", "abstentions", NULL };

/* A list being read whose items have a key that must be unique (the INSEE
 * code of a commune, the id of an action): the items so far, and their
 * keys → index + 1. */
static gboolean
date_is_valid_or_empty (const char *date)
{
  return *date == '\0' || maillage_assembly_date_is_valid (date);
}

static gboolean
time_is_valid_or_empty (const char *time)
{
  return *time == '\0' || maillage_assembly_time_is_valid (time);
}

static gboolean
siret_is_valid_or_empty (const char *siret)
{
  return *siret == '\0' || maillage_assembly_siret_is_valid (siret);
}

static gboolean
matiere_code_is_valid_or_empty (const char *code)
{
  return *code == '\0' || maillage_deliberation_matiere_code_is_valid (code);
}

typedef struct
{
  GPtrArray  *items;
  GHashTable *seen;
} KeyedList;

/* Reads the array member @name of @object into @items, with @read_item. */
static gboolean
read_keyed_list (MaillageReader            *r,
                 JsonObject                *object,
                 const char                *name,
                 MaillageReaderElementFunc  read_item,
                 GPtrArray                 *items)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  KeyedList list = { items, seen };

  return maillage_reader_each_element (r, object, name, read_item, &list);
}

static gboolean
read_metadata (MaillageReader  *r,
               JsonObject      *root,
               MaillageProject *project)
{
  g_autoptr(JsonObject) extras = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_auto(GStrv) authors = NULL;
  JsonObject *metadata;
  const char *title;
  gsize mark;

  if (!maillage_reader_object (r, root, "metadata", TRUE, &metadata))
    return FALSE;

  mark = maillage_reader_push_member (r, "metadata");
  if (!maillage_reader_string (r, metadata, "title", TRUE, &title) ||
      !maillage_reader_string_list (r, metadata, "authors", &authors) ||
      !maillage_reader_date_time (r, metadata, "created", &created) ||
      !maillage_reader_date_time (r, metadata, "modified", &modified))
    return FALSE;
  maillage_reader_pop (r, mark);

  maillage_project_set_title (project, title);
  maillage_project_set_authors (project, (const char * const *) authors);
  _maillage_project_set_created (project, created);
  _maillage_project_set_modified (project, modified);
  extras = maillage_reader_collect_extras (metadata, metadata_members);
  _maillage_project_set_metadata_extras (project, extras);

  return TRUE;
}

static gboolean
departement_is_valid (const char *code)
{
  gsize length = strlen (code);

  if (strcmp (code, "2A") == 0 || strcmp (code, "2B") == 0)
    return TRUE;
  if (length != 2 && length != 3)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (code[i]))
        return FALSE;
    }

  return TRUE;
}

/* Reads the commune at the current path into a KeyedList. */
static gboolean
read_commune (MaillageReader *r,
              JsonObject     *object,
              guint           index,
              gpointer        user_data)
{
  KeyedList *communes = user_data;
  g_autoptr(MaillageCommune) commune = NULL;
  g_autoptr(JsonObject) extras = NULL;
  const char *insee;
  const char *name;
  guint64 population;

  if (!maillage_reader_checked_string (r, object, "insee", TRUE, FALSE, maillage_commune_insee_is_valid,
                                       _("%s: %s is not an INSEE code (five digits, or 2A or 2B followed by three digits)"),
                                       &insee) ||
      !maillage_reader_string (r, object, "name", TRUE, &name) ||
      !maillage_reader_count (r, object, "population", G_MAXUINT, &population) ||
      !maillage_reader_unique (r, communes->seen, "insee", insee, index,
                               /* Translators: a JSON path, an INSEE code, then the JSON path of
                                * the commune that already has it. */
                               _("%s: the INSEE code %s is already used by %s")))
    return FALSE;

  commune = maillage_commune_new (insee, name, (guint) population);
  extras = maillage_reader_collect_extras (object, commune_members);
  _maillage_commune_set_extras (commune, extras);
  g_ptr_array_add (communes->items, g_steal_pointer (&commune));

  return TRUE;
}

/* The optional `outlines` of the territory: absent, there are none. */
static gboolean
read_outlines (MaillageReader     *r,
               JsonObject         *territory_object,
               MaillageOutlines  **out)
{
  JsonObject *object;
  gsize mark;

  *out = NULL;
  if (!maillage_reader_object (r, territory_object, "outlines", FALSE, &object))
    return FALSE;
  if (object == NULL)
    return TRUE;

  mark = maillage_reader_push_member (r, "outlines");
  *out = _maillage_outlines_read (r, object);
  if (*out == NULL)
    return FALSE;
  maillage_reader_pop (r, mark);

  return TRUE;
}

static gboolean
read_territory (MaillageReader  *r,
                JsonObject      *root,
                const char      *key,
                MaillageProject *project)
{
  MaillageTerritory *territory = maillage_project_get_territory (project);
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MaillageOutlines) outlines = NULL;
  g_autoptr(JsonObject) extras = NULL;
  MaillageTerritoryKind kind;
  JsonObject *object;
  const char *name;
  const char *kind_name;
  const char *siren;
  const char *departement;
  gsize mark;

  if (!maillage_reader_object (r, root, key, TRUE, &object))
    return FALSE;

  mark = maillage_reader_push_member (r, key);
  if (!maillage_reader_string (r, object, "name", TRUE, &name) ||
      !maillage_reader_string (r, object, "kind", TRUE, &kind_name))
    return FALSE;

  if (!maillage_territory_kind_from_string (kind_name, &kind))
    {
      g_autofree char *found = maillage_reader_quote (kind_name);

      maillage_reader_push_member (r, "kind");
      return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID,
                                   _("%s: unknown kind of territory %s (expected commune, epci, departement or region)"),
                                   r->path->str, found);
    }

  if (!maillage_reader_checked_string (r, object, "siren", FALSE, TRUE, maillage_territory_siren_is_valid,
                                       _("%s: %s is not a SIREN number (nine digits)"),
                                       &siren) ||
      !maillage_reader_checked_string (r, object, "departement", FALSE, TRUE, departement_is_valid,
                                       _("%s: %s is not a département code (two or three digits, or 2A or 2B)"),
                                       &departement) ||
      !read_keyed_list (r, object, "communes", read_commune, communes) ||
      !read_outlines (r, object, &outlines))
    return FALSE;
  maillage_reader_pop (r, mark);

  maillage_territory_replace_communes (territory, communes);
  maillage_territory_set_name (territory, name);
  maillage_territory_set_kind (territory, kind);
  maillage_territory_set_siren (territory, siren);
  maillage_territory_set_departement (territory, departement);
  maillage_territory_set_outlines (territory, outlines);
  extras = maillage_reader_collect_extras (object, territory_members);
  _maillage_territory_set_extras (territory, extras);

  return TRUE;
}

static gboolean
year_is_valid (const char *key)
{
  return strlen (key) == 4 &&
         g_ascii_isdigit (key[0]) && g_ascii_isdigit (key[1]) &&
         g_ascii_isdigit (key[2]) && g_ascii_isdigit (key[3]);
}

static int
compare_budget_lines (gconstpointer a,
                      gconstpointer b)
{
  guint year_a = maillage_budget_line_get_year (*(MaillageBudgetLine * const *) a);
  guint year_b = maillage_budget_line_get_year (*(MaillageBudgetLine * const *) b);

  return (year_a > year_b) - (year_a < year_b);
}

/* Reads the budget year @key at the current path into a GPtrArray. */
static gboolean
read_budget_year (MaillageReader *r,
                  const char     *key,
                  JsonObject     *year,
                  gpointer        user_data)
{
  GPtrArray *lines = user_data;
  g_autoptr(MaillageBudgetLine) line = NULL;
  g_autoptr(JsonObject) extras = NULL;
  gint64 investment;
  gint64 operating;

  if (!maillage_reader_amount (r, year, "investment", &investment) ||
      !maillage_reader_amount (r, year, "operating", &operating))
    return FALSE;

  line = maillage_budget_line_new (atoi (key), investment, operating);
  extras = maillage_reader_collect_extras (year, budget_year_members);
  _maillage_budget_line_set_extras (line, extras);
  g_ptr_array_add (lines, g_steal_pointer (&line));

  return TRUE;
}

static gboolean
read_budget (MaillageReader *r,
             JsonObject     *action_object,
             MaillageAction *action)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);

  if (!maillage_reader_each_member (r, action_object, "budget", year_is_valid,
                                    _("%s: the budget year %s is not a year of four digits"),
                                    read_budget_year, lines))
    return FALSE;

  /* Member names are unique (the parser sees to it), so are the years. */
  g_ptr_array_sort (lines, compare_budget_lines);
  _maillage_action_set_budget (action, lines);

  return TRUE;
}

static gboolean
read_cofinancing (MaillageReader *r,
                  JsonObject     *object,
                  guint           index,
                  gpointer        user_data)
{
  g_autoptr(MaillageCofinancing) line = NULL;
  g_autoptr(JsonObject) extras = NULL;
  const char *funder;
  gint64 amount;

  if (!maillage_reader_string (r, object, "funder", FALSE, &funder) ||
      !maillage_reader_amount (r, object, "amount", &amount))
    return FALSE;

  line = maillage_cofinancing_new (funder, amount);
  extras = maillage_reader_collect_extras (object, cofinancing_members);
  _maillage_cofinancing_set_extras (line, extras);
  maillage_action_add_cofinancing (user_data, line);

  return TRUE;
}

static gboolean
read_indicator (MaillageReader *r,
                JsonObject     *object,
                guint           index,
                gpointer        user_data)
{
  g_autoptr(MaillageActionIndicator) indicator = NULL;
  g_autoptr(JsonObject) extras = NULL;
  const char *name;
  const char *baseline;
  const char *target;

  if (!maillage_reader_string (r, object, "name", FALSE, &name) ||
      !maillage_reader_string (r, object, "baseline", FALSE, &baseline) ||
      !maillage_reader_string (r, object, "target", FALSE, &target))
    return FALSE;

  indicator = maillage_action_indicator_new (name, baseline, target);
  extras = maillage_reader_collect_extras (object, indicator_members);
  _maillage_action_indicator_set_extras (indicator, extras);
  maillage_action_add_indicator (user_data, indicator);

  return TRUE;
}

static gboolean
id_is_not_empty (const char *id)
{
  return *id != '\0';
}

static gboolean
read_status (MaillageReader       *r,
             JsonObject           *object,
             MaillageActionStatus *status)
{
  const char *name;

  *status = MAILLAGE_ACTION_STATUS_PLANNED;
  if (!maillage_reader_string (r, object, "status", FALSE, &name))
    return FALSE;
  if (!json_object_has_member (object, "status") ||
      maillage_action_status_from_string (name, status))
    return TRUE;

  {
    g_autofree char *found = maillage_reader_quote (name);

    maillage_reader_push_member (r, "status");
    return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID,
                                 _("%s: unknown status %s (expected planned, in-progress, done or cancelled)"),
                                 r->path->str, found);
  }
}

/* Reads the action at the current path into a KeyedList. */
static gboolean
read_action (MaillageReader *r,
             JsonObject     *object,
             guint           index,
             gpointer        user_data)
{
  KeyedList *actions = user_data;
  g_autoptr(MaillageAction) action = NULL;
  g_autoptr(JsonObject) extras = NULL;
  g_auto(GStrv) partners = NULL;
  MaillageActionStatus status;
  const char *id, *title, *module, *axis, *pilot, *start, *end;
  const char *bad_month = _("%s: %s is not a month such as 2027-01");

  if (!maillage_reader_checked_string (r, object, "id", TRUE, FALSE, id_is_not_empty,
                                       _("%s: an action id must not be empty"), &id) ||
      !maillage_reader_unique (r, actions->seen, "id", id, index,
                               /* Translators: a JSON path, an action id, then the JSON path of
                                * the action that already has it. */
                               _("%s: the action id %s is already used by %s")))
    return FALSE;

  if (!maillage_reader_string (r, object, "title", TRUE, &title) ||
      !maillage_reader_string (r, object, "module", FALSE, &module) ||
      !maillage_reader_string (r, object, "axis", FALSE, &axis) ||
      !maillage_reader_string (r, object, "pilot", FALSE, &pilot) ||
      !maillage_reader_string_list (r, object, "partners", &partners) ||
      !maillage_reader_checked_string (r, object, "start", FALSE, TRUE,
                                       maillage_action_year_month_is_valid, bad_month, &start) ||
      !maillage_reader_checked_string (r, object, "end", FALSE, TRUE,
                                       maillage_action_year_month_is_valid, bad_month, &end) ||
      !read_status (r, object, &status))
    return FALSE;

  action = maillage_action_new (id, title);
  maillage_action_set_module (action, module);
  maillage_action_set_axis (action, axis);
  maillage_action_set_pilot (action, pilot);
  maillage_action_set_partners (action, (const char * const *) partners);
  maillage_action_set_start (action, start);
  maillage_action_set_end (action, end);
  maillage_action_set_status (action, status);

  if (!read_budget (r, object, action) ||
      !maillage_reader_each_element (r, object, "cofinancing", read_cofinancing, action) ||
      !maillage_reader_each_element (r, object, "indicators", read_indicator, action))
    return FALSE;

  extras = maillage_reader_collect_extras (object, action_members);
  _maillage_action_set_extras (action, extras);
  g_ptr_array_add (actions->items, g_steal_pointer (&action));

  return TRUE;
}

static gboolean
read_actions (MaillageReader  *r,
              JsonObject      *root,
              MaillageProject *project)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);

  if (!read_keyed_list (r, root, "actions", read_action, actions))
    return FALSE;

  _maillage_project_set_actions (project, actions);

  return TRUE;
}

static gboolean
read_assembly (MaillageReader *r,
               JsonObject     *object,
               guint           index,
               gpointer        user_data)
{
  MaillageDeliberation *deliberation = user_data;
  g_autoptr(MaillageAssembly) assembly = NULL;
  g_autoptr(JsonObject) extras = NULL;
  MaillageAssemblyKind kind;
  const char *kind_name;
  JsonNode *unanimous = NULL;

  if (!maillage_reader_string (r, object, "kind", TRUE, &kind_name))
    return FALSE;
  if (!maillage_assembly_kind_from_string (kind_name, &kind))
    {
      g_autofree char *found = maillage_reader_quote (kind_name);

      maillage_reader_push_member (r, "kind");
      return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID,
                                   _("%s: unknown kind of assembly %s (expected conseil-communautaire, conseil-municipal, conseil-departemental, conseil-regional or autre)"),
                                   r->path->str, found);
    }
  assembly = maillage_assembly_new (kind);

  for (guint i = 0; assembly_text_members[i] != NULL; i++)
    {
      const char *name = assembly_text_members[i];
      g_autofree char *property = g_strdelimit (g_strdup (name), "_", '-');
      const char *value;
      gboolean ok;

      if (g_str_has_suffix (name, "date"))
        ok = maillage_reader_checked_string (r, object, name, FALSE, TRUE, date_is_valid_or_empty,
                                             _("%s: %s is not a date such as 2027-01-28"), &value);
      else if (g_str_equal (name, "time"))
        ok = maillage_reader_checked_string (r, object, name, FALSE, TRUE, time_is_valid_or_empty,
                                             _("%s: %s is not an hour such as 18:30"), &value);
      else if (g_str_equal (name, "siret"))
        ok = maillage_reader_checked_string (r, object, name, FALSE, TRUE, siret_is_valid_or_empty,
                                             _("%s: %s is not a SIRET number (fourteen digits with a valid key)"),
                                             &value);
      else
        ok = maillage_reader_string (r, object, name, FALSE, &value);
      if (!ok)
        return FALSE;
      /* A member left out keeps the default (the president's title). */
      if (json_object_has_member (object, name))
        g_object_set (assembly, property, value, NULL);
    }

  for (guint i = 0; assembly_count_members[i] != NULL; i++)
    {
      guint64 count;

      if (!maillage_reader_count (r, object, assembly_count_members[i], 100000, &count))
        return FALSE;
      g_object_set (assembly, assembly_count_properties[i], (guint) count, NULL);
    }

  if (!maillage_reader_get_member (r, object, "unanimous", FALSE, &unanimous))
    return FALSE;
  if (unanimous != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (unanimous) || json_node_get_value_type (unanimous) != G_TYPE_BOOLEAN)
        return maillage_reader_fail_member_type (r, unanimous, "unanimous",
                                                 _("%s: expected true or false, found %s"));
      g_object_set (assembly, "unanimous", json_node_get_boolean (unanimous), NULL);
    }

  extras = maillage_reader_collect_extras (object, assembly_members);
  _maillage_assembly_set_extras (assembly, extras);
  maillage_deliberation_add_assembly (deliberation, assembly);

  return TRUE;
}

static gboolean
read_deliberation (MaillageReader  *r,
                   JsonObject      *root,
                   MaillageProject *project)
{
  g_autoptr(MaillageDeliberation) deliberation = maillage_deliberation_new ();
  MaillageDeliberation *target = maillage_project_get_deliberation (project);
  g_autoptr(JsonObject) extras = NULL;
  g_auto(GStrv) visas = NULL;
  g_auto(GStrv) considerants = NULL;
  g_auto(GStrv) articles = NULL;
  const char *object_text, *matiere_code, *matiere_name, *report, *appeal;
  JsonObject *object;
  gsize mark;

  if (!maillage_reader_object (r, root, "deliberation", FALSE, &object))
    return FALSE;
  if (object == NULL)
    return TRUE;

  mark = maillage_reader_push_member (r, "deliberation");
  if (!maillage_reader_string (r, object, "object", FALSE, &object_text) ||
      !maillage_reader_checked_string (r, object, "matiere_code", FALSE, TRUE, matiere_code_is_valid_or_empty,
                                       _("%s: %s is not a matière code of @ctes such as 8.4"),
                                       &matiere_code) ||
      !maillage_reader_string (r, object, "matiere_name", FALSE, &matiere_name) ||
      !maillage_reader_string (r, object, "report", FALSE, &report) ||
      !maillage_reader_string_list (r, object, "visas", &visas) ||
      !maillage_reader_string_list (r, object, "considerants", &considerants) ||
      !maillage_reader_string_list (r, object, "articles", &articles) ||
      !maillage_reader_string (r, object, "appeal", FALSE, &appeal) ||
      !maillage_reader_each_element (r, object, "assemblies", read_assembly, deliberation))
    return FALSE;
  maillage_reader_pop (r, mark);

  /* All read: only now is the project's délibération filled in. */
  maillage_deliberation_set_object (target, object_text);
  maillage_deliberation_set_matiere_code (target, matiere_code);
  maillage_deliberation_set_matiere_name (target, matiere_name);
  maillage_deliberation_set_report (target, report);
  maillage_deliberation_set_visas (target, (const char * const *) visas);
  maillage_deliberation_set_considerants (target, (const char * const *) considerants);
  maillage_deliberation_set_articles (target, (const char * const *) articles);
  maillage_deliberation_set_appeal (target, appeal);
  for (guint i = 0; i < g_list_model_get_n_items (maillage_deliberation_get_assemblies (deliberation)); i++)
    {
      g_autoptr(MaillageAssembly) assembly =
        g_list_model_get_item (maillage_deliberation_get_assemblies (deliberation), i);

      maillage_deliberation_add_assembly (target, assembly);
    }
  extras = maillage_reader_collect_extras (object, deliberation_members);
  _maillage_deliberation_set_extras (target, extras);

  return TRUE;
}

typedef struct
{
  MaillageProject *project;
  GHashTable      *texts;
} ModulesRead;

static gboolean
read_module (MaillageReader *r,
             const char     *id,
             JsonObject     *data,
             gpointer        user_data)
{
  ModulesRead *modules = user_data;
  GBytes *text = modules->texts != NULL ? g_hash_table_lookup (modules->texts, id) : NULL;

  /* Kept as read: the text set aside by the parser, or else the parsed
   * tree, shared: nothing is copied. */
  if (text != NULL)
    _maillage_project_take_module_text (modules->project, id, g_bytes_ref (text));
  else
    _maillage_project_take_module_data (modules->project, id, json_object_ref (data));

  return TRUE;
}

static gboolean
read_modules (MaillageReader  *r,
              JsonObject      *root,
              MaillageProject *project,
              GHashTable      *texts)
{
  ModulesRead modules = { project, texts };

  return maillage_reader_each_member (r, root, "modules", _maillage_project_module_id_is_valid,
                                      _("%s: %s is not a module id (a lowercase letter, then lowercase letters, digits, “-” or “_”)"),
                                      read_module, &modules);
}

static gboolean
read_version (MaillageReader *r,
              JsonObject     *root)
{
  JsonNode *node;

  if (!maillage_reader_get_member (r, root, "version", TRUE, &node))
    return FALSE;

  if (!maillage_reader_is_integer (node) || json_node_get_int (node) < 0)
    return maillage_reader_fail_member_type (r, node, "version",
                                             _("%s: expected a whole number of 0 or more, found %s"));

  if (json_node_get_int (node) > G_MAXUINT)
    {
      g_autofree char *found = maillage_reader_describe (node);

      maillage_reader_push_member (r, "version");
      return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID, _("%s: the number %s is too large"),
                                   r->path->str, found);
    }

  r->version = json_node_get_int (node);
  return TRUE;
}

static gboolean
check_format (MaillageReader *r,
              JsonNode       *root)
{
  g_autofree char *found = NULL;
  JsonNode *format;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      found = maillage_reader_describe (root);
      return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_NOT_A_PROJECT,
                                   _("This is a JSON file, but not a Maillage project: it holds %s where a project holds an object."),
                                   found);
    }

  format = json_object_get_member (json_node_get_object (root), "format");
  if (format == NULL)
    return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_NOT_A_PROJECT, "%s",
                                 _("This is a JSON file, but not a Maillage project: it has no “format” member."));

  if (!maillage_reader_is_string (format) || strcmp (json_node_get_string (format), MAILLAGE_PROJECT_FORMAT) != 0)
    {
      found = maillage_reader_describe (format);
      return maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_NOT_A_PROJECT,
                                   _("This is a JSON file, but not a Maillage project: its “format” is %s."),
                                   found);
    }

  return TRUE;
}

static gboolean
read_body (MaillageReader  *r,
           JsonObject      *root,
           GHashTable      *module_texts,
           MaillageProject *project)
{
  g_autoptr(JsonObject) extras = NULL;
  gboolean draft = r->version == 0;

  if (!read_metadata (r, root, project) ||
      !read_territory (r, root, draft ? "collectivite" : "territory", project) ||
      !read_actions (r, root, project) ||
      !read_deliberation (r, root, project) ||
      !read_modules (r, root, project, module_texts))
    return FALSE;

  extras = maillage_reader_collect_extras (root, draft ? root_members_v0 : root_members);
  _maillage_project_set_extras (project, extras);

  return TRUE;
}

MaillageProject *
_maillage_project_read (JsonNode    *root,
                        GHashTable  *module_texts,
                        GError     **error)
{
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(GError) local_error = NULL;
  MaillageReader r = { 0, path, &local_error };

  if (!check_format (&r, root) || !read_version (&r, json_node_get_object (root)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  project = maillage_project_new ();
  if (!read_body (&r, json_node_get_object (root), module_texts, project))
    {
      if (r.version > MAILLAGE_PROJECT_VERSION)
        g_set_error (error, MAILLAGE_PROJECT_ERROR, local_error->code,
                     /* Translators: the format version, then what went wrong. */
                     _("This project was written by a newer version of Maillage (format version %u), which this version cannot read: %s"),
                     r.version, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (r.version > MAILLAGE_PROJECT_VERSION)
    {
      g_autofree char *reason =
        g_strdup_printf (_("This project was written by a newer version of Maillage (format version %u); it is opened read-only so nothing in it is lost."),
                         r.version);

      _maillage_project_set_read_only (project, reason);
    }

  _maillage_project_set_file_version (project, r.version);
  _maillage_project_set_clean (project);

  return g_steal_pointer (&project);
}
