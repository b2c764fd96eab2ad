// The workspace document (`integration-designer-workspace/1`): a whole API opened in the designer — the file it came
// from, the API-level settings its methods share, and one design document per method with its last test status.
// Like the design schema it checks types only. Each method's design is checked by the design document's own schema
// when it goes through the model's restore step (src/workspace/restore-workspace.ts) — once, not twice: a workspace of
// 300 methods is read in one go when it is opened.
import { z } from './zod.ts';
import { apiSchema } from './design-schema.ts';

const keyPathSchema = z.array(z.union([z.string(), z.number()]), { error: 'an array of keys into the file' });

/** Where the method and its templates are in the source file (read-api-designs.ts ApiMethodSource). */
export const methodSourceSchema = z.looseObject(
  {
    file: z.string().optional(),
    path: keyPathSchema,
    requestTemplates: z.record(z.string(), keyPathSchema, { error: 'an object of media type -> key path' }),
    responseTemplates: z.record(
      z.string(),
      z.record(z.string(), keyPathSchema, { error: 'an object of media type -> key path' }),
      { error: 'an object of status code -> media type -> key path' },
    ),
  },
  { error: 'an object with path, requestTemplates and responseTemplates' },
);

export const methodTestStatusSchema = z.looseObject(
  {
    state: z.enum(['untested', 'passed', 'failed'], { error: 'one of untested, passed, failed' }),
    passed: z.number().optional(),
    failed: z.number().optional(),
  },
  { error: 'an object with state (untested, passed or failed)' },
);

export const workspaceMethodSchema = z.looseObject(
  {
    key: z.string({ error: 'a string "VERB /resource/path"' }),
    /** A design document: checked by restoreDesign (designSchema), its paths prefixed with `methods[i].design`. */
    design: z.record(z.string(), z.unknown(), { error: 'a design document (a JSON object)' }),
    source: methodSourceSchema.optional(),
    status: methodTestStatusSchema.optional(),
  },
  { error: 'a method object with key and design' },
);

export const workspaceSchema = z.looseObject(
  {
    format: z.string().optional(),
    name: z.string().optional(),
    source: z
      .looseObject(
        {
          fileName: z.string({ error: 'a file name' }),
          kind: z.string({ error: 'the kind of file (openapi, cloudformation, aws-resources, design)' }),
          text: z.string({ error: 'the original text of the file' }),
        },
        { error: 'an object with fileName, kind and text' },
      )
      .optional(),
    api: apiSchema.optional(),
    methods: z.array(workspaceMethodSchema, { error: 'an array of methods' }),
    selected: z.string().optional(),
  },
  { error: 'a workspace document (a JSON object)' },
);
