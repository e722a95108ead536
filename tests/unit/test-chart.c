/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-chart.c: bar charts, maps and timelines drawn on image, PDF and SVG
 * surfaces of several sizes, checked by their pixels (bars where the values
 * say, nothing where there is no data, the legend, the classes, the
 * hatching of communes without data, the markers, the tasks of a timeline
 * from their first month to their last), and described in French.
 *
 * Every picture is also written to <build>/tests/unit/charts/ to be
 * looked at.
 */
#define G_LOG_DOMAIN "maillage-test-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <libintl.h>
#include <math.h>
#include <string.h>

#include "maillage.h"
#include "maillage-test-communes.h"
#include "maillage-unit-utils.h"

#define NBSP "\u00a0"
#define NNBSP "\u202f"

/* The first colours of the series and of five classes, and the marker's. */
#define BLUE 0x0072b2
#define ORANGE 0xe69f00
#define GREEN 0x009e73
#define MARKER 0xc01c28
#define HATCH 0xe6e6e6
#define NEUTRAL 0xf1f1ee
static const guint32 five_classes[] = { 0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494 };

static const struct {
  int width;
  int height;
} sizes[] = {
  { 640, 420 }, { 320, 220 }, { 200, 150 }, { 1200, 800 }, { 300, 440 },
};

static cairo_surface_t *
render_image (MaillageChart *chart,
              int            width,
              int            height,
              const char    *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *dir = g_build_filename (BUILD_ROOT, "tests", "unit", "charts", NULL);
  g_autofree char *file = g_strdup_printf ("%s-%dx%d.png", name, width, height);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  maillage_chart_render (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (gconstpointer) (data + y * stride + x * 4) & 0xffffff;
}

static gboolean
near_color (guint32 a,
            guint32 b)
{
  for (int shift = 0; shift <= 16; shift += 8)
    {
      if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 6)
        return FALSE;
    }

  return TRUE;
}

/* Pixels of @rgb (or, if @rgb is 0xffffffff, not white) in the rectangle
 * of fractions [@fx0, @fx1) × [@fy0, @fy1) of the surface. */
static guint
count (cairo_surface_t *surface,
       guint32          rgb,
       double           fx0,
       double           fy0,
       double           fx1,
       double           fy1)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  for (int y = (int) (fy0 * height); y < (int) (fy1 * height); y++)
    for (int x = (int) (fx0 * width); x < (int) (fx1 * width); x++)
      {
        guint32 p = pixel_at (surface, x, y);

        if (rgb == 0xffffffff ? p != 0xffffff : near_color (p, rgb))
          n++;
      }

  return n;
}

#define NOT_WHITE 0xffffffff

static MaillageChart *
bar_chart (void)
{
  static const char * const communes[] = { "Sorneval", "Pont-de-Sorne", "Bréviaux-sur-Sorne", "Montcharvet", "Dorbelières" };
  static const double values[3][5] = {
    { 87.4, 62.0, 55.5, 71.2, 12.5 },
    { 90.1, 70.3, NAN, 78.0, 20.0 },
    { 98.0, 81.6, 66.1, 85.9, 34.7 },
  };
  MaillageChart *chart = maillage_chart_new_bar ("Locaux raccordables à la fibre (FttH)", "%");

  for (guint c = 0; c < G_N_ELEMENTS (communes); c++)
    maillage_chart_add_category (chart, communes[c]);
  for (guint s = 0; s < 3; s++)
    {
      g_autofree char *year = g_strdup_printf ("%u", 2024 + s);

      maillage_chart_add_series (chart, year);
      for (guint c = 0; c < G_N_ELEMENTS (communes); c++)
        maillage_chart_set_value (chart, s, c, values[s][c]);
    }

  return chart;
}

