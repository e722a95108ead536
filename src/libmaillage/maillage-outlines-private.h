/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-outlines-private.h: the geometry of MaillageOutlines as the
 * readers build it and the chart renderer walks it, and the reading of the
 * stored form by the project reader. Not installed, not introspected.
 *
 * The geometry is kept flat, in four arrays, so that drawing 300 communes
 * walks memory in order instead of chasing a JsonNode per number: an area
 * is a range of polygons, a polygon a range of rings (the outer ring first,
 * then its holes), a ring a range of points. Every ring is closed (its last
 * point equals its first) and has at least four points.
 */
#pragma once

#include "maillage-outlines.h"
#include "maillage-reader-private.h"

G_BEGIN_DECLS

typedef struct
{
  double longitude;
  double latitude;
} MaillageOutlinesPoint;

typedef struct
{
  guint first_point;
  guint n_points;
} MaillageOutlinesRing;

typedef struct
{
  guint first_ring;
  guint n_rings;
} MaillageOutlinesPolygon;

typedef struct
{
  char   *insee;
  guint   first_polygon;
  guint   n_polygons;
  double  west;
  double  south;
  double  east;
  double  north;
} MaillageOutlinesArea;

struct _MaillageOutlines
{
  GObject parent_instance;

  char       *insee_property;
  GArray     *points;       /* of MaillageOutlinesPoint */
  GArray     *rings;        /* of MaillageOutlinesRing */
  GArray     *polygons;     /* of MaillageOutlinesPolygon */
  GArray     *areas;        /* of MaillageOutlinesArea, sorted by INSEE code */
  GHashTable *by_insee;     /* INSEE code (owned by the area) → index + 1 */
  double      west;
  double      south;
  double      east;
  double      north;

  /* Members of the stored form this version does not know. */
  JsonObject *extras;
};

/* Where a coordinate array went wrong: indexes from 0, valid down to the
 * level of the problem (a ring problem leaves @position at 0). */
typedef enum
{
  MAILLAGE_OUTLINES_PROBLEM_NONE,
  MAILLAGE_OUTLINES_PROBLEM_NOT_AN_ARRAY,
  MAILLAGE_OUTLINES_PROBLEM_NO_POLYGON,
  MAILLAGE_OUTLINES_PROBLEM_NO_RING,
  MAILLAGE_OUTLINES_PROBLEM_TOO_SHORT,
  MAILLAGE_OUTLINES_PROBLEM_NOT_CLOSED,
  MAILLAGE_OUTLINES_PROBLEM_NOT_A_POSITION,
  MAILLAGE_OUTLINES_PROBLEM_NOT_A_NUMBER,
  MAILLAGE_OUTLINES_PROBLEM_LONGITUDE,
  MAILLAGE_OUTLINES_PROBLEM_LATITUDE,
} MaillageOutlinesProblemKind;

typedef struct
{
  MaillageOutlinesProblemKind  kind;
  /* 0: the coordinates, 1: a polygon, 2: a ring, 3: a position */
  guint                        depth;
  guint                        polygon;
  guint                        ring;
  guint                        position;
  guint                        n_positions;
  JsonNode                    *found;
} MaillageOutlinesProblem;

MaillageOutlines *_maillage_outlines_new           (const char              *insee_property);
gboolean          _maillage_outlines_add_area      (MaillageOutlines        *self,
                                                    const char              *insee,
                                                    JsonNode                *coordinates,
                                                    gboolean                 multi,
                                                    MaillageOutlinesProblem *problem);
void              _maillage_outlines_finish        (MaillageOutlines        *self);
char             *_maillage_outlines_describe      (const MaillageOutlinesProblem *problem,
                                                    gboolean                 with_place,
                                                    gboolean                 multi);
MaillageOutlines *_maillage_outlines_read          (MaillageReader          *r,
                                                    JsonObject              *object);
const MaillageOutlinesArea *
                  _maillage_outlines_find_area     (MaillageOutlines        *self,
                                                    const char              *insee);

G_END_DECLS
