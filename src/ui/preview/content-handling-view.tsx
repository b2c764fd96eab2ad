// The content handling conversion of the request body: the setting, what the engine did and why, and the body before
// (method request) and after (integration request).
import type { Trace } from '../../engine/index.ts';
import { BodyView } from './body-view.tsx';

const CONVERSION_WORDS = {
  NONE: 'No conversion',
  TO_BINARY: 'Converted to binary (base64-decoded)',
  TO_TEXT: 'Converted to text (base64-encoded)',
} as const;

export function ContentHandlingView({ trace }: { trace: Trace }) {
  const c = trace.contentHandling;
  if (!c) return null;
  const before = trace.methodRequest;
  const after = trace.integrationRequest;
  return (
    <section className="content-handling" aria-label="Content handling">
      <h3>{CONVERSION_WORDS[c.conversion]}</h3>
      <p className="facts">
        contentHandling <code>{c.setting ?? 'not set (passthrough)'}</code>
      </p>
      {c.reason ? <p className="reason">{c.reason}</p> : null}
      {c.conversion !== 'NONE' && before && after ? (
        <div className="before-after">
          <div>
            <h4>Before</h4>
            <BodyView body={before.body} isBase64Encoded={before.isBase64Encoded} label="Body before conversion" />
          </div>
          <div>
            <h4>After</h4>
            <BodyView body={after.body} isBase64Encoded={after.isBase64Encoded} label="Body after conversion" />
          </div>
        </div>
      ) : null}
    </section>
  );
}