static void
test_bar_sizes (gconstpointer data)
{
  gboolean horizontal = GPOINTER_TO_INT (data);
  g_autoptr(MaillageChart) chart = bar_chart ();

  maillage_chart_set_horizontal (chart, horizontal);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = render_image (chart, sizes[i].width, sizes[i].height,
                                               horizontal ? "bar-horizontal" : "bar-vertical");
      guint area = sizes[i].width * sizes[i].height;

      /* every series is drawn, with a good share of the picture */
      g_assert_cmpuint (count (surface, BLUE, 0, 0, 1, 1), >, area / 100);
      g_assert_cmpuint (count (surface, ORANGE, 0, 0, 1, 1), >, area / 100);
      g_assert_cmpuint (count (surface, GREEN, 0, 0, 1, 1), >, area / 100);
      /* the legend: all three colours in the band under the title */
      g_assert_cmpuint (count (surface, BLUE, 0, 0, 1, 0.3), >, 0);
      g_assert_cmpuint (count (surface, ORANGE, 0, 0, 1, 0.3), >, 0);
      g_assert_cmpuint (count (surface, GREEN, 0, 0, 1, 0.3), >, 0);
      /* the title: ink in the top left */
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0, 0.5, 0.12), >, 0);
      /* nothing drawn on the very edge: a margin all around */
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0, 1, 1.0 / sizes[i].height), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 1 - 1.0 / sizes[i].height, 1, 1), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0, 1.0 / sizes[i].width, 1), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 1 - 1.0 / sizes[i].width, 0, 1, 1), ==, 0);
      cairo_surface_destroy (surface);
    }
}

/* One unnamed series (no legend): the bar with a value is where its
 * category is, and the category without a value has no bar. */
static void
test_bar_placement (gconstpointer data)
{
  gboolean horizontal = GPOINTER_TO_INT (data);
  g_autoptr(MaillageChart) chart = maillage_chart_new_bar ("Part des 65 ans et plus", "%");
  cairo_surface_t *surface;

  maillage_chart_add_series (chart, "");
  maillage_chart_add_category (chart, "Sorneval");
  maillage_chart_add_category (chart, "Valfroidey");
  maillage_chart_set_value (chart, 0, 0, 100);
  maillage_chart_set_horizontal (chart, horizontal);

  surface = render_image (chart, 400, 300, horizontal ? "placement-horizontal" : "placement-vertical");
  if (horizontal)
    {
      g_assert_cmpuint (count (surface, BLUE, 0, 0, 1, 0.5), >, 400 * 300 / 20);
      g_assert_cmpuint (count (surface, BLUE, 0, 0.6, 1, 1), ==, 0);
    }
  else
    {
      g_assert_cmpuint (count (surface, BLUE, 0, 0, 0.55, 1), >, 400 * 300 / 20);
      g_assert_cmpuint (count (surface, BLUE, 0.6, 0, 1, 1), ==, 0);
    }
  cairo_surface_destroy (surface);

  /* three categories at 100, 50 and 25: their bars in that proportion */
  maillage_chart_add_category (chart, "Gérandot");
  maillage_chart_set_value (chart, 0, 1, 50);
  maillage_chart_set_value (chart, 0, 2, 25);
  surface = render_image (chart, 600, 400, horizontal ? "proportion-horizontal" : "proportion-vertical");
  {
    guint first = horizontal ? count (surface, BLUE, 0, 0, 1, 0.4) : count (surface, BLUE, 0, 0, 0.42, 1);
    guint second = horizontal ? count (surface, BLUE, 0, 0.4, 1, 0.65) : count (surface, BLUE, 0.42, 0, 0.71, 1);
    guint third = horizontal ? count (surface, BLUE, 0, 0.65, 1, 1) : count (surface, BLUE, 0.71, 0, 1, 1);

    g_assert_cmpfloat_with_epsilon ((double) second / first, 0.5, 0.05);
    g_assert_cmpfloat_with_epsilon ((double) third / first, 0.25, 0.05);
  }
  cairo_surface_destroy (surface);
}

static void
test_bar_many_communes (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_bar ("Population par commune", "habitants");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  cairo_surface_t *surface;
  double width, height;

  maillage_chart_add_series (chart, "2021");
  maillage_chart_add_series (chart, "2026");
  for (guint c = 0; c < 31; c++)
    {
      g_autofree char *name = g_strdup_printf ("Commune fictive numéro %u du Val de Sorne", c + 1);

      maillage_chart_add_category (chart, name);
      maillage_chart_set_value (chart, 0, c, g_rand_int_range (rand, 150, 30000));
      maillage_chart_set_value (chart, 1, c, c == 4 ? NAN : g_rand_int_range (rand, 150, 30000));
    }
  maillage_chart_set_horizontal (chart, TRUE);

  maillage_chart_get_natural_size (chart, &width, &height);
  g_assert_cmpfloat (width, ==, 450);
  g_assert_cmpfloat (height, >, 31 * 2 * 9);

  surface = render_image (chart, (int) width, (int) height, "bar-31-communes");
  g_assert_cmpuint (count (surface, BLUE, 0, 0.1, 1, 1), >, 1000);
  g_assert_cmpuint (count (surface, ORANGE, 0, 0.1, 1, 1), >, 1000);
  cairo_surface_destroy (surface);

  maillage_chart_set_horizontal (chart, FALSE);
  surface = render_image (chart, 640, 420, "bar-31-communes-vertical");
  g_assert_cmpuint (count (surface, BLUE, 0, 0.1, 1, 1), >, 1000);
  cairo_surface_destroy (surface);
}

