// What the library slice tells the user when an operation fails or is refused: one message per failure, shown as it is.
import { ConflictError, StorageError } from '../share/index.ts';

/** Failures after which this tab cannot use IndexedDB any more: keep going in memory. */
export const MEMORY_FALLBACK = new Set(['unavailable', 'blocked', 'closed']);
export const CHOOSE_FIRST = 'First choose what to do about the changes made in another tab (above).';
export const IN_MEMORY_NOTE = 'Until that is fixed, designs are saved in this tab only and are lost when it closes.';

/** A refusal whose message is shown as it is (an operation the user cannot do now, and why). */
export class Refusal extends Error {
  override readonly name = 'Refusal';
}

export function messageOf(error: unknown): string {
  if (error instanceof StorageError || error instanceof ConflictError || error instanceof Refusal) return error.message;
  if ((error as Error)?.name === 'DesignFormatError')
    return `The saved design could not be read: ${(error as Error).message}`;
  return `Your saved designs could not be read or written (${(error as Error)?.message ?? String(error)}).`;
}
