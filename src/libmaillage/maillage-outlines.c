/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-outlines.c: the outlines of the communes and their stored form
 * in a project. Building their geometry is in maillage-outlines-geometry.c,
 * reading GeoJSON in maillage-outlines-geojson.c.
 */
#define G_LOG_DOMAIN "maillage-outlines"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "maillage-commune.h"
#include "maillage-outlines-private.h"
#include "maillage-project.h"

/**
 * MaillageOutlines:
 *
 * The outlines of communes: for each commune, by INSEE code, one or more
 * polygons of longitude and latitude (WGS 84), each an outer ring and
 * maybe holes. Several modules draw them — the choropleth of an indicator,
 * the lieux de médiation on the territory map — so the territory keeps
 * them (see maillage_territory_get_outlines()).
 *
 * Outlines come from a GeoJSON FeatureCollection
 * (maillage_outlines_new_from_geojson()), whose features carry the INSEE
 * code in a property the user picks; they are saved in the project in a
 * compact form (maillage_outlines_to_json()): coordinates rounded to
 * 10⁻⁵ degree (about a metre), which is finer than any map drawn on a
 * page, and repeated points left out.
 *
 * An outlines object never changes once built: to change the outlines of
 * a territory, set new ones.
 */

G_DEFINE_FINAL_TYPE (MaillageOutlines, maillage_outlines, G_TYPE_OBJECT)

static const char * const stored_members[] = { "insee_property", "areas", NULL };

G_DEFINE_QUARK (maillage-outlines-error-quark, maillage_outlines_error)

static void
area_clear (gpointer data)
{
  MaillageOutlinesArea *area = data;

  g_clear_pointer (&area->insee, g_free);
}

static void
maillage_outlines_finalize (GObject *object)
{
  MaillageOutlines *self = (MaillageOutlines *)object;

  g_clear_pointer (&self->insee_property, g_free);
  g_clear_pointer (&self->by_insee, g_hash_table_unref);
  g_clear_pointer (&self->areas, g_array_unref);
  g_clear_pointer (&self->polygons, g_array_unref);
  g_clear_pointer (&self->rings, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (maillage_outlines_parent_class)->finalize (object);
}

static void
maillage_outlines_class_init (MaillageOutlinesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = maillage_outlines_finalize;
}

static void
maillage_outlines_init (MaillageOutlines *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (MaillageOutlinesPoint));
  self->rings = g_array_new (FALSE, FALSE, sizeof (MaillageOutlinesRing));
  self->polygons = g_array_new (FALSE, FALSE, sizeof (MaillageOutlinesPolygon));
  self->areas = g_array_new (FALSE, FALSE, sizeof (MaillageOutlinesArea));
  g_array_set_clear_func (self->areas, area_clear);
  self->by_insee = g_hash_table_new (g_str_hash, g_str_equal);
}

MaillageOutlines *
_maillage_outlines_new (const char *insee_property)
{
  MaillageOutlines *self = g_object_new (MAILLAGE_TYPE_OUTLINES, NULL);

  self->insee_property = g_strdup (insee_property ? insee_property : "");

  return self;
}

/* Reads the stored form at the current path of @r (see
 * maillage_outlines_to_json()); errors name the JSON path. */
