// A map whose every version stays readable, for the class's indexes that grow with it (students,
// tokens, nicknames). Immutable.js maps are trees: a change copies a path of nodes, and the path
// grows with the map (two levels at 100 entries, three at 10,000), so a join cost twice as much
// in a big class. Here the versions of one map share a single hash table (a lineage) that records
// each key's changes with the version that made them, newest first:
//
// - changing the newest version of a map appends one change: O(1), whatever the map's size;
// - reading any version looks up the key and walks back to the change that version can see (a key
//   changes once or twice in a class: a join, perhaps a removal);
// - changing an older version (a branch: a journal flush failed and the class went back to its
//   saved state, or a test that applies two events to one state) first copies what that version
//   holds into a new lineage, O(n) once, and leaves every other version as it was.
//
// This is the "fat node" method of Driscoll, Sarnak, Sleator and Tarjan, "Making data structures
// persistent" (1989). The rest of the class's state keeps Immutable.js.

const GONE: unique symbol = Symbol('gone')

interface Change<V> {
  readonly version: number
  readonly value: V | typeof GONE
  /** The key's change before this one, if any. */
  readonly before: Change<V> | undefined
}

/** The shared history of a map's versions. Only ever appended to, by the newest version. */
class Lineage<K, V> {
  /** The newest version: only a map of this version may append. */
  head = 0
  /** Each key's newest change; the order is the order keys were first set. */
  readonly changes = new Map<K, Change<V>>()
}

/** A persistent map: `set` and `delete` return a new map and leave this one as it was. */
export class VersionedMap<K, V> implements Iterable<[K, V]> {
  private constructor(
    private readonly lineage: Lineage<K, V>,
    private readonly version: number,
    /** How many keys this version holds. */
    readonly size: number,
  ) {}

  /** An empty map, or one holding `entries` in order (a later entry for a key replaces an earlier). */
  static of<K, V>(entries: Iterable<readonly [K, V]> = []): VersionedMap<K, V> {
    let map = new VersionedMap<K, V>(new Lineage(), 0, 0)
    for (const [key, value] of entries)
      map = map.set(key, value)
    return map
  }

  /** The change to `key` that this version sees, if any. */
  private changeOf(key: K): Change<V> | undefined {
    let change = this.lineage.changes.get(key)
    while (change !== undefined && change.version > this.version)
      change = change.before
    return change
  }

  get(key: K): V | undefined {
    const change = this.changeOf(key)
    return change === undefined || change.value === GONE ? undefined : change.value
  }

  has(key: K): boolean {
    const change = this.changeOf(key)
    return change !== undefined && change.value !== GONE
  }

  /** The map with `key` set to `value`. */
  set(key: K, value: V): VersionedMap<K, V> {
    const size = this.has(key) ? this.size : this.size + 1
    return this.append(key, value, size)
  }

  /** The map without `key` (this map itself if it has no such key). */
  delete(key: K): VersionedMap<K, V> {
    return this.has(key) ? this.append(key, GONE, this.size - 1) : this
  }

  private append(key: K, value: V | typeof GONE, size: number): VersionedMap<K, V> {
    const lineage = this.version === this.lineage.head ? this.lineage : this.branch()
    lineage.head += 1
    lineage.changes.set(key, { version: lineage.head, value, before: lineage.changes.get(key) })
    return new VersionedMap(lineage, lineage.head, size)
  }

  /** A new lineage holding what this version holds, at its version 0. */
  private branch(): Lineage<K, V> {
    const lineage = new Lineage<K, V>()
    for (const [key, value] of this)
      lineage.changes.set(key, { version: 0, value, before: undefined })
    return lineage
  }

  /** The entries this version holds, in the order their keys were first set. */
  * entries(): IterableIterator<[K, V]> {
    for (const [key] of this.lineage.changes) {
      const change = this.changeOf(key)
      if (change !== undefined && change.value !== GONE)
        yield [key, change.value]
    }
  }

  * keys(): IterableIterator<K> {
    for (const [key] of this.entries())
      yield key
  }

  * values(): IterableIterator<V> {
    for (const [, value] of this.entries())
      yield value
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries()
  }
}
