// The error that stopped the request, with its stage and (for templates) its line and column.
import type { TraceError } from '../../engine/index.ts';

const STAGE_WORDS: Record<TraceError['stage'], string> = {
  method: 'method request',
  parameters: 'parameter mapping',
  template: 'mapping template',
  content: 'content handling',
  integration: 'integration request',
  backend: 'backend',
  response: 'integration response',
  configuration: 'configuration',
};

export function ErrorView({ error }: { error: TraceError }) {
  const where = error.line ? `line ${error.line}${error.column ? `, column ${error.column}` : ''}` : null;
  return (
    <section className="error-box" aria-label="Error">
      <strong>Error in the {STAGE_WORDS[error.stage] ?? error.stage}</strong>
      {where ? <span className="where"> at {where}</span> : null}: {error.message}
    </section>
  );
}
