/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-outlines-geometry.c: building the flat geometry of
 * MaillageOutlines from coordinate arrays (GeoJSON's, or the stored
 * form's, which are the same), checking each ring, rounding it to the
 * stored precision; and saying in words what is wrong with a broken one.
 */
#define G_LOG_DOMAIN "maillage-outlines-geometry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "maillage-outlines-private.h"

/* 10⁻⁵ degree is about 1.1 m of latitude. */
#define ROUNDING 1e5

/* Rounds to the stored precision; adding 0.0 turns -0.0 into 0.0, which
 * would otherwise be written “-0.0”. */
static double
round_coordinate (double value)
{
  return round (value * ROUNDING) / ROUNDING + 0.0;
}

static gboolean
read_number (JsonNode *node,
             double   *out)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    *out = json_node_get_int (node);
  else
    return FALSE;

  return isfinite (*out);
}

static gboolean
fail (MaillageOutlinesProblem     *problem,
      MaillageOutlinesProblemKind  kind,
      guint                        depth,
      JsonNode                    *found)
{
  problem->kind = kind;
  problem->depth = depth;
  problem->found = found;

  return FALSE;
}

/* A position is [longitude, latitude], maybe followed by an altitude, which
 * GeoJSON allows and a map ignores. */
static gboolean
read_position (JsonNode                *node,
               MaillageOutlinesPoint   *point,
               MaillageOutlinesProblem *problem)
{
  JsonArray *array;
  JsonNode *longitude;
  JsonNode *latitude;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) < 2)
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_A_POSITION, 3, node);

  array = json_node_get_array (node);
  longitude = json_array_get_element (array, 0);
  latitude = json_array_get_element (array, 1);
  if (!read_number (longitude, &point->longitude))
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_A_NUMBER, 3, longitude);
  if (!read_number (latitude, &point->latitude))
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_A_NUMBER, 3, latitude);
  if (point->longitude < -180 || point->longitude > 180)
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_LONGITUDE, 3, longitude);
  if (point->latitude < -90 || point->latitude > 90)
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_LATITUDE, 3, latitude);

  return TRUE;
}

/* Leaves out of the ring that starts at @first the points that rounding
 * made equal to the one before — unless that would leave fewer than four,
 * so that a tiny ring (a sliver of a commune) stays a ring, and reading
 * the stored form again gives the same points. */
static void
drop_repeats (GArray *points,
              guint   first)
{
  MaillageOutlinesPoint *ring = &g_array_index (points, MaillageOutlinesPoint, first);
  guint length = points->len - first;
  guint kept = 1;

  for (guint i = 1; i < length; i++)
    {
      if (ring[i].longitude != ring[kept - 1].longitude || ring[i].latitude != ring[kept - 1].latitude)
        kept++;
    }
  if (kept < 4 || kept == length)
    return;

  kept = 1;
  for (guint i = 1; i < length; i++)
    {
      if (ring[i].longitude != ring[kept - 1].longitude || ring[i].latitude != ring[kept - 1].latitude)
        ring[kept++] = ring[i];
    }
  g_array_set_size (points, first + kept);
}

/* Appends the ring @node to self->points, rounded, without repeats. */
static gboolean
add_ring (MaillageOutlines        *self,
          JsonNode                *node,
          MaillageOutlinesProblem *problem)
{
  MaillageOutlinesRing ring = { self->points->len, 0 };
  MaillageOutlinesPoint first = { 0, 0 };
  MaillageOutlinesPoint point = { 0, 0 };
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_AN_ARRAY, 2, node);

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  problem->n_positions = length;
  for (guint i = 0; i < length; i++)
    {
      problem->position = i;
      if (!read_position (json_array_get_element (array, i), &point, problem))
        return FALSE;
      if (i == 0)
        first = point;
      point.longitude = round_coordinate (point.longitude);
      point.latitude = round_coordinate (point.latitude);
      g_array_append_val (self->points, point);
    }
  problem->position = 0;

  if (length < 4)
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_TOO_SHORT, 2, node);

  /* Compared before rounding: a ring that is not closed is broken, even if
   * its ends are a centimetre apart. */
  read_position (json_array_get_element (array, length - 1), &point, problem);
  if (point.longitude != first.longitude || point.latitude != first.latitude)
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_CLOSED, 2, node);

  drop_repeats (self->points, ring.first_point);
  ring.n_points = self->points->len - ring.first_point;
  g_array_append_val (self->rings, ring);

  return TRUE;
}

