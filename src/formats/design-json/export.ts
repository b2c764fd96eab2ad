// `design-json`: the design document itself (docs/design-contracts.md#design-document), everything included: samples,
// backend, unknown fields, written by the model's serializer (fixed field order, so the same design always gives the
// same text).
import { serializeDesign } from '../../model/serialize.ts';
import type { Design } from '../../model/types.ts';
import type { ExportResult } from '../types.ts';

export function exportDesignJson(design: Design): ExportResult {
  return { text: serializeDesign(design), warnings: [] };
}
