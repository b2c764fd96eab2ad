// Builds AWS integration URIs: `arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}`
// (https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html, `uri`), and the Lambda invoke URI from a
// function ARN: `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations`
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html).
// Parsing stays in the model (parseAwsIntegrationUri) so the validator and this helper agree.

export interface AwsUriParts {
  region: string;
  service: string;
  kind: 'path' | 'action';
  serviceApi: string;
  partition?: string;
}

export function buildAwsUri(parts: AwsUriParts): string {
  return `arn:${parts.partition || 'aws'}:apigateway:${parts.region}:${parts.service}:${parts.kind}/${parts.serviceApi}`;
}

/** `arn:aws:lambda:us-east-1:123456789012:function:my-fn[:alias]` (or a `${stageVariables.x}` name) → its parts. */
export function parseLambdaFunctionArn(
  arn: string,
): { partition: string; region: string; account: string; name: string } | null {
  const m = /^arn:([\w-]+):lambda:([a-z0-9-]+):(\d{12}):function:(.+)$/.exec(arn.trim());
  return m ? { partition: m[1]!, region: m[2]!, account: m[3]!, name: m[4]! } : null;
}

/**
 * The integration URI that invokes a Lambda function. The API's region is the function's region unless given:
 * cross-region invocation is allowed, so the caller may pass the API region explicitly.
 */
export function lambdaInvokeUri(functionArn: string, apiRegion?: string): string | null {
  const fn = parseLambdaFunctionArn(functionArn);
  if (!fn) return null;
  return buildAwsUri({
    partition: fn.partition,
    region: apiRegion || fn.region,
    service: 'lambda',
    kind: 'path',
    serviceApi: `2015-03-31/functions/${functionArn.trim()}/invocations`,
  });
}

/** Regions offered in the helper's datalist (any region name can still be typed). */
export const COMMON_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
] as const;

/** Services commonly integrated directly, with an example of their path or action part. */
export const COMMON_SERVICES: ReadonlyArray<{ service: string; kind: 'path' | 'action'; example: string }> = [
  {
    service: 'lambda',
    kind: 'path',
    example: '2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:my-fn/invocations',
  },
  { service: 's3', kind: 'path', example: '{bucket}/{key}' },
  { service: 'dynamodb', kind: 'action', example: 'PutItem' },
  { service: 'sqs', kind: 'path', example: '123456789012/my-queue' },
  { service: 'sns', kind: 'action', example: 'Publish' },
  { service: 'kinesis', kind: 'action', example: 'PutRecord' },
  { service: 'firehose', kind: 'action', example: 'PutRecord' },
  { service: 'states', kind: 'action', example: 'StartExecution' },
  { service: 'events', kind: 'action', example: 'PutEvents' },
];
