// Vite bundles a config's relative imports only; through the package, Node would load the .ts file itself.
import { pwaAppConfig } from '../web-shared/src/vite/pwa-app.config';
import { preloadChunkOf } from '../web-shared/src/vite/preload-chunk';
import { defineConfig, mergeConfig } from 'vite';

// main.tsx only starts the first screen's downloads; the app's body (app/boot.tsx and the parts it
// imports one after another) is fetched beside it.
const APP_BODY = [
  'src/app/boot.tsx',
  'src/i18n/i18n.ts',
  'react-dom/client.js',
  'src/app/router.tsx',
  'src/app/client-app.tsx',
];

export default defineConfig(
  mergeConfig(pwaAppConfig(), {
    plugins: [preloadChunkOf(APP_BODY)],
    // Rollup would otherwise cut Mantine into a file per few components shared by the lazy pages: the
    // first screen then waits on dozens of small requests, six at a time over HTTP/1.1.
    build: { rollupOptions: { output: { experimentalMinChunkSize: 20_000 } } },
  }),
);
