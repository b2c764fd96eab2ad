// A workspace: a whole API (an OpenAPI document, a CloudFormation/SAM template, get-resources output) opened in the
// designer at once. Its methods are design documents; the API-level settings they share (binary media types, stage
// variables, the stage name) live once, in `api`, so editing them in one method edits them for all — as in API
// Gateway, where binaryMediaTypes belong to the RestApi and stage variables to the stage
// (https://docs.aws.amazon.com/apigateway/latest/api/API_RestApi.html, API_Stage.html).
import type { ApiMethodSource } from '../formats/api-definition/types.ts';
import type { ApiSettings, Design } from '../model/types.ts';

export const WORKSPACE_FORMAT = 'integration-designer-workspace/1';

export type ApiSourceKind = 'openapi' | 'cloudformation' | 'aws-resources' | 'design';

/** The file the workspace was opened from, as it was: "Export back" writes the edits into this text. */
export interface WorkspaceSource {
  fileName: string;
  kind: ApiSourceKind;
  text: string;
}

/** Where a method and its templates are in the source file (as readApiDesigns found them). */
export type WorkspaceMethodSource = ApiMethodSource;

/** The outcome of the method's samples in the last Run all (or untested since it was opened or changed). */
export interface MethodTestStatus {
  state: 'untested' | 'passed' | 'failed';
  passed?: number;
  failed?: number;
}

export interface WorkspaceMethod {
  /** "VERB /resource/path", unique in the workspace. */
  key: string;
  /** The method's design; its `api` is ignored (the workspace's `api` is the one every method uses). */
  design: Design;
  source?: WorkspaceMethodSource;
  status: MethodTestStatus;
}

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  /** Its id in the browser's storage (given when it is first opened). */
  id?: string;
  name: string;
  source: WorkspaceSource;
  api: ApiSettings;
  methods: WorkspaceMethod[];
  /** The key of the method open in the designer. */
  selected: string;
}

export const UNTESTED: MethodTestStatus = { state: 'untested' };
