// @vitest-environment happy-dom
import type { DOMWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { mergerRelationLabels, mergerRelationTags, mergers } from '../content/mergers'
import MergerTimeline from './MergerTimeline.vue'

function labelOf(wrapper: ReturnType<typeof mount>, id: string): DOMWrapper<Element> {
  const group = wrapper.findAll('g.merger').find(g => g.findAll('text')[0]?.text() === mergers.find(m => m.id === id)!.label)
  if (!group)
    throw new Error(`no label for ${id}`)
  return group
}

describe('mergerTimeline', () => {
  const wrapper = mount(MergerTimeline)
  const texts = wrapper.findAll('text').map(t => t.text())

  it('is one image to assistive technology, named by its title and described by its desc', () => {
    const svg = wrapper.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.get(`#${svg.attributes('aria-labelledby')}`).text()).toBe('Chinese tech mergers, 2012–2016')
    const desc = svg.get(`#${svg.attributes('aria-describedby')}`)
    expect(desc.element.tagName.toLowerCase()).toBe('desc')
    for (const m of mergers)
      expect(desc.text()).toContain(`${m.label}, announced ${m.dateLabel}: ${mergerRelationLabels[m.relation]}.`)
  })

  it('writes every merger\'s pair and date as SVG text', () => {
    for (const m of mergers) {
      const lines = labelOf(wrapper, m.id).findAll('text').map(t => t.text())
      expect(lines.slice(0, 2)).toEqual([m.label, m.dateLabel])
    }
  })

  it('says "probably" on each probable pair, and draws its outline dashed', () => {
    const probable = mergers.filter(m => m.relation === 'probable')
    expect(probable.length).toBeGreaterThan(0)
    for (const m of probable) {
      const label = labelOf(wrapper, m.id)
      expect(label.findAll('text').map(t => t.text())).toContain(mergerRelationTags.probable)
      expect(label.get('rect').attributes('stroke-dasharray')).toBeTruthy()
    }
  })

  it('says "may be lost too" on the pair of the same wave the text does not name, and nothing extra on named pairs', () => {
    for (const m of mergers) {
      const lines = labelOf(wrapper, m.id).findAll('text').map(t => t.text())
      const word = mergerRelationTags[m.relation]
      expect(lines[2]).toBe(word)
      if (m.relation === 'named')
        expect(labelOf(wrapper, m.id).get('rect').attributes('stroke-dasharray')).toBeUndefined()
    }
  })

  it('labels the years under the axis, squeezing 2013–14', () => {
    for (const year of ['2012', '2013–14', '2015', '2016'])
      expect(texts).toContain(year)
  })

  it('explains the outlines in a legend', () => {
    const legend = wrapper.findAll('.timeline-legend').map(g => g.text())
    expect(legend).toEqual(Object.values(mergerRelationLabels))
  })

  it('shows only the mergers it is given, under the title it is given', () => {
    const wave = mergers.filter(m => m.announced.startsWith('2015'))
    const some = mount(MergerTimeline, { props: { mergers: wave, title: 'The 2015 wave' } })
    expect(some.findAll('g.merger')).toHaveLength(wave.length)
    expect(some.get('title').text()).toBe('The 2015 wave')
    expect(some.findAll('text').map(t => t.text())).not.toContain('Youku – Tudou')
  })
})
