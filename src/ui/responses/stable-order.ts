// The order of response cards on screen. Responses are keyed by status code, and JavaScript orders such keys
// numerically ("40" before "200"), so while a status code is typed its response would jump around the list and the
// focused field would move under the cursor. Cards keep their place and identity instead: a key that changes alone
// (one removed, one added in the same edit) is a rename of the same card; new keys go last.
export interface OrderedKey {
  id: number;
  key: string;
}

let nextId = 1;

export function nextOrder(previous: readonly OrderedKey[], keys: readonly string[]): OrderedKey[] {
  const wanted = new Set(keys);
  const kept = new Set(previous.map((e) => e.key));
  const removed = previous.filter((e) => !wanted.has(e.key));
  const added = keys.filter((k) => !kept.has(k));
  if (removed.length === 1 && added.length === 1) {
    return previous.map((e) => (e === removed[0] ? { id: e.id, key: added[0]! } : e));
  }
  return [...previous.filter((e) => wanted.has(e.key)), ...added.map((key) => ({ id: nextId++, key }))];
}

export function sameOrder(order: readonly OrderedKey[], keys: readonly string[]): boolean {
  return order.length === keys.length && order.every((e) => keys.includes(e.key));
}
