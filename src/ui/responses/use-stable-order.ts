// React state for stable-order.ts: re-derived during render when the keys change (undo, edits, renames).
import { useState } from 'react';
import { nextOrder, sameOrder, type OrderedKey } from './stable-order.ts';

export function useStableOrder(keys: readonly string[]): OrderedKey[] {
  const [order, setOrder] = useState<OrderedKey[]>(() => nextOrder([], keys));
  if (!sameOrder(order, keys)) {
    const next = nextOrder(order, keys);
    setOrder(next);
    return next;
  }
  return order;
}
