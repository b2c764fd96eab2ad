// The preview shows each header rule the engine applied at its stage (recorded behaviours, docs/apigw-fidelity.md).
import { describe, expect, it } from 'vitest';
import { headerRulesForStage } from '../../src/ui/preview/header-rules.ts';
import type { TraceHeaderRule } from '../../src/engine/trace.ts';

const rules: TraceHeaderRule[] = [
  { header: 'Expect', rule: 'dropped-from-method-request' },
  { header: 'Via', rule: 'hop-by-hop-not-delivered' },
  { header: 'X-Forwarded-For', rule: 'added-by-gateway' },
  { header: 'Date', rule: 'remapped', to: 'x-amzn-Remapped-Date' },
  { header: 'Transfer-Encoding', rule: 'dropped-from-method-response' },
];

describe('header rules in the preview', () => {
  it('groups the rules by the stage where API Gateway applies them', () => {
    expect(headerRulesForStage(rules, 'method-request')).toEqual([
      'Expect: dropped by API Gateway, the integration never sees it',
    ]);
    expect(headerRulesForStage(rules, 'integration-request')).toHaveLength(2);
    expect(headerRulesForStage(rules, 'method-response')).toEqual([
      'Date: sent to the client as x-amzn-Remapped-Date',
      'Transfer-Encoding: dropped by API Gateway, the client never receives it',
    ]);
    expect(headerRulesForStage(undefined, 'backend')).toEqual([]);
  });
});
