/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-outlines-geojson.c: outlines read from a GeoJSON
 * FeatureCollection (RFC 7946), as IGN's ADMIN EXPRESS or OpenStreetMap
 * extracts give them, one feature a commune.
 *
 * The file comes from outside, so it goes through the same gate as a
 * project (maillage_json_parse(): size, encoding, depth, then json-glib),
 * and every problem is told as a person can find it in the file: the
 * feature's number and the field, « Entité 12, champ « geometry » : … ».
 * Nothing is kept unless every feature was read.
 */
#define G_LOG_DOMAIN "maillage-outlines-geojson"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-commune.h"
#include "maillage-json-private.h"
#include "maillage-outlines-private.h"

/* Property names that hold the INSEE code in the files people have: IGN
 * ADMIN EXPRESS, OpenStreetMap (ref:INSEE), INSEE's own, data.gouv.fr
 * extracts. In order of preference; compared without case. */
static const char * const insee_property_names[] = {
  "INSEE_COM", "code_insee", "insee", "ref:INSEE", "codgeo", "code_commune", "insee_code",
  "com", "code", NULL
};

static gboolean
fail_not_geojson (GError     **error,
                  const char  *reason)
{
  g_set_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
               /* Translators: then why, e.g. “its “type” is “Feature”.” */
               _("The file is not a GeoJSON FeatureCollection: %s"), reason);
  return FALSE;
}

/* The names of a coordinate reference system that mean longitude and
 * latitude in WGS 84, the only one GeoJSON (RFC 7946) allows. Older files
 * name theirs in a `crs` member; one in metres (Lambert 93, EPSG:2154)
 * would otherwise fail on its first coordinate with a puzzling message. */
static gboolean
check_crs (JsonObject  *root,
           GError     **error)
{
  JsonNode *crs = json_object_get_member (root, "crs");
  JsonNode *properties;
  JsonNode *name_node;
  const char *name;

  if (crs == NULL || !JSON_NODE_HOLDS_OBJECT (crs))
    return TRUE;

  properties = json_object_get_member (json_node_get_object (crs), "properties");
  if (properties == NULL || !JSON_NODE_HOLDS_OBJECT (properties))
    return TRUE;

  name_node = json_object_get_member (json_node_get_object (properties), "name");
  if (name_node == NULL || !maillage_reader_is_string (name_node))
    return TRUE;

  name = json_node_get_string (name_node);
  if (strstr (name, "4326") != NULL || strstr (name, "CRS84") != NULL || strstr (name, "4258") != NULL)
    return TRUE;

  g_set_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
               _("The file uses the coordinate system “%s”; export it again in longitude and latitude (WGS 84, EPSG:4326)."),
               name);
  return FALSE;
}

/* Checks that @root is a FeatureCollection in longitude and latitude. */
static gboolean
check_collection (JsonNode  *root,
                  GError   **error)
{
  g_autofree char *found = NULL;
  g_autofree char *reason = NULL;
  JsonNode *type;
  JsonNode *features;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      found = maillage_reader_describe (root);
      reason = g_strdup_printf (_("it holds %s."), found);
      return fail_not_geojson (error, reason);
    }

  type = json_object_get_member (json_node_get_object (root), "type");
  if (type == NULL || !maillage_reader_is_string (type) ||
      strcmp (json_node_get_string (type), "FeatureCollection") != 0)
    {
      found = type ? maillage_reader_describe (type) : NULL;
      reason = found ? g_strdup_printf (_("its “type” is %s."), found)
                     : g_strdup (_("it has no “type”."));
      return fail_not_geojson (error, reason);
    }

  features = json_object_get_member (json_node_get_object (root), "features");
  if (features == NULL || !JSON_NODE_HOLDS_ARRAY (features))
    return fail_not_geojson (error, _("it has no “features” array."));

  return check_crs (json_node_get_object (root), error);
}

/* Parses @geojson and finds its features. */
static JsonNode *
parse_collection (GBytes      *geojson,
                  JsonArray  **features,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  const char *data = g_bytes_get_data (geojson, &length);

  if (length > MAILLAGE_OUTLINES_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (MAILLAGE_OUTLINES_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_TOO_LARGE,
                   _("The file is too large (%s); a GeoJSON file cannot exceed %s."), size, limit);
      return NULL;
    }

  root = maillage_json_parse (data, length, &local_error);
  if (root == NULL)
    {
      g_autofree char *reason = g_strdup_printf (_("it is not valid JSON (%s)."), local_error->message);

      fail_not_geojson (error, reason);
      return NULL;
    }

  if (!check_collection (root, error))
    return NULL;

  *features = json_object_get_array_member (json_node_get_object (root), "features");
  return g_steal_pointer (&root);
}

