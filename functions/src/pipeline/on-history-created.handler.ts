import {
  canSeeContact,
  historyEntryModel,
  interestId,
  isCollaborator,
  paths,
  phaseAfterAction,
  phaseChangeText,
  phaseLabel,
  requiresTracfin,
  SYSTEM_AUTHOR_UID,
  tracfinMissing,
  type Contact,
  type HistoryEntry,
  type Phase,
} from '@estate/domain';
import { FieldValue, type DocumentSnapshot, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { readContactsSettings } from '../contacts/contact-access';
import type { AppLinks } from '../lib/app-links';
import { contactConverter, decodeData, memberConverter, UnreadableDocument } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { pipelineLog } from './pipeline.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { readTenant } from '../lib/staff';
import { interestContactName, moveInterest, prepareInterest } from './interest-store';
import {
  historyConverter,
  interestConverter,
  propertyConverter,
  readPipelineSettings,
  readTracfinFile,
} from './pipeline-store';
import { runTransaction } from '../lib/transactions';

export type PhaseOutcome =
  'moved' | 'unchanged' | 'done-before' | 'gone' | 'unreadable' | 'held-for-tracfin' | 'author-cannot-see';

const TRIGGER = 'pipeline-onHistoryCreated';

/** One `phase-change` entry per source entry and contact: a retried event finds it and writes nothing. */
export function phaseChangeEntryId(sourceEntryId: string, contactId: string): string {
  return `${sourceEntryId}_${contactId}_phase`;
}

export function phaseChangeMailId(sourceEntryId: string, contactId: string): string {
  return `phase-changed-${phaseChangeEntryId(sourceEntryId, contactId)}`;
}

/**
 * Whether an entry may move phases: one about a property, not written by this automation itself nor a
 * property's status change (which names the sellers, not prospects).
 */
export function movesPhases(entry: Pick<HistoryEntry, 'type' | 'propertyId'>): boolean {
  return entry.type !== 'phase-change' && entry.type !== 'status-change' && entry.propertyId !== null;
}

/**
 * When the action counts for the phase: its date, but never later than when it was written or
 * handled. An entry dated in the future would otherwise become the interest's newest event
 * (`phaseSourceAt`) and hold back every real action until that date.
 */
export function phaseSourceTime(entry: Pick<HistoryEntry, 'occurredAt' | 'createdAt'>, now: Date): Date {
  return new Date(Math.min(entry.occurredAt.getTime(), entry.createdAt.getTime(), now.getTime()));
}

/**
 * Applies one history entry to one linked contact, in a transaction: computes the phase the action
 * leads to (phaseAfterAction), and when it changes, moves the interest (creating it when the contact
 * was not linked yet), writes the `phase-change` entry under a deterministic id and queues one mail to
 * the contact's assigned agent, all or nothing. A buyer whose Tracfin file is incomplete does not enter a
 * purchase-commitment phase: the move is skipped and logged, not refused.
 */
async function applyToContact(
  db: Firestore,
  links: AppLinks,
  tenantId: string,
  entry: HistoryEntry & { propertyId: string },
  contactId: string,
  now: Date,
): Promise<PhaseOutcome> {
  const changeRef = db
    .doc(paths.historyEntry(tenantId, phaseChangeEntryId(entry.id, contactId)))
    .withConverter(historyConverter);
  const interestRef = db
    .doc(paths.interest(tenantId, interestId(contactId, entry.propertyId)))
    .withConverter(interestConverter);
  return runTransaction(db, async (tx) => {
    const [change, interestSnapshot, propertySnapshot, contactSnapshot, settings, tenant] = await Promise.all([
      tx.get(changeRef),
      tx.get(interestRef),
      tx.get(db.doc(paths.property(tenantId, entry.propertyId)).withConverter(propertyConverter)),
      tx.get(db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter)),
      readPipelineSettings(db, tx, tenantId),
      readTenant(db, tx, tenantId),
    ]);
    if (change.exists) return 'done-before';
    const property = propertySnapshot.data();
    const contact = contactSnapshot.data();
    if (!property || !contact) return 'gone';
    if (!(await authorSeesContact(db, tx, tenantId, entry.authorUid, contact))) {
      pipelineLog.phaseMoveRefused(tenantId, interestRef.id, entry.authorUid);
      return 'author-cannot-see';
    }
    const interest = interestSnapshot.data() ?? null;
    const at = phaseSourceTime(entry, now);
    const to = phaseAfterAction(
      interest ?? { dealType: property.dealType, phase: null, phaseSourceAt: null },
      { type: entry.type, phase: entry.phase ?? null, occurredAt: at },
      settings,
    );
    if (to === null) return 'unchanged';
    // The action happened and stays in the history; only the phase waits for the buyer's Tracfin file.
    if (requiresTracfin(contact, property.dealType, to)) {
      const missing = tracfinMissing(await readTracfinFile(db, tx, tenantId, contactId), contact.identityType, now);
      if (missing.length > 0) {
        pipelineLog.phaseHeldForTracfin(tenantId, interestRef.id, to, missing);
        return 'held-for-tracfin';
      }
    }

    const agent = (
      await tx.get(db.doc(paths.member(tenantId, contact.assignedAgentUid)).withConverter(memberConverter))
    ).data();
    const from: Phase | null = interest?.phase ?? null;
    if (interest) {
      moveInterest(tx, interestRef, interest, to, at, now, contact);
    } else {
      const start = { contactId, propertyId: entry.propertyId, source: 'history' as const, at };
      (await prepareInterest(db, tx, tenantId, { ...start, phase: to, now }, { contact, property })).write();
    }

    const label = (phase: Phase, locale = tenant.locale) => phaseLabel(settings, property.dealType, phase, locale);
    tx.create(changeRef, {
      id: changeRef.id,
      type: 'phase-change',
      occurredAt: at,
      authorUid: SYSTEM_AUTHOR_UID,
      contactIds: [contactId],
      propertyId: entry.propertyId,
      dealId: entry.dealId,
      text: phaseChangeText(tenant.locale, from === null ? null : label(from), label(to)),
      phase: to,
      phaseChange: { from, to },
      createdAt: now,
    });
    if (agent?.status === 'active' && agent.email) {
      queueMail(
        db,
        tx,
        {
          tenantId,
          to: agent.email,
          locale: agent.locale,
          templateId: 'phase-changed',
          data: {
            displayName: agent.displayName,
            contactName: interestContactName(contact),
            fromPhase: from === null ? '—' : label(from, agent.locale),
            toPhase: label(to, agent.locale),
            propertyReference: property.reference,
            propertyTitle: property.title,
            link: links.link('admin', tenant, `/properties/${property.id}`),
          },
          brand: brandOf(tenant),
          // Not the client's mail: kept out of the mails listed on the client file.
          contactId: null,
          mailId: phaseChangeMailId(entry.id, contactId),
        },
        now,
      );
    }
    pipelineLog.phaseChanged(tenantId, interestRef.id, from, to, SYSTEM_AUTHOR_UID);
    return 'moved';
  });
}

