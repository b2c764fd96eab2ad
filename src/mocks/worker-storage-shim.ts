// MSW's cookie store (msw/lib/core/utils/cookieStore) asserts, when the module loads outside Node, that
// `localStorage` exists — and dedicated Web Workers (where the engine runs) have none, so importing 'msw' there would
// throw. This module, imported before anything that imports msw, gives such environments an in-memory stand-in.
// It changes nothing in Node or on a page that has real localStorage.

class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

export function installMemoryStorage(target: Record<string, unknown>): boolean {
  const isNode = typeof (target.process as { versions?: { node?: string } } | undefined)?.versions?.node === 'string';
  if (isNode || typeof target.localStorage !== 'undefined') return false;
  Object.defineProperty(target, 'localStorage', { value: new MemoryStorage(), configurable: true });
  return true;
}

installMemoryStorage(globalThis as unknown as Record<string, unknown>);
