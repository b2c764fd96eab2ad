// How CloudFormation spells the fields of AWS::ApiGateway::Method and its Integration, next to GetIntegration's.
// Sources: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html
//          https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integration.html
//          https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integrationresponse.html

/** design `integration` field -> CloudFormation `Integration` property (integrationResponses is handled apart). */
export const INTEGRATION_PROPERTY: Record<string, string> = {
  type: 'Type',
  httpMethod: 'IntegrationHttpMethod',
  uri: 'Uri',
  connectionType: 'ConnectionType',
  connectionId: 'ConnectionId',
  credentials: 'Credentials',
  requestParameters: 'RequestParameters',
  requestTemplates: 'RequestTemplates',
  passthroughBehavior: 'PassthroughBehavior',
  contentHandling: 'ContentHandling',
  timeoutInMillis: 'TimeoutInMillis',
  cacheNamespace: 'CacheNamespace',
  cacheKeyParameters: 'CacheKeyParameters',
};

export const INTEGRATION_RESPONSE_PROPERTY: Record<string, string> = {
  statusCode: 'StatusCode',
  selectionPattern: 'SelectionPattern',
  responseParameters: 'ResponseParameters',
  responseTemplates: 'ResponseTemplates',
  contentHandling: 'ContentHandling',
};

export const METHOD_RESPONSE_PROPERTY: Record<string, string> = {
  statusCode: 'StatusCode',
  responseParameters: 'ResponseParameters',
  responseModels: 'ResponseModels',
};

export const METHOD_TYPE = 'AWS::ApiGateway::Method';
export const RESOURCE_TYPE = 'AWS::ApiGateway::Resource';
/** Where the export keeps what CloudFormation has no property for (name, resource path, API settings). */
export const DESIGNER_METADATA_KEY = 'IntegrationDesigner';