static void
test_bar_empty (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_bar ("Rien encore", NULL);
  cairo_surface_t *surface;

  surface = render_image (chart, 320, 220, "bar-empty");
  /* the message, in the middle */
  g_assert_cmpuint (count (surface, NOT_WHITE, 0.1, 0.4, 0.9, 0.7), >, 0);
  cairo_surface_destroy (surface);
}

/* A map of a 6 × 5 grid: every commune has a value but three, four
 * points are lieux. */
static MaillageChart *
map_chart (MaillageOutlines *outlines)
{
  MaillageChart *chart = maillage_chart_new_map ("Indice de fragilité numérique par commune", "score", outlines);

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *insee = maillage_test_communes_insee (i);
      g_autofree char *name = g_strdup_printf ("Commune %u", i + 1);

      maillage_chart_set_area_name (chart, insee, name);
      if (i != 3 && i != 17 && i != 22)
        maillage_chart_set_area_value (chart, insee, 2.0 + (i * 7 % 30) / 4.0);
    }
  maillage_chart_add_point (chart, 5.35, 46.42, "France Services Sorneval");
  maillage_chart_add_point (chart, 5.62, 46.61, "Médiathèque de Pont-de-Sorne");
  maillage_chart_add_point (chart, 5.81, 46.77, "Centre social des Tilleuls");
  maillage_chart_add_point (chart, 5.5, 46.8, NULL);
  maillage_chart_set_point_legend (chart, "Lieux de médiation numérique");

  return chart;
}

static void
test_map_sizes (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (6, 5, 1);
  g_autoptr(MaillageChart) chart = map_chart (outlines);
  g_autoptr(MaillageChart) complete = map_chart (outlines);

  /* the same map where no commune lacks data */
  maillage_chart_set_area_value (complete, "39004", 5);
  maillage_chart_set_area_value (complete, "39018", 5);
  maillage_chart_set_area_value (complete, "39023", 5);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = render_image (chart, sizes[i].width, sizes[i].height, "map");
      cairo_surface_t *full = render_image (complete, sizes[i].width, sizes[i].height, "map-complete");
      guint area = sizes[i].width * sizes[i].height;

      for (guint c = 0; c < G_N_ELEMENTS (five_classes); c++)
        g_assert_cmpuint (count (surface, five_classes[c], 0, 0, 1, 1), >, 0);
      /* hatching: its light grey between the lines, beyond what the
       * borders' antialiasing
       * gives anyway */
      g_assert_cmpuint (count (surface, HATCH, 0, 0, 1, 1), >,
                        count (full, HATCH, 0, 0, 1, 1) + area / 400);
      cairo_surface_destroy (full);
      g_assert_cmpuint (count (surface, MARKER, 0, 0, 1, 1), >, 0);
      /* the legend, beside the map: the five classes in the right part */
      if (sizes[i].width > sizes[i].height)
        for (guint c = 0; c < G_N_ELEMENTS (five_classes); c++)
          g_assert_cmpuint (count (surface, five_classes[c], 0.62, 0, 1, 1), >, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 1 - 1.0 / sizes[i].height, 1, 1), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 1 - 1.0 / sizes[i].width, 0, 1, 1), ==, 0);
      cairo_surface_destroy (surface);
    }
}

