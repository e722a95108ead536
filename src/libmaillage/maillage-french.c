/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-french.c: the French catalogue, whatever the locale.
 *
 * The documents Maillage writes go to a French assembly: a consultant who
 * runs the interface in English still hands in a French délibération. So
 * the words of the documents are looked up here, in the French .mo file of
 * the text domain, and not through gettext(), which follows LC_MESSAGES.
 * The .mo is found where bindtextdomain() put the domain, so the build
 * tree's catalogue is used when the program runs uninstalled.
 *
 * A .mo file is a small, fixed binary format (see the GNU gettext manual,
 * "The Format of GNU MO Files"): two tables of (length, offset) pairs,
 * originals and translations, in the same order. It is read once per
 * domain, mapped, and indexed in a hash table; the strings returned point
 * into the mapping, which is kept for the life of the process, as
 * gettext() does with its own.
 */
#define G_LOG_DOMAIN "maillage-french"

#include "config.h"

#include <libintl.h>
#include <string.h>

#include "maillage-french.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

typedef struct
{
  const char *text;    /* into the mapped file */
  guint32     length;  /* of all the forms, with the NULs between them */
} Translation;

typedef struct
{
  GMappedFile *file;
  Translation *translations;
  GHashTable  *strings;  /* msgid (with context) → Translation */
} Catalogue;

static GMutex catalogues_lock;
static GHashTable *catalogues;  /* domain → Catalogue, or NULL if none */

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);

  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Fills @strings from the mapped .mo; a file that is not one, or whose
 * tables point outside it, is left unread: the English stands in. */
static gboolean
catalogue_index (Catalogue *catalogue)
{
  const guint8 *data = (const guint8 *) g_mapped_file_get_contents (catalogue->file);
  gsize size = g_mapped_file_get_length (catalogue->file);
  guint32 magic, n, originals, translations;
  gboolean swapped;

  if (size < 28)
    return FALSE;

  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return FALSE;
  swapped = magic == MO_MAGIC_SWAPPED;

  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);
  if ((guint64) originals + (guint64) n * 8 > size ||
      (guint64) translations + (guint64) n * 8 > size)
    return FALSE;

  catalogue->translations = g_new0 (Translation, n);

  for (guint32 i = 0; i < n; i++)
    {
      guint32 o_length = read_u32 (data, originals + i * 8, swapped);
      guint32 o_offset = read_u32 (data, originals + i * 8 + 4, swapped);
      guint32 t_length = read_u32 (data, translations + i * 8, swapped);
      guint32 t_offset = read_u32 (data, translations + i * 8 + 4, swapped);

      /* Each string is followed by a NUL the length does not count. */
      if ((guint64) o_offset + o_length >= size || (guint64) t_offset + t_length >= size ||
          data[o_offset + o_length] != '\0' || data[t_offset + t_length] != '\0')
        return FALSE;

      /* The header (empty msgid) is not a string to look up. */
      if (o_length == 0)
        continue;

      /* A plural entry's original is "singular\0plural": the singular,
       * up to its NUL, is the key. */
      catalogue->translations[i].text = (const char *) data + t_offset;
      catalogue->translations[i].length = t_length;
      g_hash_table_insert (catalogue->strings,
                           (gpointer) (data + o_offset),
                           &catalogue->translations[i]);
    }

  return TRUE;
}

static Catalogue *
catalogue_open (const char *domain)
{
  const char *dir = bindtextdomain (domain, NULL);
  g_autofree char *mo_name = g_strconcat (domain, ".mo", NULL);
  const char * const languages[] = { "fr", "fr_FR", NULL };

  if (dir == NULL)
    return NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, languages[i], "LC_MESSAGES", mo_name, NULL);
      g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
      Catalogue *catalogue;

      if (file == NULL)
        continue;

      catalogue = g_new0 (Catalogue, 1);
      catalogue->file = g_steal_pointer (&file);
      catalogue->strings = g_hash_table_new (g_str_hash, g_str_equal);
      if (catalogue_index (catalogue))
        return catalogue;

      g_warning ("%s is not a valid message catalogue", path);
      g_hash_table_unref (catalogue->strings);
      g_free (catalogue->translations);
      g_mapped_file_unref (catalogue->file);
      g_free (catalogue);
    }

  return NULL;
}

static const Translation *
lookup (const char *domain,
        const char *key)
{
  Catalogue *catalogue;
  const Translation *translation = NULL;

  g_mutex_lock (&catalogues_lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogues, domain, NULL, (gpointer *) &catalogue))
    {
      catalogue = catalogue_open (domain);
      g_hash_table_insert (catalogues, (gpointer) g_intern_string (domain), catalogue);
    }
  if (catalogue != NULL)
    translation = g_hash_table_lookup (catalogue->strings, key);
  g_mutex_unlock (&catalogues_lock);

  return translation;
}

/**
 * maillage_french_gettext:
 * @domain: the text domain, bound with bindtextdomain()
 * @msgid: the English string
 *
 * Looks @msgid up in the French catalogue of @domain, whatever the locale;
 * use it through the `F_()` macro for the words of generated documents.
 *
 * Returns: the French translation, or @msgid itself when there is none
 */
const char *
maillage_french_gettext (const char *domain,
                         const char *msgid)
{
  const Translation *translation;

  g_return_val_if_fail (domain != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = lookup (domain, msgid);

  return translation != NULL && translation->length > 0 ? translation->text : msgid;
}

/**
 * maillage_french_pgettext:
 * @domain: the text domain
 * @context: the message context
 * @msgid: the English string
 *
 * Like maillage_french_gettext(), for a string with a context (`FC_()`).
 *
 * Returns: the French translation, or @msgid itself when there is none
 */
const char *
maillage_french_pgettext (const char *domain,
                          const char *context,
                          const char *msgid)
{
  g_autofree char *key = NULL;
  const Translation *translation;

  g_return_val_if_fail (domain != NULL, msgid);
  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  key = g_strconcat (context, "\004", msgid, NULL);
  translation = lookup (domain, key);

  return translation != NULL && translation->length > 0 ? translation->text : msgid;
}

/**
 * maillage_french_ngettext:
 * @domain: the text domain
 * @msgid: the English singular
 * @msgid_plural: the English plural
 * @n: the count the string is about
 *
 * Like maillage_french_gettext(), for a string that depends on a count
 * (`FN_()`). French takes the singular for 0 and 1.
 *
 * Returns: the French form for @n, or the English one when there is none
 */
const char *
maillage_french_ngettext (const char *domain,
                          const char *msgid,
                          const char *msgid_plural,
                          gulong      n)
{
  const Translation *translation;
  gsize singular_length;

  g_return_val_if_fail (domain != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, msgid);

  translation = lookup (domain, msgid);
  if (translation == NULL || translation->length == 0)
    return n > 1 ? msgid_plural : msgid;

  /* "singulier\0pluriel": French's Plural-Forms is n > 1. A translation
   * without a second form keeps its singular. */
  singular_length = strlen (translation->text);
  if (n > 1 && singular_length + 1 < translation->length)
    return translation->text + singular_length + 1;

  return translation->text;
}