MaillageOutlines *
_maillage_outlines_read (MaillageReader *r,
                         JsonObject     *object)
{
  g_autoptr(MaillageOutlines) self = NULL;
  MaillageOutlinesProblem problem;
  const char *insee_property;
  JsonObjectIter iter;
  JsonObject *areas;
  const char *insee;
  JsonNode *node;
  gsize mark;

  if (!maillage_reader_string (r, object, "insee_property", FALSE, &insee_property) ||
      !maillage_reader_object (r, object, "areas", TRUE, &areas))
    return NULL;

  self = _maillage_outlines_new (insee_property);
  mark = maillage_reader_push_member (r, "areas");
  json_object_iter_init_ordered (&iter, areas);
  while (json_object_iter_next_ordered (&iter, &insee, &node))
    {
      gsize area_mark = maillage_reader_push_member (r, insee);

      if (!maillage_commune_insee_is_valid (insee))
        {
          g_autofree char *found = maillage_reader_quote (insee);

          maillage_reader_fail_found (r, _("%s: %s is not an INSEE code (five digits, or 2A or 2B followed by three digits)"),
                                      found);
          return NULL;
        }

      if (!_maillage_outlines_add_area (self, insee, node, TRUE, &problem))
        {
          g_autofree char *detail = _maillage_outlines_describe (&problem, FALSE, TRUE);

          if (problem.depth >= 1)
            maillage_reader_push_index (r, problem.polygon);
          if (problem.depth >= 2)
            maillage_reader_push_index (r, problem.ring);
          if (problem.depth >= 3)
            maillage_reader_push_index (r, problem.position);
          maillage_reader_fail (r, MAILLAGE_PROJECT_ERROR_INVALID, "%s: %s", r->path->str, detail);
          return NULL;
        }
      maillage_reader_pop (r, area_mark);
    }
  maillage_reader_pop (r, mark);

  _maillage_outlines_finish (self);
  self->extras = maillage_reader_collect_extras (object, stored_members);

  return g_steal_pointer (&self);
}

/**
 * maillage_outlines_new_from_json:
 * @object: the stored form, as maillage_outlines_to_json() writes it
 * @error: return location for a #MaillageOutlinesError
 *
 * Reads outlines from their stored form. The project reader does this for
 * the member `territory.outlines`; modules need not.
 *
 * Returns: (transfer full) (nullable): the outlines, or %NULL with @error
 *   set (%MAILLAGE_OUTLINES_ERROR_INVALID, naming the JSON path from `$`,
 *   @object)
 */
MaillageOutlines *
maillage_outlines_new_from_json (JsonObject  *object,
                                 GError     **error)
{
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(GError) local_error = NULL;
  MaillageReader r = { MAILLAGE_PROJECT_VERSION, path, &local_error };
  MaillageOutlines *self;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = _maillage_outlines_read (&r, object);
  if (self == NULL)
    g_set_error_literal (error, MAILLAGE_OUTLINES_ERROR, MAILLAGE_OUTLINES_ERROR_INVALID,
                         local_error->message);

  return self;
}

static JsonArray *
ring_to_json (MaillageOutlines *self,
              guint             index)
{
  const MaillageOutlinesRing *ring = &g_array_index (self->rings, MaillageOutlinesRing, index);
  JsonArray *array = json_array_sized_new (ring->n_points);

  for (guint i = 0; i < ring->n_points; i++)
    {
      const MaillageOutlinesPoint *p = &g_array_index (self->points, MaillageOutlinesPoint, ring->first_point + i);
      JsonArray *position = json_array_sized_new (2);

      json_array_add_double_element (position, p->longitude);
      json_array_add_double_element (position, p->latitude);
      json_array_add_array_element (array, position);
    }

  return array;
}

static JsonArray *
area_to_json (MaillageOutlines           *self,
              const MaillageOutlinesArea *area)
{
  JsonArray *polygons = json_array_sized_new (area->n_polygons);

  for (guint i = 0; i < area->n_polygons; i++)
    {
      const MaillageOutlinesPolygon *polygon =
        &g_array_index (self->polygons, MaillageOutlinesPolygon, area->first_polygon + i);
      JsonArray *rings = json_array_sized_new (polygon->n_rings);

      for (guint j = 0; j < polygon->n_rings; j++)
        json_array_add_array_element (rings, ring_to_json (self, polygon->first_ring + j));
      json_array_add_array_element (polygons, rings);
    }

  return polygons;
}

