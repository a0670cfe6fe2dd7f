import { contactModel, hasClientSpace, paths, sameClientProfile, toClientProfile } from '@estate/domain';
import { decodeData, fromStored, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { runTransaction } from '../lib/transactions';

/** `written` and `removed` changed the profile; `unchanged` and `absent` wrote nothing. */
export type ClientProfileOutcome = 'written' | 'unchanged' | 'removed' | 'absent';

/**
 * Writes, rewrites or deletes clientProfiles/{contactId} from the contact as it is now, read in a
 * transaction with the profile, so a late or replayed event cannot put back stale fields. A contact
 * with a client space (invited or active) gets its profile when what it says differs; a contact
 * without one, deleted (erased, merged away) or unreadable has none: a client must not keep reading
 * what the agency no longer holds or shows.
 */
export async function syncClientProfile(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  contactId: string,
): Promise<ClientProfileOutcome> {
  const { db } = deps;
  const contactRef = db.doc(paths.contact(tenantId, contactId));
  const profileRef = db.doc(paths.clientProfile(tenantId, contactId));
  const outcome = await runTransaction(db, async (tx): Promise<ClientProfileOutcome> => {
    const [contactSnapshot, profileSnapshot] = await Promise.all([tx.get(contactRef), tx.get(profileRef)]);
    const contact = contactSnapshot.exists ? decodeData(contactModel, contactSnapshot.data()) : null;
    if (!contact?.ok || !hasClientSpace(contact.value)) {
      if (!profileSnapshot.exists) return 'absent';
      tx.delete(profileRef);
      return 'removed';
    }
    const wanted = toClientProfile({ ...contact.value, id: contactId });
    if (sameClientProfile(fromStored(profileSnapshot.data()), wanted)) return 'unchanged';
    // A whole document, not a merge: a field the profile no longer carries goes too.
    tx.set(profileRef, toStored(wanted));
    return 'written';
  });
  if (outcome === 'written') contactsLog.clientProfileWritten(tenantId, contactId);
  if (outcome === 'removed') contactsLog.clientProfileRemoved(tenantId);
  return outcome;
}
