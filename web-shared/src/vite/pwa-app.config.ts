import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

type WorkboxOptions = NonNullable<VitePWAOptions['workbox']>;

/**
 * What both PWAs build alike; each app's vite.config.ts merges its own settings over it (mergeConfig).
 * The web manifest is per tenant and served by the tenancy-webManifest function through a Hosting rewrite,
 * so the plugin only generates the service worker; `workbox` adds to its settings.
 */
export function pwaAppConfig(workbox: Partial<WorkboxOptions> = {}): UserConfig {
  return {
    plugins: [
      react(),
      VitePWA({
        manifest: false,
        registerType: 'autoUpdate',
        // Registered by each app once its first screen is up (registerServiceWorkerWhenIdle).
        injectRegister: false,
        workbox: {
          navigateFallback: 'index.html',
          navigateFallbackDenylist: [/^\/manifest\.webmanifest/, /^\/tenant-icon\.png/],
          globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
          ...workbox,
        },
      }),
    ],
    build: {
      target: 'es2022',
      // A rebuild while the Hosting emulator serves dist must never leave it without index.html (the
      // emulator exits on that); scripts/build.mjs empties dist itself before a full build.
      emptyOutDir: false,
    },
  };
}
