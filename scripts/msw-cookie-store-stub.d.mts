// Types of scripts/msw-cookie-store-stub.mjs for vite.config.ts.
export declare const COOKIE_STORE_STUB: string;
export declare function isMswCookieStoreImport(specifier: string, importer: string | undefined): boolean;
