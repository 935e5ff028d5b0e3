import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The command line and its import worker bundled to ES modules (dist/cli): one file to parse instead of a hundred
// TypeScript files to strip, so `nianbao inspect` starts in a fraction of the time. bin/nianbao.js uses the bundle
// while it is newer than the sources, else the sources themselves.
export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    ssr: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      input: { cli: 'electron/cli.ts', worker: 'electron/import/worker.ts' },
      external: ['better-sqlite3', 'mammoth', 'exceljs', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, external: ['better-sqlite3', 'mammoth', 'exceljs'] },
});
