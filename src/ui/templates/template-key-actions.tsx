// Add / rename / delete for a set of templates keyed by content type (request templates, each integration response's
// response templates): the toolbar buttons, and the inline form the chosen action opens.
import { TemplateKeyForm } from './template-key-form.tsx';

export type TemplateKeyMode = { kind: 'view' } | { kind: 'add' } | { kind: 'rename'; key: string };

export function TemplateKeyToolbar({
  selected,
  onMode,
  onDelete,
  addLabel = 'Add template',
  deleteLabel = 'Delete template',
}: {
  selected: string | null;
  onMode: (mode: TemplateKeyMode) => void;
  onDelete: (key: string) => void;
  addLabel?: string;
  deleteLabel?: string;
}) {
  return (
    <div className="toolbar">
      <button type="button" onClick={() => onMode({ kind: 'add' })}>
        {addLabel}
      </button>
      {selected ? (
        <>
          <button type="button" onClick={() => onMode({ kind: 'rename', key: selected })}>
            Rename
          </button>
          <button type="button" onClick={() => onDelete(selected)}>
            {deleteLabel}
          </button>
        </>
      ) : null}
    </div>
  );
}

export function TemplateKeyForms({
  mode,
  keys,
  onAdd,
  onRename,
  onDone,
  newLabel = 'Content type of the new template',
  newInitial = '',
}: {
  mode: TemplateKeyMode;
  keys: readonly string[];
  onAdd: (key: string) => void;
  onRename: (from: string, to: string) => void;
  onDone: () => void;
  newLabel?: string;
  /** What the "add" form starts with (selected, so typing replaces it); ignored when that key is taken. */
  newInitial?: string;
}) {
  if (mode.kind === 'add') {
    return (
      <TemplateKeyForm
        label={newLabel}
        initial={keys.includes(newInitial) ? '' : newInitial}
        taken={keys}
        submitLabel="Add"
        onCancel={onDone}
        onSubmit={(key) => {
          onAdd(key);
          onDone();
        }}
      />
    );
  }
  if (mode.kind === 'rename') {
    return (
      <TemplateKeyForm
        label={`New content type for ${mode.key}`}
        initial={mode.key}
        taken={keys}
        submitLabel="Rename"
        onCancel={onDone}
        onSubmit={(key) => {
          onRename(mode.key, key);
          onDone();
        }}
      />
    );
  }
  return null;
}
