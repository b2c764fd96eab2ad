// Ready-made mapping templates, offered as snippets in the editor and as starting points for a new template.
// The "map all parameters" body is the console's "Method Request passthrough" template, as given in
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
// ("Parameter mapping template example").

export interface ReadyMadeTemplate {
  /** Short name shown in the completion list and the "insert" menu. */
  label: string;
  description: string;
  /** Plain template text (not snippet syntax). */
  body: string;
}

export const READY_MADE_TEMPLATES: readonly ReadyMadeTemplate[] = [
  {
    label: 'map all parameters',
    description: 'The body, every path/query/header parameter, stage variables and context, as one JSON object.',
    body: `#set($allParams = $input.params())
{
"body-json" : $input.json('$'),
"params" : {
#foreach($type in $allParams.keySet())
  #set($params = $allParams.get($type))
"$type" : {
  #foreach($paramName in $params.keySet())
  "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
    #if($foreach.hasNext),#end
  #end
}
  #if($foreach.hasNext),#end
#end
},
"stage-variables" : {
#foreach($key in $stageVariables.keySet())
"$key" : "$util.escapeJavaScript($stageVariables.get($key))"
  #if($foreach.hasNext),#end
#end
},
"context" : {
  "http-method" : "$context.httpMethod",
  "request-id" : "$context.requestId",
  "resource-path" : "$context.resourcePath",
  "source-ip" : "$context.identity.sourceIp",
  "stage" : "$context.stage"
}
}
`,
  },
  {
    label: 'JSON field mapping',
    description: 'Picks fields of the JSON body and a path parameter into a new JSON object.',
    body: `#set($body = $input.path('$'))
{
  "id": "$util.escapeJavaScript($input.params('id'))",
  "name": "$util.escapeJavaScript($body.name).replaceAll("\\\\'","'")"
}
`,
  },
  {
    label: 'passthrough with escapeJavaScript',
    description:
      "Wraps the raw body as an escaped JSON string (the replaceAll undoes the \\' that JSON does not allow).",
    body: `{
  "body": "$util.escapeJavaScript($input.body).replaceAll("\\\\'","'")"
}
`,
  },
  {
    label: 'list to JSON array',
    description: 'Loops over a JSON array with #foreach, placing commas with $foreach.hasNext.',
    body: `#set($items = $input.path('$.items'))
[
#foreach($item in $items)
  { "name": "$util.escapeJavaScript($item.name)" }#if($foreach.hasNext),#end
#end
]
`,
  },
  {
    label: 'form-encoded SQS SendMessage',
    description: 'An AWS service action body: the request body URL-encoded into an SQS SendMessage call.',
    body: 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)\n',
  },
  {
    label: 'MOCK status code',
    description: 'A MOCK integration picks its integration response from the statusCode the request template returns.',
    body: '{"statusCode": 200}\n',
  },
];

/** Escapes plain text for Monaco snippet syntax, where `$`, `}` and `\` are special. */
export function toSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
