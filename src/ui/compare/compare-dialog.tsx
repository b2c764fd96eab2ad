// The Compare view: two versions of the design side by side (the original, now, or saved designs), the templates in
// Monaco's diff editor, every other changed field in a table, and the changes exported as API Gateway calls. What
// differs is computed by formats/patch (compareDesigns); this view only shows it. Escape or Close closes it.
import { useMemo } from 'react';
import { compareDesigns } from '../../formats/patch/index.ts';
import type { DesignComparison } from '../../formats/patch/index.ts';
import type { Design } from '../../model/types.ts';
import { versionDesign } from '../../store/compare-slice.ts';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { ModalDialog } from '../export/modal-dialog.tsx';
import { ExportChanges } from './export-changes.tsx';
import { FieldChangesTable } from './field-changes-table.tsx';
import { TemplateChanges } from './template-changes.tsx';
import { VersionPicker } from './version-picker.tsx';
import './compare.css';

type Outcome = { ok: true; comparison: DesignComparison } | { ok: false; error: string };

function compared(before: Design, after: Design): Outcome {
  try {
    return { ok: true, comparison: compareDesigns(before, after) };
  } catch (e) {
    return { ok: false, error: `These two versions could not be compared: ${(e as Error)?.message ?? String(e)}` };
  }
}

function summary({ templates, fields }: DesignComparison): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (templates.length + fields.length === 0) return 'No differences in what API Gateway stores for the method.';
  return `${count(templates.length, 'template', 'templates')} and ${count(fields.length, 'other field', 'other fields')} differ.`;
}

export default function CompareDialog() {
  const { showCompare } = useActions();
  const { before, after } = useDesigner((s) => ({
    before: versionDesign(s, s.compare.before),
    after: versionDesign(s, s.compare.after),
  }));
  const outcome = useMemo(() => (before && after ? compared(before, after) : null), [before, after]);
  return (
    <ModalDialog title="Compare" onClose={() => void showCompare(false)} className="compare-dialog">
      <VersionPicker />
      {outcome === null ? (
        <p role="status">Reading the chosen versions…</p>
      ) : outcome.ok ? (
        <>
          <p role="status" className="compare-summary">
            {summary(outcome.comparison)}
          </p>
          <TemplateChanges templates={outcome.comparison.templates} />
          <FieldChangesTable fields={outcome.comparison.fields} />
          <ExportChanges comparison={outcome.comparison} after={after!} />
        </>
      ) : (
        <p role="alert" className="error-text">
          {outcome.error}
        </p>
      )}
    </ModalDialog>
  );
}