/**
 * maillage_outlines_to_json:
 * @self: a #MaillageOutlines
 *
 * Gets the stored form of @self, as the project file holds it under
 * `territory.outlines`:
 *
 * ```json
 * { "insee_property": "INSEE_COM",
 *   "areas": { "39801": [ [ [ [5.61, 46.6], [5.62, 46.6], … ] ] ] } }
 * ```
 *
 * `areas` maps each INSEE code, in sorted order, to the coordinates of a
 * GeoJSON MultiPolygon; coordinates are rounded to 10⁻⁵ degree. The same
 * outlines always give the same tree, so a project saved twice gives the
 * same bytes. Members this version does not know, read from a newer file,
 * are kept after these.
 *
 * Returns: (transfer full): the stored form
 */
JsonObject *
maillage_outlines_to_json (MaillageOutlines *self)
{
  JsonObject *object;
  JsonObject *areas;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  g_return_val_if_fail (MAILLAGE_IS_OUTLINES (self), NULL);

  object = json_object_new ();
  areas = json_object_new ();
  for (guint i = 0; i < self->areas->len; i++)
    {
      const MaillageOutlinesArea *area = &g_array_index (self->areas, MaillageOutlinesArea, i);

      json_object_set_array_member (areas, area->insee, area_to_json (self, area));
    }

  json_object_set_string_member (object, "insee_property", self->insee_property);
  json_object_set_object_member (object, "areas", areas);

  if (self->extras != NULL)
    {
      json_object_iter_init_ordered (&iter, self->extras);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          if (!json_object_has_member (object, name))
            json_object_set_member (object, name, json_node_copy (node));
        }
    }

  return object;
}

/**
 * maillage_outlines_get_insee_property:
 * @self: a #MaillageOutlines
 *
 * Gets the name of the GeoJSON property that held the INSEE codes when the
 * outlines were imported, so that the next import can offer it first.
 *
 * Returns: (transfer none): the property name, or the empty string
 */
const char *
maillage_outlines_get_insee_property (MaillageOutlines *self)
{
  g_return_val_if_fail (MAILLAGE_IS_OUTLINES (self), NULL);

  return self->insee_property;
}

/**
 * maillage_outlines_get_n_areas:
 * @self: a #MaillageOutlines
 *
 * Returns: how many communes have an outline
 */
guint
maillage_outlines_get_n_areas (MaillageOutlines *self)
{
  g_return_val_if_fail (MAILLAGE_IS_OUTLINES (self), 0);

  return self->areas->len;
}

/**
 * maillage_outlines_list_insee:
 * @self: a #MaillageOutlines
 *
 * Lists the INSEE codes of the communes that have an outline.
 *
 * Returns: (transfer full) (array zero-terminated=1): the codes, sorted
 */
char **
maillage_outlines_list_insee (MaillageOutlines *self)
{
  char **codes;

  g_return_val_if_fail (MAILLAGE_IS_OUTLINES (self), NULL);

  codes = g_new (char *, self->areas->len + 1);
  for (guint i = 0; i < self->areas->len; i++)
    codes[i] = g_strdup (g_array_index (self->areas, MaillageOutlinesArea, i).insee);
  codes[self->areas->len] = NULL;

  return codes;
}

/**
 * maillage_outlines_has_area:
 * @self: a #MaillageOutlines
 * @insee: an INSEE code
 *
 * Returns: whether the commune @insee has an outline
 */
gboolean
maillage_outlines_has_area (MaillageOutlines *self,
                            const char       *insee)
{
  g_return_val_if_fail (MAILLAGE_IS_OUTLINES (self), FALSE);
  g_return_val_if_fail (insee != NULL, FALSE);

  return g_hash_table_contains (self->by_insee, insee);
}

/**
 * maillage_outlines_get_bounds:
 * @self: a #MaillageOutlines
 * @west: (out) (optional): the smallest longitude
 * @south: (out) (optional): the smallest latitude
 * @east: (out) (optional): the largest longitude
 * @north: (out) (optional): the largest latitude
 *
 * Gets the box, in degrees, that holds every outline; all zero when there
 * is none.
 */
