// The few platform globals the engine and model may use: each exists, with this shape, in browsers, Web Workers and
// Node (>= 20). tsconfig.engine.json type-checks src/engine and src/model against ES2022 plus this file only — no DOM
// library, no Node types — so `document`, `window`, `localStorage`, `process` or `Buffer` in the engine fails the
// build (`npm run lint`). Add a global here only if it is available everywhere the engine runs (see
// docs/architecture.md#layers). The full app type check (tsconfig.json) uses the DOM library instead of this file.

interface TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoder {
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

declare function atob(data: string): string;
declare function btoa(data: string): string;

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
declare var AbortController: { prototype: AbortController; new (): AbortController };

declare function setTimeout(handler: () => void, timeout?: number): number;
declare function clearTimeout(id: number | undefined): void;

declare function structuredClone<T>(value: T): T;

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  username: string;
  toString(): string;
}
declare var URL: { prototype: URL; new (url: string, base?: string | URL): URL };

interface Crypto {
  randomUUID?(): string;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}
declare var crypto: Crypto | undefined;