static gboolean
add_polygon (MaillageOutlines        *self,
             JsonNode                *node,
             MaillageOutlinesProblem *problem)
{
  MaillageOutlinesPolygon polygon = { self->rings->len, 0 };
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_AN_ARRAY, 1, node);

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length == 0)
    return fail (problem, MAILLAGE_OUTLINES_PROBLEM_NO_RING, 1, node);

  for (guint i = 0; i < length; i++)
    {
      problem->ring = i;
      if (!add_ring (self, json_array_get_element (array, i), problem))
        return FALSE;
    }

  polygon.n_rings = length;
  g_array_append_val (self->polygons, polygon);

  return TRUE;
}

static void
area_update_bounds (MaillageOutlines     *self,
                    MaillageOutlinesArea *area)
{
  const MaillageOutlinesPolygon *first_polygon =
    &g_array_index (self->polygons, MaillageOutlinesPolygon, area->first_polygon);
  guint first_point = g_array_index (self->rings, MaillageOutlinesRing, first_polygon->first_ring).first_point;

  area->west = area->south = INFINITY;
  area->east = area->north = -INFINITY;
  for (guint i = first_point; i < self->points->len; i++)
    {
      const MaillageOutlinesPoint *p = &g_array_index (self->points, MaillageOutlinesPoint, i);

      area->west = MIN (area->west, p->longitude);
      area->east = MAX (area->east, p->longitude);
      area->south = MIN (area->south, p->latitude);
      area->north = MAX (area->north, p->latitude);
    }
}

/* Adds the area @insee with @coordinates, the array of a GeoJSON
 * MultiPolygon (@multi) or Polygon. On failure, nothing is added and
 * @problem says where and why. The areas are sorted by
 * _maillage_outlines_finish(); the caller checks that codes are unique. */
gboolean
_maillage_outlines_add_area (MaillageOutlines        *self,
                             const char              *insee,
                             JsonNode                *coordinates,
                             gboolean                 multi,
                             MaillageOutlinesProblem *problem)
{
  MaillageOutlinesArea area = { NULL, self->polygons->len, 0 };
  guint n_points = self->points->len;
  guint n_rings = self->rings->len;
  gboolean ok = TRUE;

  memset (problem, 0, sizeof *problem);

  if (!multi)
    ok = add_polygon (self, coordinates, problem);
  else if (!JSON_NODE_HOLDS_ARRAY (coordinates))
    ok = fail (problem, MAILLAGE_OUTLINES_PROBLEM_NOT_AN_ARRAY, 0, coordinates);
  else if (json_array_get_length (json_node_get_array (coordinates)) == 0)
    ok = fail (problem, MAILLAGE_OUTLINES_PROBLEM_NO_POLYGON, 0, coordinates);
  else
    {
      JsonArray *array = json_node_get_array (coordinates);

      for (guint i = 0; ok && i < json_array_get_length (array); i++)
        {
          problem->polygon = i;
          ok = add_polygon (self, json_array_get_element (array, i), problem);
        }
    }

  if (!ok)
    {
      g_array_set_size (self->points, n_points);
      g_array_set_size (self->rings, n_rings);
      g_array_set_size (self->polygons, area.first_polygon);
      return FALSE;
    }

  area.insee = g_strdup (insee);
  area.n_polygons = self->polygons->len - area.first_polygon;
  area_update_bounds (self, &area);
  g_array_append_val (self->areas, area);

  return TRUE;
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const MaillageOutlinesArea *) a)->insee, ((const MaillageOutlinesArea *) b)->insee);
}

