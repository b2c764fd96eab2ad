// API005: timeoutInMillis above API Gateway's default quota of 29,000 ms. Regional and private REST APIs can raise
// it with a quota increase (since June 2024), edge-optimized APIs cannot: deploying fails or the value is capped.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
// https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/
import { TIMEOUT_LIMITS_MS } from '../../../model/validate/integration-settings.ts';
import type { DesignRule } from '../rule.ts';

export const timeoutOverQuota: DesignRule = {
  code: 'API005',
  title: 'integration timeout over the 29-second quota',
  severity: 'warning',
  checkDesign({ design, report }) {
    const value = design.integration.timeoutInMillis;
    if (typeof value !== 'number' || value <= TIMEOUT_LIMITS_MS.defaultMax) return;
    report(
      'integration.timeoutInMillis',
      `${value} ms is above API Gateway's default integration timeout quota of 29,000 ms. Regional and private ` +
        'REST APIs can go higher only after a quota increase; edge-optimized APIs cannot at all.',
    );
  },
};
