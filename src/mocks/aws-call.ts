// Reads an AWS API request the way the service front ends do: service and region from the host
// (`{service}.{region}.amazonaws.com`, S3 also `{bucket}.s3.{region}.amazonaws.com`), the operation from
// `X-Amz-Target` (JSON protocols: `DynamoDB_20120810.GetItem`), else an `Action` query or form parameter (query
// protocol, and API Gateway's `action/Name` URIs), and the parameters from the query string, a form body and/or JSON.
import { requestBytes } from './in-process-messages.ts';

export interface AwsCall {
  request: Request;
  url: URL;
  service: string;
  region: string;
  /** The bucket of a virtual-hosted S3 request. */
  hostBucket: string | null;
  operation: string | null;
  /** Query-string and form-body parameters (form values win). */
  params: URLSearchParams;
  bodyBytes: Uint8Array;
  bodyText: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
}

const AWS_HOST = /^(?:(.+)\.)?([a-z0-9-]+)\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const GLOBAL_HOST = /^(?:(.+)\.)?([a-z0-9-]+)\.amazonaws\.com$/;

export function parseAwsHost(hostname: string): { service: string; region: string; prefix: string | null } | null {
  const m = AWS_HOST.exec(hostname);
  if (m && m[3] !== 'amazonaws') return { prefix: m[1] ?? null, service: m[2]!, region: m[3]! };
  const g = GLOBAL_HOST.exec(hostname); // s3.amazonaws.com, sns.amazonaws.com: us-east-1
  return g ? { prefix: g[1] ?? null, service: g[2]!, region: 'us-east-1' } : null;
}

export async function readAwsCall(request: Request): Promise<AwsCall> {
  const url = new URL(request.url);
  const host = parseAwsHost(url.hostname) ?? { prefix: null, service: 'unknown', region: 'us-east-1' };
  const service = host.service;
  let hostBucket: string | null = null;
  if (host.prefix && service === 's3') hostBucket = host.prefix;
  const bodyBytes = await requestBytes(request);
  const bodyText = new TextDecoder().decode(bodyBytes);
  const params = new URLSearchParams(url.search);
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.includes('application/x-www-form-urlencoded') || /^Action=/.test(bodyText)) {
    for (const [k, v] of new URLSearchParams(bodyText)) params.set(k, v);
  }
  let json: unknown;
  if (bodyText.trim() !== '') {
    try {
      json = JSON.parse(bodyText);
    } catch {
      json = undefined;
    }
  }
  const target = request.headers.get('x-amz-target');
  const operation = target ? target.slice(target.lastIndexOf('.') + 1) : params.get('Action');
  return { request, url, service, region: host.region, hostBucket, operation, params, bodyBytes, bodyText, json };
}
