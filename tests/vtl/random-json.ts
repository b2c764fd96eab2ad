// Random JSON texts from a fixed seed for the property tests of the JSON writer's two fast paths
// (json-canonical.test.ts, json-canonical-check.test.ts): numbers, escapes, whitespace, duplicated names and broken
// documents in the proportions that exercise their edges; a failure is reproducible from its seed.

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  /** How often an object repeats a property name (the stream path then declines). */
  duplicates = 0.01;
  constructor(readonly r: () => number) {}
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  digits(n: number, first = '123456789'): string {
    let s = this.pick([...first]);
    for (let i = 1; i < n; i++) s += String(this.int(10));
    return s;
  }
  ws(): string {
    return this.r() < 0.7 ? '' : this.pick([' ', '\n', '\t', '\r\n', '  ', ' \n  ']);
  }

  number(): string {
    const sign = this.r() < 0.3 ? '-' : '';
    const int = () => (this.r() < 0.2 ? '0' : this.digits(1 + this.int(this.r() < 0.2 ? 22 : 9)));
    const frac = () =>
      '.' +
      (this.r() < 0.3 ? '0'.repeat(this.int(5)) : '') +
      this.digits(1 + this.int(this.r() < 0.3 ? 19 : 8), '0123456789');
    const exp = () => this.pick(['e', 'E']) + this.pick(['', '+', '-']) + this.digits(1 + this.int(3), '0123456789');
    switch (this.int(8)) {
      case 0:
        return sign + int();
      case 1:
        return sign + int() + frac();
      case 2:
        return sign + int() + exp();
      case 3:
        return sign + int() + frac() + exp();
      case 4:
        return this.pick([
          '0',
          '-0',
          '0.0',
          '-0.0',
          '1.0',
          '1.50',
          '0.001',
          '0.0001',
          '0.00099',
          '9999999.0',
          '1e7',
          '10000000.0',
          '1e999',
          '-1e999',
          '1e-400',
          '9007199254740991',
          '9007199254740993',
          '-9007199254740993',
          '123456789012345678901234567890',
          '0.1',
          '100',
          '1E2',
          '2.5E-4',
          '12345678.9',
          '1234567.12345678',
          '1234567.123456789',
          '0.30000000000000004',
          '5e-324',
        ]);
      case 5:
        return sign + String(this.r() * 10 ** (this.int(24) - 12));
      case 6:
        return sign + String(this.int(1e6) / this.pick([3, 7, 10, 100, 1000]));
      default:
        return (
          sign +
          this.digits(1 + this.int(8)) +
          '.' +
          this.digits(1 + this.int(8), '0123456789') +
          this.pick(['', '0', '00'])
        );
    }
  }

  stringBody(): string {
    let s = '';
    const n = this.int(this.r() < 0.1 ? 40 : 8);
    for (let i = 0; i < n; i++) {
      switch (this.int(this.r() < 0.7 ? 1 : 6)) {
        case 0:
          s += this.pick([...'abcxyz019 -_.:,{}[]']);
          break;
        case 1:
          s += this.pick(['\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t']);
          break;
        case 2:
          s +=
            '\\u' +
            this.pick([
              '0000',
              '001f',
              '0041',
              '007F',
              '0080',
              '009f',
              '00e9',
              '2028',
              '20ac',
              '20FF',
              '2100',
              'd83d',
              'DE00',
              'FFFF',
            ]);
          break;
        case 3:
          s += this.pick(['/', 'é', '\u007f', '\u0085', '\u2028', '\u20ac', '\u2100', '😀', '\ud83d', 'ß']);
          break;
        case 4:
          s += this.pick(['a/b', 'http://x/y', '</script>']);
          break;
        default:
          s += String.fromCharCode(0x20 + this.int(0x3000));
      }
    }
    return s;
  }
  string(): string {
    return `"${this.stringBody()}"`;
  }
  key(used: string[]): string {
    if (used.length && this.r() < this.duplicates) return this.pick(used); // a duplicated name
    for (;;) {
      const k =
        this.r() < 0.05
          ? this.string()
          : `"${this.pick(['a', 'b', 'id', 'name', 'x/y', '1', '0', 'é', 'caf\\u00e9', `k${this.int(400)}`])}"`;
      if (!used.includes(k)) return k;
    }
  }
  value(depth: number): string {
    const roll = this.r();
    if (depth < 6 && roll < 0.25) return this.object(depth + 1);
    if (depth < 6 && roll < 0.45) return this.array(depth + 1);
    if (roll < 0.65) return this.number();
    if (roll < 0.85) return this.string();
    return this.pick(['true', 'false', 'null']);
  }
  object(depth: number): string {
    const n = this.int(this.r() < 0.1 ? 30 : 5);
    const used: string[] = [];
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = this.key(used);
      used.push(k);
      parts.push(`${this.ws() + k + this.ws()}:${this.ws()}${this.value(depth)}${this.ws()}`);
    }
    return `{${this.ws()}${parts.join(',')}}`;
  }
  array(depth: number): string {
    const n = this.int(6);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.ws() + this.value(depth) + this.ws());
    return `[${this.ws()}${parts.join(',')}]`;
  }
  /** Mostly valid documents; some broken or not JSON at all (the stream path must then decline). */
  document(): string {
    const doc = this.ws() + (this.r() < 0.8 ? this.object(0) : this.value(0)) + this.ws();
    if (this.r() < 0.05) {
      const at = this.int(doc.length);
      return doc.slice(0, at) + this.pick(['', ',', '}', '"', 'x', '\u0001']) + doc.slice(at + 1);
    }
    return doc;
  }
}
