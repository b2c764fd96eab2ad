// The engine worker's messages that arrive while its code loads, held and handed to it in order once it has loaded
// (engine-worker-entry.ts says why the worker starts with a script this small).

/** The part of a worker's global scope this needs (a fake in tests). */
export interface MessageScope<E> {
  onmessage: ((event: E) => void) | null;
}

/**
 * Holds `scope`'s messages until `load` resolves — by then the loaded code has set `scope.onmessage` — and then hands
 * them to that handler, oldest first. A load that fails is thrown in a task of its own: in a worker, that reaches the
 * page as the Worker's error event.
 */
export function holdUntilLoaded<E>(
  scope: MessageScope<E>,
  load: () => Promise<unknown>,
  fail: (error: Error) => void = (error) =>
    setTimeout(() => {
      throw error;
    }),
): Promise<void> {
  const held: E[] = [];
  const hold = (event: E) => void held.push(event);
  scope.onmessage = hold;
  return load().then(
    () => {
      // The loaded code's own handler; a module that set none leaves the messages where they were.
      const handler = scope.onmessage;
      if (handler === hold || !handler) return;
      for (const event of held.splice(0)) handler(event);
    },
    (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
  );
}
