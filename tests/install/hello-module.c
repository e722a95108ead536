/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * hello-module.c: a module plugin as a consultant would write it, outside
 * Maillage's tree, with nothing but the installed headers and
 * `pkg-config --cflags --libs maillage-1 libpeas-1.0`. The install test
 * builds it against a staged installation and loads it.
 */
#define G_LOG_DOMAIN "hello-module"

#include <libpeas/peas.h>
#include <maillage.h>

#define HELLO_TYPE_MODULE (hello_module_get_type ())
G_DECLARE_FINAL_TYPE (HelloModule, hello_module, HELLO, MODULE, GObject)

struct _HelloModule
{
  GObject  parent_instance;
  char    *greeting;
};

static void module_iface_init (MaillageModuleInterface *iface);

G_DEFINE_DYNAMIC_TYPE_EXTENDED (HelloModule, hello_module, G_TYPE_OBJECT, G_TYPE_FLAG_FINAL,
                                G_IMPLEMENT_INTERFACE_DYNAMIC (MAILLAGE_TYPE_MODULE, module_iface_init))

static gboolean
hello_module_load (MaillageModule   *module,
                   MaillageProject  *project,
                   JsonObject       *data,
                   GError          **error)
{
  HelloModule *self = HELLO_MODULE (module);

  g_free (self->greeting);
  self->greeting = g_strdup (data != NULL && json_object_has_member (data, "greeting")
                             ? json_object_get_string_member (data, "greeting")
                             : "");
  return TRUE;
}

static JsonObject *
hello_module_save (MaillageModule *module)
{
  JsonObject *data = json_object_new ();

  json_object_set_int_member (data, "version", 1);
  json_object_set_string_member (data, "greeting", HELLO_MODULE (module)->greeting);

  return data;
}

static void
hello_module_build_chapter (MaillageModule   *module,
                            MaillageDocument *document)
{
  MaillageProject *project = maillage_module_get_project (module);
  MaillageTerritory *territory = maillage_project_get_territory (project);

  maillage_document_add_heading (document, 1, "Bonjour");
  maillage_document_add_paragraph (document, HELLO_MODULE (module)->greeting);
  maillage_document_add_paragraph (document, maillage_territory_get_name (territory));
}

static void
module_iface_init (MaillageModuleInterface *iface)
{
  iface->load = hello_module_load;
  iface->save = hello_module_save;
  iface->build_chapter = hello_module_build_chapter;
}

static void
hello_module_finalize (GObject *object)
{
  g_free (HELLO_MODULE (object)->greeting);

  G_OBJECT_CLASS (hello_module_parent_class)->finalize (object);
}

static void
hello_module_class_init (HelloModuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hello_module_finalize;
}

static void
hello_module_class_finalize (HelloModuleClass *klass)
{
}

static void
hello_module_init (HelloModule *self)
{
  self->greeting = g_strdup ("");
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  hello_module_register_type (G_TYPE_MODULE (module));
  peas_object_module_register_extension_type (module, MAILLAGE_TYPE_MODULE, HELLO_TYPE_MODULE);
}