/* Sorts the areas, indexes them and sums up the bounds. */
void
_maillage_outlines_finish (MaillageOutlines *self)
{
  g_array_sort (self->areas, compare_areas);
  g_hash_table_remove_all (self->by_insee);

  self->west = self->south = self->east = self->north = 0;
  for (guint i = 0; i < self->areas->len; i++)
    {
      const MaillageOutlinesArea *area = &g_array_index (self->areas, MaillageOutlinesArea, i);

      g_hash_table_insert (self->by_insee, area->insee, GUINT_TO_POINTER (i + 1));
      self->west = i == 0 ? area->west : MIN (self->west, area->west);
      self->south = i == 0 ? area->south : MIN (self->south, area->south);
      self->east = i == 0 ? area->east : MAX (self->east, area->east);
      self->north = i == 0 ? area->north : MAX (self->north, area->north);
    }
}

const MaillageOutlinesArea *
_maillage_outlines_find_area (MaillageOutlines *self,
                              const char       *insee)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_insee, insee));

  return index > 0 ? &g_array_index (self->areas, MaillageOutlinesArea, index - 1) : NULL;
}

static char *
describe_detail (const MaillageOutlinesProblem *problem)
{
  g_autofree char *found = problem->found ? maillage_reader_describe (problem->found) : NULL;

  switch (problem->kind)
    {
    case MAILLAGE_OUTLINES_PROBLEM_NOT_AN_ARRAY:
      return g_strdup_printf (_("expected an array, found %s"), found);
    case MAILLAGE_OUTLINES_PROBLEM_NO_POLYGON:
      return g_strdup (_("the list of polygons is empty"));
    case MAILLAGE_OUTLINES_PROBLEM_NO_RING:
      return g_strdup (_("the polygon has no ring"));
    case MAILLAGE_OUTLINES_PROBLEM_TOO_SHORT:
      return g_strdup_printf (_("a ring needs at least 4 positions, found %u"), problem->n_positions);
    case MAILLAGE_OUTLINES_PROBLEM_NOT_CLOSED:
      return g_strdup (_("the ring is not closed: its last position differs from its first"));
    case MAILLAGE_OUTLINES_PROBLEM_NOT_A_POSITION:
      return g_strdup_printf (_("expected a position [longitude, latitude] of two numbers, found %s"), found);
    case MAILLAGE_OUTLINES_PROBLEM_NOT_A_NUMBER:
      return g_strdup_printf (_("expected a number, found %s"), found);
    case MAILLAGE_OUTLINES_PROBLEM_LONGITUDE:
      return g_strdup_printf (_("the longitude %s is outside −180 to 180"), found);
    case MAILLAGE_OUTLINES_PROBLEM_LATITUDE:
      return g_strdup_printf (_("the latitude %s is outside −90 to 90"), found);
    case MAILLAGE_OUTLINES_PROBLEM_NONE:
    default:
      g_return_val_if_reached (g_strdup ("?"));
    }
}

/* What went wrong, in words; @with_place prefixes where, counting from 1
 * as a person does (“polygon 2, ring 1, position 5: …”), for messages
 * about GeoJSON features, where a JSON path would be too long to act on. */
char *
_maillage_outlines_describe (const MaillageOutlinesProblem *problem,
                             gboolean                       with_place,
                             gboolean                       multi)
{
  g_autofree char *detail = describe_detail (problem);
  guint depth = problem->depth;

  if (!with_place || depth == 0 || (depth == 1 && !multi))
    return g_steal_pointer (&detail);

  if (multi && depth == 1)
    /* Translators: where a problem is in a MultiPolygon, then the problem. */
    return g_strdup_printf (_("polygon %u: %s"), problem->polygon + 1, detail);
  if (multi && depth == 2)
    return g_strdup_printf (_("polygon %u, ring %u: %s"),
                            problem->polygon + 1, problem->ring + 1, detail);
  if (multi)
    return g_strdup_printf (_("polygon %u, ring %u, position %u: %s"),
                            problem->polygon + 1, problem->ring + 1, problem->position + 1, detail);
  if (depth == 2)
    return g_strdup_printf (_("ring %u: %s"), problem->ring + 1, detail);

  return g_strdup_printf (_("ring %u, position %u: %s"),
                          problem->ring + 1, problem->position + 1, detail);
}
