// An ordered, case-insensitive list of HTTP headers with several values each: how the integration request's headers
// are assembled before they become TraceHttpMessage.headers (comma-joined) and multiValueHeaders.

export class HeaderList {
  private readonly entries: Array<[string, string[]]> = [];

  private indexOf(name: string): number {
    const lower = name.toLowerCase();
    return this.entries.findIndex(([n]) => n.toLowerCase() === lower);
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  /** Sets a header, replacing any of the same name (whatever its case) in place. */
  set(name: string, values: string | readonly string[]): void {
    const list = typeof values === 'string' ? [values] : [...values];
    const i = this.indexOf(name);
    if (i >= 0) this.entries[i] = [name, list];
    else this.entries.push([name, list]);
  }

  /** Sets a header only when it is absent. */
  setDefault(name: string, value: string): void {
    if (!this.has(name)) this.set(name, value);
  }

  delete(name: string): void {
    const i = this.indexOf(name);
    if (i >= 0) this.entries.splice(i, 1);
  }

  /**
   * Headers with values comma-joined, and multiValueHeaders for the headers that have several values (or undefined).
   */
  toMessageHeaders(): { headers: Record<string, string>; multiValueHeaders?: Record<string, string[]> } {
    const headers: Record<string, string> = {};
    const multi: Record<string, string[]> = {};
    for (const [name, values] of this.entries) {
      headers[name] = values.join(',');
      if (values.length > 1) multi[name] = values;
    }
    return Object.keys(multi).length > 0 ? { headers, multiValueHeaders: multi } : { headers };
  }
}
