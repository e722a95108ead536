/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gouvernance-module-json.c: the module's object in the project file,
 * `modules.gouvernance`, read and written:
 *
 *   { "version": 1, "echelon": "epci", "perimeter": "…", "context": "…",
 *     "bodies": [ { "name": "…", "kind": "strategique", "frequency": "…",
 *                   "next_meeting": "2027-03-15",
 *                   "members": [ { "name": "…", "role": "…" } ] } ],
 *     "members": [ { "name": "…", "kind": "commune", "siren": "…",
 *                    "roles": ["coporteur"] } ],
 *     "coordinator": { "name": "…", "function": "…", "organisation": "…",
 *                      "email": "…" },
 *     "councils": [ { "name": "…", "status": "installe",
 *                     "communes": ["39801"], "area": "…" } ],
 *     "training": { "plan": "…",
 *                   "sessions": [ { "date": "…", "audience": "elus",
 *                                   "topic": "…" } ] } }
 *
 * Members always in that order (README.md beside this file describes
 * each). Reading checks the type of every member and names the one that
 * is wrong, with its path (“bodies[1].kind”); nothing of a file that fails
 * reaches the module, which stays as it was. A SIREN with a wrong check
 * digit is not a fault of the file: it is kept, and the findings report it.
 */
#define G_LOG_DOMAIN "gouvernance-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gouvernance-date.h"
#include "gouvernance-module-private.h"
#include "gouvernance-vocabulary.h"

/* A member holding a key of @vocabulary; @fallback (a key) when absent. */
static gboolean
get_key (JsonObject             *object,
         const char             *prefix,
         const char             *name,
         GouvernanceVocabulary   vocabulary,
         const char             *fallback,
         guint                  *value,
         GError                **error)
{
  const char *key;

  if (!maillage_json_get_string (object, prefix, name, fallback, &key, error))
    return FALSE;

  if (!gouvernance_vocabulary_lookup (vocabulary, key, value))
    {
      g_autofree char *keys = gouvernance_vocabulary_describe_keys (vocabulary);
      g_autofree char *detail = g_strdup_printf (_("one of %s is expected"), keys);

      return maillage_json_set_member_error (error, prefix, name, detail);
    }

  return TRUE;
}

/* A day, ISO 8601, or "" (also when absent). */
static gboolean
get_date (JsonObject  *object,
          const char  *prefix,
          const char  *name,
          const char **value,
          GError     **error)
{
  if (!maillage_json_get_string (object, prefix, name, "", value, error))
    return FALSE;

  if (**value != '\0' && !gouvernance_date_is_valid (*value))
    return maillage_json_set_member_error (error, prefix, name,
                 _("a date in the form YYYY-MM-DD, or an empty string, is expected"));

  return TRUE;
}

/* Element @index of @array, which must be an object; its path in @path. */
static JsonObject *
element_object (JsonArray   *array,
                guint        index,
                const char  *prefix,
                const char  *name,
                char       **path,
                GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  *path = prefix != NULL ? g_strdup_printf ("%s.%s[%u]", prefix, name, index)
                         : g_strdup_printf ("%s[%u]", name, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      maillage_json_set_member_error (error, *path, NULL, _("an object is expected"));
      return NULL;
    }

  return json_node_get_object (node);
}

