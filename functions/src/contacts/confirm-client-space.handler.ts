import { paths, type ConfirmClientSpaceResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { Refusal } from '../lib/refusal';
import { runTransaction } from '../lib/transactions';

/** A client's first sign-in marks their space active; later calls change nothing. */
export async function confirmClientSpace(deps: Deps, caller: Caller): Promise<ConfirmClientSpaceResult> {
  const { db } = deps;
  const claims = caller.claims;
  if (claims?.role !== 'client' || !claims.contactId) {
    throw new Refusal('permission-denied', 'Only a client may confirm their client space.', 'not-client');
  }
  const { tenantId, contactId } = claims;
  const changed = await runTransaction(db, async (tx) => {
    const snapshot = await tx.get(db.doc(paths.contact(tenantId, contactId)));
    if (!snapshot.exists) throw new Refusal('not-found', 'Your client file no longer exists.', 'contact-not-found');
    if (snapshot.get('portal.uid') !== caller.uid) {
      throw new Refusal('permission-denied', 'This client space was opened for another account.', 'other-account');
    }
    if (snapshot.get('portal.status') === 'active') return false;
    tx.update(snapshot.ref, { 'portal.status': 'active' });
    return true;
  });
  if (changed) contactsLog.clientSpaceConfirmed(tenantId, contactId);
  return { status: 'active' };
}
