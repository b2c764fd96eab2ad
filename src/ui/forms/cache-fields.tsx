// cacheNamespace and cacheKeyParameters; cache keys are chosen among the method parameters used in mappings.
import { useMemo } from 'react';
import { useDesigner } from '../../store/hooks.tsx';
import { Field, FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { cacheKeyCandidates } from './parameter-suggestions.ts';
import { orNull, useEditIntegration } from './use-design-edit.ts';

const NO_KEYS: string[] = [];

export function CacheFields() {
  const { namespace, keys, parameters } = useDesigner((s) => ({
    namespace: s.design.integration.cacheNamespace ?? '',
    keys: s.design.integration.cacheKeyParameters ?? NO_KEYS,
    parameters: s.design.integration.requestParameters,
  }));
  const candidates = useMemo(() => cacheKeyCandidates(parameters, keys), [parameters, keys]);
  const edit = useEditIntegration();
  const problems = useProblemsAt('integration.cacheKeyParameters', true);
  const toggle = (key: string, on: boolean) => {
    const next = on ? [...keys, key] : keys.filter((k) => k !== key);
    edit({ cacheKeyParameters: next }, 'integration.cacheKeyParameters');
  };
  return (
    <>
      <Field
        label="Cache namespace"
        path="integration.cacheNamespace"
        hint="Groups cache keys; API Gateway uses the resource ID when empty."
      >
        {(p) => (
          <input
            {...p}
            value={namespace}
            spellCheck={false}
            onChange={(e) => edit({ cacheNamespace: orNull(e.target.value) }, 'integration.cacheNamespace')}
          />
        )}
      </Field>
      <fieldset className="field checkbox-group">
        <legend>Cache key parameters</legend>
        {candidates.length === 0 ? (
          <p className="field-hint">Map a method request parameter above to use it as a cache key.</p>
        ) : null}
        {candidates.map((key) => (
          <label key={key} className="checkbox-option">
            <input type="checkbox" checked={keys.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />
            <code>{key}</code>
          </label>
        ))}
        <FieldProblems messages={problems} />
      </fieldset>
    </>
  );
}
