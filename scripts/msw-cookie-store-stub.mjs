// msw keeps a cookie jar (tough-cookie, with the public-suffix list of tldts: a third of the command's code, about a
// quarter of the engine worker's, and most of a mocked call's time) to hand each handler the cookies of its URL. We
// only ask our own handlers for answers (getResponse in the engine worker and the command line, setupServer), and
// they never read `cookies` (src/mocks/handlers), so an empty jar answers the same. One stub for both bundlers: the
// command's (scripts/build-cli.mjs, esbuild) and the designer's (vite.config.ts, page and engine worker).

/** The module that stands in for msw's cookieStore: same export, no jar. */
export const COOKIE_STORE_STUB =
  'export const cookieStore = { getCookies: () => [], setCookie: async () => {}, persist() {} };';

/** True when `importer` (a file inside msw) imports msw's cookie store. */
export function isMswCookieStoreImport(specifier, importer) {
  return (
    /cookieStore\.m?js$/.test(specifier) &&
    typeof importer === 'string' &&
    /[\\/]node_modules[\\/]msw[\\/]/.test(importer)
  );
}
