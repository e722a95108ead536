/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-test-communes.c: see maillage-test-communes.h.
 *
 * The territory spans 5.2°E to 6.0°E and 46.3°N to 46.9°N, cut in a grid
 * of n_columns × n_rows communes. Each side of a cell is three segments
 * through the points of a finer grid (three steps a cell), and every point
 * of that finer grid is moved at random by up to a quarter of a step, so
 * communes have twelve corners and neighbours share their border. Codes
 * run from 39001, column by column of each row.
 */
#define G_LOG_DOMAIN "maillage-test-communes"

#include "config.h"

#include <string.h>

#include "maillage-test-communes.h"

#define STEPS 3
#define WEST 5.2
#define EAST 6.0
#define SOUTH 46.3
#define NORTH 46.9

char *
maillage_test_communes_insee (guint index)
{
  return g_strdup_printf ("%05u", 39001 + index);
}

typedef struct
{
  guint   columns;      /* fine points across: n_columns × STEPS + 1 */
  double *longitudes;
  double *latitudes;
} Grid;

static void
append_point (GString *out,
              Grid    *grid,
              guint    x,
              guint    y,
              gboolean first)
{
  char lon[G_ASCII_DTOSTR_BUF_SIZE];
  char lat[G_ASCII_DTOSTR_BUF_SIZE];
  guint i = y * grid->columns + x;

  g_string_append_printf (out, "%s[%s, %s]", first ? "" : ", ",
                          g_ascii_formatd (lon, sizeof lon, "%.6f", grid->longitudes[i]),
                          g_ascii_formatd (lat, sizeof lat, "%.6f", grid->latitudes[i]));
}

/* The ring of the cell (@cx, @cy), counter-clockwise from its south-west
 * corner, closed. */
static void
append_cell (GString *out,
             Grid    *grid,
             guint    cx,
             guint    cy)
{
  guint x0 = cx * STEPS, y0 = cy * STEPS;

  g_string_append (out, "[");
  for (guint i = 0; i < STEPS; i++)
    append_point (out, grid, x0 + i, y0, i == 0);
  for (guint i = 0; i < STEPS; i++)
    append_point (out, grid, x0 + STEPS, y0 + i, FALSE);
  for (guint i = 0; i < STEPS; i++)
    append_point (out, grid, x0 + STEPS - i, y0 + STEPS, FALSE);
  for (guint i = 0; i < STEPS; i++)
    append_point (out, grid, x0, y0 + STEPS - i, FALSE);
  append_point (out, grid, x0, y0, FALSE);
  g_string_append (out, "]");
}

char *
maillage_test_communes_geojson (guint n_columns,
                                guint n_rows,
                                guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint rows = n_rows * STEPS + 1;
  Grid grid = { n_columns * STEPS + 1 };
  double step_x = (EAST - WEST) / (n_columns * STEPS);
  double step_y = (NORTH - SOUTH) / (n_rows * STEPS);
  GString *out = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [\n");

  grid.longitudes = g_new (double, grid.columns * rows);
  grid.latitudes = g_new (double, grid.columns * rows);
  for (guint y = 0; y < rows; y++)
    for (guint x = 0; x < grid.columns; x++)
      {
        /* the outer border stays straight: only inner points move */
        gboolean edge_x = x == 0 || x == grid.columns - 1;
        gboolean edge_y = y == 0 || y == rows - 1;

        grid.longitudes[y * grid.columns + x] =
          WEST + x * step_x + (edge_x ? 0 : g_rand_double_range (rand, -0.25, 0.25) * step_x);
        grid.latitudes[y * grid.columns + x] =
          SOUTH + y * step_y + (edge_y ? 0 : g_rand_double_range (rand, -0.25, 0.25) * step_y);
      }

  for (guint cy = 0; cy < n_rows; cy++)
    for (guint cx = 0; cx < n_columns; cx++)
      {
        g_autofree char *insee = maillage_test_communes_insee (cy * n_columns + cx);

        g_string_append_printf (out, "%s{\"type\": \"Feature\", \"properties\": {\"INSEE_COM\": \"%s\"}, "
                                "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [",
                                cy + cx > 0 ? ",\n" : "", insee);
        append_cell (out, &grid, cx, cy);
        g_string_append (out, "]}}");
      }
  g_string_append (out, "\n]}\n");

  g_free (grid.longitudes);
  g_free (grid.latitudes);

  return g_string_free (out, FALSE);
}

MaillageOutlines *
maillage_test_communes_new (guint n_columns,
                            guint n_rows,
                            guint seed)
{
  char *text = maillage_test_communes_geojson (n_columns, n_rows, seed);
  gsize length = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, length);
  g_autoptr(GError) error = NULL;
  MaillageOutlines *outlines = maillage_outlines_new_from_geojson (bytes, "INSEE_COM", &error);

  g_assert_no_error (error);
  return outlines;
}