void
maillage_outlines_get_bounds (MaillageOutlines *self,
                              double           *west,
                              double           *south,
                              double           *east,
                              double           *north)
{
  g_return_if_fail (MAILLAGE_IS_OUTLINES (self));

  if (west != NULL)
    *west = self->west;
  if (south != NULL)
    *south = self->south;
  if (east != NULL)
    *east = self->east;
  if (north != NULL)
    *north = self->north;
}

/**
 * maillage_outlines_get_area_bounds:
 * @self: a #MaillageOutlines
 * @insee: an INSEE code
 * @west: (out) (optional): the smallest longitude
 * @south: (out) (optional): the smallest latitude
 * @east: (out) (optional): the largest longitude
 * @north: (out) (optional): the largest latitude
 *
 * Gets the box, in degrees, that holds the outline of the commune @insee.
 *
 * Returns: %TRUE if the commune has an outline; if not, the bounds are
 *   left alone
 */
gboolean
maillage_outlines_get_area_bounds (MaillageOutlines *self,
                                   const char       *insee,
                                   double           *west,
                                   double           *south,
                                   double           *east,
                                   double           *north)
{
  const MaillageOutlinesArea *area;

  g_return_val_if_fail (MAILLAGE_IS_OUTLINES (self), FALSE);
  g_return_val_if_fail (insee != NULL, FALSE);

  area = _maillage_outlines_find_area (self, insee);
  if (area == NULL)
    return FALSE;

  if (west != NULL)
    *west = area->west;
  if (south != NULL)
    *south = area->south;
  if (east != NULL)
    *east = area->east;
  if (north != NULL)
    *north = area->north;

  return TRUE;
}

static gboolean
areas_equal (MaillageOutlines           *a,
             const MaillageOutlinesArea *area_a,
             MaillageOutlines           *b,
             const MaillageOutlinesArea *area_b)
{
  if (strcmp (area_a->insee, area_b->insee) != 0 || area_a->n_polygons != area_b->n_polygons)
    return FALSE;

  for (guint i = 0; i < area_a->n_polygons; i++)
    {
      const MaillageOutlinesPolygon *pa = &g_array_index (a->polygons, MaillageOutlinesPolygon, area_a->first_polygon + i);
      const MaillageOutlinesPolygon *pb = &g_array_index (b->polygons, MaillageOutlinesPolygon, area_b->first_polygon + i);

      if (pa->n_rings != pb->n_rings)
        return FALSE;

      for (guint j = 0; j < pa->n_rings; j++)
        {
          const MaillageOutlinesRing *ra = &g_array_index (a->rings, MaillageOutlinesRing, pa->first_ring + j);
          const MaillageOutlinesRing *rb = &g_array_index (b->rings, MaillageOutlinesRing, pb->first_ring + j);

          if (ra->n_points != rb->n_points ||
              memcmp (&g_array_index (a->points, MaillageOutlinesPoint, ra->first_point),
                      &g_array_index (b->points, MaillageOutlinesPoint, rb->first_point),
                      ra->n_points * sizeof (MaillageOutlinesPoint)) != 0)
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * maillage_outlines_equal:
 * @a: (nullable): a #MaillageOutlines
 * @b: (nullable): another
 *
 * Compares two outlines: the same INSEE property and the same areas with
 * the same points. Members of the stored form this version does not know
 * are not compared. Two %NULL are equal.
 *
 * Returns: whether @a and @b are the same outlines
 */
gboolean
maillage_outlines_equal (MaillageOutlines *a,
                         MaillageOutlines *b)
{
  g_return_val_if_fail (a == NULL || MAILLAGE_IS_OUTLINES (a), FALSE);
  g_return_val_if_fail (b == NULL || MAILLAGE_IS_OUTLINES (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  if (strcmp (a->insee_property, b->insee_property) != 0 || a->areas->len != b->areas->len)
    return FALSE;

  for (guint i = 0; i < a->areas->len; i++)
    {
      if (!areas_equal (a, &g_array_index (a->areas, MaillageOutlinesArea, i),
                        b, &g_array_index (b->areas, MaillageOutlinesArea, i)))
        return FALSE;
    }

  return TRUE;
}
