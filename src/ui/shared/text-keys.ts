// React keys for lists of read-only texts (messages, notes, names): the text itself, counted when it repeats ("a",
// "a#2"). Index keys would make React reuse the wrong element when an item leaves the middle of the list.
export interface Keyed<T> {
  key: string;
  item: T;
  index: number;
}

export function withTextKeys<T>(items: readonly T[], text: (item: T) => string = String): Keyed<T>[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const base = text(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item, index };
  });
}
