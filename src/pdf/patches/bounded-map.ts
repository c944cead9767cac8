/**
 * A Map that empties itself when it would grow past `limit` entries. The patches' caches live for the
 * whole process (a batch of a thousand reports, a long-running room): emptying now and then costs a
 * few re-measured words, where an unbounded cache would hold every company's text for ever.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  /** How many times the map was emptied for being full (for tests and the benchmark). */
  clears = 0;

  constructor(readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) {
      this.clear();
      this.clears++;
    }
    return super.set(key, value);
  }
}
