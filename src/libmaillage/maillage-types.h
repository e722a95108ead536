/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * maillage-types.h: forward declarations and the enumerations shared by the
 * model and the plugin API, gathered here so that headers need not include
 * each other in circles.
 */
#pragma once

#if !defined(MAILLAGE_INSIDE) && !defined(MAILLAGE_COMPILATION)
# error "Only <maillage.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _MaillageAction          MaillageAction;
typedef struct _MaillageActionIndicator MaillageActionIndicator;
typedef struct _MaillageBlock           MaillageBlock;
typedef struct _MaillageBudgetLine      MaillageBudgetLine;
typedef struct _MaillageChart           MaillageChart;
typedef struct _MaillageChartView       MaillageChartView;
typedef struct _MaillageCofinancing     MaillageCofinancing;
typedef struct _MaillageCommune         MaillageCommune;
typedef struct _MaillageDeliberation    MaillageDeliberation;
typedef struct _MaillageDocument        MaillageDocument;
typedef struct _MaillageExporter        MaillageExporter;
typedef struct _MaillageFinding         MaillageFinding;
typedef struct _MaillageModule          MaillageModule;
typedef struct _MaillageOutlines        MaillageOutlines;
typedef struct _MaillageProject         MaillageProject;
typedef struct _MaillageTerritory       MaillageTerritory;

/**
 * MaillageTerritoryKind:
 * @MAILLAGE_TERRITORY_KIND_COMMUNE: a commune
 * @MAILLAGE_TERRITORY_KIND_EPCI: an intercommunality (communauté de communes,
 *   d'agglomération, urbaine, métropole)
 * @MAILLAGE_TERRITORY_KIND_DEPARTEMENT: a département
 * @MAILLAGE_TERRITORY_KIND_REGION: a région
 *
 * The kind of collectivité that carries the strategy. Written in the project
 * file as `commune`, `epci`, `departement` or `region`.
 */
typedef enum
{
  MAILLAGE_TERRITORY_KIND_COMMUNE,
  MAILLAGE_TERRITORY_KIND_EPCI,
  MAILLAGE_TERRITORY_KIND_DEPARTEMENT,
  MAILLAGE_TERRITORY_KIND_REGION,
} MaillageTerritoryKind;

/**
 * MaillageActionStatus:
 * @MAILLAGE_ACTION_STATUS_PLANNED: not started yet (`planned`)
 * @MAILLAGE_ACTION_STATUS_IN_PROGRESS: under way (`in-progress`)
 * @MAILLAGE_ACTION_STATUS_DONE: completed (`done`)
 * @MAILLAGE_ACTION_STATUS_CANCELLED: given up (`cancelled`)
 *
 * Where an action of the plan stands.
 */
typedef enum
{
  MAILLAGE_ACTION_STATUS_PLANNED,
  MAILLAGE_ACTION_STATUS_IN_PROGRESS,
  MAILLAGE_ACTION_STATUS_DONE,
  MAILLAGE_ACTION_STATUS_CANCELLED,
} MaillageActionStatus;

/**
 * MaillageSeverity:
 * @MAILLAGE_SEVERITY_INFO: worth knowing, nothing to fix
 * @MAILLAGE_SEVERITY_WARNING: incomplete: the strategy can go to a vote, but
 *   should not
 * @MAILLAGE_SEVERITY_ERROR: inconsistent: the documents would be wrong
 *
 * How much a #MaillageFinding matters.
 */
typedef enum
{
  MAILLAGE_SEVERITY_INFO,
  MAILLAGE_SEVERITY_WARNING,
  MAILLAGE_SEVERITY_ERROR,
} MaillageSeverity;

/**
 * MaillagePartKind:
 * @MAILLAGE_PART_DELIBERATION: the projet de délibération
 * @MAILLAGE_PART_NOTE: the note explicative de synthèse
 * @MAILLAGE_PART_ANNEX: the strategy itself, annexed to the délibération
 *
 * The parts a deliberation pack is made of.
 */
typedef enum
{
  MAILLAGE_PART_DELIBERATION,
  MAILLAGE_PART_NOTE,
  MAILLAGE_PART_ANNEX,
} MaillagePartKind;

/**
 * MaillageBlockKind:
 * @MAILLAGE_BLOCK_PART: starts a part (see #MaillagePartKind)
 * @MAILLAGE_BLOCK_HEADING: a heading, of level 1 to 6
 * @MAILLAGE_BLOCK_PARAGRAPH: a paragraph of text
 * @MAILLAGE_BLOCK_LIST: a bullet or numbered list
 * @MAILLAGE_BLOCK_TABLE: a table with a header row
 * @MAILLAGE_BLOCK_PAGE_BREAK: a page break
 * @MAILLAGE_BLOCK_FIGURE: a chart or a map, with a caption and a text
 *   alternative
 * @MAILLAGE_BLOCK_CONTENTS: the table of contents: the headings of the
 *   part it stands in, listed by the exporter
 *
 * The kinds of block a #MaillageDocument holds.
 */
typedef enum
{
  MAILLAGE_BLOCK_PART,
  MAILLAGE_BLOCK_HEADING,
  MAILLAGE_BLOCK_PARAGRAPH,
  MAILLAGE_BLOCK_LIST,
  MAILLAGE_BLOCK_TABLE,
  MAILLAGE_BLOCK_PAGE_BREAK,
  MAILLAGE_BLOCK_FIGURE,
  MAILLAGE_BLOCK_CONTENTS,
} MaillageBlockKind;

/**
 * MaillageTextStyle:
 * @MAILLAGE_TEXT_STYLE_NONE: plain text
 * @MAILLAGE_TEXT_STYLE_BOLD: bold (strong emphasis)
 * @MAILLAGE_TEXT_STYLE_ITALIC: italic (emphasis)
 *
 * How a span of a paragraph is set; the flags combine.
 */
typedef enum /*< flags >*/
{
  MAILLAGE_TEXT_STYLE_NONE   = 0,
  MAILLAGE_TEXT_STYLE_BOLD   = 1 << 0,
  MAILLAGE_TEXT_STYLE_ITALIC = 1 << 1,
} MaillageTextStyle;

/**
 * MaillageAlignment:
 * @MAILLAGE_ALIGNMENT_START: against the start of the line (left, in French)
 * @MAILLAGE_ALIGNMENT_CENTER: centred
 * @MAILLAGE_ALIGNMENT_END: against the end of the line: numbers and amounts
 *
 * How the cells of a table column are aligned.
 */
typedef enum
{
  MAILLAGE_ALIGNMENT_START,
  MAILLAGE_ALIGNMENT_CENTER,
  MAILLAGE_ALIGNMENT_END,
} MaillageAlignment;

/**
 * MaillageChartKind:
 * @MAILLAGE_CHART_KIND_BAR: bars: categories (communes, themes) along one
 *   axis, one bar per series (years, say) in each
 * @MAILLAGE_CHART_KIND_MAP: a map of the communes' outlines, coloured by
 *   one value per commune (a choropleth), with points on it
 * @MAILLAGE_CHART_KIND_TIMELINE: a timeline (a Gantt chart): one bar per
 *   task, such as an action of the plan, from its first month to its
 *   last, the tasks grouped (by axis, say) under the years
 *
 * What a #MaillageChart draws.
 */
typedef enum
{
  MAILLAGE_CHART_KIND_BAR,
  MAILLAGE_CHART_KIND_MAP,
  MAILLAGE_CHART_KIND_TIMELINE,
} MaillageChartKind;

G_END_DECLS
