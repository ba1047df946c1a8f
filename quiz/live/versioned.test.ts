import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VersionedMap } from './versioned'

/** What a version holds, as a plain array of entries in order. */
const contents = <K, V>(map: VersionedMap<K, V>) => [...map]

describe('versionedMap', () => {
  it('sets, replaces and deletes keys, keeping the order keys were first set', () => {
    const map = VersionedMap.of<string, number>().set('a', 1).set('b', 2).set('a', 3).delete('b').set('c', 4)
    expect(contents(map)).toEqual([['a', 3], ['c', 4]])
    expect(map.size).toBe(2)
    expect(map.get('b')).toBeUndefined()
    expect(map.has('b')).toBe(false)
    expect([...map.keys()]).toEqual(['a', 'c'])
    expect([...map.values()]).toEqual([3, 4])
  })

  it('leaves every earlier version as it was, and reads each as it was', () => {
    const v0 = VersionedMap.of([['a', 1]])
    const v1 = v0.set('b', 2)
    const v2 = v1.delete('a')
    expect(contents(v0)).toEqual([['a', 1]])
    expect(contents(v1)).toEqual([['a', 1], ['b', 2]])
    expect(contents(v2)).toEqual([['b', 2]])
    expect(v0.get('b')).toBeUndefined()
    expect(v1.get('a')).toBe(1)
    expect([v0.size, v1.size, v2.size]).toEqual([1, 2, 1])
  })

  it('branches from an earlier version without changing the versions after it', () => {
    const base = VersionedMap.of([['a', 1]])
    const left = base.set('b', 2)
    const right = base.set('c', 3).set('a', 9)
    const leftMore = left.set('d', 4)
    expect(contents(left)).toEqual([['a', 1], ['b', 2]])
    expect(contents(right)).toEqual([['a', 9], ['c', 3]])
    expect(contents(leftMore)).toEqual([['a', 1], ['b', 2], ['d', 4]])
    expect(contents(base)).toEqual([['a', 1]])
  })

  it('deleting a key it does not hold returns the same map', () => {
    const map = VersionedMap.of([['a', 1]])
    expect(map.delete('z')).toBe(map)
  })

  it('behaves as a map copied at every step, over any sequence of changes from any earlier version', () => {
    const step = fc.record({
      from: fc.nat(),
      op: fc.constantFrom('set', 'delete'),
      key: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      value: fc.integer(),
    })
    fc.assert(fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      const versions = [VersionedMap.of<string, number>()]
      const models = [new Map<string, number>()]
      for (const { from, op, key, value } of steps) {
        const at = from % versions.length
        const model = new Map(models[at])
        if (op === 'set')
          model.set(key, value)
        else
          model.delete(key)
        versions.push(op === 'set' ? versions[at]!.set(key, value) : versions[at]!.delete(key))
        models.push(model)
      }
      versions.forEach((version, i) => {
        const model = models[i]!
        expect(version.size).toBe(model.size)
        expect(new Map(version)).toEqual(model)
        for (const key of ['a', 'b', 'c', 'd', 'e'])
          expect(version.get(key)).toBe(model.get(key))
      })
    }))
  })
})