/* Outlines alone (no value): plain communes, no hatching, no class. */
static void
test_map_points_only (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (6, 5, 2);
  g_autoptr(MaillageChart) chart = maillage_chart_new_map ("Lieux de médiation numérique", NULL, outlines);
  cairo_surface_t *surface;

  for (guint i = 0; i < 40; i++)
    maillage_chart_add_point (chart, 5.25 + (i % 8) * 0.1, 46.35 + (i / 8) * 0.11, "Lieu");
  maillage_chart_set_point_legend (chart, "Lieux de médiation numérique");

  surface = render_image (chart, 500, 380, "map-points");
  g_assert_cmpuint (count (surface, MARKER, 0, 0, 1, 1), >, 40 * 10);
  /* communes in a plain light fill */
  g_assert_cmpuint (count (surface, NEUTRAL, 0, 0, 1, 1), >, 500 * 380 / 4);
  for (guint c = 0; c < G_N_ELEMENTS (five_classes); c++)
    g_assert_cmpuint (count (surface, five_classes[c], 0, 0, 1, 1), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_map_no_outlines (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_map ("Carte", "%", NULL);
  cairo_surface_t *surface = render_image (chart, 320, 220, "map-no-outlines");
  g_autofree char *text = maillage_chart_describe (chart);

  g_assert_cmpuint (count (surface, NOT_WHITE, 0.1, 0.4, 0.9, 0.7), >, 0);
  g_assert_cmpstr (text, ==, "Map “Carte” (unit: %): outlines of the communes not imported.");
  cairo_surface_destroy (surface);
}

/* The 300 communes of the benchmark, to look at. */
static void
test_map_300 (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (20, 15, 3);
  g_autoptr(MaillageChart) chart = maillage_chart_new_map ("Locaux raccordables à la fibre", "%", outlines);
  cairo_surface_t *surface;

  g_assert_cmpuint (maillage_outlines_get_n_areas (outlines), ==, 300);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *insee = maillage_test_communes_insee (i);

      maillage_chart_set_area_value (chart, insee, fmod (i * 37.3, 100));
    }

  surface = render_image (chart, 1200, 900, "map-300");
  for (guint c = 0; c < G_N_ELEMENTS (five_classes); c++)
    g_assert_cmpuint (count (surface, five_classes[c], 0, 0, 1, 1), >, 1000);
  cairo_surface_destroy (surface);
}

/* A plan of four actions on three axes, over 2027–2030. */
static MaillageChart *
timeline_chart (void)
{
  MaillageChart *chart = maillage_chart_new_timeline ("Calendrier du plan d’actions");

  maillage_chart_add_task (chart, "Observatoire des usages", "Axe 1 – Connaître", 2027, 1, 2029, 12);
  maillage_chart_add_task (chart, "Conseillers numériques", "Axe 2 – Inclure", 2027, 3, 2028, 6);
  maillage_chart_add_task (chart, "Cartographie de la couverture", "Axe 1 – Connaître", 2027, 6, 2027, 6);
  maillage_chart_add_task (chart, "Service commun informatique", "Axe 3 – Mutualiser", 2028, 1, 2030, 12);

  return chart;
}

static void
test_timeline_sizes (void)
{
  g_autoptr(MaillageChart) chart = timeline_chart ();

  g_assert_cmpint (maillage_chart_get_kind (chart), ==, MAILLAGE_CHART_KIND_TIMELINE);
  g_assert_cmpuint (maillage_chart_get_n_tasks (chart), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = render_image (chart, sizes[i].width, sizes[i].height, "timeline");

      guint area = sizes[i].width * sizes[i].height;

      /* one colour a group, with a good share of the picture */
      g_assert_cmpuint (count (surface, BLUE, 0, 0, 1, 1), >, area / 400);
      g_assert_cmpuint (count (surface, ORANGE, 0, 0, 1, 1), >, area / 400);
      g_assert_cmpuint (count (surface, GREEN, 0, 0, 1, 1), >, area / 400);
      /* the title: ink in the top left */
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0, 0.5, 0.12), >, 0);
      /* a margin all around */
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0, 1, 1.0 / sizes[i].height), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 1 - 1.0 / sizes[i].height, 1, 1), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0, 1.0 / sizes[i].width, 1), ==, 0);
      g_assert_cmpuint (count (surface, NOT_WHITE, 1 - 1.0 / sizes[i].width, 0, 1, 1), ==, 0);
      cairo_surface_destroy (surface);
    }

  /* At a document's proportions: the legend under the title, the bars
   * below it. */
  {
    cairo_surface_t *surface = render_image (chart, 450, 200, "timeline");

    g_assert_cmpuint (count (surface, BLUE, 0, 0, 1, 0.2), >, 0);
    g_assert_cmpuint (count (surface, ORANGE, 0, 0, 1, 0.2), >, 0);
    g_assert_cmpuint (count (surface, GREEN, 0, 0, 1, 0.2), >, 0);
    g_assert_cmpuint (count (surface, BLUE, 0, 0.3, 1, 1), >, 0);
    g_assert_cmpuint (count (surface, ORANGE, 0, 0.3, 1, 1), >, 0);
    g_assert_cmpuint (count (surface, GREEN, 0, 0.3, 1, 1), >, 0);
    cairo_surface_destroy (surface);
  }
}

