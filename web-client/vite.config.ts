// Vite bundles a config's relative imports only; through the package, Node would load the .ts file itself.
import { pwaAppConfig } from '../web-shared/src/vite/pwa-app.config';
import { defineConfig } from 'vite';

export default defineConfig(pwaAppConfig());
