// Large texts (sample bodies) cross from the page to the engine worker once: the page remembers the recent large texts
// it sent, by id, the worker those it received, and a message carries only the texts the worker does not have yet,
// plus references. A 5 MB sample body is then not structured-cloned at every keystroke. Both sides touch an entry on
// every use in the same order, so their memories stay alike; a reference the worker cannot resolve makes it ask for
// the run again, in full (the client then resets), and a replaced worker starts afresh (the client resets too).

/** Texts at least this long (characters) travel by reference. */
export const LARGE_TEXT_CHARS = 32 * 1024;
/** How many large texts each side remembers (a sample body, and the trace bodies of the last runs). */
const REMEMBERED = 12;

/** The large texts a message introduces, by id. */
export type NewTexts = Record<string, string>;

export class TextChannel {
  /** text -> id. A Map hashes a long string by its length, and compares equal lengths by content (or identity). */
  private readonly ids = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private counter = 0;

  constructor(private readonly prefix: string) {}

  /**
   * `text` as it travels: itself when short; else `{ ref }`, with the text added to `out` when the other side has not
   * seen it (by this channel: sent, or received from it).
   */
  send(text: string, out: NewTexts): string | { ref: string } {
    if (text.length < LARGE_TEXT_CHARS) return text;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = `${this.prefix}${++this.counter}`;
      this.remember(id, text);
      out[id] = text;
    } else {
      this.touch(id, text);
    }
    return { ref: id };
  }

  /** Takes in a message's new texts (call before `receive`). */
  accept(incoming: NewTexts | undefined): void {
    for (const [id, text] of Object.entries(incoming ?? {})) this.remember(id, text);
  }

  /** The text a reference stands for (undefined: unknown, e.g. forgotten; the sender must then send it again). */
  receive(value: string | { ref: string }): string | undefined {
    if (typeof value === 'string') return value;
    const text = this.texts.get(value.ref);
    if (text !== undefined) this.touch(value.ref, text);
    return text;
  }

  reset(): void {
    this.ids.clear();
    this.texts.clear();
  }

  private remember(id: string, text: string): void {
    const previous = this.ids.get(text);
    if (previous !== undefined) this.texts.delete(previous);
    this.ids.set(text, id);
    this.texts.set(id, text);
    while (this.texts.size > REMEMBERED) {
      const [oldId, oldText] = this.texts.entries().next().value as [string, string];
      this.texts.delete(oldId);
      if (this.ids.get(oldText) === oldId) this.ids.delete(oldText);
    }
  }

  private touch(id: string, text: string): void {
    this.texts.delete(id);
    this.texts.set(id, text);
  }
}
