import { paths, type Contact } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { adminAuth, adminDb } from './admin';
import { contactDoc } from './contacts';
import { TEST_PASSWORD, type TestUser } from './tenants';
import { signIn, uniqueEmail } from './users';

/**
 * Stores `contactDoc(fields)` in the tenant as the contacts-* callables would have written it, in
 * `db` (the running project's, or an isolated one a test drives its handlers on); answers it.
 */
export async function storeContactDoc(
  db: Firestore,
  tenantId: string,
  fields: Partial<Contact> = {},
): Promise<Contact> {
  const contact = contactDoc(fields);
  await db.doc(paths.contact(tenantId, contact.id)).set(contact);
  return contact;
}

/**
 * A client of the agency with an active client space (invited by `invitedBy`), signed in with its
 * claims; its account uses the contact's first email, or a fresh one.
 */
export async function activeClient(tenantId: string, contact: Contact, invitedBy: string): Promise<TestUser> {
  const email = contact.emails[0]?.address ?? uniqueEmail('client');
  const user = await adminAuth().createUser({ email, password: TEST_PASSWORD });
  await adminAuth().setCustomUserClaims(user.uid, { tenantId, role: 'client', contactId: contact.id });
  await adminDb()
    .doc(paths.contact(tenantId, contact.id))
    .update({ portal: { status: 'active', uid: user.uid, invitedAt: new Date(), invitedBy } });
  return { ...(await signIn(email, TEST_PASSWORD)), password: TEST_PASSWORD };
}
