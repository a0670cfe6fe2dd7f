import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The manifest is per tenant, served by the tenancy-webManifest function through a Hosting rewrite.
      manifest: false,
      registerType: 'autoUpdate',
      injectRegister: 'auto',
      workbox: {
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/manifest\.webmanifest/, /^\/tenant-icon\.png/],
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // A rebuild while the Hosting emulator serves dist must never leave it without index.html (the
    // emulator exits on that); scripts/build.mjs empties dist itself before a full build.
    emptyOutDir: false,
  },
});
