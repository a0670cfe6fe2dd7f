import {
  canSeeContact,
  isCollaborator,
  paths,
  tracfinMissing,
  type HistoryEntry,
  type Locale,
  type SaveTracfinInput,
  type SaveTracfinResult,
  type TracfinFile,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { contactConverter, toStored } from '../lib/converters';
import { readContactsSettings } from './contact-access';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant } from '../lib/staff';
import { runTransaction } from '../lib/transactions';

/** The history remark saving the file leaves, in the agency's language. */
const TRACFIN_REVIEWED_REMARK: Record<Locale, string> = {
  fr: 'Dossier Tracfin revu',
  ru: 'Досье Tracfin проверено',
  en: 'Tracfin file reviewed',
};

/**
 * Saves a buyer's Tracfin file as it fills in. The caller must be a collaborator who sees the contact
 * (the tenant's visibility setting), the contact a buyer (a person or a company). Reviewer and date are
 * the server's; the answer says what is still missing before an offer or a signature.
 */
export async function saveTracfin(deps: Deps, caller: Caller, input: SaveTracfinInput): Promise<SaveTracfinResult> {
  const { db } = deps;
  const now = deps.now();
  return runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    if (!isCollaborator(actor.role)) {
      throw new Refusal(
        'permission-denied',
        'Only collaborators of the agency keep Tracfin files.',
        'not-collaborator',
      );
    }
    const tenantId = actor.tenantId;
    const contactRef = db.doc(paths.contact(tenantId, input.contactId)).withConverter(contactConverter);
    const [contactSnapshot, settings, tenant] = await Promise.all([
      tx.get(contactRef),
      readContactsSettings(db, tx, tenantId),
      readTenant(db, tx, tenantId),
    ]);
    const contact = contactSnapshot.data();
    // A contact the caller may not see answers like one that does not exist: nothing is revealed.
    if (!contact || !canSeeContact(settings.visibility, { uid: actor.uid, role: actor.role }, contact)) {
      throw new Refusal('permission-denied', 'You do not have access to this client.', 'contact-not-visible');
    }
    if (contact.clientType !== 'buyer' || contact.kind === 'agent-prospect') {
      throw new Refusal('failed-precondition', 'Only buyers have a Tracfin file.', 'not-a-buyer');
    }

    const { contactId, ...fields } = input;
    const file: TracfinFile = { ...fields, reviewedBy: actor.uid, reviewedAt: now };
    tx.set(db.doc(paths.buyerFile(tenantId, contactId, 'tracfin')), toStored(file));

    const entryRef = db.collection(paths.history(tenantId)).doc();
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: now,
      authorUid: actor.uid,
      contactIds: [contactId],
      propertyId: null,
      dealId: null,
      text: TRACFIN_REVIEWED_REMARK[tenant.locale],
      phase: null,
      phaseChange: null,
      createdAt: now,
    };
    tx.create(entryRef, toStored(entry));

    const missing = tracfinMissing(fields, contact.identityType, now);
    return { complete: missing.length === 0, missing };
  });
}
