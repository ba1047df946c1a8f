import type { Merger } from '../content/mergers'
import type { Box } from './merger-timeline'
import { describe, expect, it } from 'vitest'
import { mergerRelationLabels, mergerRelationTags, mergers } from '../content/mergers'
import {
  assignLanes,
  axisSegments,
  dateToX,
  defaultTimelineOptions,
  defaultTimelineTitle,
  describeTimeline,
  labelLines,
  layoutTimeline,
  yearFraction,
  yearLabels,
  yearTicks,
} from './merger-timeline'

const options = defaultTimelineOptions

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function merger(id: string, announced: Merger['announced'], relation: Merger['relation'] = 'named'): Merger {
  return { id, companies: [id, id], label: `${id} – ${id}`, announced, dateLabel: announced, note: '', sources: [], relation }
}

describe('yearFraction', () => {
  it.each([
    ['2015-01-01', 0],
    ['2015-07-02', 182 / 365],
    ['2016-12-31', 365 / 366],
  ] as const)('puts %s at %d of its year', (date, fraction) => {
    expect(yearFraction(date)).toBeCloseTo(fraction, 6)
  })
})

describe('axisSegments', () => {
  const segments = axisSegments(mergers.map(m => m.announced))

  it('squeezes 2013 and 2014, which hold no merger, into one gap between 2012 and 2015–16', () => {
    expect(segments.map(s => [s.kind, s.from, s.to])).toEqual([
      ['years', 2012, 2013],
      ['gap', 2013, 2015],
      ['years', 2015, 2017],
    ])
    expect(segments[1]!.x1 - segments[1]!.x0).toBe(options.gapWidth)
  })

  it('gives every year with a merger the same width and fills the width between the margins', () => {
    const [y2012, , y2015to16] = segments
    expect(y2015to16!.x1 - y2015to16!.x0).toBeCloseTo(2 * (y2012!.x1 - y2012!.x0))
    expect(segments[0]!.x0).toBe(options.marginX)
    expect(segments.at(-1)!.x1).toBeCloseTo(options.width - options.marginX)
  })

  it('draws no gap when the years run on', () => {
    expect(axisSegments(['2015-03-01', '2016-03-01']).map(s => s.kind)).toEqual(['years'])
  })

  it('is empty with no dates', () => {
    expect(axisSegments([])).toEqual([])
  })
})

describe('dateToX', () => {
  const segments = axisSegments(mergers.map(m => m.announced))

  it('keeps the mergers in date order from left to right', () => {
    const xs = mergers.map(m => dateToX(m.announced, segments))
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(new Set(xs).size).toBe(xs.length)
  })

  it('places a date inside its own year, in proportion', () => {
    const [, , y2015to16] = segments
    const yearWidth = (y2015to16!.x1 - y2015to16!.x0) / 2
    expect(dateToX('2015-01-01', segments)).toBeCloseTo(y2015to16!.x0)
    expect(dateToX('2016-07-02', segments)).toBeCloseTo(y2015to16!.x0 + yearWidth * (1 + 183 / 366))
  })

  it('refuses a date in the squeezed gap', () => {
    expect(() => dateToX('2013-06-01', segments)).toThrow(/not on the axis/)
  })
})

describe('yearLabels and yearTicks', () => {
  const segments = axisSegments(mergers.map(m => m.announced))

  it('labels 2012, the 2013–14 gap, 2015 and 2016 from left to right', () => {
    const labels = yearLabels(segments)
    expect(labels.map(l => l.text)).toEqual(['2012', '2013–14', '2015', '2016'])
    expect(labels.map(l => l.x)).toEqual([...labels.map(l => l.x)].sort((a, b) => a - b))
  })

  it('ticks each 1 January that bounds a drawn year', () => {
    expect(yearTicks(segments)).toHaveLength(2 + 3)
  })
})

describe('labelLines', () => {
  it.each([
    ['named', ['Ctrip – Qunar', '26 Oct 2015']],
    ['probable', ['Meituan – Dianping', '8 Oct 2015', mergerRelationTags.probable]],
    ['context', ['Didi – Kuaidi', '14 Feb 2015', mergerRelationTags.context]],
  ] as const)('gives a %s merger its name, date and relation word', (relation, lines) => {
    const m = mergers.find(m => m.relation === relation && m.label === lines[0])!
    expect(labelLines(m)).toEqual(lines)
  })
})

