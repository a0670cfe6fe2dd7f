import type { CALLABLES } from '@estate/domain';
import { paths, type Contact } from '@estate/domain';
import { initializeApp, getApps, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { expect } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { projectId, useEmulators } from '../support/emulator-env';
import { mailTo } from '../support/maildev';
import { uniqueEmail } from '../support/users';

/** The outbox of every tenant, `tenants/{tenantId}/mail` (paths.mails), as a collection group. */
const MAIL_COLLECTION = 'mail';

/** Polls until `check` stops throwing, for what triggers do in the background. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      last = error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw last;
}

/**
 * A Firestore of another project on the same emulator: no trigger of the running functions fires
 * there, so a test can drive the delivery handler alone, with its own transport and clock.
 */
export function isolatedDb(): Firestore {
  // The support's admin app adopts the first app it finds: make sure it exists before ours.
  adminDb();
  useEmulators();
  const name = 'functions-isolated';
  const app: App =
    getApps().find((candidate) => candidate.name === name) ??
    initializeApp({ projectId: `${projectId}-functions` }, name);
  return getFirestore(app);
}

export async function claimsOf(uid: string): Promise<Record<string, unknown>> {
  return (await adminAuth().getUser(uid)).customClaims ?? {};
}

/** A full stored contact, as the contacts-* callables write it; returns its id. */
export async function createContact(
  tenantId: string,
  createdBy: string,
  email = uniqueEmail('client'),
): Promise<{ id: string; email: string }> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact: Contact = contactDoc({
    id: ref.id,
    lastName: 'Client',
    emails: [{ address: email, label: 'personal' }],
    assignedAgentUid: createdBy,
    createdBy,
  });
  await ref.set(contact);
  return { id: ref.id, email };
}

export async function mailCount(address: string): Promise<number> {
  return (await mailTo(address)).length;
}

/**
 * Mails queued to `address` in every tenant's outbox. A callable, an HTTP function or a schedule writes
 * its mail there in its own transaction, and mail-onMailWritten delivers only what is there: once the
 * call has answered, this count is final, where MailDev's may still be waiting on a delivery. (Only the
 * agents' phase-change mails are queued later, by pipeline-onHistoryCreated.)
 */
export async function queuedMailCount(address: string): Promise<number> {
  const queued = await adminDb().collectionGroup(MAIL_COLLECTION).where('to', '==', address).count().get();
  return queued.data().count;
}

/** Every bad input answers invalid-argument with a readable reason naming the field. */
export async function expectInvalid(
  name: (typeof CALLABLES)[keyof typeof CALLABLES],
  data: unknown,
  idToken: string | undefined,
  field: string,
) {
  const result = await callCallable(name, data, idToken);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe('invalid-argument');
  expect(result.message).toContain(field);
}
