import { createHash } from 'node:crypto';
import {
  canSeeContact,
  contactMatchKeys,
  isCollaborator,
  isTeamManager,
  mapImportRow,
  paths,
  rowMatch,
  type Contact,
  type ContactInput,
  type ContactVisibility,
  type DuplicateMatch,
  type ImportContactsInput,
  type ImportContactsResult,
  type ImportContext,
  type ImportRowResult,
  type Note,
} from '@estate/domain';
import type { Transaction } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import type { Actor } from '../lib/staff';
import { memberConverter, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { readTenant } from '../lib/staff';
import { readCollaboratorActor, readContactsSettings } from './contact-access';
import { buildNewContact, duplicateMatch, findDuplicateContacts, readContactsLock } from './contact-store';
import { runTransaction } from '../lib/transactions';

/**
 * The id of the contact a row of an import creates: the same importer, import and row always give the
 * same id, so a chunk sent again (a network retry, a second click) finds its contacts already there
 * and writes nothing twice. Hashed so an import cannot aim at another contact's id.
 */
function importedContactId(importerUid: string, importId: string, row: number): string {
  return createHash('sha256').update(`${importerUid}\n${importId}\n${row}`).digest('base64url').slice(0, 24);
}

interface ValidRow {
  row: number;
  id: string;
  input: ContactInput;
  keys: string[];
  /** The file's notes about the person, written as the importer's note on the new contact. */
  note: string | null;
}

/** The id of the note an imported row's notes become: one per contact, so a retry writes it once. */
const IMPORTED_NOTE_ID = 'imported';

/** Rows decided and written per transaction (each takes the contacts lock once), within Firestore's limits. */
const ROWS_PER_TRANSACTION = 200;

interface SliceOutcome {
  candidate: ValidRow;
  result: ImportRowResult;
  /** Counts among the earlier rows later rows are compared with. */
  kept: boolean;
  written: boolean;
}

/**
 * Decides and writes one slice of the chunk's valid rows in `tx`, under the contacts lock, so a contact
 * created meanwhile by contacts-saveContact, a lead or another import is seen as a duplicate. `earlier`
 * are the chunk's rows kept before this slice; `chunkIds` every id the chunk may create, which are never
 * its own duplicates. A row already written by an earlier attempt is done; a row whose contact was
 * erased since (its tombstone) is not created again.
 */
async function importSlice(
  deps: Deps,
  tx: Transaction,
  actor: Actor,
  visibility: ContactVisibility,
  context: {
    policy: ImportContactsInput['duplicatePolicy'];
    chunkIds: string[];
    managers: Map<string, string | null>;
    now: Date;
  },
  slice: readonly ValidRow[],
  earlier: readonly ValidRow[],
): Promise<SliceOutcome[]> {
  const { db } = deps;
  const tenantId = actor.tenantId;
  const lock = await readContactsLock(db, tx, tenantId);
  const [existing, tombstones] = await Promise.all([
    tx.getAll(...slice.map(({ id }) => db.doc(paths.contact(tenantId, id)))),
    tx.getAll(...slice.map(({ id }) => db.doc(paths.erasedContact(tenantId, id)))),
  ]);
  const done = new Set(existing.filter((snapshot) => snapshot.exists).map((snapshot) => snapshot.id));
  const erased = new Set(tombstones.filter((snapshot) => snapshot.exists).map((snapshot) => snapshot.id));
  const pending = slice.filter(({ id }) => !done.has(id) && !erased.has(id));
  const contacts = await findDuplicateContacts(
    db,
    tenantId,
    pending.flatMap(({ keys }) => keys),
    context.chunkIds,
    tx,
  );
  const viewer = { uid: actor.uid, role: actor.role };
  const mayRead = (contact: Contact) =>
    visibility === 'shared' || isTeamManager(actor.role) || canSeeContact(visibility, viewer, contact);
  const { now } = context;

  const seen = [...earlier];
  const outcomes: SliceOutcome[] = [];
  for (const candidate of slice) {
    const { row, id } = candidate;
    if (done.has(id)) {
      outcomes.push({ candidate, result: { row, status: 'imported', contactId: id }, kept: true, written: false });
      seen.push(candidate);
      continue;
    }
    if (erased.has(id)) {
      // Imported by an earlier attempt, then erased: the person is not brought back.
      outcomes.push({ candidate, result: { row, status: 'imported' }, kept: false, written: false });
      continue;
    }
    const keys = new Set(candidate.keys);
    const matches: DuplicateMatch[] = [];
    for (const contact of contacts) {
      const sharedKeys = contact.matchKeys.filter((key) => keys.has(key));
      if (sharedKeys.length === 0) continue;
      // A contact the importer may not read is reported without naming it, as a read would refuse it.
      matches.push(
        mayRead(contact)
          ? duplicateMatch(contact, candidate.keys)
          : { contactId: '', displayName: '', kind: contact.kind, assignedAgentUid: '', sharedKeys },
      );
    }
    matches.sort((a, b) => a.displayName.localeCompare(b.displayName));
    for (const previous of seen) {
      const sharedKeys = previous.keys.filter((key) => keys.has(key));
      if (sharedKeys.length > 0) matches.push(rowMatch(previous.id, previous.input, sharedKeys));
    }
    if (matches.length > 0 && context.policy === 'skip') {
      outcomes.push({ candidate, result: { row, status: 'duplicate', matches }, kept: false, written: false });
      continue;
    }
    tx.create(
      db.doc(paths.contact(tenantId, id)),
      toStored(
        buildNewContact({
          id,
          input: candidate.input,
          createdBy: actor.uid,
          managerUid: context.managers.get(candidate.input.assignedAgentUid) ?? null,
          now,
        }),
      ),
    );
    if (candidate.note) {
      const note: Note = {
        id: IMPORTED_NOTE_ID,
        text: candidate.note,
        remindAt: null,
        reminderPendingAt: null,
        reminderSentAt: null,
        authorUid: actor.uid,
        createdAt: now,
        updatedAt: now,
      };
      tx.create(db.doc(paths.note(tenantId, id, IMPORTED_NOTE_ID)), toStored(note));
    }
    outcomes.push({
      candidate,
      result: { row, status: 'imported', contactId: id, ...(matches.length > 0 ? { matches } : {}) },
      kept: true,
      written: true,
    });
    seen.push(candidate);
  }
  if (outcomes.some(({ written }) => written)) lock.take(now);
  return outcomes;
}

/**
 * `contacts-importContacts`: one chunk of a spreadsheet. Every row is read and validated as the contact
 * form is; a row with any error is not written at all, and each valid row is one document created in
 * one write, so a row is either wholly imported or not. A row sharing an email or phone with a stored
 * contact, or with an earlier row of the chunk, is reported with its matches and left out unless the
 * user chose to create duplicates. Rows are checked and written under the contacts lock (importSlice),
 * so a contact saved at the same moment is matched, never missed.
 */
export async function importContacts(
  deps: Deps,
  caller: Caller,
  input: ImportContactsInput,
): Promise<ImportContactsResult> {
  const { db } = deps;
  const now = deps.now();
  const { actor, tenant, settings } = await runTransaction(db, async (tx) => {
    const found = await readCollaboratorActor(db, tx, caller);
    return {
      actor: found,
      tenant: await readTenant(db, tx, found.tenantId),
      settings: await readContactsSettings(db, tx, found.tenantId),
    };
  });
  const tenantId = actor.tenantId;

  const membersSnapshot = await db
    .collection(paths.members(tenantId))
    .withConverter(memberConverter)
    .where('status', '==', 'active')
    .get();
  const collaborators = membersSnapshot.docs.map((doc) => doc.data()).filter((member) => isCollaborator(member.role));
  const managers = new Map(collaborators.map((member) => [member.uid, member.managerUid]));
  const context: ImportContext = {
    country: tenant.country,
    defaultLocale: tenant.locale,
    importerUid: actor.uid,
    agents: collaborators.map((member) => ({ uid: member.uid, email: member.email, name: member.displayName })),
    origins: settings.origins,
    now,
    defaultClientType: input.defaultClientType ?? null,
  };

  const results = new Map<number, ImportRowResult>();
  const valid: ValidRow[] = [];
  for (const { row, values } of input.rows) {
    const mapping = mapImportRow(values, input.headerMap, context);
    if ('blank' in mapping) results.set(row, { row, status: 'blank' });
    else if ('errors' in mapping) results.set(row, { row, status: 'error', errors: mapping.errors });
    else {
      const id = importedContactId(actor.uid, input.importId, row);
      valid.push({ row, id, input: mapping.ok, keys: contactMatchKeys(mapping.ok), note: mapping.note });
    }
  }

  // Slice by slice, in the file's order, so an earlier row is a duplicate source for the later ones.
  const earlier: ValidRow[] = [];
  const chunkIds = valid.map(({ id }) => id);
  let written = 0;
  for (let start = 0; start < valid.length; start += ROWS_PER_TRANSACTION) {
    const slice = valid.slice(start, start + ROWS_PER_TRANSACTION);
    const outcomes = await runTransaction(db, (tx) =>
      importSlice(
        deps,
        tx,
        actor,
        settings.visibility,
        { policy: input.duplicatePolicy, chunkIds, managers, now },
        slice,
        earlier,
      ),
    );
    for (const outcome of outcomes) {
      results.set(outcome.candidate.row, outcome.result);
      if (outcome.kept) earlier.push(outcome.candidate);
      if (outcome.written) written += 1;
    }
  }

  const ordered = input.rows.map(({ row }) => results.get(row)).filter((result) => result !== undefined);
  contactsLog.contactsImported(
    tenantId,
    input.importId,
    written,
    ordered.filter((result) => result.status === 'duplicate').length,
    ordered.filter((result) => result.status === 'error').length,
  );
  return { results: ordered };
}
