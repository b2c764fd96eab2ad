// integration.requestParameters as an editable table of target ← source, with suggestions of valid targets (the
// URI's {placeholders}) and sources (declared method parameters, stage variables, context variables).
import { useMemo } from 'react';
import { useActions, useDesigner } from '../../store/hooks.tsx';
import { withIntegration } from '../../store/design-edits.ts';
import { Datalist, KeyValueEditor } from '../shared/key-value-editor.tsx';
import { sourceSuggestions, targetSuggestions } from './parameter-suggestions.ts';

export function RequestParametersTable() {
  const { parameters, method, api, uri } = useDesigner((s) => ({
    parameters: s.design.integration.requestParameters,
    method: s.design.method,
    api: s.design.api,
    uri: s.design.integration.uri,
  }));
  const { editDesign } = useActions();
  const sources = useMemo(() => sourceSuggestions({ method, api }), [method, api]);
  const targets = useMemo(() => targetSuggestions({ method, integration: { uri } }), [method, uri]);
  return (
    <div className="field">
      <KeyValueEditor
        label="Request parameters (target ← source)"
        record={parameters}
        onChange={(record) =>
          editDesign(
            (d) => withIntegration(d, { requestParameters: record as Record<string, string> }),
            'integration.requestParameters',
          )
        }
        keyLabel="Target"
        valueLabel="Source"
        arrow="←"
        keyListId="parameter-targets"
        valueListId="parameter-sources"
        keyPlaceholder="integration.request.path.id"
        valuePlaceholder="method.request.path.id"
        path="integration.requestParameters"
        addLabel="Add parameter mapping"
      />
      <Datalist id="parameter-targets" options={targets} />
      <Datalist id="parameter-sources" options={sources} />
    </div>
  );
}
