// The preset dictionary for share links of format 1: text that designs often contain, in the JSON-escaped form it
// has inside the payload, so that deflate can refer back to it instead of spelling it out.
// FROZEN: links made with it must open forever. A change needs a new link format (2) with its own dictionary.
import { strToU8 } from 'fflate';

const FRAGMENTS_V1 = [
  '"id":"', '"message":"', '"error":"', '"items":[', 'application/xml', 'text/plain', 'application/x-www-form-urlencoded',
  'Bad Request', 'Not Found', 'Internal Server Error', '"errorMessage":"', '"errorType":"', '.*', '4\\\\d{2}', '5\\\\d{2}',
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:',
  '/invocations', 'arn:aws:apigateway:us-east-1:', ':action/', ':path/', 'arn:aws:iam::123456789012:role/',
  '"backend":{"http":{"statusCode":200,"headers":{"Content-Type":"application/json"},"body":"',
  '"lambda":{"result":{"statusCode":200,"body":"', '"isBase64Encoded":false', '"delayMs":0', '"echo":true',
  '"samples":[{"name":"happy path","method":"POST","path":"/","headers":{"Content-Type":"application/json","Accept":"application/json","Authorization":"Bearer ',
  '"query":{', '"body":"{\\"name\\": \\"', '"expect":{"status":200', '"stageVariables":{', '"context":{"identity":{"sourceIp":"',
  '"methodResponses":{"200":{"statusCode":"200","responseParameters":{"method.response.header.',
  '"responseModels":{"application/json":"Empty"}',
  '"integrationResponses":{"200":{"statusCode":"200","selectionPattern":"', '"responseTemplates":{"application/json":"',
  '"responseParameters":{"method.response.header.Content-Type":"\'application/json\'"',
  '"method.response.header.Access-Control-Allow-Origin":"\'*\'"', 'integration.response.header.', 'integration.response.body.',
  '"passthroughBehavior":"WHEN_NO_TEMPLATES"', '"passthroughBehavior":"WHEN_NO_MATCH"', '"passthroughBehavior":"NEVER"',
  '"contentHandling":"CONVERT_TO_TEXT"', '"contentHandling":"CONVERT_TO_BINARY"', '"timeoutInMillis":29000',
  '"cacheNamespace":"', '"cacheKeyParameters":["method.request.',
  '$util.escapeJavaScript(', '$util.urlEncode(', '$util.base64Encode(', '$util.parseJson(', '$context.requestId',
  '$context.identity.sourceIp', '$context.authorizer.', '$stageVariables.', '$input.params(\'', '$input.json(\'$\')',
  '#foreach($', ' in $', '#if($', '#elseif(', '#else', '#end', '#if($foreach.hasNext),#end', '\\n  \\"', '\\",\\n',
  '"requestTemplates":{"application/json":"#set($inputRoot = $input.path(\'$\'))\\n{\\n  \\"',
  '"integration.request.header.', '"integration.request.querystring.', '"integration.request.path.":"method.request.path.',
  '"connectionType":"INTERNET","connectionId":null,"credentials":null,"requestParameters":{',
  '"integration":{"type":"HTTP","httpMethod":"GET","uri":"https://', '"type":"HTTP_PROXY"', '"type":"AWS_PROXY"',
  '"type":"AWS","httpMethod":"POST","uri":"arn:aws:apigateway:', '"type":"MOCK"',
  '"requestParameters":{"method.request.path.', '":true,"method.request.header.', '":false,"method.request.querystring.',
  '"method":{"httpMethod":"POST","resourcePath":"/',
  '{"format":"integration-designer/1","name":"', '","api":{"binaryMediaTypes":["application/octet-stream","image/png"],"stageName":"test"',
];

export const LINK_DICTIONARY_V1: Uint8Array = strToU8(FRAGMENTS_V1.join(''));
