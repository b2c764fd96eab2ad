// A message body as text: JSON pretty-printed (formatting only, the bytes are the trace's), base64 bodies labelled.
// A large body goes to a virtual list with a download (large-text-view.tsx): all of it is viewable, none of it is
// reformatted (pretty-printing megabytes would hold up the page at every keystroke). Always text, never HTML.
import { memo } from 'react';
import { ScrollableText } from '../shared/scrollable-text.tsx';
import { LargeTextView } from './large-text-view.tsx';

/** Bodies longer than this (characters) are shown in the virtual list, as they are. */
export const LARGE_BODY_CHARS = 100_000;

export function prettyBody(body: string): string {
  const t = body.trimStart();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      // Not JSON after all: show it as it is.
    }
  }
  return body;
}

// Memoised: a trace that comes back with the same body (the same string) does not format or render it again.
export const BodyView = memo(function BodyView({
  body,
  isBase64Encoded,
  label,
}: {
  body: string;
  isBase64Encoded: boolean;
  label: string;
}) {
  if (body === '') return <p className="empty">(empty body)</p>;
  const badge = isBase64Encoded ? <p className="badge">binary, shown base64-encoded</p> : null;
  if (body.length > LARGE_BODY_CHARS) {
    const t = body.trimStart();
    const json = !isBase64Encoded && (t.startsWith('{') || t.startsWith('['));
    return (
      <>
        {badge}
        <LargeTextView text={body} label={label} mediaType={json ? 'application/json' : 'text/plain'} />
      </>
    );
  }
  return (
    <>
      {badge}
      <ScrollableText className="body" label={label}>
        {isBase64Encoded ? body : prettyBody(body)}
      </ScrollableText>
    </>
  );
});

export function HeadersView({
  headers,
  multiValueHeaders,
  label,
}: {
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  label: string;
}) {
  const names = Object.keys({ ...headers, ...multiValueHeaders });
  if (names.length === 0) return <p className="empty">(no headers)</p>;
  return (
    <table className="headers" aria-label={label}>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{multiValueHeaders?.[name] ? multiValueHeaders[name]!.join(', ') : headers[name]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