/**
 * A `visit` about a property adds one to the property's `visitCount` (the seller's tab shows it), once
 * per entry whatever the number of visitors: the entry keeps `visitCounted` in the same transaction,
 * so a retried event counts nothing twice. Only a visit its author may log counts: the functions' own,
 * or an active collaborator's who sees at least one of the contacts it names (any collaborator for a
 * visit naming none, since every collaborator sees the listings). Returns whether it counted.
 */
async function countVisit(
  db: Firestore,
  tenantId: string,
  entry: Pick<HistoryEntry, 'id' | 'type' | 'authorUid' | 'contactIds'> & { propertyId: string },
): Promise<boolean> {
  if (entry.type !== 'visit') return false;
  const entryRef = db.doc(paths.historyEntry(tenantId, entry.id));
  const propertyRef = db.doc(paths.property(tenantId, entry.propertyId));
  return runTransaction(db, async (tx) => {
    const [source, property, contacts] = await Promise.all([
      tx.get(entryRef),
      tx.get(propertyRef),
      Promise.all(
        entry.contactIds.map((id) => tx.get(db.doc(paths.contact(tenantId, id)).withConverter(contactConverter))),
      ),
    ]);
    if (!source.exists || !property.exists || source.get('visitCounted') === true) return false;
    if (!(await authorMayLogVisit(db, tx, tenantId, entry.authorUid, contacts.map(readableContact)))) {
      pipelineLog.visitNotCounted(tenantId, entry.id, entry.authorUid);
      return false;
    }
    tx.update(propertyRef, { visitCount: FieldValue.increment(1) });
    tx.update(entryRef, { visitCounted: true });
    return true;
  });
}

