// Stage variables the integration reads but neither the API nor any sample defines. API Gateway resolves them at
// request time (an undefined one is empty), so this is a warning: the design can only be tested with a value.
import { isParseError, parseRequestMappingSource, parseResponseMappingSource } from '../mapping-expression.ts';
import { stageVariableReferences } from '../names.ts';
import type { Design } from '../types.ts';
import { isRecord, type ProblemList } from './problem-list.ts';

export function checkStageVariableUsage(design: Design, out: ProblemList): void {
  const defined = new Set<string>();
  const api = isRecord(design.api) ? design.api : {};
  if (isRecord(api.stageVariables)) for (const n of Object.keys(api.stageVariables)) defined.add(n);
  for (const sample of Array.isArray(design.samples) ? design.samples : []) {
    if (isRecord(sample) && isRecord(sample.stageVariables))
      for (const n of Object.keys(sample.stageVariables)) defined.add(n);
  }
  const reported = new Set<string>();
  const report = (name: string, path: string) => {
    if (defined.has(name) || reported.has(name)) return;
    reported.add(name);
    out.warning(
      path,
      `stage variable "${name}" is defined neither in api.stageVariables nor in any sample's stageVariables`,
    );
  };
  const integration = design.integration;
  for (const field of ['uri', 'connectionId', 'credentials'] as const) {
    const text = integration[field];
    if (typeof text === 'string') for (const n of stageVariableReferences(text)) report(n, `integration.${field}`);
  }
  if (isRecord(integration.requestParameters)) {
    for (const value of Object.values(integration.requestParameters)) {
      const source = typeof value === 'string' ? parseRequestMappingSource(value) : null;
      if (source && !isParseError(source) && source.kind === 'stage-variable')
        report(source.name, 'integration.requestParameters');
    }
  }
  if (isRecord(integration.integrationResponses)) {
    for (const response of Object.values(integration.integrationResponses)) {
      if (!isRecord(response) || !isRecord(response.responseParameters)) continue;
      for (const value of Object.values(response.responseParameters)) {
        const source = typeof value === 'string' ? parseResponseMappingSource(value) : null;
        if (source && !isParseError(source) && source.kind === 'stage-variable')
          report(source.name, 'integration.integrationResponses');
      }
    }
  }
}
