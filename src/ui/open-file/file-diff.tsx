// The change "Save to file" is about to make, as a unified text diff (beside Monaco's side-by-side view, for screen
// readers and to copy): each changed run with three lines around it, old and new line numbers, and the lines marked
// removed / added in words too (not by colour alone). The gutter (line numbers, + and -) is drawn by CSS from
// data-gutter, so the line's text is what is read and copied.
import type { DiffHunk, DiffLine } from './line-diff.ts';

const SAID: Record<DiffLine['kind'], string> = { same: '', removed: 'removed: ', added: 'added: ' };
const MARK: Record<DiffLine['kind'], string> = { same: ' ', removed: '-', added: '+' };

function gutter(line: DiffLine): string {
  return `${String(line.oldLine ?? '').padStart(5)} ${String(line.newLine ?? '').padStart(5)} ${MARK[line.kind]} `;
}

/** The hunks of a change (at least one: the caller says when there is none). */
export function FileDiff({ label, hunks }: { label: string; hunks: DiffHunk[] }) {
  return (
    <section className="file-diff" aria-label={label}>
      {hunks.map((hunk) => (
        <pre key={`${hunk[0]!.oldLine ?? 0}-${hunk[0]!.newLine ?? 0}`} className="file-diff-hunk">
          {hunk.map((line) => (
            <span
              key={`${line.kind}-${line.oldLine ?? ''}-${line.newLine ?? ''}`}
              className={`file-diff-line file-diff-${line.kind}`}
              data-gutter={gutter(line)}
            >
              <span className="visually-hidden">{SAID[line.kind]}</span>
              {line.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ))}
    </section>
  );
}