/** A named contact as it stands, or undefined when it is gone or unreadable (it then vouches for nothing). */
function readableContact(snapshot: DocumentSnapshot<Contact>): Contact | undefined {
  try {
    return snapshot.data();
  } catch (error) {
    if (error instanceof UnreadableDocument) return undefined;
    throw error;
  }
}

/** Whether a visit's author may make it count: see countVisit. A named contact that is gone does not vouch. */
async function authorMayLogVisit(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  authorUid: string,
  contacts: Array<Contact | undefined>,
): Promise<boolean> {
  if (authorUid === SYSTEM_AUTHOR_UID) return true;
  const [settings, author] = await Promise.all([
    readContactsSettings(db, tx, tenantId),
    tx.get(db.doc(paths.member(tenantId, authorUid)).withConverter(memberConverter)),
  ]);
  const member = author.data();
  if (!member || member.status !== 'active' || !isCollaborator(member.role)) return false;
  if (contacts.length === 0) return true;
  const viewer = { uid: authorUid, role: member.role };
  return contacts.some((contact) => contact !== undefined && canSeeContact(settings.visibility, viewer, contact));
}

/**
 * Whether the entry's author may act on this contact. The rules let any collaborator log history, but
 * under the "own" visibility setting an agent must not move the phase of a client they do not see; the
 * functions' own entries (portal leads, mass mail) always may.
 */
async function authorSeesContact(
  db: Firestore,
  tx: Transaction,
  tenantId: string,
  authorUid: string,
  contact: Pick<Contact, 'assignedAgentUid' | 'sharedWithUids' | 'managerUid'>,
): Promise<boolean> {
  if (authorUid === SYSTEM_AUTHOR_UID) return true;
  const [settings, author] = await Promise.all([
    readContactsSettings(db, tx, tenantId),
    tx.get(db.doc(paths.member(tenantId, authorUid)).withConverter(memberConverter)),
  ]);
  const member = author.data();
  if (!member || member.status !== 'active' || member.role === null) return false;
  return canSeeContact(settings.visibility, { uid: authorUid, role: member.role }, contact);
}

/**
 * `pipeline-onHistoryCreated`: a history action about a property moves the linked contacts' phases
 * (seed 003) and a visit counts on the property (countVisit). Each contact is its own transaction, so a
 * retried event redoes only what a failure left undone; the automation's own `phase-change` entries are
 * skipped, which ends the loop they would start.
 */
export async function applyHistoryEntry(
  deps: Pick<Deps, 'db' | 'links' | 'now'>,
  tenantId: string,
  entry: HistoryEntry,
): Promise<PhaseOutcome[]> {
  const { propertyId } = entry;
  if (!movesPhases(entry) || propertyId === null) return [];
  await countVisit(deps.db, tenantId, { ...entry, propertyId });
  const outcomes: PhaseOutcome[] = [];
  for (const contactId of entry.contactIds) {
    outcomes.push(await applyOrSkip(deps, tenantId, { ...entry, propertyId }, contactId));
  }
  return outcomes;
}

/**
 * A document of this contact that does not match its schema (the interest, the contact, the property)
 * cannot be fixed by a retry: logged and skipped, so the retried trigger does not run forever. Any
 * other error (a contended or failed transaction) throws, and the event is retried.
 */
async function applyOrSkip(
  deps: Pick<Deps, 'db' | 'links' | 'now'>,
  tenantId: string,
  entry: HistoryEntry & { propertyId: string },
  contactId: string,
): Promise<PhaseOutcome> {
  try {
    return await applyToContact(deps.db, deps.links, tenantId, entry, contactId, deps.now());
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    pipelineLog.unreadableDocument(TRIGGER, error.path, error.message);
    return 'unreadable';
  }
}

/**
 * The trigger's entry point: the created document as stored. One that is not a history entry is
 * logged and left alone, never thrown on, since the event is retried.
 */
export async function onHistoryEntryCreated(
  deps: Pick<Deps, 'db' | 'links' | 'now'>,
  tenantId: string,
  path: string,
  data: unknown,
): Promise<PhaseOutcome[]> {
  const entry = decodeData(historyEntryModel, data);
  if (!entry.ok) {
    pipelineLog.unreadableDocument(TRIGGER, path, entry.issues);
    return ['unreadable'];
  }
  return applyHistoryEntry(deps, tenantId, entry.value);
}