/* An array of strings, each checked by @check when not NULL. */
static gboolean
get_strings (JsonObject   *object,
             const char   *prefix,
             const char   *name,
             GStrvBuilder *out,
             gboolean    (*check) (const char *value),
             const char   *check_detail,
             GError      **error)
{
  JsonArray *array;

  if (!maillage_json_get_array (object, prefix, name, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s.%s[%u]", prefix, name, i);

      if (!(JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING))
        return maillage_json_set_member_error (error, path, NULL, _("a string is expected"));
      if (check != NULL && !check (json_node_get_string (node)))
        return maillage_json_set_member_error (error, path, NULL, check_detail);
      g_strv_builder_add (out, json_node_get_string (node));
    }

  return TRUE;
}

static gboolean
read_participants (GouvernanceBody  *body,
                   JsonObject       *object,
                   const char       *prefix,
                   GError          **error)
{
  JsonArray *array;

  if (!maillage_json_get_array (object, prefix, "members", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *participant = element_object (array, i, prefix, "members", &path, error);
      const char *name;
      const char *role;

      if (participant == NULL ||
          !maillage_json_get_string (participant, path, "name", NULL, &name, error) ||
          !maillage_json_get_string (participant, path, "role", "", &role, error))
        return FALSE;

      gouvernance_body_add_participant (body, name, role);
    }

  return TRUE;
}

static gboolean
read_bodies (GouvernanceModule  *staging,
             JsonObject         *data,
             GError            **error)
{
  JsonArray *array;

  if (!maillage_json_get_array (data, NULL, "bodies", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = element_object (array, i, NULL, "bodies", &path, error);
      g_autoptr(GouvernanceBody) body = NULL;
      const char *name;
      const char *frequency;
      const char *next_meeting;
      guint kind;

      if (object == NULL ||
          !maillage_json_get_string (object, path, "name", NULL, &name, error) ||
          !get_key (object, path, "kind", GOUVERNANCE_VOCABULARY_BODY_KIND, "autre", &kind, error) ||
          !maillage_json_get_string (object, path, "frequency", "", &frequency, error) ||
          !get_date (object, path, "next_meeting", &next_meeting, error))
        return FALSE;

      body = gouvernance_body_new (name, kind);
      gouvernance_body_set_frequency (body, frequency);
      gouvernance_body_set_next_meeting (body, next_meeting);
      if (!read_participants (body, object, path, error))
        return FALSE;

      g_list_store_append (staging->lists[GOUVERNANCE_LIST_BODIES], body);
    }

  return TRUE;
}

static gboolean
read_roles (JsonObject        *object,
            const char        *prefix,
            GouvernanceRoles  *roles,
            GError           **error)
{
  JsonArray *array;

  *roles = GOUVERNANCE_ROLE_NONE;
  if (!maillage_json_get_array (object, prefix, "roles", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s.roles[%u]", prefix, i);
      guint role;

      if (!(JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING))
        return maillage_json_set_member_error (error, path, NULL, _("a string is expected"));
      if (!gouvernance_vocabulary_lookup (GOUVERNANCE_VOCABULARY_ROLE, json_node_get_string (node), &role))
        {
          g_autofree char *keys = gouvernance_vocabulary_describe_keys (GOUVERNANCE_VOCABULARY_ROLE);
          g_autofree char *detail = g_strdup_printf (_("one of %s is expected"), keys);

          return maillage_json_set_member_error (error, path, NULL, detail);
        }
      *roles |= 1u << role;
    }

  return TRUE;
}

static gboolean
read_members (GouvernanceModule  *staging,
              JsonObject         *data,
              GError            **error)
{
  JsonArray *array;

  if (!maillage_json_get_array (data, NULL, "members", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = element_object (array, i, NULL, "members", &path, error);
      g_autoptr(GouvernanceMember) member = NULL;
      const char *name;
      const char *siren;
      guint kind;
      GouvernanceRoles roles;

      if (object == NULL ||
          !maillage_json_get_string (object, path, "name", NULL, &name, error) ||
          !get_key (object, path, "kind", GOUVERNANCE_VOCABULARY_MEMBER_KIND, "autre", &kind, error) ||
          !maillage_json_get_string (object, path, "siren", "", &siren, error) ||
          !read_roles (object, path, &roles, error))
        return FALSE;

      member = gouvernance_member_new (name, kind, siren, roles);
      g_list_store_append (staging->lists[GOUVERNANCE_LIST_MEMBERS], member);
    }

  return TRUE;
}

static gboolean
read_coordinator (GouvernanceModule  *staging,
                  JsonObject         *data,
                  GError            **error)
{
  static const char * const names[GOUVERNANCE_N_COORDINATOR_FIELDS] = {
    "name", "function", "organisation", "email",
  };
  JsonObject *object;

  if (!maillage_json_get_object (data, NULL, "coordinator", &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  for (guint i = 0; i < GOUVERNANCE_N_COORDINATOR_FIELDS; i++)
    {
      const char *value;

      if (!maillage_json_get_string (object, "coordinator", names[i], "", &value, error))
        return FALSE;
      g_free (staging->coordinator[i]);
      staging->coordinator[i] = g_strdup (value);
    }

  return TRUE;
}

static gboolean
read_councils (GouvernanceModule  *staging,
               JsonObject         *data,
               GError            **error)
{
  JsonArray *array;

  if (!maillage_json_get_array (data, NULL, "councils", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = element_object (array, i, NULL, "councils", &path, error);
      g_autoptr(GStrvBuilder) communes = g_strv_builder_new ();
      g_auto(GStrv) codes = NULL;
      g_autoptr(GouvernanceCouncil) council = NULL;
      const char *name;
      const char *area;
      guint status;

      if (object == NULL ||
          !maillage_json_get_string (object, path, "name", NULL, &name, error) ||
          !get_key (object, path, "status", GOUVERNANCE_VOCABULARY_COUNCIL_STATUS, "en-projet", &status, error) ||
          !get_strings (object, path, "communes", communes, maillage_commune_insee_is_valid,
                        _("an INSEE code of five characters is expected"), error) ||
          !maillage_json_get_string (object, path, "area", "", &area, error))
        return FALSE;

      codes = g_strv_builder_end (communes);
      council = gouvernance_council_new (name, status);
      gouvernance_council_set_communes (council, (const char * const *) codes);
      gouvernance_council_set_area (council, area);
      g_list_store_append (staging->lists[GOUVERNANCE_LIST_COUNCILS], council);
    }

  return TRUE;
}

static gboolean
read_training (GouvernanceModule  *staging,
               JsonObject         *data,
               GError            **error)
{
  JsonObject *training;
  JsonArray *array;
  const char *plan;

  if (!maillage_json_get_object (data, NULL, "training", &training, error))
    return FALSE;
  if (training == NULL)
    return TRUE;

  if (!maillage_json_get_string (training, "training", "plan", "", &plan, error) ||
      !maillage_json_get_array (training, "training", "sessions", &array, error))
    return FALSE;
  g_free (staging->training_plan);
  staging->training_plan = g_strdup (plan);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = element_object (array, i, "training", "sessions", &path, error);
      g_autoptr(GouvernanceSession) session = NULL;
      const char *date;
      const char *topic;
      guint audience;

      if (object == NULL ||
          !get_date (object, path, "date", &date, error) ||
          !get_key (object, path, "audience", GOUVERNANCE_VOCABULARY_AUDIENCE, "elus-et-agents", &audience, error) ||
          !maillage_json_get_string (object, path, "topic", NULL, &topic, error))
        return FALSE;

      session = gouvernance_session_new (audience, topic, date);
      g_list_store_append (staging->lists[GOUVERNANCE_LIST_SESSIONS], session);
    }

  return TRUE;
}

static gboolean
read_version (JsonObject  *data,
              GError     **error)
{
  return maillage_json_check_version (data, GOUVERNANCE_DATA_VERSION, NULL, error);
}

/* Moves everything @staging read into @self. */
static void
take (GouvernanceModule *self,
      GouvernanceModule *staging)
{
  for (guint i = 0; i < GOUVERNANCE_N_LISTS; i++)
    {
      GListModel *items = G_LIST_MODEL (staging->lists[i]);
      guint n = g_list_model_get_n_items (items);
      g_autoptr(GPtrArray) array = g_ptr_array_new_full (n, g_object_unref);

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (array, g_list_model_get_item (items, j));
      g_list_store_splice (self->lists[i], 0, g_list_model_get_n_items (G_LIST_MODEL (self->lists[i])),
                           array->pdata, array->len);
    }

  gouvernance_module_set_echelon (self, staging->echelon);
  gouvernance_module_set_perimeter (self, staging->perimeter);
  gouvernance_module_set_context (self, staging->context);
  gouvernance_module_set_coordinator (self,
                                      staging->coordinator[GOUVERNANCE_COORDINATOR_NAME],
                                      staging->coordinator[GOUVERNANCE_COORDINATOR_FUNCTION],
                                      staging->coordinator[GOUVERNANCE_COORDINATOR_ORGANISATION],
                                      staging->coordinator[GOUVERNANCE_COORDINATOR_EMAIL]);
  gouvernance_module_set_training_plan (self, staging->training_plan);
}

gboolean
_gouvernance_module_read (GouvernanceModule  *self,
                          JsonObject         *data,
                          GError            **error)
{
  g_autoptr(GouvernanceModule) staging = gouvernance_module_new ();
  const char *perimeter;
  const char *context;
  guint echelon;

  /* Everything goes to a module of its own first: a file that fails half
   * way leaves nothing behind. */
  staging->loading = TRUE;
  if (!read_version (data, error) ||
      !get_key (data, NULL, "echelon", GOUVERNANCE_VOCABULARY_ECHELON, "", &echelon, error) ||
      !maillage_json_get_string (data, NULL, "perimeter", "", &perimeter, error) ||
      !maillage_json_get_string (data, NULL, "context", "", &context, error) ||
      !read_bodies (staging, data, error) ||
      !read_members (staging, data, error) ||
      !read_coordinator (staging, data, error) ||
      !read_councils (staging, data, error) ||
      !read_training (staging, data, error))
    return FALSE;

  staging->echelon = echelon;
  g_free (staging->perimeter);
  staging->perimeter = g_strdup (perimeter);
  g_free (staging->context);
  staging->context = g_strdup (context);

  take (self, staging);
  return TRUE;
}

static JsonObject *
body_to_json (GouvernanceBody *body)
{
  JsonObject *object = json_object_new ();
  JsonArray *members = json_array_new ();

  for (guint i = 0; i < gouvernance_body_get_n_participants (body); i++)
    {
      const GouvernanceParticipant *participant = gouvernance_body_get_participant (body, i);
      JsonObject *member = json_object_new ();

      json_object_set_string_member (member, "name", participant->name);
      json_object_set_string_member (member, "role", participant->role);
      json_array_add_object_element (members, member);
    }

  json_object_set_string_member (object, "name", gouvernance_body_get_name (body));
  json_object_set_string_member (object, "kind",
                                 gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_BODY_KIND,
                                                             gouvernance_body_get_kind (body)));
  json_object_set_string_member (object, "frequency", gouvernance_body_get_frequency (body));
  json_object_set_string_member (object, "next_meeting", gouvernance_body_get_next_meeting (body));
  json_object_set_array_member (object, "members", members);

  return object;
}

static JsonObject *
member_to_json (GouvernanceMember *member)
{
  JsonObject *object = json_object_new ();
  JsonArray *roles = json_array_new ();

  for (guint i = 0; i < GOUVERNANCE_N_ROLES; i++)
    if (gouvernance_member_get_roles (member) & (1u << i))
      json_array_add_string_element (roles, gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_ROLE, i));

  json_object_set_string_member (object, "name", gouvernance_member_get_name (member));
  json_object_set_string_member (object, "kind",
                                 gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_MEMBER_KIND,
                                                             gouvernance_member_get_kind (member)));
  json_object_set_string_member (object, "siren", gouvernance_member_get_siren (member));
  json_object_set_array_member (object, "roles", roles);

  return object;
}

static JsonObject *
council_to_json (GouvernanceCouncil *council)
{
  JsonObject *object = json_object_new ();
  JsonArray *communes = json_array_new ();
  const char * const *codes = gouvernance_council_get_communes (council);

  for (guint i = 0; codes[i] != NULL; i++)
    json_array_add_string_element (communes, codes[i]);

  json_object_set_string_member (object, "name", gouvernance_council_get_name (council));
  json_object_set_string_member (object, "status",
                                 gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_COUNCIL_STATUS,
                                                             gouvernance_council_get_status (council)));
  json_object_set_array_member (object, "communes", communes);
  json_object_set_string_member (object, "area", gouvernance_council_get_area (council));

  return object;
}

static JsonObject *
session_to_json (GouvernanceSession *session)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "date", gouvernance_session_get_date (session));
  json_object_set_string_member (object, "audience",
                                 gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_AUDIENCE,
                                                             gouvernance_session_get_audience (session)));
  json_object_set_string_member (object, "topic", gouvernance_session_get_topic (session));

  return object;
}

