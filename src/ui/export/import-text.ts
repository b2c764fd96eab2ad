// The Import dialog's one job outside React: turn a file's text into a design, or say why not and where, naming the
// file. A method chosen among the file's candidates is passed back to the importer.
import { importDesign } from '../../formats/index.ts';
import type { ImportCandidate, ImportFormatId } from '../../formats/index.ts';
import type { Design, Problem } from '../../model/types.ts';

export const IMPORT_FORMAT_LABELS: Record<ImportFormatId, string> = {
  'design-json': 'Design document (JSON)',
  'aws-json': 'AWS Integration JSON (get-integration / get-method)',
  openapi: 'OpenAPI with x-amazon-apigateway-integration',
  cloudformation: 'CloudFormation template',
};

export interface ImportSource {
  /** How the dialog names it: the file name, or "the pasted text". */
  label: string;
  text: string;
}

export type ImportOutcome =
  | { ok: true; design: Design; notes: string[]; from: ImportFormatId; warnings: Problem[] }
  | { ok: false; error: string; candidates: ImportCandidate[] };

export function importFromSource(
  source: ImportSource,
  options: { from?: ImportFormatId; candidate?: ImportCandidate; base?: Design },
): ImportOutcome {
  if (source.text.trim() === '') return { ok: false, error: `${source.label} is empty.`, candidates: [] };
  const { path, method, resource } = options.candidate ?? {};
  const result = importDesign(source.text, { from: options.from, base: options.base, path, method, resource });
  if (result.ok) return result;
  return { ok: false, error: `${source.label}: ${result.error}`, candidates: result.candidates ?? [] };
}

/** A stable key for a candidate (its label may repeat across kinds). */
export function candidateKey(c: ImportCandidate): string {
  return JSON.stringify([c.resource ?? '', c.path ?? '', c.method ?? '']);
}
