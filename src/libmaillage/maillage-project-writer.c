/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-project-writer.c: a project as the canonical JSON tree of its
 * file. maillage_json_to_string() writes the tree in the object's member
 * order, so the order in which members are added here is the order of the
 * file: known members as the format lists them, then the unknown ones in
 * the order they were read. Module data nobody changed since it was read
 * is written back as its text in the file, byte for byte.
 */
#define G_LOG_DOMAIN "maillage-project-writer"

#include "config.h"

#include "maillage-outlines.h"
#include "maillage-project-private.h"

char *
_maillage_project_format_date_time (GDateTime *date_time)
{
  return g_date_time_format (date_time, "%Y-%m-%dT%H:%M:%SZ");
}

/* Appends the members this version does not know. A name that is now known
 * (say, a member a later version of this program added) never overwrites
 * the value just written. */
static void
add_extras (JsonObject *object,
            JsonObject *extras)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extras == NULL)
    return;

  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (!json_object_has_member (object, name))
        json_object_set_member (object, name, json_node_copy (node));
    }
}

static JsonArray *
strv_to_array (const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);

  return array;
}

/* An array of the objects @write_item makes of the items of @model. */
static JsonArray *
write_list (GListModel  *model,
            JsonObject *(*write_item) (gpointer item))
{
  guint n_items = g_list_model_get_n_items (model);
  JsonArray *array = json_array_sized_new (n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_array_add_object_element (array, write_item (item));
    }

  return array;
}

static void
add_date_time (JsonObject *object,
               const char *name,
               GDateTime  *date_time)
{
  g_autofree char *text = NULL;

  if (date_time == NULL)
    return;

  text = _maillage_project_format_date_time (date_time);
  json_object_set_string_member (object, name, text);
}

static JsonObject *
write_metadata (MaillageProject *project,
                GDateTime       *created,
                GDateTime       *modified)
{
  JsonObject *metadata = json_object_new ();

  json_object_set_string_member (metadata, "title", maillage_project_get_title (project));
  json_object_set_array_member (metadata, "authors",
                                strv_to_array (maillage_project_get_authors (project)));
  add_date_time (metadata, "created", created);
  add_date_time (metadata, "modified", modified);
  add_extras (metadata, _maillage_project_get_metadata_extras (project));

  return metadata;
}

static JsonObject *
write_commune (gpointer item)
{
  MaillageCommune *commune = item;
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "insee", maillage_commune_get_insee (commune));
  json_object_set_string_member (object, "name", maillage_commune_get_name (commune));
  json_object_set_int_member (object, "population", maillage_commune_get_population (commune));
  add_extras (object, _maillage_commune_get_extras (commune));

  return object;
}

static JsonObject *
write_territory (MaillageTerritory *territory)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "name", maillage_territory_get_name (territory));
  json_object_set_string_member (object, "kind",
                                 maillage_territory_kind_to_string (maillage_territory_get_kind (territory)));
  json_object_set_string_member (object, "siren", maillage_territory_get_siren (territory));
  json_object_set_string_member (object, "departement", maillage_territory_get_departement (territory));
  json_object_set_array_member (object, "communes",
                                write_list (maillage_territory_get_communes (territory), write_commune));
  if (maillage_territory_get_outlines (territory) != NULL)
    json_object_set_object_member (object, "outlines",
                                   maillage_outlines_to_json (maillage_territory_get_outlines (territory)));
  add_extras (object, _maillage_territory_get_extras (territory));

  return object;
}

/* The budget is kept sorted by year, but a year edited in place may, for a
 * moment, equal another: such lines are added up rather than one of them
 * silently overwriting the other. */
