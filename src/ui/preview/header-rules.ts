// Which of the engine's header rules (Trace.headerRules) each preview stage shows, in words. Pure: the engine decided
// the rules; this only groups and phrases them.
import type { TraceHeaderRule } from '../../engine/index.ts';
import type { StageId } from '../../store/ui-slice.ts';

const STAGE_OF_RULE: Record<TraceHeaderRule['rule'], StageId> = {
  'dropped-from-method-request': 'method-request',
  'added-by-gateway': 'integration-request',
  'hop-by-hop-not-delivered': 'integration-request',
  remapped: 'method-response',
  'dropped-from-method-response': 'method-response',
};

export function headerRuleWords(rule: TraceHeaderRule): string {
  switch (rule.rule) {
    case 'dropped-from-method-request':
      return `${rule.header}: dropped by API Gateway, the integration never sees it`;
    case 'added-by-gateway':
      return `${rule.header}: added by API Gateway to the Lambda proxy event`;
    case 'hop-by-hop-not-delivered':
      return `${rule.header}: mapped, but API Gateway does not deliver it to the backend`;
    case 'remapped':
      return `${rule.header}: sent to the client as ${rule.to}`;
    case 'dropped-from-method-response':
      return `${rule.header}: dropped by API Gateway, the client never receives it`;
  }
}

export function headerRulesForStage(rules: readonly TraceHeaderRule[] | undefined, stage: StageId): string[] {
  return (rules ?? []).filter((r) => STAGE_OF_RULE[r.rule] === stage).map(headerRuleWords);
}
