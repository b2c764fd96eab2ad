// What reading a whole API definition gives: one design per method, keyed by "VERB /resource/path", with where in
// the file the method and its templates are (so a failing test can name the template and its line).
import type { Design } from '../../model/types.ts';

/** A path of keys into the parsed file: ['Resources', 'GetPet', 'Properties', 'Integration', ...]. */
export type KeyPath = (string | number)[];

export interface ApiMethodSource {
  /** The file the method is declared in, relative to the API file's folder; undefined: the API file itself. */
  file?: string;
  /** Where the method is declared in that file. */
  path: KeyPath;
  /** Where each request template is, by content type. */
  requestTemplates: Record<string, KeyPath>;
  /** Where each response template is, by integration response status code, then content type. */
  responseTemplates: Record<string, Record<string, KeyPath>>;
}

export interface ApiMethodDesign {
  /** "VERB /resource/path", e.g. "POST /pets/{petId}". */
  key: string;
  design: Design;
  source: ApiMethodSource;
  /** What was approximated or assumed while reading it. */
  notes: string[];
}

export interface ApiDesigns {
  kind: 'cloudformation' | 'openapi' | 'aws-resources' | 'design';
  methods: Map<string, ApiMethodDesign>;
  /** Methods that are declared but could not be read, by key (or by where they are when no key is known). */
  problems: Map<string, string>;
}

export interface ApiReadOptions {
  /** Template parameters (and pseudo parameters such as AWS::Region) for CloudFormation intrinsic functions. */
  parameters?: Record<string, unknown>;
  /** Stage variables every design gets (over those the definition declares). */
  stageVariables?: Record<string, string>;
  /** Reads a file named by the definition (SAM DefinitionUri, AWS::Include), relative to the API file's folder. */
  readFile?: (path: string) => string;
}

export type ApiReadResult = { ok: true; api: ApiDesigns } | { ok: false; error: string };
