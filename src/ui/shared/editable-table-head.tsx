// The header row of an editable table (key/value rows, required names): one column header per name — `null` for a
// decorative column (an arrow) that screen readers skip — then the visually hidden header of the Remove buttons.
// Absent while the table has no rows.
export function EditableTableHead({ shown, columns }: { shown: boolean; columns: (string | null)[] }) {
  if (!shown) return null;
  return (
    <thead>
      <tr>
        {columns.map((name, i) =>
          name === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a decorative column has no name; its place is its identity
            <td key={`decorative-${i}`} aria-hidden="true" />
          ) : (
            <th key={name} scope="col">
              {name}
            </th>
          ),
        )}
        <th scope="col">
          <span className="visually-hidden">Remove</span>
        </th>
      </tr>
    </thead>
  );
}
