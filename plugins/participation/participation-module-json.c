/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * participation-module-json.c: the module's object in the project file,
 * `modules.participation`, read and written:
 *
 *   { "version": 1,
 *     "dispositifs": [ { "kind", "name", "description", "audience", "url" } ],
 *     "calendar":    [ { "date", "title", "dispositif", "place", "status" } ],
 *     "proposals":   [ { "id", "title", "body", "state", "category", "scope",
 *                        "reference", "votes", "comments", "published", "url",
 *                        "action" } ],
 *     "results":     [ { "id", "title", "description", "category", "status",
 *                        "progress", "start", "end", "url" } ] }
 *
 * Members always in that order, every member always written. Reading is
 * given whatever the file holds, possibly edited by hand: it checks every
 * member's type and value and names the one that is wrong by its path
 * (`calendar[2].date`), with libmaillage's readers
 * (maillage_json_get_string () and its siblings); a missing member takes
 * its default.
 */
#define G_LOG_DOMAIN "participation-module"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "participation-check.h"
#include "participation-module-private.h"

static gboolean
value_error (GError     **error,
             const char  *path,
             const char  *reason)
{
  return maillage_json_set_member_error (error, path, NULL, reason);
}

static char *
member_path (const char *array,
             guint       index,
             const char *member)
{
  return g_strdup_printf ("%s[%u].%s", array, index, member);
}

/* A string member, "" when absent. */
static gboolean
read_string (JsonObject   *object,
             const char   *array,
             guint         index,
             const char   *member,
             const char  **out,
             GError      **error)
{
  g_autofree char *prefix = g_strdup_printf ("%s[%u]", array, index);

  return maillage_json_get_string (object, prefix, member, "", out, error);
}

/* An integer member, 0 or more, @fallback when absent. */
static gboolean
read_count (JsonObject  *object,
            const char  *array,
            guint        index,
            const char  *member,
            gint64       fallback,
            gint64      *out,
            GError     **error)
{
  g_autofree char *prefix = g_strdup_printf ("%s[%u]", array, index);

  return maillage_json_get_integer (object, prefix, member, 0, G_MAXINT64, fallback, out, error);
}

static gboolean
check_url (const char  *url,
           const char  *array,
           guint        index,
           GError     **error)
{
  g_autofree char *path = NULL;

  if (*url == '\0' || participation_check_url (url))
    return TRUE;
  path = member_path (array, index, "url");
  return value_error (error, path, _("a web address (http:// or https://) is expected."));
}

static gboolean
check_date (const char  *date,
            gboolean     required,
            const char  *array,
            guint        index,
            const char  *member,
            GError     **error)
{
  g_autofree char *path = NULL;

  if ((*date == '\0' && !required) || participation_check_date (date))
    return TRUE;
  path = member_path (array, index, member);
  return value_error (error, path, _("a date written YYYY-MM-DD is expected."));
}

/* The array member @name, each element an object; NULL (and no error)
 * when absent. */
static gboolean
get_objects (JsonObject  *data,
             const char  *name,
             JsonArray  **array,
             GError     **error)
{
  if (!maillage_json_get_array (data, NULL, name, array, error))
    return FALSE;

  for (guint i = 0; *array != NULL && i < json_array_get_length (*array); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (*array, i)))
      {
        g_autofree char *path = g_strdup_printf ("%s[%u]", name, i);

        return maillage_json_set_member_error (error, path, NULL, _("an object is expected"));
      }

  return TRUE;
}

static gboolean
read_dispositifs (JsonArray  *array,
                  GPtrArray  *out,
                  GError    **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *kind_name, *name, *description, *audience, *url;
      ParticipationKind kind;

      if (!read_string (object, "dispositifs", i, "kind", &kind_name, error) ||
          !read_string (object, "dispositifs", i, "name", &name, error) ||
          !read_string (object, "dispositifs", i, "description", &description, error) ||
          !read_string (object, "dispositifs", i, "audience", &audience, error) ||
          !read_string (object, "dispositifs", i, "url", &url, error) ||
          !check_url (url, "dispositifs", i, error))
        return FALSE;

      if (!participation_kind_from_string (kind_name, &kind))
        {
          g_autofree char *path = member_path ("dispositifs", i, "kind");

          return value_error (error, path,
                              _("one of consultation, participatory-budget, open-data, dataviz, "
                                "workshops, councils or other is expected."));
        }

      g_ptr_array_add (out, g_object_new (PARTICIPATION_TYPE_DISPOSITIF,
                                          "kind", kind,
                                          "name", name,
                                          "description", description,
                                          "audience", audience,
                                          "url", url,
                                          NULL));
    }

  return TRUE;
}

