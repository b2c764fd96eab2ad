// A Web Storage in memory for store tests (the part of `Storage` the designer uses), with its entries in `data`.
export function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    setItem: (k: string, v: string) => void data.set(k, v),
    getItem: (k: string) => data.get(k) ?? null,
    removeItem: (k: string) => void data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}
