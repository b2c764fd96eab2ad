// Small hooks that turn a form change into one undoable store edit, coalesced per field path.
import { useCallback } from 'react';
import type { ApiSettings, Integration, MethodSettings } from '../../model/types.ts';
import { withApi, withIntegration, withMethod } from '../../store/design-edits.ts';
import { useActions } from '../../store/hooks.tsx';

export function useEditIntegration(): (patch: Partial<Integration>, path: string) => void {
  const { editDesign } = useActions();
  return useCallback((patch, path) => editDesign((d) => withIntegration(d, patch), path), [editDesign]);
}

export function useEditMethod(): (patch: Partial<MethodSettings>, path: string) => void {
  const { editDesign } = useActions();
  return useCallback((patch, path) => editDesign((d) => withMethod(d, patch), path), [editDesign]);
}

export function useEditApi(): (patch: Partial<ApiSettings>, path: string) => void {
  const { editDesign } = useActions();
  return useCallback((patch, path) => editDesign((d) => withApi(d, patch), path), [editDesign]);
}

/** Text inputs write null for an empty value, as GetIntegration returns absent optional strings. */
export const orNull = (text: string): string | null => (text === '' ? null : text);
