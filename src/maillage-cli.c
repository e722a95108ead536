/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-cli.c: the exports from the command line, run without a
 * window nor a display:
 *
 *   maillage --export FORMAT --output PATH PROJECT
 *   maillage --export-pack DIR [--pdfa] PROJECT
 *
 * MaillageApplication calls this from handle-local-options, before it
 * registers or starts GTK: the project is read, the plugins loaded (no
 * page is ever made), the files written, and the process exits with 0, or
 * with a message on stderr in the user's language and a non-zero status.
 */
#define G_LOG_DOMAIN "maillage-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <maillage.h>

#include "maillage-cli.h"
#include "maillage-module-set.h"
#include "maillage-pack-writer.h"
#include "maillage-plugin-manager.h"
#include "maillage-strategy-builder.h"

/* Exit statuses: 1 for an error in what was asked, 2 when the work
 * failed. */
#define EXIT_USAGE  1
#define EXIT_FAILED 2

const GOptionEntry maillage_cli_option_entries[] = {
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export the strategy of PROJECT in FORMAT (odt, pdf, html, markdown…), without opening a window"),
    N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file that --export writes"), N_("PATH") },
  { "export-pack", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the deliberation pack of PROJECT into the folder DIR, without opening a window"),
    N_("DIR") },
  { "pdfa", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-pack, make the PDF files PDF/A-1b through LibreOffice"), NULL },
  { NULL }
};

static int
fail (int         status,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static int
fail (int         status,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("maillage: %s\n", message);

  return status;
}

static char *
list_formats (MaillagePluginManager *manager)
{
  g_autoptr(GPtrArray) exporters = maillage_plugin_manager_list_exporters (manager);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < exporters->len; i++)
    g_strv_builder_add (builder, maillage_exporter_get_format_id (g_ptr_array_index (exporters, i)));
  ids = g_strv_builder_end (builder);

  return g_strjoinv (", ", ids);
}

static MaillageProject *
load_project (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return maillage_project_new_from_file (file, NULL, error);
}

static int
export_document (MaillagePluginManager *manager,
                 MaillageProject       *project,
                 MaillageModuleSet     *modules,
                 const char            *format,
                 const char            *output)
{
  g_autoptr(MaillageExporter) exporter = maillage_plugin_manager_find_exporter (manager, format);
  g_autoptr(MaillageStrategyBuilder) builder = NULL;
  g_autoptr(MaillageDocument) document = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (exporter == NULL)
    {
      g_autofree char *formats = list_formats (manager);

      return fail (EXIT_USAGE, _("Unknown format “%s”: the formats available are %s."), format,
                   *formats != '\0' ? formats : _("none"));
    }

  builder = maillage_strategy_builder_new (project, G_LIST_MODEL (modules));
  document = maillage_strategy_builder_build (builder);
  if (!maillage_exporter_write (exporter, document, file, NULL, &error))
    return fail (EXIT_FAILED, _("“%s” could not be written: %s"), output, error->message);

  return EXIT_SUCCESS;
}

static void
pack_progress_cb (MaillagePackWriter *writer,
                  guint               done,
                  guint               total)
{
  g_debug ("%u/%u", done, total);
}

static int
export_pack (MaillagePluginManager *manager,
             MaillageProject       *project,
             MaillageModuleSet     *modules,
             const char            *folder,
             gboolean               pdfa)
{
  g_autoptr(MaillageExporter) odt = maillage_plugin_manager_find_exporter (manager, "odt");
  g_autoptr(MaillageExporter) pdf = maillage_plugin_manager_find_exporter (manager, "pdf");
  g_autoptr(MaillagePackWriter) writer = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (folder);
  g_autoptr(GError) error = NULL;
  GListModel *assemblies;

  assemblies = maillage_deliberation_get_assemblies (maillage_project_get_deliberation (project));
  if (g_list_model_get_n_items (assemblies) == 0)
    return fail (EXIT_USAGE, _("The project has no assembly to vote on the strategy: add one in the "
                               "Deliberation page first."));
  if (odt == NULL)
    return fail (EXIT_FAILED, _("The OpenDocument exporter plugin is missing or switched off."));
  if (pdfa)
    {
      g_autofree char *soffice = maillage_pack_writer_find_soffice ();

      if (soffice == NULL)
        return fail (EXIT_USAGE, _("PDF/A needs LibreOffice, which is not installed."));
    }
  else if (pdf == NULL)
    {
      return fail (EXIT_FAILED, _("The PDF exporter plugin is missing or switched off."));
    }

  writer = maillage_pack_writer_new (project, G_LIST_MODEL (modules), odt, pdf);
  maillage_pack_writer_set_pdfa (writer, pdfa);
  g_signal_connect (writer, "progress", G_CALLBACK (pack_progress_cb), NULL);
  if (!maillage_pack_writer_write (writer, file, NULL, &error))
    return fail (EXIT_FAILED, "%s", error->message);

  return EXIT_SUCCESS;
}

/* GApplication keeps the projects named on the command line out of the
 * options it hands to handle-local-options: read them from the arguments
 * again, with the same options, so that `--export pdf` is not taken for a
 * project. */
static char **
dup_projects (char **arguments)
{
  g_auto(GStrv) args = g_strdupv (arguments);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  char *format = NULL, *output = NULL, *pack = NULL;
  gboolean pdfa = FALSE;
  char **projects = NULL;
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_STRING, &format, NULL, NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, NULL, NULL },
    { "export-pack", 0, 0, G_OPTION_ARG_FILENAME, &pack, NULL, NULL },
    { "pdfa", 0, 0, G_OPTION_ARG_NONE, &pdfa, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &projects, NULL, NULL },
    { NULL }
  };

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_parse_strv (context, &args, NULL);
  g_free (format);
  g_free (output);
  g_free (pack);

  return projects;
}

