/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-outlines.c: outlines of communes read from GeoJSON, every broken
 * file told by feature and field, their stored form, and the project that
 * keeps them byte for byte.
 */
#define G_LOG_DOMAIN "maillage-test-outlines"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "maillage.h"
#include "maillage-json-private.h"
#include "maillage-unit-utils.h"

/* Two communes: 39801 a square with a square hole (Polygon, code as a
 * string), 39802 two squares (MultiPolygon, code as a number), and the
 * properties the dialog lists. */
static const char valid_geojson[] =
  "{\"type\": \"FeatureCollection\", \"features\": ["
  " {\"type\": \"Feature\", \"properties\": {\"INSEE_COM\": \"39801\", \"NOM\": \"Sorneval\"},"
  "  \"geometry\": {\"type\": \"Polygon\", \"coordinates\": ["
  "   [[5.5, 46.5], [5.6, 46.5], [5.6, 46.6], [5.5, 46.6], [5.5, 46.5]],"
  "   [[5.52, 46.52], [5.54, 46.52], [5.54, 46.54], [5.52, 46.54], [5.52, 46.52]]]}},"
  " {\"type\": \"Feature\", \"properties\": {\"INSEE_COM\": 39802, \"POPULATION\": 455},"
  "  \"bbox\": [5.6, 46.5, 5.8, 46.6],"
  "  \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": ["
  "   [[[5.6, 46.5], [5.7, 46.5], [5.7, 46.6], [5.6, 46.6], [5.6, 46.5]]],"
  "   [[[5.75, 46.5, 312.0], [5.8, 46.5, 300], [5.8, 46.55, 280], [5.75, 46.5, 312.0]]]]}}"
  "]}";

static MaillageOutlines *
read_geojson (const char  *text,
              const char  *property,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return maillage_outlines_new_from_geojson (bytes, property, error);
}

static void
test_geojson_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageOutlines) outlines = read_geojson (valid_geojson, "INSEE_COM", &error);
  g_auto(GStrv) codes = NULL;
  double west, south, east, north;

  g_assert_no_error (error);
  g_assert_nonnull (outlines);

  g_assert_cmpuint (maillage_outlines_get_n_areas (outlines), ==, 2);
  codes = maillage_outlines_list_insee (outlines);
  g_assert_cmpstrv (codes, ((const char * const []) { "39801", "39802", NULL }));
  g_assert_true (maillage_outlines_has_area (outlines, "39801"));
  g_assert_true (maillage_outlines_has_area (outlines, "39802"));
  g_assert_false (maillage_outlines_has_area (outlines, "39803"));
  g_assert_cmpstr (maillage_outlines_get_insee_property (outlines), ==, "INSEE_COM");

  maillage_outlines_get_bounds (outlines, &west, &south, &east, &north);
  g_assert_cmpfloat_with_epsilon (west, 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (south, 46.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (east, 5.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (north, 46.6, 1e-9);

  g_assert_true (maillage_outlines_get_area_bounds (outlines, "39802", &west, &south, &east, &north));
  g_assert_cmpfloat_with_epsilon (west, 5.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (east, 5.8, 1e-9);
  g_assert_false (maillage_outlines_get_area_bounds (outlines, "39899", &west, NULL, NULL, NULL));
  g_assert_cmpfloat_with_epsilon (west, 5.6, 1e-9);
}

/* The stored form of the valid file: the hole kept as the second ring, the
 * altitude dropped, the code read as a number written as text. */
static void
test_geojson_stored_form (void)
{
  g_autoptr(MaillageOutlines) outlines = read_geojson (valid_geojson, "INSEE_COM", NULL);
  g_autoptr(JsonObject) object = maillage_outlines_to_json (outlines);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  JsonObject *areas = json_object_get_object_member (object, "areas");
  JsonArray *polygon;
  JsonArray *position;

  g_assert_cmpstr (json_object_get_string_member (object, "insee_property"), ==, "INSEE_COM");
  g_assert_cmpuint (json_object_get_size (areas), ==, 2);

  /* 39801: one polygon of two rings */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (areas, "39801")), ==, 1);
  polygon = json_array_get_array_element (json_object_get_array_member (areas, "39801"), 0);
  g_assert_cmpuint (json_array_get_length (polygon), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_array_get_array_element (polygon, 1)), ==, 5);

  /* 39802: two polygons; the altitude is gone */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (areas, "39802")), ==, 2);
  polygon = json_array_get_array_element (json_object_get_array_member (areas, "39802"), 1);
  position = json_array_get_array_element (json_array_get_array_element (polygon, 0), 0);
  g_assert_cmpuint (json_array_get_length (position), ==, 2);
  g_assert_cmpfloat (json_array_get_double_element (position, 0), ==, 5.75);
  g_assert_cmpfloat (json_array_get_double_element (position, 1), ==, 46.5);
}

