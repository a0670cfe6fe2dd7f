import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The web manifest is per tenant and served by the tenancy-webManifest function through a Hosting
// rewrite, so the plugin only generates the service worker.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      manifest: false,
      registerType: 'autoUpdate',
      injectRegister: 'auto',
      workbox: {
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/manifest\.webmanifest/, /^\/tenant-icon\.png/],
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // Import and export load exceljs on demand: cached when first used, not installed with the app.
        globIgnores: ['**/exceljs-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/exceljs-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'on-demand-chunks', expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // A rebuild while the Hosting emulator serves dist must never leave it without index.html (the
    // emulator exits on that); scripts/build.mjs empties dist itself before a full build.
    emptyOutDir: false,
    // exceljs (import and export, ~940 KB) is the largest chunk and is only loaded on demand.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // Only renames the chunk holding exceljs (the split stays Rollup's), so the service worker can
        // leave it out of the precache (see globIgnores).
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/exceljs/'))
            ? 'assets/exceljs-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { port: 5173 },
});
