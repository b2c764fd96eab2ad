// What the Export dialog shows for one format: the text, its warnings, and the file it downloads as. An exporter
// that throws (a design it cannot express) becomes a message instead of breaking the dialog.
import { exportDesign, findExportFormat } from '../../formats/index.ts';
import type { ExportFormatId } from '../../formats/index.ts';
import type { Design } from '../../model/types.ts';

export type ExportPreview =
  | { ok: true; text: string; warnings: string[]; fileName: string; mediaType: string }
  | { ok: false; error: string };

export function exportPreview(design: Design, id: ExportFormatId): ExportPreview {
  const format = findExportFormat(id);
  if (!format) return { ok: false, error: `Unknown export format "${id}".` };
  try {
    const { text, warnings } = exportDesign(design, id);
    return { ok: true, text, warnings, fileName: format.fileName(design), mediaType: format.mediaType };
  } catch (e) {
    return { ok: false, error: `This design cannot be exported as ${format.label}: ${(e as Error).message}` };
  }
}
