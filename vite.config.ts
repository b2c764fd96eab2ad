import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { COOKIE_STORE_STUB, isMswCookieStoreImport } from './scripts/msw-cookie-store-stub.mjs';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

/**
 * Modules that run no code of consequence when imported, so that the bundler may leave one out when the page uses none
 * of its exports: the engine (pure TypeScript by rule, docs/architecture.md#layers; the page imports a few small
 * functions from its index, and without this the whole Velocity parser came along) and libraries that declare nothing
 * about their side effects but have none. A library that declares `sideEffects` in its package.json keeps its own word.
 */
const PURE_MODULES = /\/src\/engine\/|\/node_modules\/(velocityjs|jsonpath-plus|yaml|debug|ms)\//;

/** msw's cookie jar left out of the page and the engine worker (scripts/msw-cookie-store-stub.mjs says why). */
function withoutMswCookieJar(): Plugin {
  const id = '\0msw-cookie-store-stub';
  return {
    name: 'msw-without-cookie-jar',
    enforce: 'pre',
    resolveId: (source, importer) => (isMswCookieStoreImport(source, importer) ? id : null),
    load: (loading) => (loading === id ? COOKIE_STORE_STUB : null),
  };
}

/**
 * THIRD-PARTY-NOTICES.txt next to the built designer: the licences of every package bundled into the page and its
 * workers (the package ships the build in dist/app for `integration-designer open`). Workers are bundled during the
 * page's build, so their modules are known by the time the page's bundle is written.
 */
const bundledModules = new Set<string>();
function collectModules(): Plugin {
  return {
    name: 'collect-bundled-modules',
    apply: 'build',
    generateBundle() {
      for (const id of this.getModuleIds()) bundledModules.add(id);
    },
  };
}
function writeNotices(): Plugin {
  return {
    name: 'third-party-notices',
    apply: 'build',
    generateBundle() {
      for (const id of this.getModuleIds()) bundledModules.add(id);
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-NOTICES.txt',
        source: thirdPartyNotices(
          process.cwd(),
          bundledModules,
          'The Integration Designer app bundles the following packages.',
        ),
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), withoutMswCookieJar(), writeNotices()],
  worker: { format: 'es', plugins: () => [withoutMswCookieJar(), collectModules()] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    // Monaco is one large lazily loaded chunk by design (see README "Performance").
    chunkSizeWarningLimit: 4500,
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !PURE_MODULES.test(id) } },
  },
});
