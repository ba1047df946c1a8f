import type { Merger, MergerRelation } from '../content/mergers'
import type { IsoDate } from '../content/types'
import { MERGER_RELATIONS, mergerRelationLabels, mergerRelationTags } from '../content/mergers'
import { estimateTextWidth } from './svg-text'

// Layout of the merger timeline, in viewBox units. The axis is broken: years with no merger are
// squeezed into one short gap, so one deal in 2012 does not push the 2015–16 cluster into a corner.
// Labels sit in lanes above and below the axis, a new lane only when a label would touch another.

/** The sizes the layout works with; the defaults suit a 900-wide viewBox on a 980-wide slide. */
export interface TimelineOptions {
  readonly width: number
  readonly marginX: number
  /** Width of the squeezed gap that stands for one or more years with no merger. */
  readonly gapWidth: number
  readonly nameSize: number
  readonly textSize: number
  readonly lineHeight: number
  readonly padX: number
  readonly padY: number
  /** Space kept between two labels in a lane, and between a label and the axis. */
  readonly spacing: number
}

export const defaultTimelineOptions: TimelineOptions = {
  width: 900,
  marginX: 16,
  gapWidth: 80,
  nameSize: 21,
  textSize: 19,
  lineHeight: 25,
  padX: 8,
  padY: 6,
  spacing: 10,
}

/** A stretch of the axis: whole years drawn to scale, or a squeezed gap of years with no merger. */
export interface AxisSegment {
  readonly kind: 'years' | 'gap'
  /** First year covered. */
  readonly from: number
  /** Year after the last one covered. */
  readonly to: number
  readonly x0: number
  readonly x1: number
}

/** A year label under the axis. */
export interface YearLabel {
  readonly text: string
  readonly x: number
}

/** A box in viewBox units. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A merger placed on the timeline. */
export interface PlacedMerger {
  readonly merger: Merger
  /** Where its marker sits on the axis. */
  readonly x: number
  readonly side: 'above' | 'below'
  /** 0 next to the axis, 1 beyond it, and so on. */
  readonly lane: number
  readonly box: Box
  /** The lines of its label, top to bottom; the first is the pair's name. */
  readonly lines: readonly string[]
}

/** A legend entry. */
export interface LegendEntry {
  readonly relation: MergerRelation
  readonly text: string
  readonly x: number
  readonly y: number
}

