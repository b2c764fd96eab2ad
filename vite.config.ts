import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Modules that run no code of consequence when imported, so that the bundler may leave one out when the page uses none
 * of its exports: the engine (pure TypeScript by rule, docs/architecture.md#layers; the page imports a few small
 * functions from its index, and without this the whole Velocity parser came along) and libraries that declare nothing
 * about their side effects but have none. A library that declares `sideEffects` in its package.json keeps its own word.
 */
const PURE_MODULES = /\/src\/engine\/|\/node_modules\/(velocityjs|jsonpath-plus|yaml|debug|ms)\//;

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    // Monaco is one large lazily loaded chunk by design (see README "Performance").
    chunkSizeWarningLimit: 4500,
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !PURE_MODULES.test(id) } },
  },
});
