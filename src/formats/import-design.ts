// importDesign: a file's text -> a Design (through the model's restore step) or an error value; never a partial design.
import { DESIGN_FORMAT } from '../model/types.ts';
import type { Design } from '../model/types.ts';
import type { ImportFormatId, ImportOptions, ImportResult, ImportedParts, PartsResult } from './types.ts';
import { parseStructuredText } from './shared/structured-text.ts';
import { detectImportFormat, IMPORT_FORMAT_IDS } from './detect-format.ts';
import { importDesignJson } from './design-json/import.ts';
import { importAwsJson } from './aws-json/import.ts';
import { importOpenApi } from './openapi/import.ts';
import { importCloudFormation } from './cloudformation/import.ts';
import { restoreImported } from './shared/restore-imported.ts';
import { nullTemplatesToEmpty } from './shared/null-templates.ts';
import { exampleBackend, exampleSample } from '../model/example-traffic.ts';

const LABELS: Record<ImportFormatId, string> = {
  'design-json': 'design document',
  'aws-json': 'AWS Integration JSON',
  openapi: 'OpenAPI document',
  cloudformation: 'CloudFormation template',
};

function readParts(from: ImportFormatId, value: unknown, options: ImportOptions): PartsResult {
  switch (from) {
    case 'design-json':
      return importDesignJson(value);
    case 'aws-json':
      return importAwsJson(value);
    case 'openapi':
      return importOpenApi(value, options.path, options.method);
    case 'cloudformation':
      return importCloudFormation(value, options.resource);
  }
}

/** A design with nothing in it but the imported parts, when there is no base design to put them into. */
function skeleton(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'Imported integration',
    api: {},
    method: { httpMethod: 'POST', resourcePath: '/' },
    integration: { type: 'MOCK' },
    samples: [],
  };
}

function assemble(parts: ImportedParts, base: Design | undefined, notes: string[]): unknown {
  if (parts.whole) return parts.whole;
  const start = base ? structuredClone(base) : skeleton();
  if (!base && !parts.method?.httpMethod) notes.push('The file does not say the method verb: POST was assumed.');
  if (!base && !parts.method?.resourcePath) notes.push('The file does not say the resource path: / was assumed.');
  const method = { ...start.method, ...parts.method };
  return {
    ...start,
    name: parts.name ?? start.name,
    api: { ...start.api, ...parts.api },
    method,
    integration: nullTemplatesToEmpty(parts.integration, notes),
    methodResponses: parts.methodResponses ?? start.methodResponses,
  };
}

export function importDesign(text: string, options: ImportOptions = {}): ImportResult {
  if (options.from && !IMPORT_FORMAT_IDS.includes(options.from)) {
    return { ok: false, error: `unknown format "${options.from}"; expected one of ${IMPORT_FORMAT_IDS.join(', ')}` };
  }
  const parsed = parseStructuredText(text);
  if (!parsed.ok) {
    if (/^\s*(resource|variable|provider|terraform|module)\s+("|\{)/m.test(text)) {
      return {
        ok: false,
        error:
          'this looks like Terraform (HCL), which cannot be imported: import get-integration output, an OpenAPI export or a CloudFormation template instead',
      };
    }
    return { ok: false, error: parsed.error, unreadable: true };
  }
  const from = options.from ?? detectImportFormat(parsed.value);
  if (!from) {
    return {
      ok: false,
      error:
        'cannot tell what this file is: expected a design document, aws apigateway get-integration / get-method output, an OpenAPI document with x-amazon-apigateway-integration, or a CloudFormation template',
    };
  }
  const read = readParts(from, parsed.value, options);
  if (!read.ok)
    return {
      ok: false,
      error: `${LABELS[from]}: ${read.error}`,
      ...(read.candidates ? { candidates: read.candidates } : {}),
    };
  const notes = [...read.notes];
  const candidate = assemble(read.parts, options.base, notes);
  const restored = restoreImported(candidate);
  if (!restored.ok) return { ok: false, error: `${LABELS[from]}: ${restored.error}` };
  const design = options.base || read.parts.whole ? restored.design : withExampleTraffic(restored.design, notes);
  return { ok: true, design, notes: [...notes, ...restored.notes], from, warnings: restored.warnings };
}

/**
 * A new design from an import gets a sample and a mock backend that fit it (never another design's, which would
 * send a POST sample to a GET method or answer a Lambda proxy with an HTTP response). A design document is taken as
 * it is.
 */
function withExampleTraffic(design: Design, notes: string[]): Design {
  const out = { ...design };
  if (out.samples.length === 0) {
    const sample = exampleSample(out);
    out.samples = [sample];
    notes.push(`An example request was added (${sample.method} ${sample.path}): edit it under Sample request.`);
  }
  if (out.backend === undefined) {
    const backend = exampleBackend(out);
    if (backend) out.backend = backend;
  }
  return out;
}
