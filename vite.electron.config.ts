import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Electron's main and preload, bundled to CommonJS; better-sqlite3 stays a real module (its N-API prebuild).
export default defineConfig({
  build: {
    outDir: 'dist/electron',
    emptyOutDir: true,
    ssr: true,
    target: 'node22',
    rollupOptions: {
      input: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
      external: ['electron', 'better-sqlite3', 'mammoth', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  ssr: { noExternal: true, external: ['better-sqlite3', 'mammoth'] },
});