/** Everything the component draws, in viewBox units. */
export interface TimelineLayout {
  readonly width: number
  readonly height: number
  readonly axisY: number
  readonly segments: readonly AxisSegment[]
  /** Year boundaries (1 January) inside the scaled segments. */
  readonly ticks: readonly number[]
  readonly years: readonly YearLabel[]
  readonly items: readonly PlacedMerger[]
  readonly legend: readonly LegendEntry[]
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/** How far through its year a date is, from 0 (1 January) to just under 1. */
export function yearFraction(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const start = Date.UTC(year, 0, 1)
  return (Date.UTC(year, month - 1, day) - start) / (Date.UTC(year + 1, 0, 1) - start)
}

/**
 * Splits the years from the first to the last date into scaled runs of years that hold a date
 * and squeezed gaps of years that hold none, laid out across the width.
 */
export function axisSegments(dates: readonly IsoDate[], options: TimelineOptions = defaultTimelineOptions): AxisSegment[] {
  if (dates.length === 0)
    return []
  const withData = new Set(dates.map(yearOf))
  const first = Math.min(...withData)
  const last = Math.max(...withData)
  const runs: { kind: AxisSegment['kind'], from: number, to: number }[] = []
  for (let year = first; year <= last; year++) {
    const kind = withData.has(year) ? 'years' : 'gap'
    const run = runs.at(-1)
    if (run?.kind === kind)
      run.to = year + 1
    else
      runs.push({ kind, from: year, to: year + 1 })
  }
  const gaps = runs.filter(r => r.kind === 'gap').length
  const yearWidth = (options.width - 2 * options.marginX - gaps * options.gapWidth) / withData.size
  let x = options.marginX
  return runs.map((run) => {
    const width = run.kind === 'gap' ? options.gapWidth : (run.to - run.from) * yearWidth
    const segment = { ...run, x0: x, x1: x + width }
    x += width
    return segment
  })
}

/** Where a date falls on the axis; it must fall in one of the scaled segments. */
export function dateToX(date: IsoDate, segments: readonly AxisSegment[]): number {
  const year = yearOf(date)
  const segment = segments.find(s => s.kind === 'years' && s.from <= year && year < s.to)
  if (!segment)
    throw new Error(`${date} is not on the axis`)
  const yearWidth = (segment.x1 - segment.x0) / (segment.to - segment.from)
  return segment.x0 + (year - segment.from + yearFraction(date)) * yearWidth
}

/** The label under each year: centred in its year, or "2013–14" across a gap. */
export function yearLabels(segments: readonly AxisSegment[]): YearLabel[] {
  return segments.flatMap((segment) => {
    if (segment.kind === 'gap') {
      const last = segment.to - 1
      const text = last === segment.from ? String(segment.from) : `${segment.from}–${String(last).slice(-2)}`
      return [{ text, x: (segment.x0 + segment.x1) / 2 }]
    }
    const yearWidth = (segment.x1 - segment.x0) / (segment.to - segment.from)
    return Array.from({ length: segment.to - segment.from }, (_, i) => ({
      text: String(segment.from + i),
      x: segment.x0 + (i + 0.5) * yearWidth,
    }))
  })
}

/** The x of each 1 January that bounds a scaled year. */
export function yearTicks(segments: readonly AxisSegment[]): number[] {
  const ticks = segments
    .filter(s => s.kind === 'years')
    .flatMap((s) => {
      const yearWidth = (s.x1 - s.x0) / (s.to - s.from)
      return Array.from({ length: s.to - s.from + 1 }, (_, i) => s.x0 + i * yearWidth)
    })
  return [...new Set(ticks)]
}

/** The lines of a merger's label: its name, its date, and the relation's word if it has one. */
export function labelLines(merger: Merger): string[] {
  const word = mergerRelationTags[merger.relation]
  return word ? [merger.label, merger.dateLabel, word] : [merger.label, merger.dateLabel]
}

function labelWidth(lines: readonly string[], options: TimelineOptions): number {
  const widths = lines.map((line, i) => i === 0
    ? estimateTextWidth(line, options.nameSize, 'bold')
    : estimateTextWidth(line, options.textSize))
  return Math.max(...widths) + 2 * options.padX
}

/** A label box's height for this many lines. */
export function labelHeight(lineCount: number, options: TimelineOptions = defaultTimelineOptions): number {
  return lineCount * options.lineHeight + 2 * options.padY
}

interface Slot { readonly side: 'above' | 'below', readonly lane: number }

/** Lanes in the order they are tried: nearest the axis first, alternating above and below. */
function slots(count: number): Slot[] {
  return Array.from({ length: count }, (_, lane) => [{ side: 'above', lane }, { side: 'below', lane }] as const).flat()
}

interface Span { readonly x0: number, readonly x1: number, readonly anchor: number, readonly slot: Slot }

function fits(candidate: Span, placed: readonly Span[], spacing: number, guardLeaders: boolean): boolean {
  return placed.every((other) => {
    if (other.slot.side !== candidate.slot.side)
      return true
    const apart = candidate.x0 >= other.x1 + spacing || other.x0 >= candidate.x1 + spacing
    if (other.slot.lane === candidate.slot.lane)
      return apart
    if (!guardLeaders)
      return true
    // A leader runs from the axis out to its own lane: it must not cut through a nearer label.
    const [near, far] = other.slot.lane < candidate.slot.lane ? [other, candidate] : [candidate, other]
    return far.anchor < near.x0 - spacing / 2 || far.anchor > near.x1 + spacing / 2
  })
}

/**
 * Assigns each label, left to right, the nearest lane where it touches no other label and its
 * leader line crosses no nearer label; when labels crowd one spot so that no lane avoids every
 * leader, the nearest lane where it touches no other label. A label sits centred over its anchor,
 * or slides right, past its neighbour in the lane, as long as it still reaches over its anchor.
 * `anchors` are the marker positions, `widths` the labels'; labels stay `inset` inside the width.
 */
export function assignLanes(anchors: readonly number[], widths: readonly number[], width: number, spacing: number, inset = 0): (Slot & { x: number })[] {
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]! - anchors[b]!)
  const placed: Span[] = []
  const result: (Slot & { x: number })[] = Array.from({ length: anchors.length })
  for (const i of order) {
    const w = widths[i]!
    const anchor = anchors[i]!
    const centred = Math.min(Math.max(anchor - w / 2, inset), width - inset - w)
    const spanIn = (slot: Slot): Span => {
      const laneEnd = Math.max(-Infinity, ...placed.filter(p => p.slot.side === slot.side && p.slot.lane === slot.lane).map(p => p.x1))
      const slid = Math.max(centred, laneEnd + spacing)
      const x0 = slid <= anchor - 2 * spacing && slid + w <= width - inset ? slid : centred
      return { x0, x1: x0 + w, anchor, slot }
    }
    // With n labels placed, lane n on either side is empty, so the second pass always finds a lane.
    const candidates = slots(placed.length + 1).map(spanIn)
    const span = [true, false]
      .flatMap(guard => candidates.map(span => ({ guard, span })))
      .find(({ guard, span }) => fits(span, placed, spacing, guard))!
      .span
    placed.push(span)
    result[i] = { ...span.slot, x: span.x0 }
  }
  return result
}

