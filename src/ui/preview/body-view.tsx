// A message body as text: JSON pretty-printed (formatting only, the bytes are the trace's), base64 bodies labelled.
// Always rendered as text, never as HTML.
import { ScrollableText } from '../shared/scrollable-text.tsx';

const MAX_SHOWN = 100_000;

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

export function BodyView({ body, isBase64Encoded, label }: { body: string; isBase64Encoded: boolean; label: string }) {
  if (body === '') return <p className="empty">(empty body)</p>;
  const text = isBase64Encoded ? body : prettyBody(body);
  const shown =
    text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}\n… (${text.length - MAX_SHOWN} more characters)` : text;
  return (
    <>
      {isBase64Encoded ? <p className="badge">binary, shown base64-encoded</p> : null}
      <ScrollableText className="body" label={label}>
        {shown}
      </ScrollableText>
    </>
  );
}

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
