// API001 and API002: request templates and the content types samples send.
// API001: a template keyed by a content type no sample sends is never previewed or tested here (a typo in the key,
// e.g. application/jsn, looks exactly like this).
// API002: a content type the samples send that no template matches, while passthroughBehavior rejects it with
// 415 Unsupported Media Type (NEVER, or WHEN_NO_TEMPLATES once any template exists).
// https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
import { keyPath } from '../../../model/paths.ts';
import { effectiveContentType } from '../../request/media-type.ts';
import { isProxyIntegration, selectRequestTemplate } from '../../request/template-selection.ts';
import type { DesignRule } from '../rule.ts';
import { sampleContentType, samplesOf } from '../sample-facts.ts';

export const templateWithoutSample: DesignRule = {
  code: 'API001',
  title: 'a request template no sample selects',
  severity: 'info',
  checkDesign({ design, report }) {
    const integration = design.integration;
    const samples = samplesOf(design);
    if (!samples.length || isProxyIntegration(integration)) return;
    const selected = new Set(
      samples.map((s) => selectRequestTemplate(integration, sampleContentType(s)).selection.matchedKey),
    );
    for (const key of Object.keys(integration.requestTemplates ?? {})) {
      if (selected.has(key)) continue;
      report(
        keyPath('integration.requestTemplates', key),
        `No sample sends Content-Type ${key}, so this template is never previewed or tested. Add a sample that ` +
          'sends it, or check the key for a typo.',
      );
    }
  },
};

export const rejectedContentTypes: DesignRule = {
  code: 'API002',
  title: 'samples send content types that passthroughBehavior rejects with 415',
  severity: 'warning',
  checkDesign({ design, report }) {
    const integration = design.integration;
    const rejected = new Map<string, string[]>();
    for (const sample of samplesOf(design)) {
      if (sample.expect?.status === 415) continue; // the sample shows the 415 on purpose
      const header = sampleContentType(sample);
      if (selectRequestTemplate(integration, header).selection.outcome !== 'REJECTED') continue;
      const type = effectiveContentType(header);
      rejected.set(type, [...(rejected.get(type) ?? []), sample.name ?? '(unnamed)']);
    }
    if (!rejected.size) return;
    const list = [...rejected].map(([type, names]) => `${type} (${names.map((n) => `'${n}'`).join(', ')})`);
    report(
      'integration.passthroughBehavior',
      `No template covers ${list.join('; ')}: with passthroughBehavior ${integration.passthroughBehavior ?? 'WHEN_NO_MATCH'} ` +
        'API Gateway answers these requests 415 Unsupported Media Type. Add a template for them or let them pass through.',
    );
  },
};
