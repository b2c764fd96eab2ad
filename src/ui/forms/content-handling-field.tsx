// contentHandling of the integration request: passthrough, CONVERT_TO_BINARY or CONVERT_TO_TEXT, each explained.
import { CONTENT_HANDLINGS, type ContentHandling } from '../../model/types.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { Field } from '../shared/field.tsx';
import { CONTENT_HANDLING_EXPLANATIONS } from './explanations.ts';
import { useEditIntegration } from './use-design-edit.ts';

export function ContentHandlingField() {
  const value = useDesigner((s) => s.design.integration.contentHandling ?? null);
  const edit = useEditIntegration();
  return (
    <Field
      label="Content handling"
      path="integration.contentHandling"
      hint={CONTENT_HANDLING_EXPLANATIONS[value ?? 'NONE']}
    >
      {(p) => (
        <select
          {...p}
          value={value ?? ''}
          onChange={(e) =>
            edit({ contentHandling: (e.target.value || null) as ContentHandling | null }, 'integration.contentHandling')
          }
        >
          <option value="">Passthrough (none)</option>
          {CONTENT_HANDLINGS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
