// The API's binary media types, written where the file declares them: a RestApi's or SAM Api's BinaryMediaTypes
// (SAM spells `/` as `~1`: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html)
// or the OpenAPI document's x-amazon-apigateway-binary-media-types
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html).
import type { Design } from '../../../model/types.ts';
import { BINARY_MEDIA_TYPES_EXTENSION } from '../../openapi/extension-names.ts';
import { asIntrinsic } from '../../shared/cfn-intrinsics.ts';
import { isPlainObject } from '../../shared/values.ts';
import type { ApiMethodDesign, KeyPath } from '../types.ts';
import type { ViewKind } from './method-views.ts';
import { childAt, type SourceChange } from '../../shared/key-paths.ts';

export function binaryMediaTypesChange(
  method: ApiMethodDesign,
  design: Design,
  root: unknown,
  kind: ViewKind | null,
  notes: string[],
): SourceChange | null {
  const before = [...(method.design.api.binaryMediaTypes ?? [])].sort();
  const after = design.api.binaryMediaTypes ?? [];
  if (before.length === after.length && [...after].sort().every((t, i) => t === before[i])) return null;
  const at = location(method.source.path, root, kind);
  if (!at) {
    notes.push(
      `${method.key}: api.binaryMediaTypes not written: the REST API it belongs to is not declared in this file`,
    );
    return null;
  }
  const current = childAt(root, at.path);
  const tilde =
    at.cloudformation && (at.sam || (Array.isArray(current) && current.some((t) => String(t).includes('~1'))));
  const value = after.map((t) => (tilde ? t.replace(/\//g, '~1') : t));
  return value.length ? { path: at.path, value } : { path: at.path, remove: true };
}

function location(
  methodPath: KeyPath,
  root: unknown,
  kind: ViewKind | null,
): { path: KeyPath; cloudformation: boolean; sam?: boolean } | null {
  if (kind === 'cloudformation-method') {
    const restApi = asIntrinsic(childAt(root, [...methodPath, 'RestApiId']));
    if (restApi?.name !== 'Ref' || typeof restApi.argument !== 'string') return null;
    const resource = childAt(root, ['Resources', restApi.argument]);
    if (!isPlainObject(resource) || resource.Type !== 'AWS::ApiGateway::RestApi') return null;
    return { path: ['Resources', restApi.argument, 'Properties', 'BinaryMediaTypes'], cloudformation: true };
  }
  if (kind !== 'openapi-operation') return null;
  const documentPath = methodPath.slice(0, -3);
  const extension = [...documentPath, BINARY_MEDIA_TYPES_EXTENSION];
  // Inside a template (a RestApi Body, a SAM DefinitionBody): the resource's property when it has one.
  if (documentPath.length === 4 && documentPath[0] === 'Resources') {
    const resource = childAt(root, documentPath.slice(0, 2));
    const propertyPath = [...documentPath.slice(0, 3), 'BinaryMediaTypes'];
    if (childAt(root, extension) === undefined && childAt(root, propertyPath) !== undefined)
      return {
        path: propertyPath,
        cloudformation: true,
        sam: isPlainObject(resource) && resource.Type === 'AWS::Serverless::Api',
      };
  }
  return { path: extension, cloudformation: false };
}
