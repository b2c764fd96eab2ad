// A large text (a multi-megabyte body), all of it readable without putting it all in the page: the text is cut into
// rows (at its line breaks, and every ROW_CHARS characters of a long line) and only the rows in view are rendered
// (a virtual list), so showing or updating it costs the same for 2 KB or 5 MB. Download saves every character.
// Always text, never HTML.
import { type KeyboardEvent, memo, useMemo, useRef, useState } from 'react';
import { groupDigits } from '../shared/group-digits.ts';

/** Characters per row of a long line (a compact JSON body is one line). */
const ROW_CHARS = 100;
/** Row height in pixels: fixed, so the row at any scroll position is known without measuring. */
const ROW_PX = 18;
const VIEW_ROWS = 24;
const OVERSCAN = 8;

/** Where each row starts in `text` (and, at the end, text.length); line breaks are not part of a row. */
export function rowStarts(text: string): { starts: Int32Array; ends: Int32Array } {
  const known = recentRows.get(text);
  if (known) return known;
  // Typed arrays from the start, grown by doubling: a 5 MB body has about 60,000 rows, and building number[] first
  // and copying them made this most of a paste's main-thread task.
  let starts = new Int32Array(Math.ceil(text.length / ROW_CHARS) + 16);
  let ends = new Int32Array(starts.length);
  let count = 0;
  let at = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    do {
      if (count === starts.length) {
        const grown = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grown(starts);
        ends = grown(ends);
      }
      const end = Math.min(at + ROW_CHARS, lineEnd);
      starts[count] = at;
      ends[count] = end;
      count++;
      at = end;
    } while (at < lineEnd);
    at = lineEnd + 1;
  }
  const rows = { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
  recentRows.set(text, rows);
  if (recentRows.size > RECENT_ROWS) recentRows.delete(recentRows.keys().next().value as string);
  return rows;
}

/**
 * The rows of the last few texts: one body shows in several places (the sample, the method request, the integration
 * request when passed through), and each place would otherwise cut the same megabytes again.
 */
const recentRows = new Map<string, { starts: Int32Array; ends: Int32Array }>();
const RECENT_ROWS = 4;

export const LargeTextView = memo(function LargeTextView({
  text,
  label,
  mediaType = 'text/plain',
}: {
  text: string;
  label: string;
  mediaType?: string;
}) {
  const rows = useMemo(() => rowStarts(text), [text]);
  const [top, setTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const count = rows.starts.length;
  const first = Math.max(0, Math.floor(top / ROW_PX) - OVERSCAN);
  const last = Math.min(count, Math.ceil(top / ROW_PX) + VIEW_ROWS + OVERSCAN);
  const shown: string[] = [];
  for (let i = first; i < last; i++) shown.push(text.slice(rows.starts[i], rows.ends[i]));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = scroller.current;
    if (!el) return;
    if (e.key === 'End' || e.key === 'Home') {
      e.preventDefault();
      el.scrollTop = e.key === 'End' ? el.scrollHeight : 0;
      setTop(el.scrollTop);
    }
  };

  return (
    <div className="large-text">
      <p className="facts">
        {groupDigits(text.length)} characters in {groupDigits(count)} rows, shown as they are (long lines cut every{' '}
        {ROW_CHARS} characters).{' '}
        <button type="button" className="link-button" onClick={() => download(text, label, mediaType)}>
          Download {label.toLowerCase()}
        </button>
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: the scrolling element is the region itself (as ScrollableText) */}
      <div
        ref={scroller}
        className="large-text-scroller"
        role="region"
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to scroll by keyboard
        tabIndex={0}
        style={{ height: VIEW_ROWS * ROW_PX }}
        onScroll={(e) => setTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: count * ROW_PX, position: 'relative' }}>
          <pre className="body large-text-rows" style={{ top: first * ROW_PX, lineHeight: `${ROW_PX}px` }}>
            {shown.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is its index in the text
              <div key={first + i}>{row === '' ? '\u00a0' : row}</div>
            ))}
          </pre>
        </div>
      </div>
    </div>
  );
});

function download(text: string, label: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}${/json/.test(mediaType) ? '.json' : '.txt'}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
