// The first chunk only starts what the first screen waits for, side by side: the host's branding
// (domains/{key}, over REST), the app itself (React, Mantine, the router, the schemas: app/boot.tsx),
// Firebase Auth and, for a visitor, the sign-in page. On a phone's connection the screen then waits
// for the longest of these rather than for their sum.
import '@estate/web-shared/zod-jitless';
import { usesEmulators } from '@estate/web-shared/firebase-config';
import { resolveCurrentHost } from '@estate/web-shared/tenant';
import { readTenantDomain } from './lib/firebase/domain-read';
import { startFirstScreen } from './modules/auth';

const container = document.getElementById('root');
if (container) {
  const resolution = resolveCurrentHost('client', usesEmulators);
  const domainRead = readTenantDomain(resolution.key);
  // Handled by loadTenant once the app has loaded; this keeps an early failure from being reported as unhandled.
  domainRead.catch(() => undefined);
  startFirstScreen();
  void import('./app/boot').then(({ boot }) => boot(container, resolution, domainRead));
}
