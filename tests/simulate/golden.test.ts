import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.ts';
import { restoreDesign } from '../../src/model/restore.ts';

// Golden fixtures: tests/fixtures/simulate/<case>/{design.json, request.json, expected.json}, each run with
// deterministic options. Each case is one API Gateway behaviour, with the page that documents it.
// UPDATE_GOLDEN=1 rewrites expected.json (review the diff against the source before committing).
const SOURCES: Record<string, string> = {
  'http-template': 'DG request-response-data-mappings (path/query/header mappings; a missing header is not sent)',
  'http-passthrough-when-no-match': 'DG integration-passthrough-behaviors (WHEN_NO_MATCH, charset dropped)',
  'http-415-when-no-templates': 'DG integration-passthrough-behaviors (WHEN_NO_TEMPLATES -> 415)',
  'http-proxy-greedy': 'DG api-gateway-set-up-simple-proxy; LS-snap test_http_proxy_integration_request_data_mappings',
  'aws-lambda-async': 'DG set-up-lambda-integration-async (X-Amz-Invocation-Type: Event)',
  'aws-s3-get-object': 'API Integration.uri: arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}',
  'aws-sqs-send-message':
    'DG integrating-api-with-aws-services-sqs-style form body; docs/apigw-behaviour.md#util urlEncode',
  'aws-action-query': 'API Integration.uri action/{Name}&p=v; credentials arn:aws:iam::*:user/*',
  'aws-proxy-lambda': 'DG set-up-lambda-proxy-integrations (input format 1.0)',
  'mock-200': 'DG how-to-mock-integration-console (scope=internal -> 200 template)',
  'mock-unparsable-status': 'docs/apigw-behaviour.md#mock-integration (MOCK without statusCode -> 500)',
  'binary-convert-to-text':
    'DG api-gateway-payload-encodings-configure-with-control-service-api (CONVERT_TO_TEXT + {"image": "$input.body"})',
  'request-override': 'DG apigateway-override-request-response-parameters (header1/header3/multivalueheader example)',
  'request-override-twice':
    'DG apigateway-override-request-response-parameters ("Overrides are final": a second set -> 5XX)',
  'convert-to-binary-not-base64': 'DG api-gateway-payload-encodings-workflow (text -> binary needs base64, else 500)',
};

const ROOT = join(import.meta.dirname, '../fixtures/simulate');
const read = (dir: string, file: string) => JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8'));

describe('golden simulate fixtures', () => {
  const cases = readdirSync(ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  it('every fixture names its source', () => expect(cases.filter((c) => !SOURCES[c])).toEqual([]));
  for (const name of cases) {
    it(`${name}: ${SOURCES[name] ?? '(no source)'}`, async () => {
      const { design } = restoreDesign(read(name, 'design.json'));
      // The design carries the same sample, so `simulate <design.json> --deterministic` prints expected.json too.
      expect(design.samples[0]).toEqual(read(name, 'request.json'));
      const trace = JSON.parse(
        JSON.stringify(await simulate(design, read(name, 'request.json'), { deterministic: true })),
      );
      if (process.env.UPDATE_GOLDEN)
        writeFileSync(join(ROOT, name, 'expected.json'), `${JSON.stringify(trace, null, 2)}\n`);
      expect(trace).toEqual(read(name, 'expected.json'));
    });
  }
});
