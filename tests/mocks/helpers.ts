import type { Backend, Design, IntegrationType } from '../../src/model/types.ts';
import type { TraceHttpMessage } from '../../src/engine/trace.ts';

export function designWith(
  type: IntegrationType,
  backend: Backend = {},
  uri = 'https://backend.example.com/pets',
): Design {
  return {
    format: 'integration-designer/1',
    name: 'test',
    api: {},
    method: { httpMethod: 'POST', resourcePath: '/pets' },
    integration: { type, uri, httpMethod: 'POST' },
    samples: [],
    backend,
  };
}

export function message(
  method: string,
  url: string,
  body = '',
  headers: Record<string, string> = {},
): TraceHttpMessage {
  return { method, url, headers, body, isBase64Encoded: false };
}
