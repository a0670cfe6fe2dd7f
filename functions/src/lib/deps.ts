import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { adminAuth, adminDb } from './admin';
import { appLinks, type AppLinks } from './app-links';
import { readLocalOrigins, type LocalOrigins } from './config';

/** What handlers work with; bindings pass the real ones, tests their own. */
export interface Deps {
  db: Firestore;
  auth: Auth;
  links: AppLinks;
  now: () => Date;
  /** Set in the emulator only, where the `?tenant=` / `tenantId` overrides are honoured. */
  local: LocalOrigins | null;
}

export function runtimeDeps(): Deps {
  const local = process.env.FUNCTIONS_EMULATOR === 'true' ? readLocalOrigins() : null;
  return { db: adminDb(), auth: adminAuth(), links: appLinks(local), now: () => new Date(), local };
}