/** Lays out the mergers on a broken, dated axis with non-overlapping labels and a legend. */
export function layoutTimeline(list: readonly Merger[], options: TimelineOptions = defaultTimelineOptions): TimelineLayout {
  const segments = axisSegments(list.map(m => m.announced), options)
  const lines = list.map(labelLines)
  const widths = lines.map(l => labelWidth(l, options))
  const anchors = list.map(m => dateToX(m.announced, segments))
  // Inset by the outline's width, so a label at the edge keeps its whole outline.
  const lanes = assignLanes(anchors, widths, options.width, options.spacing, 2)

  const laneHeight = labelHeight(Math.max(0, ...lines.map(l => l.length)), options) + options.spacing
  const heights = lines.map(l => labelHeight(l.length, options))
  // Above the axis, only as high as the highest label reaches (a short label in the top lane needs less).
  const aboveHeight = Math.max(0, ...lanes.map((l, i) => l.side === 'above' ? l.lane * laneHeight + heights[i]! : 0))
  const lanesBelow = Math.max(0, ...lanes.filter(l => l.side === 'below').map(l => l.lane + 1))
  // Under the axis: the year labels, then the lanes below.
  const yearBand = options.textSize + 2 * options.spacing
  const axisY = options.spacing + aboveHeight + options.spacing
  const belowTop = axisY + yearBand

  const items = list.map((merger, i): PlacedMerger => {
    const { side, lane, x } = lanes[i]!
    const height = heights[i]!
    const y = side === 'above'
      ? axisY - options.spacing - lane * laneHeight - height
      : belowTop + lane * laneHeight
    return { merger, x: anchors[i]!, side, lane, box: { x, y, width: widths[i]!, height }, lines: lines[i]! }
  })

  const legendTop = belowTop + lanesBelow * laneHeight + options.spacing
  const present = MERGER_RELATIONS.filter(r => list.some(m => m.relation === r))
  const legend = layoutLegend(present, legendTop, options)
  const legendBottom = legend.length === 0 ? legendTop : Math.max(...legend.map(e => e.y)) + options.lineHeight

  return {
    width: options.width,
    height: Math.ceil(legendBottom + options.spacing),
    axisY,
    segments,
    ticks: yearTicks(segments),
    years: yearLabels(segments),
    items,
    legend,
  }
}

/** Width of a legend swatch, in front of each entry's words. */
export const LEGEND_SWATCH = 34

function layoutLegend(relations: readonly MergerRelation[], top: number, options: TimelineOptions): LegendEntry[] {
  const entries: LegendEntry[] = []
  let x = options.marginX
  let y = top
  for (const relation of relations) {
    const text = mergerRelationLabels[relation]
    const width = LEGEND_SWATCH + estimateTextWidth(text, options.textSize) + 2 * options.spacing
    if (x > options.marginX && x + width > options.width - options.marginX) {
      x = options.marginX
      y += options.lineHeight + options.padY
    }
    entries.push({ relation, text, x, y })
    x += width
  }
  return entries
}

/** The timeline's accessible name when none is given: "Chinese tech mergers, 2012–2016". */
export function defaultTimelineTitle(list: readonly Merger[]): string {
  const years = list.map(m => yearOf(m.announced))
  if (years.length === 0)
    return 'Chinese tech mergers'
  const [first, last] = [Math.min(...years), Math.max(...years)]
  return first === last ? `Chinese tech mergers, ${first}` : `Chinese tech mergers, ${first}–${last}`
}

/** Every merger in words, for the chart's description: what a screen reader reads out. */
export function describeTimeline(list: readonly Merger[], relationLabels: Readonly<Record<MergerRelation, string>>): string {
  return list.map(m => `${m.label}, announced ${m.dateLabel}: ${relationLabels[m.relation]}.`).join(' ')
}
