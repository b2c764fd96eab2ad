// Method request parameters (`method.request.{location}.{name}`) and method response headers
// (`method.response.header.{name}`), as PutMethod / PutMethodResponse name them.
// Source: https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html (requestParameters)

export type ParameterLocation = 'path' | 'querystring' | 'header' | 'multivaluequerystring' | 'multivalueheader';

const METHOD_PARAMETER = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;
const RESPONSE_HEADER = /^method\.response\.header\.(.+)$/;

export function parseMethodParameter(key: string): { location: ParameterLocation; name: string } | null {
  const m = METHOD_PARAMETER.exec(key);
  return m ? { location: m[1] as ParameterLocation, name: m[2]! } : null;
}

export function methodParameterKey(location: ParameterLocation, name: string): string {
  return `method.request.${location}.${name}`;
}

export function parseResponseHeader(key: string): string | null {
  return RESPONSE_HEADER.exec(key)?.[1] ?? null;
}