static gboolean
read_calendar (JsonArray  *array,
               GPtrArray  *out,
               GError    **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *date, *title, *dispositif, *place, *status_name;
      ParticipationEventStatus status = PARTICIPATION_EVENT_PLANNED;

      if (!read_string (object, "calendar", i, "date", &date, error) ||
          !read_string (object, "calendar", i, "title", &title, error) ||
          !read_string (object, "calendar", i, "dispositif", &dispositif, error) ||
          !read_string (object, "calendar", i, "place", &place, error) ||
          !read_string (object, "calendar", i, "status", &status_name, error) ||
          !check_date (date, TRUE, "calendar", i, "date", error))
        return FALSE;

      if (*status_name != '\0' && !participation_event_status_from_string (status_name, &status))
        {
          g_autofree char *path = member_path ("calendar", i, "status");

          return value_error (error, path, _("one of planned, held or cancelled is expected."));
        }

      g_ptr_array_add (out, g_object_new (PARTICIPATION_TYPE_EVENT,
                                          "date", date,
                                          "title", title,
                                          "dispositif", dispositif,
                                          "place", place,
                                          "status", status,
                                          NULL));
    }

  return TRUE;
}

/* The Decidim id of a proposal or a result: required, 1 or more, unique
 * in its array. */
static gboolean
read_id (JsonObject  *object,
         const char  *array,
         guint        index,
         GHashTable  *seen,
         gint64      *id,
         GError     **error)
{
  g_autofree char *path = member_path (array, index, "id");

  if (!read_count (object, array, index, "id", 0, id, error))
    return FALSE;
  if (*id == 0)
    return value_error (error, path, _("the Decidim id, a whole number of 1 or more, is expected."));
  if (!g_hash_table_add (seen, g_memdup2 (id, sizeof *id)))
    return value_error (error, path, _("this id is given twice."));
  return TRUE;
}

static const char * const proposal_members[] = {
  "title", "body", "state", "category", "scope", "reference", "published", "url", "action",
};

G_STATIC_ASSERT (G_N_ELEMENTS (proposal_members) == PARTICIPATION_PROPOSAL_N_TEXTS);

static gboolean
read_proposals (JsonArray  *array,
                GPtrArray  *out,
                GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *texts[PARTICIPATION_PROPOSAL_N_TEXTS];
      ParticipationProposal *proposal;
      gint64 id, votes, comments;

      if (!read_id (object, "proposals", i, seen, &id, error) ||
          !read_count (object, "proposals", i, "votes", 0, &votes, error) ||
          !read_count (object, "proposals", i, "comments", 0, &comments, error))
        return FALSE;
      for (guint t = 0; t < PARTICIPATION_PROPOSAL_N_TEXTS; t++)
        if (!read_string (object, "proposals", i, proposal_members[t], &texts[t], error))
          return FALSE;
      if (!check_date (texts[PARTICIPATION_PROPOSAL_PUBLISHED], FALSE, "proposals", i, "published", error) ||
          !check_url (texts[PARTICIPATION_PROPOSAL_URL], "proposals", i, error))
        return FALSE;

      proposal = g_object_new (PARTICIPATION_TYPE_PROPOSAL, "decidim-id", id,
                               "votes", votes, "comments", comments, NULL);
      for (guint t = 0; t < PARTICIPATION_PROPOSAL_N_TEXTS; t++)
        participation_proposal_set_text (proposal, t, texts[t]);
      g_ptr_array_add (out, proposal);
    }

  return TRUE;
}

static const char * const result_members[] = {
  "title", "description", "category", "status", "start", "end", "url",
};

G_STATIC_ASSERT (G_N_ELEMENTS (result_members) == PARTICIPATION_RESULT_N_TEXTS);

/* A percentage from 0 to 100, or null (-1) when unknown. */
static gboolean
read_progress (JsonObject  *object,
               guint        index,
               double      *progress,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, "progress");
  g_autofree char *path = member_path ("results", index, "progress");

  *progress = -1.0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
    return value_error (error, path, _("a number from 0 to 100, or null, is expected."));

  *progress = json_node_get_double (node);
  if (*progress < 0 || *progress > 100)
    return value_error (error, path, _("a number from 0 to 100, or null, is expected."));
  return TRUE;
}

static gboolean
read_results (JsonArray  *array,
              GPtrArray  *out,
              GError    **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *texts[PARTICIPATION_RESULT_N_TEXTS];
      ParticipationResult *result;
      double progress;
      gint64 id;

      if (!read_id (object, "results", i, seen, &id, error) ||
          !read_progress (object, i, &progress, error))
        return FALSE;
      for (guint t = 0; t < PARTICIPATION_RESULT_N_TEXTS; t++)
        if (!read_string (object, "results", i, result_members[t], &texts[t], error))
          return FALSE;
      if (!check_date (texts[PARTICIPATION_RESULT_START], FALSE, "results", i, "start", error) ||
          !check_date (texts[PARTICIPATION_RESULT_END], FALSE, "results", i, "end", error) ||
          !check_url (texts[PARTICIPATION_RESULT_URL], "results", i, error))
        return FALSE;

      result = g_object_new (PARTICIPATION_TYPE_RESULT, "decidim-id", id, "progress", progress, NULL);
      for (guint t = 0; t < PARTICIPATION_RESULT_N_TEXTS; t++)
        participation_result_set_text (result, t, texts[t]);
      g_ptr_array_add (out, result);
    }

  return TRUE;
}

