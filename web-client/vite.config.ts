// Vite bundles a config's relative imports only; through the package, Node would load the .ts file itself.
import { pwaAppConfig } from '../web-shared/src/vite/pwa-app.config';
import { preloadChunkOf } from '../web-shared/src/vite/preload-chunk';
import { defineConfig, mergeConfig } from 'vite';

// main.tsx only starts the first screen's downloads; the app's body (app/boot.tsx) is fetched beside it.
export default defineConfig(mergeConfig(pwaAppConfig(), { plugins: [preloadChunkOf('src/app/boot.tsx')] }));
