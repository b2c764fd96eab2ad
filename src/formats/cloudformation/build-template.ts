// Builds the CloudFormation template (as plain data) that creates the design's method and integration on an
// existing REST API resource, whose ids are template Parameters. Intrinsics are in long form ({ Ref: ... }); the YAML
// writer turns the two Refs into !Ref.
import { deployableDesign } from '../shared/deploy-needs.ts';
import type { Design } from '../../model/types.ts';
import { isEmptyValue, pascalCase, sortedEntries, withoutNulls } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';
import {
  DESIGNER_METADATA_KEY,
  INTEGRATION_PROPERTY,
  INTEGRATION_RESPONSE_PROPERTY,
  METHOD_RESPONSE_PROPERTY,
  METHOD_TYPE,
} from './field-names.ts';

export interface BuiltTemplate {
  template: PlainObject;
  logicalId: string;
  warnings: string[];
}

function rename(source: PlainObject, names: Record<string, string>): PlainObject {
  const out: PlainObject = {};
  for (const [from, to] of Object.entries(names)) {
    const value = source[from];
    if (!isEmptyValue(value)) out[to] = value;
  }
  return out;
}

export function methodLogicalId(design: Design): string {
  return `${pascalCase(design.name, 'Integration')}Method`;
}

export function buildTemplate(designed: Design): BuiltTemplate {
  // Declares what the deploy needs (method request parameters, method response headers): shared/deploy-needs.ts.
  const { design, warnings } = deployableDesign(designed);
  const integration: PlainObject = rename(design.integration as PlainObject, INTEGRATION_PROPERTY);
  const responses = sortedEntries(design.integration.integrationResponses).map(([code, r]) =>
    rename({ ...r, statusCode: r.statusCode ?? code } as PlainObject, INTEGRATION_RESPONSE_PROPERTY),
  );
  if (responses.length) integration.IntegrationResponses = responses;
  for (const key of Object.keys(design.integration)) {
    if (!(key in INTEGRATION_PROPERTY) && key !== 'integrationResponses' && !isEmptyValue(design.integration[key])) {
      warnings.push(`integration.${key}: CloudFormation's Integration has no such property, left out`);
    }
  }

  const methodResponses = sortedEntries(design.methodResponses).map(([code, r]) =>
    rename({ ...r, statusCode: r.statusCode ?? code } as PlainObject, METHOD_RESPONSE_PROPERTY),
  );
  const declared = new Set(methodResponses.map((r) => String(r.StatusCode)));
  for (const r of responses) {
    if (!declared.has(String(r.StatusCode))) {
      warnings.push(
        `integration.integrationResponses.${r.StatusCode}: no method response ${r.StatusCode}; CloudFormation will refuse it`,
      );
    }
  }

  const properties: PlainObject = {
    RestApiId: { Ref: 'RestApiId' },
    ResourceId: { Ref: 'ResourceId' },
    HttpMethod: design.method.httpMethod,
    AuthorizationType: 'NONE',
  };
  if (!isEmptyValue(design.method.requestParameters)) properties.RequestParameters = design.method.requestParameters;
  if (methodResponses.length) properties.MethodResponses = methodResponses;
  properties.Integration = integration;

  const api = withoutNulls({ ...design.api });
  const metadata: PlainObject = { format: design.format, name: design.name, resourcePath: design.method.resourcePath };
  if (!isEmptyValue(api)) metadata.api = api;

  const logicalId = methodLogicalId(design);
  const template: PlainObject = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      `${design.name}: ${design.method.httpMethod} ${design.method.resourcePath} (made by Integration Designer)`.slice(
        0,
        1024,
      ),
    Parameters: {
      RestApiId: { Type: 'String', Description: 'Id of the REST API (aws apigateway get-rest-apis)' },
      ResourceId: {
        Type: 'String',
        Description: `Id of the resource ${design.method.resourcePath} (aws apigateway get-resources)`.slice(0, 4000),
      },
    },
    Resources: {
      [logicalId]: { Type: METHOD_TYPE, Metadata: { [DESIGNER_METADATA_KEY]: metadata }, Properties: properties },
    },
  };
  if (design.api.binaryMediaTypes?.length) {
    warnings.push(
      'api.binaryMediaTypes: a property of the REST API (AWS::ApiGateway::RestApi BinaryMediaTypes), kept in Metadata only',
    );
  }
  return { template, logicalId, warnings };
}
