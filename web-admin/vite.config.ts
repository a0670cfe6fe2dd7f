// Vite bundles a config's relative imports only; through the package, Node would load the .ts file itself.
import { pwaAppConfig } from '../web-shared/src/vite/pwa-app.config';
import { defineConfig, mergeConfig } from 'vite';

export default defineConfig(
  mergeConfig(
    pwaAppConfig({
      // Import and export load exceljs on demand: cached when first used, not installed with the app.
      globIgnores: ['**/exceljs-*.js'],
      runtimeCaching: [
        {
          urlPattern: /\/assets\/exceljs-[\w-]+\.js$/,
          handler: 'CacheFirst',
          options: { cacheName: 'on-demand-chunks', expiration: { maxEntries: 4 } },
        },
      ],
    }),
    {
      build: {
        // exceljs (import and export, ~940 KB) is the largest chunk and is only loaded on demand.
        chunkSizeWarningLimit: 1000,
        rollupOptions: {
          output: {
            // Only renames the chunk holding exceljs (the split stays Rollup's), so the service worker can
            // leave it out of the precache (see globIgnores).
            chunkFileNames: (chunk: { moduleIds: readonly string[] }) =>
              chunk.moduleIds.some((id) => id.includes('/node_modules/exceljs/'))
                ? 'assets/exceljs-[hash].js'
                : 'assets/[name]-[hash].js',
          },
        },
      },
      server: { port: 5173 },
    },
  ),
);
