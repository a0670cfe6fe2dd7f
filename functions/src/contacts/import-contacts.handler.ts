import { createHash } from 'node:crypto';
import {
  canSeeContact,
  contactMatchKeys,
  isCollaborator,
  isTeamManager,
  mapImportRow,
  paths,
  rowMatch,
  type ContactInput,
  type ContactVisibility,
  type DuplicateMatch,
  type ImportContactsInput,
  type ImportContactsResult,
  type ImportContext,
  type ImportRowResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Actor } from '../lib/staff';
import { contactConverter, decoded, memberConverter } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { log } from '../lib/log';
import { readTenant } from '../lib/staff';
import { readCollaboratorActor, readContactsSettings } from './contact-access';
import { findDuplicates, newContactDocument } from './contact-store';

/**
 * The id of the contact a row of an import creates: the same importer, import and row always give the
 * same id, so a chunk sent again (a network retry, a second click) finds its contacts already there
 * and writes nothing twice. Hashed so an import cannot aim at another contact's id.
 */
export function importedContactId(importerUid: string, importId: string, row: number): string {
  return createHash('sha256').update(`${importerUid}\n${importId}\n${row}`).digest('base64url').slice(0, 24);
}

interface ValidRow {
  row: number;
  id: string;
  input: ContactInput;
  keys: string[];
}

/** Matching contacts the importer may not read under the tenant's visibility setting. */
async function hiddenContactIds(
  deps: Deps,
  actor: Actor,
  visibility: ContactVisibility,
  matches: readonly DuplicateMatch[],
): Promise<Set<string>> {
  if (visibility === 'shared' || isTeamManager(actor.role) || matches.length === 0) return new Set();
  const { db } = deps;
  const snapshots = await db.getAll(...matches.map((match) => db.doc(paths.contact(actor.tenantId, match.contactId))));
  const viewer = { uid: actor.uid, role: actor.role };
  const hidden = new Set<string>();
  for (const snapshot of snapshots) {
    const contact = decoded(contactConverter, snapshot);
    if (contact && !canSeeContact(visibility, viewer, contact)) hidden.add(contact.id);
  }
  return hidden;
}

function isAlreadyExists(error: unknown): boolean {
  return (error as { code?: unknown }).code === 6;
}

/**
 * `contacts-importContacts`: one chunk of a spreadsheet. Every row is read and validated as the contact
 * form is; a row with any error is not written at all, and each valid row is one document created in
 * one write, so a row is either wholly imported or not. A row sharing an email or phone with a stored
 * contact, or with an earlier row of the chunk, is reported with its matches and left out unless the
 * user chose to create duplicates.
 */
export async function importContacts(
  deps: Deps,
  caller: Caller,
  input: ImportContactsInput,
): Promise<ImportContactsResult> {
  const { db } = deps;
  const now = deps.now();
  const { actor, tenant, settings } = await db.runTransaction(async (tx) => {
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
    agents: collaborators.map((member) => ({ uid: member.uid, email: member.email })),
    origins: settings.origins,
    now,
  };

  const results = new Map<number, ImportRowResult>();
  const valid: ValidRow[] = [];
  for (const { row, values } of input.rows) {
    const mapping = mapImportRow(values, input.headerMap, context);
    if ('blank' in mapping) results.set(row, { row, status: 'blank' });
    else if ('errors' in mapping) results.set(row, { row, status: 'error', errors: mapping.errors });
    else {
      const id = importedContactId(actor.uid, input.importId, row);
      valid.push({ row, id, input: mapping.ok, keys: contactMatchKeys(mapping.ok) });
    }
  }

  // Rows written by an earlier attempt of this chunk are done: they are neither duplicates nor rewritten.
  const existing =
    valid.length > 0 ? await db.getAll(...valid.map(({ id }) => db.doc(paths.contact(tenantId, id)))) : [];
  const done = new Set(existing.filter((snapshot) => snapshot.exists).map((snapshot) => snapshot.id));
  const pending = valid.filter(({ id }) => !done.has(id));
  const stored = await findDuplicates(
    db,
    tenantId,
    pending.flatMap(({ keys }) => keys),
    valid.map(({ id }) => id),
  );
  const hidden = await hiddenContactIds(deps, actor, settings.visibility, stored);
  const earlier: ValidRow[] = [];
  const toWrite: ValidRow[] = [];
  for (const candidate of valid) {
    if (done.has(candidate.id)) {
      results.set(candidate.row, { row: candidate.row, status: 'imported', contactId: candidate.id });
      earlier.push(candidate);
      continue;
    }
    const keys = new Set(candidate.keys);
    const matches: DuplicateMatch[] = [];
    for (const match of stored) {
      const sharedKeys = match.sharedKeys.filter((key) => keys.has(key));
      if (sharedKeys.length === 0) continue;
      // A contact the importer may not read is reported without naming it, as a read would refuse it.
      matches.push(
        hidden.has(match.contactId)
          ? { contactId: '', displayName: '', kind: match.kind, assignedAgentUid: '', sharedKeys }
          : { ...match, sharedKeys },
      );
    }
    for (const previous of earlier) {
      const sharedKeys = previous.keys.filter((key) => keys.has(key));
      if (sharedKeys.length > 0) matches.push(rowMatch(previous.id, previous.input, sharedKeys));
    }
    if (matches.length > 0 && input.duplicatePolicy === 'skip') {
      results.set(candidate.row, { row: candidate.row, status: 'duplicate', matches });
      continue;
    }
    results.set(candidate.row, {
      row: candidate.row,
      status: 'imported',
      contactId: candidate.id,
      ...(matches.length > 0 ? { matches } : {}),
    });
    earlier.push(candidate);
    toWrite.push(candidate);
  }

  // `create` writes only if the document is absent: a concurrent retry of the same chunk loses quietly.
  await Promise.all(
    toWrite.map(async (row) => {
      const document = newContactDocument({
        id: row.id,
        input: row.input,
        createdBy: actor.uid,
        managerUid: managers.get(row.input.assignedAgentUid) ?? null,
        now,
      });
      try {
        await db.doc(paths.contact(tenantId, row.id)).create(document);
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
      }
    }),
  );

  const ordered = input.rows.map(({ row }) => results.get(row)).filter((result) => result !== undefined);
  log.contactsImported(
    tenantId,
    input.importId,
    toWrite.length,
    ordered.filter((result) => result.status === 'duplicate').length,
    ordered.filter((result) => result.status === 'error').length,
  );
  return { results: ordered };
}
