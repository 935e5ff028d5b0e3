import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy } from './electron/security.ts';

// The renderer: served by the Node host to a browser, or loaded from file:// by Electron (hence relative base).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      // Electron loads the page from file://, where no header carries the policy: the page itself must.
      name: 'content-security-policy-meta',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy }, injectTo: 'head-prepend' },
      ],
    },
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