typedef struct
{
  int y0, y1;   /* rows */
  int x0, x1;   /* leftmost and rightmost pixel */
} Run;

/* The horizontal bars of @rgb, top to bottom: runs of rows holding it,
 * each with the columns it spans. */
static GArray *
bars_of (cairo_surface_t *surface,
         guint32          rgb)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  Run *run = NULL;

  for (int y = 0; y < height; y++)
    {
      int x0 = -1, x1 = -1;

      for (int x = 0; x < width; x++)
        if (near_color (pixel_at (surface, x, y), rgb))
          {
            if (x0 < 0)
              x0 = x;
            x1 = x;
          }

      if (x0 < 0)
        {
          run = NULL;
          continue;
        }
      if (run == NULL)
        {
          Run fresh = { y, y, x0, x1 };

          g_array_append_val (runs, fresh);
          run = &g_array_index (runs, Run, runs->len - 1);
        }
      run->y1 = y;
      run->x0 = MIN (run->x0, x0);
      run->x1 = MAX (run->x1, x1);
    }

  return runs;
}

/* Two tasks of no group over 2027–2028, the first all of 2027, the
 * second the last half of 2028: bars where the months say. */
static void
test_timeline_placement (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_timeline (NULL);
  g_autoptr(GArray) runs = NULL;
  cairo_surface_t *surface;
  Run *a, *b;
  double month;

  maillage_chart_add_task (chart, "Première", NULL, 2027, 1, 2027, 12);
  maillage_chart_add_task (chart, "Seconde", "", 2028, 7, 2028, 12);
  surface = render_image (chart, 600, 300, "timeline-placement");
  runs = bars_of (surface, BLUE);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (runs->len, ==, 2);
  a = &g_array_index (runs, Run, 0);
  b = &g_array_index (runs, Run, 1);
  /* one under the other, the first task first */
  g_assert_cmpint (a->y1, <, b->y0);
  month = (a->x1 + 1 - a->x0) / 12.0;
  g_assert_cmpfloat (month, >, 5);
  /* the second starts 18 months after the first, and lasts 6 */
  g_assert_cmpfloat_with_epsilon ((b->x0 - a->x0) / month, 18, 0.3);
  g_assert_cmpfloat_with_epsilon ((b->x1 + 1 - b->x0) / month, 6, 0.3);
  /* and ends at the end of the axis, inside the margin */
  g_assert_cmpint (b->x1, >, 600 - 20);
  g_assert_cmpint (b->x1, <, 600 - 4);
  /* the labels are left of the bars */
  g_assert_cmpint (a->x0, >, 40);
}

