// JSON parsing that reports where a syntax error is. V8's JSON.parse messages give a position only for some errors
// (Node 20: "Unexpected token '}', ..." has none), so on failure a small scanner walks the text to find the offset of
// the first error, and that offset becomes a line and column. Pure: runs in the browser, the worker and Node.

/** How deep the syntax-error scanner follows nesting (JSON.parse itself has no limit). */
const MAX_SCAN_DEPTH = 1000;

export interface JsonSyntaxProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

/** Parses JSON; on a syntax error returns where it is and what was expected. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const found = locateJsonSyntaxError(text) ?? { offset: text.length, message: (e as Error).message };
    return { ok: false, error: { ...found, ...lineAndColumn(text, found.offset) } };
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first syntax error of a JSON text, or null when the text is valid JSON. */
export function locateJsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  // The scanner recurses per level: deeper text is reported instead of overflowing the stack.
  let depth = 0;
  const enter = () => {
    if (++depth > MAX_SCAN_DEPTH) fail(`nested more than ${MAX_SCAN_DEPTH} levels deep`);
  };
  /** Steps past the closing bracket of the current level. */
  const leave = (): undefined => {
    i++;
    depth--;
    return undefined;
  };
  const fail = (message: string): never => {
    throw new ScanError(i, message);
  };
  const describe = () => (i >= text.length ? 'end of input' : JSON.stringify(text[i]));
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else literal();
  };
  const literal = (): void => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(`unexpected ${describe()}, expected a value`);
  };
  const object = () => {
    enter();
    i++;
    skipSpace();
    if (text[i] === '}') return leave();
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`unexpected ${describe()}, expected a property name in double quotes`);
      string();
      skipSpace();
      if (text[i] !== ':') fail(`unexpected ${describe()}, expected ":"`);
      i++;
      value();
      skipSpace();
      if (text[i] === '}') return leave();
      if (text[i] !== ',') fail(`unexpected ${describe()}, expected "," or "}"`);
      i++;
    }
  };
  const array = () => {
    enter();
    i++;
    skipSpace();
    if (text[i] === ']') return leave();
    for (;;) {
      value();
      skipSpace();
      if (text[i] === ']') return leave();
      if (text[i] !== ',') fail(`unexpected ${describe()}, expected "," or "]"`);
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape in string');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail(`bad escape ${describe()} in string`);
      } else if (text.charCodeAt(i) < 0x20) fail('control character in string (write \\n, \\t, ...)');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`bad number`);
    i += m![0].length;
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe()} after the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof ScanError) return { offset: e.offset, message: e.message };
    throw e;
  }
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
