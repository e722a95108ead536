/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-render-queue.c: the figures' pictures, drawn while the text is
 * written. Drawing a chart and packing it into a PNG is most of the time an
 * export takes (a chart of 300 bars: ~40 ms; the whole content.xml of a
 * large project: less than a hundred); the charts are independent, so
 * worker threads draw them while the exporter's thread writes content.xml,
 * then that thread draws what is left with them.
 */
#define G_LOG_DOMAIN "odt-render-queue"

#include "config.h"

#include "odt-picture.h"
#include "odt-render-queue.h"

struct _OdtRenderQueue
{
  GPtrArray    *charts;       /* of MaillageChart */
  GBytes      **pictures;     /* as many, filled by whoever draws them */
  GError      **errors;
  GCancellable *cancellable;
  GPtrArray    *threads;
  int           next;         /* the next chart to draw, atomically */
};

/* Draws charts until none is left; run by the workers and, at the end, by
 * the exporter's thread. Each chart is drawn by one thread only: the
 * atomic counter hands them out. */
static gpointer
draw_charts (gpointer data)
{
  OdtRenderQueue *self = data;

  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&self->next, 1);

      if (i >= self->charts->len)
        break;
      if (g_cancellable_set_error_if_cancelled (self->cancellable, &self->errors[i]))
        continue;
      self->pictures[i] = odt_picture_render_chart (g_ptr_array_index (self->charts, i),
                                                    &self->errors[i]);
    }

  return NULL;
}

/**
 * odt_render_queue_new:
 * @charts: (element-type MaillageChart): the charts to draw, in order
 * @cancellable: (nullable): a #GCancellable
 *
 * Starts drawing @charts in worker threads: one fewer than the processors
 * (the exporter's thread has its own work), at most one a chart.
 *
 * Returns: (transfer full): the queue, to finish with
 *   odt_render_queue_finish()
 */
OdtRenderQueue *
odt_render_queue_new (GPtrArray    *charts,
                      GCancellable *cancellable)
{
  OdtRenderQueue *self = g_new0 (OdtRenderQueue, 1);
  guint n_workers = MIN (charts->len, MAX (g_get_num_processors (), 2) - 1);

  self->charts = g_ptr_array_ref (charts);
  self->pictures = g_new0 (GBytes *, MAX (charts->len, 1));
  self->errors = g_new0 (GError *, MAX (charts->len, 1));
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->threads = g_ptr_array_new ();

  for (guint i = 0; i < n_workers; i++)
    {
      g_autoptr(GError) error = NULL;
      GThread *thread = g_thread_try_new ("odt-figures", draw_charts, self, &error);

      /* Without threads, the exporter's thread draws them all. */
      if (thread == NULL)
        {
          g_debug ("No thread to draw the figures: %s", error->message);
          break;
        }
      g_ptr_array_add (self->threads, thread);
    }

  return self;
}

/**
 * odt_render_queue_finish:
 * @queue: (transfer full): a queue
 * @error: return location for a #GError
 *
 * Draws what is left, waits for the workers, and frees @queue.
 *
 * Returns: (transfer full) (element-type GBytes): the PNG files, in the
 *   order of the charts; %NULL with @error set if one could not be drawn
 */
GPtrArray *
odt_render_queue_finish (OdtRenderQueue  *queue,
                         GError         **error)
{
  GPtrArray *pictures = g_ptr_array_new_full (queue->charts->len, (GDestroyNotify) g_bytes_unref);
  gboolean failed = FALSE;

  draw_charts (queue);
  for (guint i = 0; i < queue->threads->len; i++)
    g_thread_join (g_ptr_array_index (queue->threads, i));

  for (guint i = 0; i < queue->charts->len; i++)
    {
      if (queue->errors[i] != NULL && !failed)
        {
          g_propagate_error (error, g_steal_pointer (&queue->errors[i]));
          failed = TRUE;
        }
      g_clear_error (&queue->errors[i]);
      g_ptr_array_add (pictures, g_steal_pointer (&queue->pictures[i]));
    }

  g_ptr_array_unref (queue->threads);
  g_ptr_array_unref (queue->charts);
  g_clear_object (&queue->cancellable);
  g_free (queue->pictures);
  g_free (queue->errors);
  g_free (queue);

  if (failed)
    g_clear_pointer (&pictures, g_ptr_array_unref);

  return pictures;
}