/* A hundred tasks in a small picture: too thin for text, bars still. */
static void
test_timeline_crowded (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_timeline ("Cent actions");
  cairo_surface_t *surface;
  double width, height;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *label = g_strdup_printf ("Action %u", i + 1);

      maillage_chart_add_task (chart, label, i % 2 ? "Axe pair" : "Axe impair",
                               2026 + i % 5, 1 + i % 12, 2028 + i % 5, 1 + (i * 7) % 12);
    }

  maillage_chart_get_natural_size (chart, &width, &height);
  g_assert_cmpfloat (width, ==, 450);
  g_assert_cmpfloat (height, >, 1000);

  surface = render_image (chart, 400, 300, "timeline-crowded");
  g_assert_cmpuint (count (surface, BLUE, 0, 0.2, 1, 1), >, 400 * 300 / 50);
  g_assert_cmpuint (count (surface, ORANGE, 0, 0.2, 1, 1), >, 400 * 300 / 50);
  g_assert_cmpuint (count (surface, NOT_WHITE, 0, 1 - 1.0 / 300, 1, 1), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_timeline_empty (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_timeline ("Calendrier");
  g_autofree char *text = maillage_chart_describe (chart);
  cairo_surface_t *surface = render_image (chart, 400, 300, "timeline-empty");

  /* the message in grey, no bar */
  g_assert_cmpuint (count (surface, NOT_WHITE, 0, 0.3, 1, 0.7), >, 0);
  g_assert_cmpuint (count (surface, BLUE, 0, 0, 1, 1), ==, 0);
  cairo_surface_destroy (surface);

  g_assert_cmpstr (text, ==, "Timeline “Calendrier”: no item.");
}

static void
test_describe_timeline (void)
{
  g_autoptr(MaillageChart) chart = timeline_chart ();
  g_autofree char *text = maillage_chart_describe (chart);

  g_test_message ("%s", text);
  g_assert_cmpstr (text, ==,
                   "Timeline “Calendrier du plan d’actions”: 4 items, "
                   "from janvier" NBSP "2027 to décembre" NBSP "2030, in 3 groups. "
                   "Axe 1 – Connaître: Observatoire des usages, from janvier" NBSP "2027 to décembre" NBSP "2029; "
                   "Cartographie de la couverture, in juin" NBSP "2027. "
                   "Axe 2 – Inclure: Conseillers numériques, from mars" NBSP "2027 to juin" NBSP "2028. "
                   "Axe 3 – Mutualiser: Service commun informatique, from janvier" NBSP "2028 to décembre" NBSP "2030.");
}

static void
render_vector (MaillageChart   *chart,
               cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);
  double width, height;

  maillage_chart_get_natural_size (chart, &width, &height);
  maillage_chart_render (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
}

/* PDF and SVG at the natural size, in points: real files, with the
 * drawing in them. */
static void
test_vector_surfaces (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (6, 5, 1);
  g_autoptr(MaillageChart) map = map_chart (outlines);
  g_autoptr(MaillageChart) bars = bar_chart ();
  g_autoptr(MaillageChart) timeline = timeline_chart ();
  g_autofree char *dir = g_build_filename (BUILD_ROOT, "tests", "unit", "charts", NULL);
  MaillageChart *charts[] = { bars, map, timeline };
  const char *names[] = { "bar", "map", "timeline" };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *pdf_path = g_strdup_printf ("%s/%s.pdf", dir, names[i]);
      g_autofree char *svg_path = g_strdup_printf ("%s/%s.svg", dir, names[i]);
      g_autofree char *pdf = NULL;
      g_autofree char *svg = NULL;
      gsize pdf_length, svg_length;
      double width, height;
      cairo_surface_t *surface;

      maillage_chart_get_natural_size (charts[i], &width, &height);
      surface = cairo_pdf_surface_create (pdf_path, width, height);
      render_vector (charts[i], surface);
      cairo_surface_destroy (surface);
      surface = cairo_svg_surface_create (svg_path, width, height);
      render_vector (charts[i], surface);
      cairo_surface_destroy (surface);

      pdf = maillage_unit_read_file (pdf_path, &pdf_length);
      g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
      g_assert_cmpuint (pdf_length, >, 4000);
      svg = maillage_unit_read_file (svg_path, &svg_length);
      g_assert_nonnull (strstr (svg, "<svg"));
      g_assert_nonnull (strstr (svg, "<path"));
      /* text drawn as glyphs, so the file holds the fonts' outlines */
      g_assert_nonnull (strstr (svg, "glyph"));
      g_assert_cmpuint (svg_length, >, 4000);
    }
}

static void
test_describe_bar (void)
{
  g_autoptr(MaillageChart) chart = bar_chart ();
  g_autoptr(MaillageChart) single = maillage_chart_new_bar ("Débit moyen", "Mbit/s");
  g_autofree char *text = maillage_chart_describe (chart);
  g_autofree char *single_text = NULL;

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Bar chart “Locaux raccordables à la fibre (FttH)” "
                                   "(unit: %), 5 categories and 3 series (2024, 2025, 2026). "
                                   "Sorneval: 87,4" NBSP "% (2024), 90,1" NBSP "% (2025), 98,0" NBSP "% (2026); "));
  g_assert_nonnull (strstr (text, "Bréviaux-sur-Sorne: 55,5" NBSP "% (2024), no data (2025), 66,1" NBSP "% (2026)"));
  g_assert_true (g_str_has_suffix (text, "Highest value: 98,0" NBSP "% (Sorneval, 2026); "
                                   "lowest: 12,5" NBSP "% (Dorbelières, 2024)."));

  maillage_chart_add_series (single, "");
  maillage_chart_add_category (single, "Sorneval");
  maillage_chart_set_value (single, 0, 0, 1234.5);
  single_text = maillage_chart_describe (single);
  g_assert_cmpstr (single_text, ==, "Bar chart “Débit moyen” (unit: Mbit/s), "
                   "1 category. Sorneval: 1" NNBSP "234,5" NBSP "Mbit/s.");
}