static gboolean
fail_feature (GError     **error,
              int          code,
              guint        index,
              const char  *field,
              const char  *detail)
{
  if (field == NULL)
    g_set_error (error, MAILLAGE_OUTLINES_ERROR, code,
                 /* Translators: a feature's number (from 1), then the problem. */
                 _("Feature %u: %s"), index + 1, detail);
  else
    g_set_error (error, MAILLAGE_OUTLINES_ERROR, code,
                 /* Translators: a feature's number (from 1), the name of a field
                  * such as “geometry.coordinates”, then the problem. */
                 _("Feature %u, field “%s”: %s"), index + 1, field, detail);
  return FALSE;
}

/* The INSEE code of the feature, as text: some files hold it as a number,
 * which loses nothing for codes of five digits from 01001 up. */
static char *
read_insee (JsonObject  *feature,
            const char  *property,
            guint        index,
            GError     **error)
{
  g_autofree char *field = g_strdup_printf ("properties.%s", property);
  g_autofree char *insee = NULL;
  g_autofree char *found = NULL;
  g_autofree char *detail = NULL;
  JsonNode *properties = json_object_get_member (feature, "properties");
  JsonNode *node = NULL;

  if (properties != NULL && JSON_NODE_HOLDS_OBJECT (properties))
    node = json_object_get_member (json_node_get_object (properties), property);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      detail = g_strdup_printf (_("the feature has no property “%s”"), property);
      fail_feature (error, MAILLAGE_OUTLINES_ERROR_INSEE, index, field, detail);
      return NULL;
    }

  if (maillage_reader_is_string (node))
    insee = g_strstrip (g_strdup (json_node_get_string (node)));
  else if (maillage_reader_is_integer (node) && json_node_get_int (node) >= 1000 &&
           json_node_get_int (node) <= 99999)
    insee = g_strdup_printf ("%05d", (int) json_node_get_int (node));

  if (insee != NULL && maillage_commune_insee_is_valid (insee))
    return g_steal_pointer (&insee);

  found = maillage_reader_describe (node);
  detail = g_strdup_printf (_("%s is not an INSEE code (five digits, or 2A or 2B followed by three digits)"), found);
  fail_feature (error, MAILLAGE_OUTLINES_ERROR_INSEE, index, field, detail);
  return NULL;
}

static gboolean
read_geometry (MaillageOutlines  *self,
               JsonObject        *feature,
               const char        *insee,
               guint              index,
               GError           **error)
{
  g_autofree char *found = NULL;
  g_autofree char *detail = NULL;
  MaillageOutlinesProblem problem;
  JsonNode *geometry = json_object_get_member (feature, "geometry");
  JsonNode *type;
  JsonNode *coordinates;
  gboolean multi;

  if (geometry == NULL || JSON_NODE_HOLDS_NULL (geometry))
    return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, "geometry",
                         _("the feature has no geometry"));

  if (!JSON_NODE_HOLDS_OBJECT (geometry))
    {
      found = maillage_reader_describe (geometry);
      detail = g_strdup_printf (_("expected an object, found %s"), found);
      return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, "geometry", detail);
    }

  type = json_object_get_member (json_node_get_object (geometry), "type");
  multi = type != NULL && maillage_reader_is_string (type) &&
          strcmp (json_node_get_string (type), "MultiPolygon") == 0;
  if (!multi && (type == NULL || !maillage_reader_is_string (type) ||
                 strcmp (json_node_get_string (type), "Polygon") != 0))
    {
      found = type ? maillage_reader_describe (type) : g_strdup (_("nothing"));
      detail = g_strdup_printf (_("expected Polygon or MultiPolygon, found %s"), found);
      return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, "geometry.type", detail);
    }

  coordinates = json_object_get_member (json_node_get_object (geometry), "coordinates");
  if (coordinates == NULL)
    return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, "geometry.coordinates",
                         _("the member is missing"));

  if (!_maillage_outlines_add_area (self, insee, coordinates, multi, &problem))
    {
      detail = _maillage_outlines_describe (&problem, TRUE, multi);
      return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, "geometry.coordinates", detail);
    }

  return TRUE;
}

static gboolean
read_feature (MaillageOutlines  *self,
              JsonNode          *node,
              const char        *insee_property,
              guint              index,
              GHashTable        *seen,
              GError           **error)
{
  g_autofree char *insee = NULL;
  g_autofree char *found = NULL;
  g_autofree char *detail = NULL;
  JsonObject *feature;
  JsonNode *type;
  gpointer other;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      found = maillage_reader_describe (node);
      detail = g_strdup_printf (_("expected an object, found %s"), found);
      return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, NULL, detail);
    }

  feature = json_node_get_object (node);
  type = json_object_get_member (feature, "type");
  if (type == NULL || !maillage_reader_is_string (type) || strcmp (json_node_get_string (type), "Feature") != 0)
    {
      found = type ? maillage_reader_describe (type) : g_strdup (_("nothing"));
      detail = g_strdup_printf (_("expected “Feature”, found %s"), found);
      return fail_feature (error, MAILLAGE_OUTLINES_ERROR_GEOMETRY, index, "type", detail);
    }

  insee = read_insee (feature, insee_property, index, error);
  if (insee == NULL)
    return FALSE;

  if (g_hash_table_lookup_extended (seen, insee, NULL, &other))
    {
      g_autofree char *field = g_strdup_printf ("properties.%s", insee_property);

      /* Translators: an INSEE code, then the number of another feature. */
      detail = g_strdup_printf (_("the INSEE code %s is already used by feature %u"),
                                insee, GPOINTER_TO_UINT (other) + 1);
      return fail_feature (error, MAILLAGE_OUTLINES_ERROR_DUPLICATE, index, field, detail);
    }

  if (!read_geometry (self, feature, insee, index, error))
    return FALSE;

  g_hash_table_insert (seen, g_steal_pointer (&insee), GUINT_TO_POINTER (index));
  return TRUE;
}

