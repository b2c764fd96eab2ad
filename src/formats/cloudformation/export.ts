// `cloudformation-yaml` and `cloudformation-json`: a complete template (Parameters + Resources) that deploys the
// method with `aws cloudformation deploy`; see docs/deploying.md.
import { Document, Scalar } from 'yaml';
import type { Design } from '../../model/types.ts';
import type { ExportResult } from '../types.ts';
import { buildTemplate } from './build-template.ts';

export function exportCloudFormationJson(design: Design): ExportResult {
  const { template, warnings } = buildTemplate(design);
  return { text: `${JSON.stringify(template, null, 2)}\n`, warnings };
}

export function exportCloudFormationYaml(design: Design): ExportResult {
  const { template, logicalId, warnings } = buildTemplate(design);
  // YAML 1.1 rules for quoting: a 1.1 reader takes `on`, `yes`, 2010-09-09 for booleans and dates; quoted, they stay
  // text.
  const doc = new Document(template, { version: '1.1' });
  for (const parameter of ['RestApiId', 'ResourceId']) {
    const ref = new Scalar(parameter);
    ref.tag = '!Ref';
    doc.setIn(['Resources', logicalId, 'Properties', parameter], ref);
  }
  // lineWidth 0: never fold long lines (templates read better as they were written); literal blocks for multi-line.
  return { text: doc.toString({ lineWidth: 0, blockQuote: 'literal' }), warnings };
}
