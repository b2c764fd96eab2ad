// Every changed field other than the templates, as the field-by-field diff gives it (formats/patch): its path, what
// happened, and both values as JSON text (never HTML).
import { useId } from 'react';
import type { FieldChange } from '../../formats/patch/index.ts';

function ValueCell({ value }: { value: unknown }) {
  return (
    <td>{value === undefined ? <span className="note">not set</span> : <pre>{JSON.stringify(value, null, 2)}</pre>}</td>
  );
}

export function FieldChangesTable({ fields }: { fields: readonly FieldChange[] }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="compare-fields">
      <h3 id={id}>Other fields ({fields.length} changed)</h3>
      {fields.length === 0 ? (
        <p className="note">No other field differs.</p>
      ) : (
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Change</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.path}>
                <th scope="row">
                  <code>{f.path}</code>
                </th>
                <td>{f.kind}</td>
                <ValueCell value={f.before} />
                <ValueCell value={f.after} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