/**
 * maillage_cli_handle_options:
 * @options: the parsed command line
 * @arguments: the command line, as main() got it
 *
 * Runs an export asked for on the command line.
 *
 * Returns: the exit status, or -1 when no export was asked for and the
 *   application should go on
 */
int
maillage_cli_handle_options (GVariantDict *options,
                             char        **arguments)
{
  const char *format = NULL;
  const char *output = NULL;
  const char *pack = NULL;
  g_auto(GStrv) projects = NULL;
  g_autoptr(MaillagePluginManager) manager = NULL;
  g_autoptr(MaillageProject) project = NULL;
  g_autoptr(MaillageModuleSet) modules = NULL;
  g_autoptr(GError) error = NULL;
  gboolean pdfa;
  int status;

  g_variant_dict_lookup (options, "export", "&s", &format);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "export-pack", "^&ay", &pack);
  pdfa = g_variant_dict_contains (options, "pdfa");

  if (format == NULL && pack == NULL)
    {
      if (output != NULL)
        return fail (EXIT_USAGE, _("--output goes with --export FORMAT."));
      if (pdfa)
        return fail (EXIT_USAGE, _("--pdfa goes with --export-pack DIR."));
      return -1;
    }

  if (format != NULL && pack != NULL)
    return fail (EXIT_USAGE, _("Give either --export or --export-pack, not both."));
  if (format != NULL && (output == NULL || *output == '\0'))
    return fail (EXIT_USAGE, _("--export needs the file to write: --output PATH."));
  if (pack != NULL && *pack == '\0')
    return fail (EXIT_USAGE, _("--export-pack needs the folder to write into."));

  projects = arguments != NULL ? dup_projects (arguments) : NULL;
  if (projects == NULL || projects[0] == NULL)
    return fail (EXIT_USAGE, _("Name the project to export."));
  if (projects[1] != NULL)
    return fail (EXIT_USAGE, _("Only one project can be exported at a time."));

  project = load_project (projects[0], &error);
  if (project == NULL)
    return fail (EXIT_FAILED, _("The project “%s” could not be opened: %s"), projects[0], error->message);

  manager = maillage_plugin_manager_new ();
  modules = maillage_module_set_new (manager, project);

  if (format != NULL)
    status = export_document (manager, project, modules, format, output);
  else
    status = export_pack (manager, project, modules, pack, pdfa);

  return status;
}
