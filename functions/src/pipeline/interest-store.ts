import {
  applyPhaseChange,
  contactFullName,
  initialPhaseFor,
  interestId,
  isPhaseOf,
  paths,
  type Contact,
  type Interest,
  type InterestSource,
  type Phase,
  type Property,
} from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { contactConverter, toStored } from '../lib/converters';
import { Refusal } from '../lib/refusal';
import { interestConverter, propertyConverter } from './pipeline-store';

/** What starts an interest: who, which property, how, and when the event that started it happened. */
export interface InterestStart {
  contactId: string;
  propertyId: string;
  source: InterestSource;
  /** When the event happened (a lead's reception, a history entry's `occurredAt`): the phase's start. */
  at: Date;
  /** The first phase; `initialPhaseFor(source)` when absent. Must belong to the property's deal type. */
  phase?: Phase | null;
  /** When it is stored; `at` when absent. */
  now?: Date;
}

/**
 * Documents the caller already holds, so they are not read again (or were just written in the
 * transaction). The contact must have been read in the same transaction: an interest is only created
 * for a contact that exists then, as contacts-eraseContact deletes the contact before its interests.
 */
export interface KnownDocs {
  contact?: Pick<
    Contact,
    'firstName' | 'lastName' | 'identityType' | 'companyName' | 'email' | 'assignedAgentUid' | 'managerUid'
  > &
    Partial<Pick<Contact, 'sharedWithUids'>>;
  property?: Pick<Property, 'id' | 'reference' | 'dealType'>;
}

export interface PreparedInterest {
  ref: DocumentReference<Interest>;
  /** The interest as stored, or null when `write()` will create it. */
  existing: Interest | null;
  /** The interest after `write()`: `existing`, or the new one. */
  interest: Interest;
  /** Creates the interest when it did not exist (no write otherwise); call after every read of the transaction. */
  write(): { interest: Interest; created: boolean };
}

/** The name the pipeline shows for a contact: the person or company, else how to reach them. */
export function interestContactName(contact: NonNullable<KnownDocs['contact']>): string {
  return contactFullName(contact) || contact.email || '—';
}

/**
 * What an interest copies from its contact: who may read it in "own" visibility (the rules compare
 * `agentUid`, `managerUid` and `sharedWithUids`) and the name the pipeline shows.
 */
export function interestContactFields(
  contact: NonNullable<KnownDocs['contact']>,
): Pick<Interest, 'agentUid' | 'managerUid' | 'sharedWithUids' | 'contactName'> {
  return {
    agentUid: contact.assignedAgentUid,
    managerUid: contact.managerUid,
    sharedWithUids: contact.sharedWithUids ?? [],
    contactName: interestContactName(contact),
  };
}

/**
 * Reads what an interest needs inside `tx` and tells whether it exists, without writing: a caller
 * whose transaction still has reads to do (Firestore wants every read before the first write)
 * prepares first and writes later. Refuses an unknown contact or property and a first phase that is
 * not of the property's deal type.
 */
export async function prepareInterest(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  start: InterestStart,
  known: KnownDocs = {},
): Promise<PreparedInterest> {
  const ref = db
    .doc(paths.interest(tenantId, interestId(start.contactId, start.propertyId)))
    .withConverter(interestConverter);
  const [snapshot, contact, property] = await Promise.all([
    tx.get(ref),
    known.contact ??
      tx.get(db.doc(paths.contact(tenantId, start.contactId)).withConverter(contactConverter)).then((s) => s.data()),
    known.property ??
      tx.get(db.doc(paths.property(tenantId, start.propertyId)).withConverter(propertyConverter)).then((s) => s.data()),
  ]);
  const existing = snapshot.data() ?? null;
  if (existing) return { ref, existing, interest: existing, write: () => ({ interest: existing, created: false }) };
  if (!contact) throw new Refusal('not-found', 'This client does not exist.', 'contact-not-found');
  if (!property) throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
  const phase = start.phase ?? initialPhaseFor(start.source);
  if (!isPhaseOf(property.dealType, phase)) {
    throw new Refusal(
      'failed-precondition',
      `The phase ${phase} does not exist for a property for ${property.dealType}.`,
      'phase-not-of-deal-type',
    );
  }
  const now = start.now ?? start.at;
  const interest: Interest = {
    contactId: start.contactId,
    propertyId: start.propertyId,
    propertyReference: property.reference,
    dealType: property.dealType,
    phase,
    phaseSince: start.at,
    phaseSourceAt: start.at,
    phaseDurations: {},
    ...interestContactFields(contact),
    source: start.source,
    createdAt: now,
    updatedAt: now,
  };
  return {
    ref,
    existing: null,
    interest,
    write: () => {
      tx.create(ref, interest);
      return { interest, created: true };
    },
  };
}

/**
 * Moves a stored interest to `to` at `at` in `tx`, keeping the time spent in the phase it leaves. The
 * contact, when given, refreshes the name and agent the pipeline shows (renamed, reassigned since).
 */
export function moveInterest(
  tx: Transaction,
  ref: DocumentReference<Interest>,
  interest: Interest,
  to: Phase,
  at: Date,
  now: Date,
  contact?: NonNullable<KnownDocs['contact']>,
): Interest {
  const changes = {
    ...applyPhaseChange(interest, to, at),
    ...(contact ? interestContactFields(contact) : {}),
    updatedAt: now,
  };
  tx.update(ref, toStored(changes));
  return { ...interest, ...changes };
}