typedef struct
{
  const char *name;
  const char *features;     /* inside "features": [ … ], or a whole file if it starts with '!' */
  int         code;
  const char *message;      /* expected, whole */
} BrokenCase;

#define SQUARE "[[5.5, 46.5], [5.6, 46.5], [5.6, 46.6], [5.5, 46.6], [5.5, 46.5]]"
#define GOOD_FEATURE "{\"type\": \"Feature\", \"properties\": {\"code\": \"39801\"}, " \
                     "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" SQUARE "]}}"
#define FEATURE(code, geometry) "{\"type\": \"Feature\", \"properties\": {\"code\": " code "}, " \
                                "\"geometry\": " geometry "}"

static const BrokenCase broken_cases[] = {
  { "not-json", "!{\"type\": \"FeatureCollection\", ", MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON, NULL },
  { "array", "![1, 2]", MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
    "The file is not a GeoJSON FeatureCollection: it holds an array." },
  { "feature", "!{\"type\": \"Feature\", \"geometry\": null}", MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
    "The file is not a GeoJSON FeatureCollection: its “type” is “Feature”." },
  { "no-type", "!{\"features\": []}", MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
    "The file is not a GeoJSON FeatureCollection: it has no “type”." },
  { "no-features", "!{\"type\": \"FeatureCollection\"}", MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
    "The file is not a GeoJSON FeatureCollection: it has no “features” array." },
  { "empty", "", MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
    "The GeoJSON file holds no feature: there is no outline to import." },
  { "lambert-93", "!{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": "
    "{\"name\": \"urn:ogc:def:crs:EPSG::2154\"}}, \"features\": [" GOOD_FEATURE "]}",
    MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
    "The file uses the coordinate system “urn:ogc:def:crs:EPSG::2154”; export it again in longitude and latitude (WGS 84, EPSG:4326)." },
  { "feature-not-object", GOOD_FEATURE ", 12", MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 2: expected an object, found 12" },
  { "feature-type", "{\"type\": \"Polygon\", \"coordinates\": [" SQUARE "]}", MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “type”: expected “Feature”, found “Polygon”" },
  { "no-geometry", GOOD_FEATURE ", " FEATURE ("\"39802\"", "null"), MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 2, field “geometry”: the feature has no geometry" },
  { "point", FEATURE ("\"39801\"", "{\"type\": \"Point\", \"coordinates\": [5.5, 46.5]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.type”: expected Polygon or MultiPolygon, found “Point”" },
  { "no-coordinates", FEATURE ("\"39801\"", "{\"type\": \"Polygon\"}"), MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: the member is missing" },
  { "short-ring", FEATURE ("\"39801\"", "{\"type\": \"Polygon\", \"coordinates\": [[[5.5, 46.5], [5.6, 46.5], [5.5, 46.5]]]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: ring 1: a ring needs at least 4 positions, found 3" },
  { "unclosed", FEATURE ("\"39801\"", "{\"type\": \"Polygon\", \"coordinates\": [" SQUARE ", "
    "[[5.52, 46.52], [5.54, 46.52], [5.54, 46.54], [5.52, 46.54]]]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: ring 2: the ring is not closed: its last position differs from its first" },
  { "not-a-number", FEATURE ("\"39801\"", "{\"type\": \"Polygon\", \"coordinates\": [[[5.5, 46.5], [\"5,6\", 46.5], [5.6, 46.6], [5.5, 46.5]]]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: ring 1, position 2: expected a number, found “5,6”" },
  { "not-a-position", FEATURE ("\"39801\"", "{\"type\": \"Polygon\", \"coordinates\": [[[5.5, 46.5], [5.6], [5.6, 46.6], [5.5, 46.5]]]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: ring 1, position 2: expected a position [longitude, latitude] of two numbers, found an array" },
  { "latitude", GOOD_FEATURE ", " FEATURE ("\"39802\"", "{\"type\": \"MultiPolygon\", \"coordinates\": [[" SQUARE "], "
    "[[[5.5, 46.5], [5.6, 46.5], [5.6, 96.5], [5.5, 46.5]]]]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 2, field “geometry.coordinates”: polygon 2, ring 1, position 3: the latitude 96.5 is outside −90 to 90" },
  { "longitude", FEATURE ("\"39801\"", "{\"type\": \"Polygon\", \"coordinates\": [[[905000, 6620000], [906000, 6620000], [906000, 6621000], [905000, 6620000]]]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: ring 1, position 1: the longitude 905000 is outside −180 to 180" },
  { "polygon-not-array", FEATURE ("\"39801\"", "{\"type\": \"MultiPolygon\", \"coordinates\": [[" SQUARE "], 3]}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: polygon 2: expected an array, found 3" },
  { "no-polygon", FEATURE ("\"39801\"", "{\"type\": \"MultiPolygon\", \"coordinates\": []}"),
    MAILLAGE_OUTLINES_ERROR_GEOMETRY,
    "Feature 1, field “geometry.coordinates”: the list of polygons is empty" },
  { "no-insee", GOOD_FEATURE ", {\"type\": \"Feature\", \"properties\": {\"nom\": \"X\"}, "
    "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" SQUARE "]}}",
    MAILLAGE_OUTLINES_ERROR_INSEE,
    "Feature 2, field “properties.code”: the feature has no property “code”" },
  { "no-properties", "{\"type\": \"Feature\", \"properties\": null, "
    "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" SQUARE "]}}",
    MAILLAGE_OUTLINES_ERROR_INSEE,
    "Feature 1, field “properties.code”: the feature has no property “code”" },
  { "bad-insee", FEATURE ("\"Sorneval\"", "{\"type\": \"Polygon\", \"coordinates\": [" SQUARE "]}"),
    MAILLAGE_OUTLINES_ERROR_INSEE,
    "Feature 1, field “properties.code”: “Sorneval” is not an INSEE code (five digits, or 2A or 2B followed by three digits)" },
  { "duplicate", GOOD_FEATURE ", " GOOD_FEATURE ", " GOOD_FEATURE, MAILLAGE_OUTLINES_ERROR_DUPLICATE,
    "Feature 2, field “properties.code”: the INSEE code 39801 is already used by feature 1" },
};

static void
test_geojson_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageOutlines) outlines = NULL;
  g_autofree char *text = NULL;

  if (c->features[0] == '!')
    text = g_strdup (c->features + 1);
  else
    text = g_strdup_printf ("{\"type\": \"FeatureCollection\", \"features\": [%s]}", c->features);

  outlines = read_geojson (text, "code", &error);
  g_assert_null (outlines);
  g_assert_error (error, MAILLAGE_OUTLINES_ERROR, c->code);
  if (c->message != NULL)
    g_assert_cmpstr (error->message, ==, c->message);
  else
    g_assert_true (g_str_has_prefix (error->message, "The file is not a GeoJSON FeatureCollection: it is not valid JSON ("));
}

static void
test_geojson_too_large (void)
{
  gsize size = MAILLAGE_OUTLINES_MAX_SIZE + 1;
  g_autofree char *text = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageOutlines) outlines = NULL;
  g_auto(GStrv) properties = NULL;

  memset (text, ' ', size);
  bytes = g_bytes_new_take (g_steal_pointer (&text), size);
  outlines = maillage_outlines_new_from_geojson (bytes, "code", &error);
  g_assert_null (outlines);
  g_assert_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_TOO_LARGE);
  g_clear_error (&error);

  properties = maillage_outlines_list_geojson_properties (bytes, &error);
  g_assert_null (properties);
  g_assert_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_TOO_LARGE);
}

static void
test_geojson_properties (void)
{
  static const char text[] =
    "{\"type\": \"FeatureCollection\", \"features\": ["
    " {\"type\": \"Feature\", \"properties\": {\"NOM\": \"A\", \"insee_com\": \"39801\"}, \"geometry\": null},"
    " {\"type\": \"Feature\", \"properties\": null, \"geometry\": null},"
    " 7,"
    " {\"type\": \"Feature\", \"properties\": {\"POPULATION\": 3, \"NOM\": \"B\"}, \"geometry\": null}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) valid = g_bytes_new_static (valid_geojson, strlen (valid_geojson));
  g_autoptr(GBytes) not_geojson = g_bytes_new_static ("[]", 2);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) properties = NULL;
  g_auto(GStrv) valid_properties = NULL;
  g_auto(GStrv) none = NULL;
  const char * const osm[] = { "name", "ref:INSEE", "population", NULL };
  const char * const nothing[] = { "nom", "surface", NULL };

  properties = maillage_outlines_list_geojson_properties (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (properties, ((const char * const []) { "NOM", "insee_com", "POPULATION", NULL }));
  g_assert_cmpstr (maillage_outlines_guess_insee_property ((const char * const *) properties), ==, "insee_com");

  valid_properties = maillage_outlines_list_geojson_properties (valid, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (valid_properties, ((const char * const []) { "INSEE_COM", "NOM", "POPULATION", NULL }));

  g_assert_cmpstr (maillage_outlines_guess_insee_property (osm), ==, "ref:INSEE");
  g_assert_null (maillage_outlines_guess_insee_property (nothing));

  none = maillage_outlines_list_geojson_properties (not_geojson, &error);
  g_assert_null (none);
  g_assert_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON);
}

static char *
stored_text (MaillageOutlines *outlines)
{
  g_autoptr(JsonObject) object = maillage_outlines_to_json (outlines);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return maillage_json_to_string (node, NULL);
}

static MaillageOutlines *
read_stored (const char  *text,
             GError     **error)
{
  g_autoptr(JsonNode) node = maillage_json_parse (text, -1, NULL);

  g_assert_nonnull (node);
  return maillage_outlines_new_from_json (json_node_get_object (node), error);
}

/* Rounded to 10⁻⁵ degree, repeated points dropped, -0 written as 0, and
 * read back to the same outlines and the same text. */
static void
test_stored_round_trip (void)
{
  static const char text[] =
    "{\"type\": \"FeatureCollection\", \"features\": ["
    " {\"type\": \"Feature\", \"properties\": {\"c\": \"2A004\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": ["
    "  [[-0.000001, 41.9], [8.123456789, 41.9], [8.1234601, 41.9], [8.2, 42.0000049], [-0.000001, 41.9]]]}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageOutlines) outlines = read_geojson (text, "c", &error);
  g_autoptr(MaillageOutlines) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  first = stored_text (outlines);
  g_assert_cmpstr (first, ==,
                   "{\n"
                   "  \"insee_property\": \"c\",\n"
                   "  \"areas\": {\n"
                   "    \"2A004\": [\n"
                   "      [\n"
                   "        [\n"
                   "          [\n            0.0,\n            41.9\n          ],\n"
                   "          [\n            8.12346,\n            41.9\n          ],\n"
                   "          [\n            8.2,\n            42.0\n          ],\n"
                   "          [\n            0.0,\n            41.9\n          ]\n"
                   "        ]\n"
                   "      ]\n"
                   "    ]\n"
                   "  }\n"
                   "}\n");

  again = read_stored (first, &error);
  g_assert_no_error (error);
  g_assert_true (maillage_outlines_equal (outlines, again));
  second = stored_text (again);
  g_assert_cmpstr (first, ==, second);
}

static void
test_stored_broken (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "{\"insee_property\": \"c\"}", "$: the required member “areas” is missing" },
    { "{\"areas\": []}", "$.areas: expected an object, found an array" },
    { "{\"areas\": {\"3980\": []}}",
      "$.areas[\"3980\"]: “3980” is not an INSEE code (five digits, or 2A or 2B followed by three digits)" },
    { "{\"areas\": {\"39801\": [[[[5, 46], [6, 46], [5, 46]]]]}}",
      "$.areas[\"39801\"][0][0]: a ring needs at least 4 positions, found 3" },
    { "{\"areas\": {\"39801\": [[[[5, 46], [6, 46], [6, 47], [5, 46]], [[5, 46], [6, 46], [6, 47], [5, 46.1]]]]}}",
      "$.areas[\"39801\"][0][1]: the ring is not closed: its last position differs from its first" },
    { "{\"areas\": {\"39801\": [[[[5, 46], [6, 46], [6, 47], [5, null]]]]}}",
      "$.areas[\"39801\"][0][0][3]: expected a number, found null" },
    { "{\"areas\": {\"39801\": {}}}", "$.areas[\"39801\"]: expected an array, found an object" },
    { "{\"insee_property\": 3, \"areas\": {}}", "$.insee_property: expected a string, found 3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MaillageOutlines) outlines = read_stored (cases[i].text, &error);

      g_assert_null (outlines);
      g_assert_error (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A member of a newer version survives reading and writing. */
static void
test_stored_unknown_member (void)
{
  static const char text[] =
    "{\"insee_property\": \"c\", \"areas\": {}, \"source\": {\"name\": \"IGN\", \"year\": 2026}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(MaillageOutlines) outlines = read_stored (text, &error);
  g_autoptr(JsonObject) object = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (maillage_outlines_get_n_areas (outlines), ==, 0);
  object = maillage_outlines_to_json (outlines);
  g_assert_true (json_object_has_member (object, "source"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "source"), "year"), ==, 2026);
}

static void
test_territory_outlines (void)
{
  g_autoptr(MaillageTerritory) territory = maillage_territory_new ();
  g_autoptr(MaillageOutlines) outlines = read_geojson (valid_geojson, "INSEE_COM", NULL);
  g_autoptr(MaillageOutlines) same = read_geojson (valid_geojson, "INSEE_COM", NULL);
  guint changed = 0;
  guint notified = 0;

  g_signal_connect (territory, "changed", G_CALLBACK (maillage_unit_count_cb), &changed);
  g_signal_connect (territory, "notify::outlines", G_CALLBACK (maillage_unit_count_notify_cb), &notified);

  g_assert_null (maillage_territory_get_outlines (territory));
  maillage_territory_set_outlines (territory, outlines);
  g_assert_true (maillage_territory_get_outlines (territory) == outlines);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (notified, ==, 1);

  /* equal outlines are no change */
  maillage_territory_set_outlines (territory, same);
  g_assert_cmpuint (changed, ==, 1);

  maillage_territory_set_outlines (territory, NULL);
  g_assert_null (maillage_territory_get_outlines (territory));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (notified, ==, 2);
}

/* Outlines go in the file after the communes, and a project read and saved
 * again is the same bytes, in memory and on disk. */
static void
test_project_round_trip (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  MaillageTerritory *territory = maillage_project_get_territory (project);
  g_autoptr(MaillageOutlines) outlines = read_geojson (valid_geojson, "INSEE_COM", NULL);
  g_autoptr(MaillageCommune) commune = maillage_commune_new ("39801", "Sorneval", 28140);
  g_autoptr(MaillageProject) read_back = NULL;
  g_autoptr(MaillageProject) from_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = maillage_unit_make_temp_dir ("maillage-test-outlines-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "projet.maillage", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *saved_again = NULL;
  const char *communes_at;
  const char *outlines_at;

  maillage_project_set_title (project, "Carte");
  maillage_territory_add_commune (territory, commune);
  maillage_territory_set_outlines (territory, outlines);

  first = maillage_project_to_data (project, NULL);
  communes_at = strstr (first, "\n    \"communes\": [");
  outlines_at = strstr (first, "\n    \"outlines\": {\n      \"insee_property\": \"INSEE_COM\",\n      \"areas\": {\n        \"39801\": [");
  g_assert_nonnull (communes_at);
  g_assert_nonnull (outlines_at);
  g_assert_true (communes_at < outlines_at);

  read_back = maillage_project_new_from_data (first, -1, &error);
  g_assert_no_error (error);
  g_assert_true (maillage_outlines_equal (maillage_territory_get_outlines (maillage_project_get_territory (read_back)),
                                          outlines));
  second = maillage_project_to_data (read_back, NULL);
  g_assert_cmpstr (first, ==, second);

  file = g_file_new_for_path (path);
  g_assert_true (maillage_project_save (read_back, file, NULL, &error));
  g_assert_no_error (error);
  on_disk = maillage_unit_read_file (path, NULL);
  from_disk = maillage_unit_load_project (file);
  g_assert_true (maillage_project_save (from_disk, file, NULL, &error));
  g_assert_no_error (error);
  saved_again = maillage_unit_read_file (path, NULL);
  g_assert_cmpstr (on_disk, ==, saved_again);
  g_assert_nonnull (strstr (saved_again, "\"outlines\": {"));

  maillage_unit_remove_temp_dir (dir);
}

/* Without outlines the member is absent; a broken one names its path. */
static void
test_project_without_and_broken (void)
{
  g_autoptr(MaillageProject) project = maillage_project_new ();
  g_autoptr(MaillageProject) broken = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = maillage_project_to_data (project, NULL);
  g_autoptr(GString) bad = g_string_new (text);

  g_assert_null (strstr (text, "outlines"));

  g_string_replace (bad, "\"communes\": []",
                    "\"communes\": [], \"outlines\": {\"areas\": {\"39801\": [[[[5, 46], [6, 46], [6, 47], [5, 46], [5, 200]]]]}}",
                    1);
  broken = maillage_project_new_from_data (bad->str, -1, &error);
  g_assert_null (broken);
  g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "$.territory.outlines.areas[\"39801\"][0][0][4]: the latitude 200 is outside −90 to 90");
}

/* The schema's test files about outlines: the reader agrees with them. */
static void
test_schema_cases (void)
{
  g_autofree char *dir = g_build_filename (SOURCE_ROOT, "docs", "schema-tests", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_cases = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(MaillageProject) project = NULL;
      g_autoptr(GError) error = NULL;

      if (strstr (name, "-outlines") == NULL)
        continue;

      path = g_build_filename (dir, name, NULL);
      text = maillage_unit_read_file (path, NULL);
      project = maillage_project_new_from_data (text, -1, &error);
      if (g_str_has_prefix (name, "valid-"))
        {
          g_assert_no_error (error);
          g_assert_nonnull (maillage_territory_get_outlines (maillage_project_get_territory (project)));
        }
      else
        g_assert_error (error, MAILLAGE_PROJECT_ERROR, MAILLAGE_PROJECT_ERROR_INVALID);
      n_cases++;
    }

  g_assert_cmpuint (n_cases, >=, 5);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages are compared in the source language. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/outlines/geojson/valid", test_geojson_valid);
  g_test_add_func ("/outlines/geojson/stored-form", test_geojson_stored_form);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/outlines/geojson/broken/%s", broken_cases[i].name);

      g_test_add_data_func (name, &broken_cases[i], test_geojson_broken);
    }
  g_test_add_func ("/outlines/geojson/too-large", test_geojson_too_large);
  g_test_add_func ("/outlines/geojson/properties", test_geojson_properties);
  g_test_add_func ("/outlines/stored/round-trip", test_stored_round_trip);
  g_test_add_func ("/outlines/stored/broken", test_stored_broken);
  g_test_add_func ("/outlines/stored/unknown-member", test_stored_unknown_member);
  g_test_add_func ("/outlines/territory", test_territory_outlines);
  g_test_add_func ("/outlines/project/round-trip", test_project_round_trip);
  g_test_add_func ("/outlines/project/without-and-broken", test_project_without_and_broken);
  g_test_add_func ("/outlines/project/schema-cases", test_schema_cases);

  return g_test_run ();
}
