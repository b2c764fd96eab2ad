// Facts about a design that several rules need: the request parameter names the method declares or the samples
// send, and the content types the samples send.
import { resourcePathParameters } from '../../model/resource-path.ts';
import type { Design, SampleRequest } from '../../model/types.ts';

export interface ParameterNames {
  path: string[];
  querystring: string[];
  header: string[];
}

const DECLARED = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;

export function samplesOf(design: Design): SampleRequest[] {
  return Array.isArray(design.samples) ? design.samples.filter((s) => s && typeof s === 'object') : [];
}

/** Names the method declares (method.requestParameters, the resource path) or any sample sends. */
export function parameterNames(design: Design): ParameterNames {
  const names: ParameterNames = { path: [], querystring: [], header: [] };
  const resourcePath = typeof design.method?.resourcePath === 'string' ? design.method.resourcePath : '/';
  for (const p of resourcePathParameters(resourcePath)) names.path.push(p.name);
  for (const key of Object.keys(design.method?.requestParameters ?? {})) {
    const m = DECLARED.exec(key);
    if (!m) continue;
    const location = m[1]!.replace('multivalue', '') as keyof ParameterNames;
    names[location].push(m[2]!);
  }
  for (const sample of samplesOf(design)) {
    names.querystring.push(...Object.keys(sample.query ?? {}));
    names.header.push(...Object.keys(sample.headers ?? {}));
  }
  return names;
}

/** The Content-Type header a sample sends (any letter case), or undefined. */
export function sampleContentType(sample: SampleRequest): string | undefined {
  for (const [name, value] of Object.entries(sample.headers ?? {})) {
    if (name.toLowerCase() !== 'content-type') continue;
    return Array.isArray(value) ? value[value.length - 1] : value;
  }
  return undefined;
}
