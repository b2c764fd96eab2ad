// A reader for the HCL subset the Terraform export writes, following the HCL native syntax spec
// (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): blocks with labels, attributes, quoted strings with
// \n \r \t \" \\ \uNNNN escapes and $${ / %%{, heredocs (<<EOT, literal backslashes), trimsuffix(x, "\n"),
// maps, lists, numbers, booleans, references, # comments. Used to read the export back in tests.

type Value = string | number | boolean | { ref: string } | Value[] | { [k: string]: Value };
export interface Block {
  type: string;
  labels: string[];
  body: Record<string, Value>;
  blocks: Block[];
}

export function readHcl(text: string): Block[] {
  const reader = new Reader(text);
  const blocks: Block[] = [];
  for (reader.skip(true); !reader.done(); reader.skip(true)) blocks.push(reader.block());
  return blocks;
}

function unescapeTemplate(text: string): string {
  if (/(^|[^$])\$\{|(^|[^%])%\{/.test(text.replace(/\$\$\{|%%\{/g, '')))
    throw new Error(`unescaped interpolation in ${JSON.stringify(text)}`);
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}
  done() {
    return this.i >= this.s.length;
  }
  skip(newlines: boolean) {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t' || (newlines && c === '\n')) this.i++;
      else if (c === '#') while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
      else return;
    }
  }
  expect(token: string) {
    this.skip(true);
    if (!this.s.startsWith(token, this.i))
      throw new Error(`expected ${token} at ${this.i}: ${this.s.slice(this.i, this.i + 30)}`);
    this.i += token.length;
  }
  identifier(): string {
    const m = /^[A-Za-z_][\w.-]*/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`expected a name at ${this.i}: ${this.s.slice(this.i, this.i + 30)}`);
    this.i += m[0].length;
    return m[0];
  }
  block(): Block {
    const type = this.identifier();
    const labels: string[] = [];
    for (this.skip(false); this.s[this.i] === '"'; this.skip(false)) labels.push(this.quoted());
    this.expect('{');
    const body: Record<string, Value> = {};
    const blocks: Block[] = [];
    for (this.skip(true); this.s[this.i] !== '}'; this.skip(true)) {
      const name = this.identifier();
      this.skip(false);
      if (this.s[this.i] === '=') {
        this.i++;
        body[name] = this.value();
      } else {
        this.i -= name.length;
        blocks.push(this.block());
      }
    }
    this.i++;
    return { type, labels, body, blocks };
  }
  value(): Value {
    this.skip(false);
    const rest = this.s.slice(this.i);
    if (rest.startsWith('"')) return this.quoted();
    if (rest.startsWith('<<')) return this.heredoc();
    if (rest.startsWith('trimsuffix(')) {
      this.i += 'trimsuffix('.length;
      const text = this.value() as string;
      this.expect(',');
      this.skip(true);
      const suffix = this.quoted();
      this.expect(')');
      return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
    }
    if (rest.startsWith('{')) {
      this.i++;
      const map: Record<string, Value> = {};
      for (this.skip(true); this.s[this.i] !== '}'; this.skip(true)) {
        const key = this.s[this.i] === '"' ? this.quoted() : this.identifier();
        this.expect('=');
        map[key] = this.value();
        this.skip(false);
        if (this.s[this.i] === ',') this.i++;
      }
      this.i++;
      return map;
    }
    if (rest.startsWith('[')) {
      this.i++;
      const list: Value[] = [];
      for (this.skip(true); this.s[this.i] !== ']'; this.skip(true)) {
        list.push(this.value());
        this.skip(true);
        if (this.s[this.i] === ',') this.i++;
      }
      this.i++;
      return list;
    }
    const m = /^(-?\d+(\.\d+)?|true|false|[A-Za-z_][\w.-]*)/.exec(rest);
    if (!m) throw new Error(`expected a value at ${this.i}: ${rest.slice(0, 30)}`);
    this.i += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return m[0] === 'true';
    return /^-?\d/.test(m[0]) ? Number(m[0]) : { ref: m[0] };
  }
  quoted(): string {
    this.expect('"');
    let raw = '';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined || c === '\n') throw new Error('unterminated string');
      if (c === '"') break;
      if (c !== '\\') {
        raw += c;
        continue;
      }
      const e = this.s[this.i++];
      if (e === 'n') raw += '\n';
      else if (e === 'r') raw += '\r';
      else if (e === 't') raw += '\t';
      else if (e === '"' || e === '\\') raw += e;
      else if (e === 'u') {
        raw += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
        this.i += 4;
      } else throw new Error(`bad escape \\${e}`);
    }
    return unescapeTemplate(raw);
  }
  heredoc(): string {
    const m = /^<<(-?)([A-Za-z_]\w*)\n/.exec(this.s.slice(this.i));
    if (!m || m[1]) throw new Error('expected <<MARKER');
    this.i += m[0].length;
    const lines: string[] = [];
    for (;;) {
      const end = this.s.indexOf('\n', this.i);
      const line = this.s.slice(this.i, end === -1 ? undefined : end);
      this.i = end === -1 ? this.s.length : end + 1;
      if (line.trim() === m[2]) break;
      if (end === -1) throw new Error('unterminated heredoc');
      lines.push(line);
    }
    this.i--; // leave the newline after the marker for the caller
    return unescapeTemplate(lines.map((l) => `${l}\n`).join(''));
  }
}
