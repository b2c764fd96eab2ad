// Public types of the export/import modules (the UI's Export and Import dialogs use these).
import type { Design, Problem } from '../model/types.ts';

export type ExportFormatId =
  | 'design-json'
  | 'aws-json'
  | 'aws-cli'
  | 'aws-cli-files'
  | 'cloudformation-yaml'
  | 'cloudformation-json'
  | 'openapi'
  | 'openapi-yaml'
  | 'terraform';

export type ImportFormatId = 'design-json' | 'aws-json' | 'openapi' | 'cloudformation';

/** What an exporter gives: the text to save or copy, and what it could not carry (shown next to the text). */
export interface ExportResult {
  text: string;
  warnings: string[];
}

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** One sentence for the Export dialog: what the file is and how it is deployed. */
  description: string;
  mediaType: string;
  /**
   * What this format never carries, whatever the design (the Export dialog lists it under each format); what a
   * particular design loses on top of that comes back as the export's warnings.
   */
  cannotCarry: readonly string[];
  fileName(design: Design): string;
  export(design: Design): ExportResult;
}

/** A method found in a file that holds several; pass its `path`+`method` or `resource` back to choose it. */
export interface ImportCandidate {
  label: string;
  path?: string;
  method?: string;
  resource?: string;
}

export interface ImportOptions {
  /** The file's format; detected from its content when absent. */
  from?: ImportFormatId;
  /** OpenAPI: the path and method to take when the document holds several integrations. */
  path?: string;
  method?: string;
  /** CloudFormation: the logical id of the AWS::ApiGateway::Method to take when there are several. */
  resource?: string;
  /**
   * The design the imported parts replace; samples, backend and what the file does not carry come from it. Without
   * it the import is a new design, with an example sample and mock backend that fit its method and integration.
   */
  base?: Design;
}

export type ImportResult =
  /** `warnings`: unknown fields the design kept, each with the nearest known field. */
  | { ok: true; design: Design; notes: string[]; from: ImportFormatId; warnings: Problem[] }
  /** `unreadable`: the text could not be parsed at all (syntax, nesting), as opposed to a file that is not a design. */
  | { ok: false; error: string; candidates?: ImportCandidate[]; unreadable?: boolean };

/**
 * What one importer reads from a file: the parts of a design the format carries. `integration` is always there;
 * the rest only when the file says it.
 */
export interface ImportedParts {
  name?: string;
  api?: Record<string, unknown>;
  method?: {
    httpMethod?: string;
    resourcePath?: string;
    requestParameters?: Record<string, boolean>;
    requestModels?: Record<string, string>;
  };
  integration: Record<string, unknown>;
  methodResponses?: Record<string, Record<string, unknown>>;
  /** A whole design document (design-json): used as it is. */
  whole?: Record<string, unknown>;
}

export type PartsResult =
  | { ok: true; parts: ImportedParts; notes: string[] }
  | { ok: false; error: string; candidates?: ImportCandidate[] };
