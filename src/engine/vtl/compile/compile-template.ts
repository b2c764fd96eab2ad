// Template text -> compiled nodes, cached (bounded LRU): the designer re-renders the same template for every sample
// and every keystroke elsewhere, and the CLI's `test` renders it once per sample. Parse failures are cached too.
import { VtlRuntimeError } from '../errors.ts';
import { LruCache } from '../lru-cache.ts';
import type { CompiledTemplate } from './ir.ts';
import { parseTemplate } from './parse-template.ts';
import { toIr } from './to-ir.ts';

const cache = new LruCache<string, CompiledTemplate | VtlRuntimeError>(128);

export function compileTemplate(template: string): CompiledTemplate {
  let entry = cache.get(template);
  if (!entry) {
    try {
      entry = toIr(template, parseTemplate(template));
    } catch (e) {
      if (e instanceof VtlRuntimeError) entry = e;
      else if (e instanceof RangeError)
        entry = new VtlRuntimeError('limit', 'the template is nested too deeply to compile', { line: 1, column: 1 });
      else throw e;
    }
    cache.set(template, entry);
  }
  if (entry instanceof VtlRuntimeError) throw entry;
  return entry;
}
