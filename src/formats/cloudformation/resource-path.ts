// Works out a method's resource path from the template when it is not in our Metadata: ResourceId refers to an
// AWS::ApiGateway::Resource (PathPart, ParentId), whose parents lead up to the API's RootResourceId ("/").
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-resource.html
import { asIntrinsic } from '../shared/cfn-intrinsics.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import { RESOURCE_TYPE } from './field-names.ts';

export function resolveResourcePath(resourceId: unknown, resources: PlainObject): string | null {
  const parts: string[] = [];
  let current = resourceId;
  for (let depth = 0; depth < 50; depth++) {
    const fn = asIntrinsic(current);
    if (!fn) return null;
    if (fn.name === 'GetAtt') {
      const attribute = Array.isArray(fn.argument) ? fn.argument[1] : String(fn.argument).split('.')[1];
      return attribute === 'RootResourceId' ? `/${parts.reverse().join('/')}` : null;
    }
    if (fn.name !== 'Ref' || typeof fn.argument !== 'string') return null;
    const resource = resources[fn.argument];
    if (!isPlainObject(resource) || resource.Type !== RESOURCE_TYPE || !isPlainObject(resource.Properties)) return null;
    const pathPart = resource.Properties.PathPart;
    if (typeof pathPart !== 'string') return null;
    parts.push(pathPart);
    current = resource.Properties.ParentId;
  }
  return null;
}
