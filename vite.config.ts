import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { COOKIE_STORE_STUB, isMswCookieStoreImport } from './scripts/msw-cookie-store-stub.mjs';
import { thirdPartyNotices } from './scripts/third-party-notices.mjs';

/**
 * Modules that run no code of consequence when imported, so that the bundler may leave one out when the page uses none
 * of its exports: the engine and the model (pure TypeScript by rule, docs/architecture.md#layers; the page imports a
 * few small functions from their indexes, and without this the whole Velocity parser came along, and the Java-regex
 * engine with the model's index) and libraries that declare nothing about their side effects but have none. A library
 * that declares `sideEffects` in its package.json keeps its own word.
 */
const PURE_MODULES = /\/src\/(engine|model)\/|\/node_modules\/(velocityjs|jsonpath-plus|yaml|debug|ms)\//;

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

/** The engine worker's main chunk (not its first script, engine-worker-entry). */
const ENGINE_CHUNK = /(^|\/)engine-worker-(?!entry-)[\w-]+\.js$/;

/**
 * The app's chunk (src/start-app.tsx, which main.tsx imports once it has started the engine worker) and its imports,
 * preloaded by index.html: they download alongside the small entry instead of after it has run.
 */
function preloadAppChunk(appModule = '/src/start-app.tsx'): Plugin {
  let base = '/';
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`preload-app-chunk: no chunk for ${appModule}`);
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
        // The engine's chunk, which the engine worker's small first script imports (src/worker/engine-worker-entry.ts
        // says why it is a chunk of its own): fetched with the page's first requests into the HTTP cache, so the
        // worker's own request, once the worker runs, is a revalidation (a trace: 179 bytes at 305 ms instead of the
        // whole chunk requested at 550 ms). As a plain fetch, so the page does not parse it; Chromium's console notes
        // that the page itself did not use it.
        for (const file of Object.keys(ctx.bundle ?? {}).filter((f) => ENGINE_CHUNK.test(f)))
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          });
        return { html, tags };
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), withoutMswCookieJar(), writeNotices(), preloadAppChunk()],
  worker: { format: 'es', plugins: () => [withoutMswCookieJar(), collectModules()] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    // Monaco is one large lazily loaded chunk by design (see README "Performance").
    chunkSizeWarningLimit: 4500,
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !PURE_MODULES.test(id) } },
  },
});