describe('assignLanes', () => {
  it('keeps labels that do not touch in the lane next to the axis', () => {
    expect(assignLanes([50, 300], [100, 100], 400, 10).map(l => [l.side, l.lane])).toEqual([['above', 0], ['above', 0]])
  })

  it('moves a label that would touch its neighbour below the axis, then further out', () => {
    const lanes = assignLanes([100, 120, 140], [100, 100, 100], 400, 10)
    expect(lanes.map(l => [l.side, l.lane])).toEqual([['above', 0], ['below', 0], ['above', 1]])
  })

  it('slides a label right, past its neighbour, while it still reaches over its anchor', () => {
    const [first, second] = assignLanes([100, 180], [100, 100], 400, 10)
    expect(second).toEqual({ side: 'above', lane: 0, x: first!.x + 100 + 10 })
    expect(second!.x).toBeLessThan(180)
  })

  it('keeps labels inside the width, and inset from its edges when asked', () => {
    const [left, right] = assignLanes([0, 400], [100, 100], 400, 10)
    expect(left!.x).toBe(0)
    expect(right!.x).toBe(300)
    const [insetLeft, insetRight] = assignLanes([0, 400], [100, 100], 400, 10, 2)
    expect(insetLeft!.x).toBe(2)
    expect(insetRight!.x).toBe(298)
  })

  it('goes to the side where its leader line crosses no nearer label', () => {
    // The third label fits in neither lane 0; above, its leader at x=265 would cut through the first.
    const lanes = assignLanes([100, 200, 265], [300, 100, 60], 800, 10)
    expect(lanes.map(l => [l.side, l.lane])).toEqual([['above', 0], ['below', 0], ['below', 1]])
  })

  it('still finds a free lane when labels crowd one spot', () => {
    const lanes = assignLanes([150, 150, 150, 150], [100, 100, 100, 100], 800, 10)
    expect(new Set(lanes.map(l => `${l.side} ${l.lane}`)).size).toBe(4)
  })
})

describe('layoutTimeline', () => {
  const layout = layoutTimeline(mergers)

  it('places every merger, its marker on the axis at its date', () => {
    expect(layout.items.map(i => i.merger.id)).toEqual(mergers.map(m => m.id))
    for (const item of layout.items)
      expect(item.x).toBe(dateToX(item.merger.announced, layout.segments))
  })

  it('lets no two labels overlap', () => {
    for (const [i, a] of layout.items.entries()) {
      for (const b of layout.items.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.merger.id} and ${b.merger.id}`).toBe(false)
    }
  })

  it('keeps labels off the axis, the year labels and the legend, and inside the viewBox', () => {
    for (const { box, side } of layout.items) {
      expect(box.x).toBeGreaterThanOrEqual(2)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width - 2)
      expect(box.y).toBeGreaterThanOrEqual(0)
      if (side === 'above')
        expect(box.y + box.height).toBeLessThan(layout.axisY)
      else
        expect(box.y).toBeGreaterThan(layout.axisY + options.textSize + options.spacing)
      for (const entry of layout.legend)
        expect(box.y + box.height).toBeLessThanOrEqual(entry.y)
    }
    expect(Math.max(...layout.legend.map(e => e.y))).toBeLessThan(layout.height)
  })

  it('leaves no empty band above the highest label', () => {
    expect(Math.min(...layout.items.map(i => i.box.y))).toBe(options.spacing)
  })

  it('staggers the crowded autumn of 2015 on both sides of the axis', () => {
    const sides = new Set(layout.items.filter(i => i.merger.announced.startsWith('2015-10')).map(i => i.side))
    expect(sides).toEqual(new Set(['above', 'below']))
  })

  it('explains every relation the mergers have, once each, in the legend', () => {
    expect(layout.legend.map(e => e.relation)).toEqual(['named', 'probable', 'context'])
    expect(layoutTimeline(mergers.filter(m => m.relation === 'named')).legend.map(e => e.relation)).toEqual(['named'])
  })

  it('keeps a crowded set of same-day mergers apart', () => {
    const crowd = ['a', 'b', 'c', 'd', 'e'].map(id => merger(id, '2015-06-01'))
    const { items } = layoutTimeline(crowd)
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1))
        expect(overlaps(a.box, b.box)).toBe(false)
    }
  })
})

describe('defaultTimelineTitle', () => {
  it('spans the years of the mergers', () => {
    expect(defaultTimelineTitle(mergers)).toBe('Chinese tech mergers, 2012–2016')
    expect(defaultTimelineTitle([merger('a', '2015-01-01')])).toBe('Chinese tech mergers, 2015')
    expect(defaultTimelineTitle([])).toBe('Chinese tech mergers')
  })
})

describe('describeTimeline', () => {
  it('names every merger with its date and its relation to the text', () => {
    const text = describeTimeline(mergers, mergerRelationLabels)
    for (const m of mergers)
      expect(text).toContain(`${m.label}, announced ${m.dateLabel}: ${mergerRelationLabels[m.relation]}.`)
  })
})
