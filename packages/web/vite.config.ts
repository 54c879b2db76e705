import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server the dev server forwards to (`npm run dev -w @gesang/web`). */
const apiTarget = 'http://127.0.0.1:3000';

/** This folder, whatever the working directory `vite` was started from. */
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

/**
 * Vite config for the Gesang web app: React, output to packages/web/dist (served by the server),
 * and a dev proxy so the app and the API share one origin, as in production (cookies, CSRF).
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    // Fonts are split by unicode-range; keep them as files, never inlined into CSS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/ready': apiTarget,
    },
  },
});