static JsonObject *
write_budget (MaillageAction *action)
{
  GListModel *budget = maillage_action_get_budget (action);
  guint n_lines = g_list_model_get_n_items (budget);
  JsonObject *object = json_object_new ();

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(MaillageBudgetLine) line = g_list_model_get_item (budget, i);
      g_autofree char *key = g_strdup_printf ("%04u", maillage_budget_line_get_year (line));
      gint64 investment = maillage_budget_line_get_investment (line);
      gint64 operating = maillage_budget_line_get_operating (line);
      JsonNode *existing = json_object_get_member (object, key);
      JsonObject *year;

      if (existing != NULL)
        {
          year = json_node_get_object (existing);
          investment += json_object_get_int_member (year, "investment");
          operating += json_object_get_int_member (year, "operating");
        }
      else
        {
          year = json_object_new ();
          json_object_set_object_member (object, key, year);
        }

      json_object_set_int_member (year, "investment", investment);
      json_object_set_int_member (year, "operating", operating);
      add_extras (year, _maillage_budget_line_get_extras (line));
    }

  return object;
}

static JsonObject *
write_cofinancing (gpointer item)
{
  MaillageCofinancing *line = item;
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "funder", maillage_cofinancing_get_funder (line));
  json_object_set_int_member (object, "amount", maillage_cofinancing_get_amount (line));
  add_extras (object, _maillage_cofinancing_get_extras (line));

  return object;
}

static JsonObject *
write_indicator (gpointer item)
{
  MaillageActionIndicator *indicator = item;
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "name", maillage_action_indicator_get_name (indicator));
  json_object_set_string_member (object, "baseline", maillage_action_indicator_get_baseline (indicator));
  json_object_set_string_member (object, "target", maillage_action_indicator_get_target (indicator));
  add_extras (object, _maillage_action_indicator_get_extras (indicator));

  return object;
}

static JsonObject *
write_action (gpointer item)
{
  MaillageAction *action = item;
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", maillage_action_get_id (action));
  json_object_set_string_member (object, "title", maillage_action_get_title (action));
  json_object_set_string_member (object, "module", maillage_action_get_module (action));
  json_object_set_string_member (object, "axis", maillage_action_get_axis (action));
  json_object_set_string_member (object, "pilot", maillage_action_get_pilot (action));
  json_object_set_array_member (object, "partners",
                                strv_to_array (maillage_action_get_partners (action)));
  json_object_set_string_member (object, "start", maillage_action_get_start (action));
  json_object_set_string_member (object, "end", maillage_action_get_end (action));
  json_object_set_string_member (object, "status",
                                 maillage_action_status_to_string (maillage_action_get_status (action)));
  json_object_set_object_member (object, "budget", write_budget (action));
  json_object_set_array_member (object, "cofinancing",
                                write_list (maillage_action_get_cofinancing (action), write_cofinancing));
  json_object_set_array_member (object, "indicators",
                                write_list (maillage_action_get_indicators (action), write_indicator));
  add_extras (object, _maillage_action_get_extras (action));

  return object;
}