static void
test_describe_map (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (6, 5, 1);
  g_autoptr(MaillageChart) chart = map_chart (outlines);
  g_autofree char *text = maillage_chart_describe (chart);

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Map “Indice de fragilité numérique par commune” "
                                   "(unit: score) of 30 communes, including 3 without data: "
                                   "Commune 4, Commune 18 and Commune 23. Values from 2,00" NBSP "score to 9,00" NBSP "score, "
                                   "in 5 classes: from 2,00" NBSP "score to "));
  g_assert_nonnull (strstr (text, "Highest value: Commune 5 (9,00" NBSP "score); "
                            "lowest: Commune 1 (2,00" NBSP "score)."));
  g_assert_true (g_str_has_suffix (text, " 4 points (Lieux de médiation numérique): France Services Sorneval, "
                                   "Médiathèque de Pont-de-Sorne and Centre social des Tilleuls."));
}

/* A map of many communes, most of them without data: they are counted,
 * not named, and the text stays short. */
static void
test_describe_map_missing (void)
{
  g_autoptr(MaillageOutlines) outlines = maillage_test_communes_new (20, 15, 3);
  g_autoptr(MaillageChart) chart = maillage_chart_new_map ("Locaux raccordables à la fibre", "%", outlines);
  g_autoptr(MaillageChart) eleven = maillage_chart_new_map ("Locaux raccordables à la fibre", "%", outlines);
  g_autofree char *text = NULL;
  g_autofree char *eleven_text = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *insee = maillage_test_communes_insee (i);

      maillage_chart_set_area_name (chart, insee, "Sorneval");
      maillage_chart_set_area_value (chart, insee, i * 5.0);
    }
  for (guint i = 0; i < 289; i++)
    {
      g_autofree char *insee = maillage_test_communes_insee (i);

      maillage_chart_set_area_value (eleven, insee, i % 100);
    }

  text = maillage_chart_describe (chart);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Map “Locaux raccordables à la fibre” (unit: %) of 300 communes, "
                                   "including 280 communes without data. Values from "));
  g_assert_cmpuint (strlen (text), <, 700);

  /* Eleven without data: still too many to name. */
  eleven_text = maillage_chart_describe (eleven);
  g_assert_nonnull (strstr (eleven_text, "of 300 communes, including 11 communes without data."));
}

static void
test_model (void)
{
  g_autoptr(MaillageChart) chart = maillage_chart_new_bar (NULL, NULL);
  guint changed = 0;

  g_signal_connect (chart, "changed", G_CALLBACK (maillage_unit_count_cb), &changed);
  g_assert_cmpint (maillage_chart_get_kind (chart), ==, MAILLAGE_CHART_KIND_BAR);
  g_assert_cmpstr (maillage_chart_get_title (chart), ==, "");
  g_assert_cmpuint (maillage_chart_add_category (chart, "A"), ==, 0);
  g_assert_cmpuint (maillage_chart_add_series (chart, "2025"), ==, 0);
  g_assert_cmpuint (maillage_chart_add_category (chart, "B"), ==, 1);
  g_assert_true (isnan (maillage_chart_get_value (chart, 0, 1)));
  maillage_chart_set_value (chart, 0, 1, 3.5);
  g_assert_cmpfloat (maillage_chart_get_value (chart, 0, 1), ==, 3.5);
  maillage_chart_set_value (chart, 0, 1, INFINITY);
  g_assert_true (isnan (maillage_chart_get_value (chart, 0, 1)));
  g_assert_cmpuint (maillage_chart_get_n_categories (chart), ==, 2);
  g_assert_cmpuint (maillage_chart_get_n_series (chart), ==, 1);
  g_assert_cmpuint (changed, ==, 5);
  maillage_chart_set_horizontal (chart, FALSE);
  g_assert_cmpuint (changed, ==, 5);
}

static gboolean
view_is_drawn (GtkWidget *view)
{
  return gtk_widget_get_mapped (view) && gtk_widget_get_width (view) > 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Iterates until @done, for 10 s at most. */
static void
wait_for (gboolean *done)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*done && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (*done);
}

