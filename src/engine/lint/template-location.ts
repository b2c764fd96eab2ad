// How a template is named in findings and problems: `integration.requestTemplates["application/json"]`,
// `integration.integrationResponses["200"].responseTemplates["application/json"]`.
import { keyPath } from '../../model/paths.ts';
import type { TemplateTarget } from './rule.ts';

export function templateLocation(target: TemplateTarget): string {
  return target.kind === 'request'
    ? keyPath('integration.requestTemplates', target.contentType)
    : `${keyPath('integration.integrationResponses', target.statusCode)}.${keyPath('responseTemplates', target.contentType)}`;
}
