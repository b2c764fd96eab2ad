// Whether a rendered body is what its content type promises: JSON that parses, well-formed XML, and
// application/x-www-form-urlencoded text whose reserved characters are percent-encoded. Each failure has its offset
// in the body, so the caller can name the template line that wrote it.
import { parseJson } from '../../../model/json-syntax.ts';
import { mimeTypeOf } from '../../request/media-type.ts';
import { SourceText } from '../source-text.ts';

export type OutputFormat = 'json' | 'xml' | 'form';

export interface FormatProblem {
  format: OutputFormat;
  message: string;
  offset: number;
}

/** The format a content type promises, or null (text/plain, binary types: nothing to check). */
export function formatOf(contentType: string | null | undefined): OutputFormat | null {
  const mime = mimeTypeOf(contentType ?? null)?.toLowerCase();
  if (!mime) return null;
  if (mime === 'application/json' || mime.endsWith('+json')) return 'json';
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'xml';
  if (mime === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

/** fast-xml-parser, loaded the first time an XML body is checked. */
let xmlValidator: Promise<typeof import('fast-xml-parser').XMLValidator> | null = null;

export async function checkFormat(format: OutputFormat, text: string): Promise<FormatProblem | null> {
  if (format === 'json') {
    // An empty body is not JSON, but API Gateway sends it as is and many backends accept it: not reported.
    if (text.trim() === '') return null;
    const parsed = parseJson(text);
    return parsed.ok ? null : { format, message: parsed.error.message, offset: parsed.error.offset };
  }
  if (format === 'xml') {
    if (text.trim() === '') return null;
    xmlValidator ??= import('fast-xml-parser').then((m) => m.XMLValidator);
    const result = (await xmlValidator).validate(text);
    if (result === true) return null;
    const source = new SourceText(text);
    return { format, message: result.err.msg, offset: source.offsetOf(result.err.line, result.err.col) };
  }
  return checkForm(text);
}

/**
 * URL-encoded form text: `name=value` pairs joined by `&`, every other reserved character percent-encoded
 * (https://url.spec.whatwg.org/#application/x-www-form-urlencoded). A raw space, quote or `%` that starts no
 * escape is what a template writes when it forgets $util.urlEncode.
 */
function checkForm(text: string): FormatProblem | null {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '%') {
      if (!/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3)))
        return { format: 'form', message: '"%" does not start a percent-escape (%XX)', offset: i };
      i += 2;
    } else if (!/[A-Za-z0-9*\-._~&=+!$'(),;:@/?]/.test(c)) {
      const shown = c === ' ' ? 'a space' : c === '\n' ? 'a line break' : JSON.stringify(c);
      return {
        format: 'form',
        message: `${shown} must be percent-encoded in a form body (use $util.urlEncode)`,
        offset: i,
      };
    }
  }
  return null;
}
