// passthroughBehavior as a radio group, each option explained in a sentence.
import { PASSTHROUGH_BEHAVIORS, type PassthroughBehavior } from '../../model/types.ts';
import { useDesigner } from '../../store/hooks.tsx';
import { FieldProblems } from '../shared/field.tsx';
import { useProblemsAt } from '../shared/use-problems.ts';
import { PASSTHROUGH_EXPLANATIONS } from './explanations.ts';
import { useEditIntegration } from './use-design-edit.ts';

export function PassthroughField() {
  const value = useDesigner((s) => s.design.integration.passthroughBehavior ?? null);
  const edit = useEditIntegration();
  const problems = useProblemsAt('integration.passthroughBehavior');
  return (
    <fieldset className="field radio-group" aria-invalid={problems.length ? true : undefined}>
      <legend>Passthrough behavior</legend>
      {PASSTHROUGH_BEHAVIORS.map((b: PassthroughBehavior) => (
        <label key={b} className="radio-option">
          <input
            type="radio"
            name="passthroughBehavior"
            value={b}
            checked={value === b}
            aria-describedby={`passthrough-${b}`}
            onChange={() => edit({ passthroughBehavior: b }, 'integration.passthroughBehavior')}
          />
          <span>
            <code>{b}</code>
            <span className="option-explanation" id={`passthrough-${b}`}>
              {PASSTHROUGH_EXPLANATIONS[b]}
            </span>
          </span>
        </label>
      ))}
      <FieldProblems messages={problems} />
    </fieldset>
  );
}
