// The Export dialog: every format of the registry with what it is for, a read-only preview of the text, what the
// format cannot carry (warnings), and Download / Copy.
import { useId, useMemo, useState } from 'react';
import { EXPORT_FORMATS } from '../../formats/index.ts';
import type { ExportFormatId } from '../../formats/index.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { CopyDownload } from './copy-download.tsx';
import { exportPreview } from './export-preview.ts';
import { ModalDialog } from './modal-dialog.tsx';
import { withTextKeys } from '../shared/text-keys.ts';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const design = useDesigner((s) => s.design);
  const [formatId, setFormatId] = useState<ExportFormatId>('design-json');
  const preview = useMemo(() => exportPreview(design, formatId), [design, formatId]);
  // What this design in particular loses in each format (the exporters' warnings), shown beside every format.
  const designWarnings = useMemo(
    () =>
      Object.fromEntries(
        EXPORT_FORMATS.map((f) => {
          const result = exportPreview(design, f.id);
          return [f.id, result.ok ? result.warnings.length : 0];
        }),
      ) as Record<ExportFormatId, number>,
    [design],
  );
  const id = useId();
  return (
    <ModalDialog title="Export" onClose={onClose} className="export-dialog">
      <div className="export-layout">
        <fieldset className="export-formats">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((format) => (
            <div key={format.id} className="export-format">
              <label className="radio-option">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={format.id}
                  checked={format.id === formatId}
                  aria-describedby={`${id}-${format.id}`}
                  onChange={() => setFormatId(format.id)}
                />
                {format.label}
              </label>
              {/* Outside the label, so the radio's name is the format alone and the description its description. */}
              <span className="option-explanation" id={`${id}-${format.id}`}>
                {format.description}{' '}
                <span className="format-limits">
                  {format.cannotCarry.length
                    ? `Cannot carry: ${format.cannotCarry.join('; ')}.`
                    : 'Carries the whole design.'}
                  {designWarnings[format.id]
                    ? ` This design also loses ${designWarnings[format.id]} ${designWarnings[format.id] === 1 ? 'setting' : 'settings'} (listed under the preview).`
                    : ''}
                </span>
              </span>
            </div>
          ))}
        </fieldset>
        <div className="export-output">
          {preview.ok ? (
            <>
              <textarea
                className="export-text"
                readOnly
                aria-label="Export preview"
                value={preview.text}
                rows={18}
                wrap="off"
                spellCheck={false}
              />
              {preview.warnings.length ? (
                <ul className="export-warnings" aria-label="What this format cannot carry">
                  {withTextKeys(preview.warnings).map(({ key, item: w }) => (
                    <li key={key}>{w}</li>
                  ))}
                </ul>
              ) : null}
              {/* A new format starts without the last copy's message. */}
              <CopyDownload
                key={formatId}
                text={preview.text}
                fileName={preview.fileName}
                mediaType={preview.mediaType}
              />
            </>
          ) : (
            <p role="alert" className="error-text">
              {preview.error}
            </p>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