typedef JsonObject *(*ItemToJson) (gpointer item);

static JsonArray *
list_to_json (GouvernanceModule *self,
              GouvernanceList    list,
              ItemToJson         to_json)
{
  GListModel *items = G_LIST_MODEL (self->lists[list]);
  guint n = g_list_model_get_n_items (items);
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      json_array_add_object_element (array, to_json (item));
    }

  return array;
}

JsonObject *
_gouvernance_module_save (MaillageModule *module)
{
  GouvernanceModule *self = GOUVERNANCE_MODULE (module);
  JsonObject *data = json_object_new ();
  JsonObject *coordinator = json_object_new ();
  JsonObject *training = json_object_new ();

  json_object_set_string_member (coordinator, "name", self->coordinator[GOUVERNANCE_COORDINATOR_NAME]);
  json_object_set_string_member (coordinator, "function", self->coordinator[GOUVERNANCE_COORDINATOR_FUNCTION]);
  json_object_set_string_member (coordinator, "organisation",
                                 self->coordinator[GOUVERNANCE_COORDINATOR_ORGANISATION]);
  json_object_set_string_member (coordinator, "email", self->coordinator[GOUVERNANCE_COORDINATOR_EMAIL]);

  json_object_set_string_member (training, "plan", self->training_plan);
  json_object_set_array_member (training, "sessions",
                                list_to_json (self, GOUVERNANCE_LIST_SESSIONS, (ItemToJson) session_to_json));

  /* Always the same order: the project file must diff well. */
  json_object_set_int_member (data, "version", GOUVERNANCE_DATA_VERSION);
  json_object_set_string_member (data, "echelon",
                                 gouvernance_vocabulary_key (GOUVERNANCE_VOCABULARY_ECHELON, self->echelon));
  json_object_set_string_member (data, "perimeter", self->perimeter);
  json_object_set_string_member (data, "context", self->context);
  json_object_set_array_member (data, "bodies",
                                list_to_json (self, GOUVERNANCE_LIST_BODIES, (ItemToJson) body_to_json));
  json_object_set_array_member (data, "members",
                                list_to_json (self, GOUVERNANCE_LIST_MEMBERS, (ItemToJson) member_to_json));
  json_object_set_object_member (data, "coordinator", coordinator);
  json_object_set_array_member (data, "councils",
                                list_to_json (self, GOUVERNANCE_LIST_COUNCILS, (ItemToJson) council_to_json));
  json_object_set_object_member (data, "training", training);

  return data;
}