/**
 * maillage_outlines_new_from_geojson:
 * @geojson: the text of a GeoJSON file
 * @insee_property: the name of the feature property that holds the
 *   commune's INSEE code (see maillage_outlines_list_geojson_properties())
 * @error: return location for a #MaillageOutlinesError
 *
 * Reads the outlines of communes from a GeoJSON FeatureCollection in
 * longitude and latitude (WGS 84, as RFC 7946 requires): one feature a
 * commune, each with a Polygon or MultiPolygon geometry and its INSEE code
 * in the property @insee_property (a string, or a number of five digits).
 * Other geometries' members (`bbox`) and other properties are ignored.
 *
 * Everything is checked before anything is kept. A broken file gives a
 * message in the user's language that names the feature (counted from 1)
 * and the field: a feature without geometry or with a geometry that is not
 * a Polygon or a MultiPolygon, a ring of fewer than four positions or not
 * closed, a coordinate that is not a number or out of range, a missing or
 * malformed INSEE code, an INSEE code used twice.
 *
 * Returns: (transfer full) (nullable): the outlines, or %NULL with @error set
 */
MaillageOutlines *
maillage_outlines_new_from_geojson (GBytes      *geojson,
                                    const char  *insee_property,
                                    GError     **error)
{
  g_autoptr(MaillageOutlines) self = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *features;
  guint n_features;

  g_return_val_if_fail (geojson != NULL, NULL);
  g_return_val_if_fail (insee_property != NULL && g_utf8_validate (insee_property, -1, NULL), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = parse_collection (geojson, &features, error);
  if (root == NULL)
    return NULL;

  n_features = json_array_get_length (features);
  if (n_features == 0)
    {
      g_set_error_literal (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
                           _("The GeoJSON file holds no feature: there is no outline to import."));
      return NULL;
    }

  self = _maillage_outlines_new (insee_property);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_features; i++)
    {
      if (!read_feature (self, json_array_get_element (features, i), insee_property, i, seen, error))
        return NULL;
    }

  _maillage_outlines_finish (self);
  return g_steal_pointer (&self);
}

/**
 * maillage_outlines_list_geojson_properties:
 * @geojson: the text of a GeoJSON file
 * @error: return location for a #MaillageOutlinesError
 *
 * Lists the names of the properties of the features of a GeoJSON
 * FeatureCollection, for the user to pick the one that holds the INSEE
 * code; maillage_outlines_guess_insee_property() suggests one. Only the
 * file's structure is checked here, not its geometries.
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the
 *   names, in the order they first appear, or %NULL with @error set
 */
char **
maillage_outlines_list_geojson_properties (GBytes  *geojson,
                                           GError **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *features;

  g_return_val_if_fail (geojson != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = parse_collection (geojson, &features, error);
  if (root == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonNode *feature = json_array_get_element (features, i);
      JsonNode *properties;
      JsonObjectIter iter;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (feature))
        continue;
      properties = json_object_get_member (json_node_get_object (feature), "properties");
      if (properties == NULL || !JSON_NODE_HOLDS_OBJECT (properties))
        continue;

      json_object_iter_init_ordered (&iter, json_node_get_object (properties));
      while (json_object_iter_next_ordered (&iter, &name, NULL))
        {
          /* The names belong to the tree, alive until we return. */
          if (g_hash_table_add (seen, (gpointer) name))
            g_strv_builder_add (builder, name);
        }
    }

  return g_strv_builder_end (builder);
}

/**
 * maillage_outlines_guess_insee_property:
 * @properties: (array zero-terminated=1): property names, as
 *   maillage_outlines_list_geojson_properties() gives them
 *
 * Picks, among @properties, the one most likely to hold the INSEE code of
 * the commune, by the names common files use (`INSEE_COM` in IGN's ADMIN
 * EXPRESS, `ref:INSEE` in OpenStreetMap, `code_insee`, `codgeo`, …), so
 * that a dialog can preselect it.
 *
 * Returns: (transfer none) (nullable): an element of @properties, or %NULL
 */
const char *
maillage_outlines_guess_insee_property (const char * const *properties)
{
  g_return_val_if_fail (properties != NULL, NULL);

  for (guint i = 0; insee_property_names[i] != NULL; i++)
    {
      for (guint j = 0; properties[j] != NULL; j++)
        {
          if (g_ascii_strcasecmp (properties[j], insee_property_names[i]) == 0)
            return properties[j];
        }
    }

  return NULL;
}
