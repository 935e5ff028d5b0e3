import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Electron's main and preload, bundled to CommonJS, one build each (`--mode main`, `--mode preload`):
// a sandboxed preload may require only 'electron', so it must be one self-contained file. `--mode worker` builds the
// import worker (an ES module) beside main.cjs, where the import pool looks for it.
// better-sqlite3 stays a real module (its N-API prebuild), as does mammoth.
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  if (mode === 'worker') {
    return {
      build: {
        outDir: 'dist/electron',
        emptyOutDir: false,
        ssr: true,
        target: 'node22',
        rollupOptions: {
          input: { worker: 'electron/import/worker.ts' },
          external: ['better-sqlite3', 'mammoth', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
          output: { format: 'es', entryFileNames: '[name].mjs', inlineDynamicImports: true },
        },
      },
      ssr: { noExternal: true, external: ['better-sqlite3', 'mammoth'] },
    };
  }
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir: entry === 'main',
      ssr: true,
      target: 'node22',
      rollupOptions: {
        input: { [entry]: `electron/${entry}.ts` },
        external: ['electron', 'better-sqlite3', 'mammoth', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: entry === 'preload' },
      },
    },
    ssr: { noExternal: true, external: ['better-sqlite3', 'mammoth'] },
  };
});
