// How long the mock takes to answer (delayMs). Longer than the integration's timeout, API Gateway gives up: the
// preview then shows the engine's 504 (the hint only says it will).
import { useDesigner } from '../../store/hooks.tsx';
import { Field } from '../shared/field.tsx';

const DEFAULT_TIMEOUT_MS = 29_000;

export function DelayField({
  value,
  onChange,
  path,
}: {
  value: number | undefined;
  onChange: (ms: number | undefined) => void;
  path: string;
}) {
  const timeout = useDesigner((s) => s.design.integration.timeoutInMillis ?? DEFAULT_TIMEOUT_MS);
  const over = (value ?? 0) > timeout;
  return (
    <Field
      label="Delay (ms)"
      path={path}
      className="field-narrow"
      hint={
        over
          ? `Longer than the integration timeout (${timeout} ms): API Gateway answers 504.`
          : `Integration timeout: ${timeout} ms.`
      }
    >
      {(p) => (
        <input
          {...p}
          type="number"
          min={0}
          inputMode="numeric"
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Math.max(0, Number(e.target.value)))}
        />
      )}
    </Field>
  );
}
