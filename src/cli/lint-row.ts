// A `lint` finding as the command prints it (docs/design-contracts.md#command-line). `--format json` prints the rows
// as they are; the human format is one line per row and a summary. Where line and column are depends on the file:
// inside the template that `location` names for a design document (whose templates are JSON strings), in the file
// itself for an API definition or a tests file (`file:line:column:`, as compilers print it, so editors can jump there).

export interface LintRow {
  file: string;
  location: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

/** A row and whether its line and column are in the file (true) or inside the template `location` names. */
export interface PrintedRow {
  row: LintRow;
  inFile: boolean;
}

export function humanReport(rows: readonly PrintedRow[]): string {
  const lines = rows.map(({ row: r, inFile }) => {
    if (inFile) return `${r.file}:${r.line}:${r.column}: ${r.location}: ${r.severity} ${r.rule}: ${r.message}\n`;
    const at = r.location.includes('Templates[') ? `${r.location}:${r.line}:${r.column}` : r.location;
    return `${r.file}: ${at}: ${r.severity} ${r.rule}: ${r.message}\n`;
  });
  const count = (s: LintRow['severity']) => rows.filter(({ row }) => row.severity === s).length;
  const summary = rows.length
    ? `${rows.length} finding${rows.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info)\n`
    : 'no findings\n';
  return lines.join('') + summary;
}