static void
fill (GListStore *store,
      GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

/* Reads @data into the module, all of it or nothing. */
gboolean
_participation_module_read (ParticipationModule  *self,
                            JsonObject           *data,
                            GError              **error)
{
  g_autoptr(GPtrArray) dispositifs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) proposals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *arrays[4];

  if (!maillage_json_check_version (data, PARTICIPATION_DATA_VERSION, NULL, error))
    return FALSE;

  if (!get_objects (data, "dispositifs", &arrays[0], error) ||
      !get_objects (data, "calendar", &arrays[1], error) ||
      !get_objects (data, "proposals", &arrays[2], error) ||
      !get_objects (data, "results", &arrays[3], error) ||
      !read_dispositifs (arrays[0], dispositifs, error) ||
      !read_calendar (arrays[1], events, error) ||
      !read_proposals (arrays[2], proposals, error) ||
      !read_results (arrays[3], results, error))
    return FALSE;

  fill (self->dispositifs, dispositifs);
  _participation_module_set_events (self, events);
  fill (self->proposals, proposals);
  fill (self->results, results);

  return TRUE;
}

static JsonArray *
save_dispositifs (ParticipationModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->dispositifs));
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationDispositif) dispositif = g_list_model_get_item (G_LIST_MODEL (self->dispositifs), i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "kind",
                                     participation_kind_to_string (participation_dispositif_get_kind (dispositif)));
      json_object_set_string_member (object, "name", participation_dispositif_get_name (dispositif));
      json_object_set_string_member (object, "description", participation_dispositif_get_description (dispositif));
      json_object_set_string_member (object, "audience", participation_dispositif_get_audience (dispositif));
      json_object_set_string_member (object, "url", participation_dispositif_get_url (dispositif));
      json_array_add_object_element (array, object);
    }

  return array;
}

static JsonArray *
save_calendar (ParticipationModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "date", participation_event_get_date (event));
      json_object_set_string_member (object, "title", participation_event_get_title (event));
      json_object_set_string_member (object, "dispositif", participation_event_get_dispositif (event));
      json_object_set_string_member (object, "place", participation_event_get_place (event));
      json_object_set_string_member (object, "status",
                                     participation_event_status_to_string (participation_event_get_status (event)));
      json_array_add_object_element (array, object);
    }

  return array;
}

static JsonArray *
save_proposals (ParticipationModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->proposals));
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationProposal) proposal = g_list_model_get_item (G_LIST_MODEL (self->proposals), i);
      JsonObject *object = json_object_new ();

      json_object_set_int_member (object, "id", participation_proposal_get_id (proposal));
      for (guint t = 0; t < PARTICIPATION_PROPOSAL_N_TEXTS; t++)
        {
          /* The counts go after the reference, as the members are listed. */
          if (t == PARTICIPATION_PROPOSAL_PUBLISHED)
            {
              json_object_set_int_member (object, "votes", participation_proposal_get_votes (proposal));
              json_object_set_int_member (object, "comments", participation_proposal_get_comments (proposal));
            }
          json_object_set_string_member (object, proposal_members[t], participation_proposal_get_text (proposal, t));
        }
      json_array_add_object_element (array, object);
    }

  return array;
}

static JsonArray *
save_results (ParticipationModule *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ParticipationResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), i);
      JsonObject *object = json_object_new ();
      double progress = participation_result_get_progress (result);

      json_object_set_int_member (object, "id", participation_result_get_id (result));
      for (guint t = 0; t < PARTICIPATION_RESULT_N_TEXTS; t++)
        {
          if (t == PARTICIPATION_RESULT_START)
            {
              if (progress < 0)
                json_object_set_null_member (object, "progress");
              else
                json_object_set_double_member (object, "progress", progress);
            }
          json_object_set_string_member (object, result_members[t], participation_result_get_text (result, t));
        }
      json_array_add_object_element (array, object);
    }

  return array;
}

JsonObject *
_participation_module_save (MaillageModule *module)
{
  ParticipationModule *self = PARTICIPATION_MODULE (module);
  JsonObject *data = json_object_new ();

  /* Always the same order: the project file must diff well. */
  json_object_set_int_member (data, "version", PARTICIPATION_DATA_VERSION);
  json_object_set_array_member (data, "dispositifs", save_dispositifs (self));
  json_object_set_array_member (data, "calendar", save_calendar (self));
  json_object_set_array_member (data, "proposals", save_proposals (self));
  json_object_set_array_member (data, "results", save_results (self));

  return data;
}
