/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * odt-test-utils.h: what the ODT exporter's tests share: its types
 * registered without libpeas, a document with every kind of block and
 * text that tries to break the file, and readers of the package: its
 * members, their XML, XPath over them.
 */
#pragma once

#include <libxml/tree.h>
#include <maillage.h>

G_BEGIN_DECLS

/* Text that an exporter must carry without breaking the file. */
#define ODT_TEST_RTL      "\u0627\u0644\u0627\u0633\u062a\u0631\u0627\u062a\u064a\u062c\u064a\u0629 \u0627\u0644\u0631\u0642\u0645\u064a\u0629"
#define ODT_TEST_EMOJI    "\U0001F4F6 \U0001F3D8\uFE0F \U0001F468\u200D\U0001F469\u200D\U0001F467"
#define ODT_TEST_MARKUP   "<b>&amp; \"guillemets\" 'apostrophes' ]]> <!-- -->"
#define ODT_TEST_CONTROLS "bip\x01\x02\x07\x0b\x0c\x1b\x7f\xc2\x85\xef\xbf\xbe fin"

void              odt_test_init              (int         *argc,
                                              char      ***argv);
MaillageDocument *odt_test_document          (gsize        huge_paragraph);
char             *odt_test_long_word         (gsize        length);
GBytes           *odt_test_read_member       (GBytes      *package,
                                              const char  *name);
xmlDoc           *odt_test_parse_member      (GBytes      *package,
                                              const char  *name);
guint             odt_test_count             (xmlDoc      *doc,
                                              const char  *xpath);
char             *odt_test_string            (xmlDoc      *doc,
                                              const char  *xpath);
char             *odt_test_make_dir          (void);
void              odt_test_remove_dir        (const char  *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
