// The status code of an integration response or a method response. The record is keyed by status code, so a new
// code re-keys the entry (withStatusCode); `rekey` applies that to the right record of the design.
import type { Design } from '../../model/types.ts';
import { useActions } from '../../store/hooks.tsx';
import { Field } from '../shared/field.tsx';

export function StatusCodeField({
  base,
  value,
  className,
  rekey,
}: {
  /** The entry's path, e.g. keyPath('methodResponses', '200'). */
  base: string;
  value: string;
  className: string;
  rekey: (design: Design, statusCode: string) => Design;
}) {
  const { editDesign } = useActions();
  return (
    <Field label="Status code" path={`${base}.statusCode`} className={className}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          value={value}
          spellCheck={false}
          onChange={(e) => editDesign((d) => rekey(d, e.target.value.trim()), `${base}.statusCode`)}
        />
      )}
    </Field>
  );
}