/* The view in a window, captured as the screen shows it. */
static void
test_view_on_screen (void)
{
  g_autoptr(MaillageChart) chart = bar_chart ();
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (BUILD_ROOT, "tests", "unit", "charts", "view-on-screen.png", NULL);
  GtkWidget *window;
  GtkWidget *view;
  GtkSnapshot *snapshot;
  cairo_surface_t *surface;
  gboolean mapped = FALSE, painted = FALSE;
  gulong handler;
  int width, height;

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return;
    }

  window = gtk_window_new ();
  view = maillage_chart_view_new (chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 420);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!(mapped = view_is_drawn (view)) && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    g_assert_true (mapped);
  }
  handler = g_signal_connect (gtk_widget_get_frame_clock (view), "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (view);
  wait_for (&painted);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (view), handler);

  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  paintable = gtk_widget_paintable_new (view);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (count (surface, BLUE, 0, 0.3, 1, 1), >, (guint) (width * height / 100));
  g_assert_cmpuint (count (surface, GREEN, 0, 0.3, 1, 1), >, (guint) (width * height / 100));
  cairo_surface_destroy (surface);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view (void)
{
  g_autoptr(MaillageChart) chart = bar_chart ();
  g_autoptr(MaillageChart) other = maillage_chart_new_bar ("Autre", NULL);
  GtkWidget *view;
  int minimum, natural;

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return;
    }

  view = g_object_ref_sink (maillage_chart_view_new (chart));
  g_assert_true (maillage_chart_view_get_chart (MAILLAGE_CHART_VIEW (view)) == chart);
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 200);
  g_assert_cmpint (natural, ==, 450);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 225, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 150);
  g_assert_cmpint (natural, ==, 150);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, 900, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 280);

  maillage_chart_view_set_chart (MAILLAGE_CHART_VIEW (view), other);
  g_assert_true (maillage_chart_view_get_chart (MAILLAGE_CHART_VIEW (view)) == other);
  /* the old chart is no longer followed */
  maillage_chart_set_value (chart, 0, 0, 1);

  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  g_object_unref (view);
  g_assert_null (view);
}

int
main (int   argc,
      char *argv[])
{
  /* No catalogue, not even an installed one: the words of charts (F_)
   * are the English of the source, so that these tests do not depend on
   * the translation; the French is in po/fr.po. */
  bindtextdomain (GETTEXT_PACKAGE, TEST_SRCDIR "/no-catalogue");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/chart/model", test_model);
  g_test_add_data_func ("/chart/bar/vertical", GINT_TO_POINTER (FALSE), test_bar_sizes);
  g_test_add_data_func ("/chart/bar/horizontal", GINT_TO_POINTER (TRUE), test_bar_sizes);
  g_test_add_data_func ("/chart/bar/placement/vertical", GINT_TO_POINTER (FALSE), test_bar_placement);
  g_test_add_data_func ("/chart/bar/placement/horizontal", GINT_TO_POINTER (TRUE), test_bar_placement);
  g_test_add_func ("/chart/bar/many-communes", test_bar_many_communes);
  g_test_add_func ("/chart/bar/empty", test_bar_empty);
  g_test_add_func ("/chart/map/sizes", test_map_sizes);
  g_test_add_func ("/chart/map/points-only", test_map_points_only);
  g_test_add_func ("/chart/map/no-outlines", test_map_no_outlines);
  g_test_add_func ("/chart/map/300-communes", test_map_300);
  g_test_add_func ("/chart/timeline/sizes", test_timeline_sizes);
  g_test_add_func ("/chart/timeline/placement", test_timeline_placement);
  g_test_add_func ("/chart/timeline/crowded", test_timeline_crowded);
  g_test_add_func ("/chart/timeline/empty", test_timeline_empty);
  g_test_add_func ("/chart/surfaces/vector", test_vector_surfaces);
  g_test_add_func ("/chart/describe/bar", test_describe_bar);
  g_test_add_func ("/chart/describe/map", test_describe_map);
  g_test_add_func ("/chart/describe/map-missing", test_describe_map_missing);
  g_test_add_func ("/chart/describe/timeline", test_describe_timeline);
  g_test_add_func ("/chart/view", test_view);
  g_test_add_func ("/chart/view/on-screen", test_view_on_screen);

  return g_test_run ();
}
