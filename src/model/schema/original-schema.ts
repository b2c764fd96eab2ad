// A design's "original" as stored in the browser (with a saved design's record, or per method with a stored
// workspace): the design as it was imported or opened, how it came, and when. What Compare measures "now" against.
// Like the other schemas it checks types only; the design itself goes through the model's restore step.
import { z } from './zod.ts';

export const ORIGINAL_SOURCES = ['imported', 'opened', 'shared', 'created', 'marked'] as const;

export const storedOriginalSchema = z.looseObject(
  {
    design: z.record(z.string(), z.unknown(), { error: 'a design document (a JSON object)' }),
    source: z.enum(ORIGINAL_SOURCES, { error: `one of ${ORIGINAL_SOURCES.join(', ')}` }),
    at: z.number({ error: 'a time (milliseconds since 1970)' }),
  },
  { error: 'an object with design, source and at' },
);
