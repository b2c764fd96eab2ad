// A small bounded LRU map (Map keeps insertion order: a hit is re-inserted at the end, the oldest entry is evicted).
// Used for compiled templates, JSONPath expressions, regular expressions and parsed payloads.
// Optionally also bounded by weight (e.g. the characters of cached payloads, whose parsed trees take many times their
// size in memory): the oldest entries go until the total fits, but the newest entry always stays.
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  private readonly weights = new Map<K, number>();
  private totalWeight = 0;

  constructor(
    readonly capacity: number,
    readonly maxWeight = Infinity,
    private readonly weigh?: (key: K, value: V) => number,
  ) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    if (this.weigh) {
      const w = this.weigh(key, value);
      this.weights.set(key, w);
      this.totalWeight += w;
    }
    while (this.map.size > this.capacity || (this.totalWeight > this.maxWeight && this.map.size > 1)) {
      this.delete(this.map.keys().next().value as K);
    }
  }

  delete(key: K): void {
    this.map.delete(key);
    const w = this.weights.get(key);
    if (w !== undefined) {
      this.totalWeight -= w;
      this.weights.delete(key);
    }
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.weights.clear();
    this.totalWeight = 0;
  }
}
