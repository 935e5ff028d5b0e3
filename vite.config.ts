import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: served by the Node host to a browser, or loaded from file:// by Electron (hence relative base).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
