/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "maillage-types.h"

G_BEGIN_DECLS

/**
 * MAILLAGE_OUTLINES_MAX_SIZE:
 *
 * The largest GeoJSON file, in bytes, that is read at all.
 */
#define MAILLAGE_OUTLINES_MAX_SIZE (32 * 1024 * 1024)

#define MAILLAGE_OUTLINES_ERROR (maillage_outlines_error_quark ())

/**
 * MaillageOutlinesError:
 * @MAILLAGE_OUTLINES_ERROR_TOO_LARGE: the file is larger than
 *   %MAILLAGE_OUTLINES_MAX_SIZE
 * @MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON: the file is not JSON, or not a
 *   GeoJSON FeatureCollection in longitude and latitude
 * @MAILLAGE_OUTLINES_ERROR_GEOMETRY: a feature has no geometry, or a broken
 *   one (not a Polygon or a MultiPolygon, a ring too short or not closed, a
 *   coordinate that is not a number or out of range)
 * @MAILLAGE_OUTLINES_ERROR_INSEE: a feature lacks the INSEE property, or
 *   holds something that is not an INSEE code there
 * @MAILLAGE_OUTLINES_ERROR_DUPLICATE: two features have the same INSEE code
 * @MAILLAGE_OUTLINES_ERROR_INVALID: the stored form (in a project) is broken
 *
 * Why outlines could not be read. Every message is in the user's language
 * and names the place: the feature and its field, or the JSON path.
 */
typedef enum
{
  MAILLAGE_OUTLINES_ERROR_TOO_LARGE,
  MAILLAGE_OUTLINES_ERROR_NOT_GEOJSON,
  MAILLAGE_OUTLINES_ERROR_GEOMETRY,
  MAILLAGE_OUTLINES_ERROR_INSEE,
  MAILLAGE_OUTLINES_ERROR_DUPLICATE,
  MAILLAGE_OUTLINES_ERROR_INVALID,
} MaillageOutlinesError;

#define MAILLAGE_TYPE_OUTLINES (maillage_outlines_get_type ())
G_DECLARE_FINAL_TYPE (MaillageOutlines, maillage_outlines, MAILLAGE, OUTLINES, GObject)

GQuark             maillage_outlines_error_quark             (void);
MaillageOutlines  *maillage_outlines_new_from_geojson        (GBytes              *geojson,
                                                              const char          *insee_property,
                                                              GError             **error);
char             **maillage_outlines_list_geojson_properties (GBytes              *geojson,
                                                              GError             **error);
const char        *maillage_outlines_guess_insee_property    (const char * const  *properties);
MaillageOutlines  *maillage_outlines_new_from_json           (JsonObject          *object,
                                                              GError             **error);
JsonObject        *maillage_outlines_to_json                 (MaillageOutlines    *self);
const char        *maillage_outlines_get_insee_property      (MaillageOutlines    *self);
guint              maillage_outlines_get_n_areas             (MaillageOutlines    *self);
char             **maillage_outlines_list_insee              (MaillageOutlines    *self);
gboolean           maillage_outlines_has_area                (MaillageOutlines    *self,
                                                              const char          *insee);
void               maillage_outlines_get_bounds              (MaillageOutlines    *self,
                                                              double              *west,
                                                              double              *south,
                                                              double              *east,
                                                              double              *north);
gboolean           maillage_outlines_get_area_bounds         (MaillageOutlines    *self,
                                                              const char          *insee,
                                                              double              *west,
                                                              double              *south,
                                                              double              *east,
                                                              double              *north);
gboolean           maillage_outlines_equal                   (MaillageOutlines    *a,
                                                              MaillageOutlines    *b);

G_END_DECLS
