// S3 GetObject / HeadObject / PutObject / DeleteObject on an in-memory bucket seeded from
// design.backend.services.s3.objects (keys `bucket/key`, or a bare `key` found in any bucket). Real headers: ETag
// (quoted MD5 hex of the bytes), Content-Type, Content-Length, Last-Modified, Accept-Ranges, x-amz-request-id; a
// missing key is S3's 404 NoSuchKey XML error (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
// Path-style (`s3.{region}.amazonaws.com/{bucket}/{key}`, API Gateway's `s3:path/{bucket}/{key}`), virtual-hosted
// (`{bucket}.s3...`) and action-style (`?Action=GetObject&Bucket=b&Key=k`) requests are understood.
import { HttpResponse, type HttpHandler } from 'msw';
import type { AwsCall } from '../aws-call.ts';
import { xmlEscape } from '../aws-responses.ts';
import { s3SeedOf } from '../backend-config.ts';
import { md5Hex } from '../md5.ts';
import type { StoredS3Object } from '../mock-stores.ts';
import { base64ToBytes, utf8Bytes } from '../../engine/index.ts';
import { awsServiceHandler, type MockContext } from './mock-context.ts';

/** S3's Content-Type for objects put without one. */
const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

function locate(call: AwsCall): { bucket: string; key: string; operation: string } {
  const action = call.params.get('Action');
  if (action) return { bucket: call.params.get('Bucket') ?? '', key: call.params.get('Key') ?? '', operation: action };
  const path = call.url.pathname.replace(/^\//, '');
  const [bucket, key] =
    call.hostBucket !== null ? [call.hostBucket, path] : [path.split('/')[0]!, path.split('/').slice(1).join('/')];
  const operation =
    { GET: 'GetObject', HEAD: 'HeadObject', PUT: 'PutObject', DELETE: 'DeleteObject' }[call.request.method] ??
    call.request.method;
  return { bucket: decodeURIComponent(bucket), key: decodeURIComponent(key), operation };
}

function findObject(ctx: MockContext, bucket: string, key: string): StoredS3Object | undefined {
  const stored = ctx.session.stores.s3.get(`${bucket}/${key}`);
  if (stored !== undefined) return stored ?? undefined;
  const seed = s3SeedOf(ctx.design);
  const o = seed[`${bucket}/${key}`] ?? seed[key];
  if (!o) return undefined;
  const body = o.isBase64Encoded ? (base64ToBytes(o.body) ?? utf8Bytes(o.body)) : utf8Bytes(o.body);
  return { body, contentType: o.contentType ?? DEFAULT_CONTENT_TYPE, lastModified: ctx.session.now() };
}

function baseHeaders(ctx: MockContext): Record<string, string> {
  return {
    'x-amz-request-id': ctx.session.newId().replace(/-/g, '').slice(0, 16).toUpperCase(),
    'x-amz-id-2': 'mock',
    Server: 'AmazonS3',
  };
}

export function s3Error(
  ctx: MockContext,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string>,
): Response {
  const headers = baseHeaders(ctx);
  const fields = Object.entries(extra)
    .map(([k, v]) => `<${k}>${xmlEscape(v)}</${k}>`)
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>${fields}<RequestId>${headers['x-amz-request-id']}</RequestId><HostId>mock</HostId></Error>`;
  return new HttpResponse(xml, { status, headers: { ...headers, 'Content-Type': 'application/xml' } });
}

export async function handleS3(call: AwsCall, ctx: MockContext): Promise<Response> {
  const { bucket, key, operation } = locate(call);
  const headers = baseHeaders(ctx);
  switch (operation) {
    case 'GetObject':
    case 'HeadObject': {
      const object = findObject(ctx, bucket, key);
      if (!object) {
        if (operation === 'HeadObject') return new HttpResponse(null, { status: 404, headers });
        return s3Error(ctx, 404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
      }
      const objectHeaders = {
        ...headers,
        'Content-Type': object.contentType,
        'Content-Length': String(object.body.length),
        ETag: `"${md5Hex(object.body)}"`,
        'Last-Modified': object.lastModified.toUTCString(),
        'Accept-Ranges': 'bytes',
      };
      return new HttpResponse(operation === 'HeadObject' ? null : object.body, { status: 200, headers: objectHeaders });
    }
    case 'PutObject': {
      const contentType = call.request.headers.get('content-type') ?? DEFAULT_CONTENT_TYPE;
      ctx.session.stores.putS3(`${bucket}/${key}`, {
        body: call.bodyBytes,
        contentType,
        lastModified: ctx.session.now(),
      });
      return new HttpResponse(null, { status: 200, headers: { ...headers, ETag: `"${md5Hex(call.bodyBytes)}"` } });
    }
    case 'DeleteObject':
      ctx.session.stores.putS3(`${bucket}/${key}`, null);
      return new HttpResponse(null, { status: 204, headers });
    default:
      return s3Error(
        ctx,
        501,
        'NotImplemented',
        `Integration Designer mocks GetObject, HeadObject, PutObject and DeleteObject, not ${operation}`,
        {},
      );
  }
}

export function s3Handler(ctx: MockContext): HttpHandler {
  return awsServiceHandler('s3', ctx, handleS3);
}
