// Common media types offered in datalists (template keys, binary media types, Content-Type headers).
import { Datalist } from './key-value-editor.tsx';

export const COMMON_MEDIA_TYPES = [
  'application/json',
  'application/xml',
  'text/plain',
  'text/html',
  'text/xml',
  'text/csv',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data',
  'image/png',
  'image/jpeg',
] as const;

export function MediaTypesDatalist({ id, wildcards = false }: { id: string; wildcards?: boolean }) {
  return <Datalist id={id} options={wildcards ? [...COMMON_MEDIA_TYPES, 'image/*', '*/*'] : COMMON_MEDIA_TYPES} />;
}