static JsonObject *
write_assembly (gpointer item)
{
  MaillageAssembly *assembly = item;
  JsonObject *object = json_object_new ();
  const struct {
    const char *name;
    const char *value;
  } texts[] = {
    { "name", maillage_assembly_get_name (assembly) },
    { "collectivite", maillage_assembly_get_collectivite (assembly) },
    { "siret", maillage_assembly_get_siret (assembly) },
    { "number", maillage_assembly_get_number (assembly) },
    { "date", maillage_assembly_get_date (assembly) },
    { "time", maillage_assembly_get_time (assembly) },
    { "place", maillage_assembly_get_place (assembly) },
    { "convocation_date", maillage_assembly_get_convocation_date (assembly) },
    { "president", maillage_assembly_get_president (assembly) },
    { "president_title", maillage_assembly_get_president_title (assembly) },
    { "secretary", maillage_assembly_get_secretary (assembly) },
    { "prefecture_date", maillage_assembly_get_prefecture_date (assembly) },
  };
  const struct {
    const char *name;
    guint       value;
  } counts[] = {
    { "members", maillage_assembly_get_members (assembly) },
    { "present", maillage_assembly_get_present (assembly) },
    { "represented", maillage_assembly_get_represented (assembly) },
  }, votes[] = {
    { "for", maillage_assembly_get_votes_for (assembly) },
    { "against", maillage_assembly_get_votes_against (assembly) },
    { "abstentions", maillage_assembly_get_abstentions (assembly) },
  };

  json_object_set_string_member (object, "kind",
                                 maillage_assembly_kind_to_string (maillage_assembly_get_kind (assembly)));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    json_object_set_string_member (object, texts[i].name, texts[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    json_object_set_int_member (object, counts[i].name, counts[i].value);
  json_object_set_boolean_member (object, "unanimous", maillage_assembly_get_unanimous (assembly));
  for (guint i = 0; i < G_N_ELEMENTS (votes); i++)
    json_object_set_int_member (object, votes[i].name, votes[i].value);
  add_extras (object, _maillage_assembly_get_extras (assembly));

  return object;
}

static JsonObject *
write_deliberation (MaillageDeliberation *deliberation)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "object", maillage_deliberation_get_object (deliberation));
  json_object_set_string_member (object, "matiere_code", maillage_deliberation_get_matiere_code (deliberation));
  json_object_set_string_member (object, "matiere_name", maillage_deliberation_get_matiere_name (deliberation));
  json_object_set_string_member (object, "report", maillage_deliberation_get_report (deliberation));
  json_object_set_array_member (object, "visas", strv_to_array (maillage_deliberation_get_visas (deliberation)));
  json_object_set_array_member (object, "considerants",
                                strv_to_array (maillage_deliberation_get_considerants (deliberation)));
  json_object_set_array_member (object, "articles", strv_to_array (maillage_deliberation_get_articles (deliberation)));
  json_object_set_string_member (object, "appeal", maillage_deliberation_get_appeal (deliberation));
  json_object_set_array_member (object, "assemblies",
                                write_list (maillage_deliberation_get_assemblies (deliberation), write_assembly));
  add_extras (object, _maillage_deliberation_get_extras (deliberation));

  return object;
}

/* Module objects are shared, not copied: the tree is only read. Data kept
 * as the text read from the file gets a placeholder of its own, which @raw
 * maps to that text. */
static JsonObject *
write_modules (MaillageProject *project,
               GHashTable      *raw)
{
  g_autofree const char **ids = NULL;
  JsonObject *modules = json_object_new ();
  guint n_ids;

  ids = _maillage_project_get_sorted_module_ids (project, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      GBytes *text = _maillage_project_get_module_text (project, ids[i]);
      JsonNode *placeholder;

      if (text == NULL)
        {
          json_object_set_object_member (modules, ids[i],
                                         json_object_ref (maillage_project_get_module_data (project, ids[i])));
          continue;
        }

      placeholder = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (placeholder, json_object_new ());
      json_object_set_member (modules, ids[i], placeholder);
      g_hash_table_insert (raw, placeholder, g_bytes_ref (text));
    }

  return modules;
}

JsonNode *
_maillage_project_write (MaillageProject  *project,
                         GDateTime        *created,
                         GDateTime        *modified,
                         GHashTable      **raw)
{
  JsonObject *root = json_object_new ();
  JsonNode *node;

  /* Keys are nodes of the tree, which outlives the table's use. */
  *raw = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_bytes_unref);

  json_object_set_string_member (root, "format", MAILLAGE_PROJECT_FORMAT);
  json_object_set_int_member (root, "version", MAILLAGE_PROJECT_VERSION);
  json_object_set_object_member (root, "metadata", write_metadata (project, created, modified));
  json_object_set_object_member (root, "territory",
                                 write_territory (maillage_project_get_territory (project)));
  json_object_set_array_member (root, "actions",
                                write_list (maillage_project_get_actions (project), write_action));
  /* A project that has no délibération yet has none in its file: the files
   * of earlier versions are written back as they were read. */
  if (!maillage_deliberation_is_empty (maillage_project_get_deliberation (project)) ||
      _maillage_deliberation_get_extras (maillage_project_get_deliberation (project)) != NULL)
    json_object_set_object_member (root, "deliberation",
                                   write_deliberation (maillage_project_get_deliberation (project)));
  json_object_set_object_member (root, "modules", write_modules (project, *raw));
  add_extras (root, _maillage_project_get_extras (project));

  node = json_node_init_object (json_node_alloc (), root);
  json_object_unref (root);

  return node;
}
