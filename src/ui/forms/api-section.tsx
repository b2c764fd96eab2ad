// API-level settings the integration depends on: binary media types (content handling, binary payloads), the stage
// name and stage variables (${stageVariables.x} in URIs, $stageVariables in templates).
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { withApi } from '../../store/design-edits.ts';
import { Field } from '../shared/field.tsx';
import { KeyValueEditor } from '../shared/key-value-editor.tsx';
import { BinaryMediaTypesEditor } from './binary-media-types-editor.tsx';
import { useEditApi } from './use-design-edit.ts';

export function ApiSection() {
  const a = useDesigner((s) => ({
    stageName: s.design.api.stageName ?? '',
    stageVariables: s.design.api.stageVariables,
    binary: s.design.api.binaryMediaTypes,
  }));
  const { editDesign } = useActions();
  const edit = useEditApi();
  return (
    <section className="form-section" aria-labelledby="api-heading">
      <h2 id="api-heading">API settings</h2>
      <BinaryMediaTypesEditor
        value={a.binary ?? []}
        onChange={(binaryMediaTypes) => edit({ binaryMediaTypes }, 'api.binaryMediaTypes')}
      />
      <Field label="Stage name" path="api.stageName">
        {(p) => (
          <input
            {...p}
            value={a.stageName}
            spellCheck={false}
            onChange={(e) => edit({ stageName: e.target.value }, 'api.stageName')}
          />
        )}
      </Field>
      <KeyValueEditor
        label="Stage variables"
        record={a.stageVariables}
        onChange={(record) =>
          editDesign((d) => withApi(d, { stageVariables: record as Record<string, string> }), 'api.stageVariables')
        }
        keyLabel="Variable"
        valueLabel="Value"
        path="api.stageVariables"
        addLabel="Add stage variable"
      />
    </section>
  );
}
