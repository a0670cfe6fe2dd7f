import { isDeepStrictEqual } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clientPlaceId,
  describeIssues,
  domainToStored,
  paths,
  storageFileName,
  type TimestampCodec,
} from '@estate/domain';
import firebase from 'firebase/compat/app';
import { contactDoc, serverTime, tenantDoc, firestoreRulesEnvOfSuite } from './fixtures';
import { type Doc, type Fixture, type KindName, PARITY_KINDS, type ParityKind } from './schema-parity.fixtures';
import { CONTACT, dbOf, seed, TENANT, uidOf, type Db, type DocData, type PersonaName } from './rules-env';

// Every validator of firestore.rules mirrors a zod schema of domain/ by hand. For each kind of document
// the apps write through the rules, this suite feeds the same fixtures to the schema and, written as the
// app's repository writes them, to the rules: both must accept the valid ones and refuse the others.
// A schema "accepts" a document only when parsing gives it back unchanged: the app writes what the
// schema outputs, so a value the schema would trim, lower-case or fill in is never written as is.

const env = firestoreRulesEnvOfSuite();

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.tenant(TENANT)]: tenantDoc(TENANT),
    [paths.contact(TENANT, CONTACT)]: contactDoc(CONTACT),
    [paths.property(TENANT, PARITY_PROPERTY)]: { id: PARITY_PROPERTY },
  });
});

const codec: TimestampCodec = {
  isTimestamp: (value): value is firebase.firestore.Timestamp => value instanceof firebase.firestore.Timestamp,
  fromDate: (date) => firebase.firestore.Timestamp.fromDate(date),
};

/** Dates become Timestamps, as every repository writes them. */
const stored = (value: Doc): DocData => domainToStored(value, codec) as DocData;

/** How the admin app writes one kind: who, and where (`slot` keeps each fixture's document apart). */
interface Target {
  persona: PersonaName;
  path: (slot: number) => string;
  write: (value: Doc, slot: number) => Promise<unknown>;
}

/** One client per persona for the whole file: a context per write would open a connection per fixture. */
const clients = new Map<PersonaName, Db>();
function dbFor(persona: PersonaName): Db {
  const known = clients.get(persona);
  if (known) return known;
  const db = dbOf(env, persona);
  clients.set(persona, db);
  return db;
}

const id = (slot: number) => `parity-${slot}`;
/** The property whose documents the parity fixtures are written under. */
const PARITY_PROPERTY = 'parity-property';
/** Firestore's automatic ids are 20 letters and digits: the only ids the rules let the apps log under. */
const autoId = (slot: number) => `parity${slot}`.padEnd(20, 'x');

function target(persona: PersonaName, path: (slot: number) => string, data: (value: Doc, slot: number) => DocData) {
  return {
    persona,
    path,
    write: (value: Doc, slot: number) => dbFor(persona).doc(path(slot)).set(data(value, slot)),
  } satisfies Target;
}

/** One writer per kind, following the repositories of web-admin (named beside each). */
const TARGETS: Record<KindName, Target> = {
  // tenant.repository.ts saveTenantInformation / saveTenantBranding: an update of the settings fields.
  'tenant settings': {
    persona: 'owner',
    path: () => paths.tenant(TENANT),
    write: (value) =>
      dbFor('owner')
        .doc(paths.tenant(TENANT))
        .update({ ...stored(value), updatedAt: serverTime() }),
  },
  // portal-leads.repository.ts saveAutoResponder.
  'auto-responder settings': target(
    'owner',
    () => paths.autoResponderSettings(TENANT),
    (value) => ({ ...stored(value), updatedAt: serverTime() }),
  ),
  // mail-template.repository.ts createMailTemplate (managers edit templates too).
  'mail template': target(
    'manager',
    (slot) => paths.mailTemplate(TENANT, id(slot)),
    (value, slot) => ({
      ...stored(value),
      id: id(slot),
      createdBy: uidOf('manager'),
      createdAt: serverTime(),
      updatedAt: serverTime(),
    }),
  ),
  // task.repository.ts createRoom.
  room: target(
    'owner',
    (slot) => paths.room(TENANT, id(slot)),
    (value, slot) => ({
      ...stored(value),
      id: id(slot),
      active: true,
      createdAt: serverTime(),
      updatedAt: serverTime(),
    }),
  ),
  // history.repository.ts createHistoryEntry.
  'history entry': target(
    'agent',
    (slot) => paths.historyEntry(TENANT, autoId(slot)),
    (value, slot) => ({ ...stored(value), id: autoId(slot), authorUid: uidOf('agent'), createdAt: serverTime() }),
  ),
  // client-file.repository.ts saveNote, a new note: its reminder (if any) is pending.
  note: target(
    'agent',
    (slot) => paths.note(TENANT, CONTACT, id(slot)),
    (value, slot) => {
      const data = stored(value);
      return {
        ...data,
        reminderPendingAt: 'remindAt' in data ? data.remindAt : null,
        reminderSentAt: null,
        id: id(slot),
        authorUid: uidOf('agent'),
        createdAt: serverTime(),
        updatedAt: serverTime(),
      };
    },
  ),
  // client-file.repository.ts saveSignatory, a new signatory.
  signatory: target(
    'agent',
    (slot) => paths.signatory(TENANT, CONTACT, id(slot)),
    (value, slot) => ({
      ...stored(value),
      id: id(slot),
      createdBy: uidOf('agent'),
      createdAt: serverTime(),
      updatedAt: serverTime(),
    }),
  ),
  // client-file.repository.ts uploadDocument: the metadata, once the file is in Storage.
  'contact document': target(
    'agent',
    (slot) => paths.contactDocument(TENANT, CONTACT, id(slot)),
    (value, slot) => ({
      ...stored(value),
      id: id(slot),
      storagePath: paths.contactDocumentFile(TENANT, CONTACT, id(slot), storageFileName(String(value.name))),
      uploadedBy: uidOf('agent'),
      uploadedAt: serverTime(),
    }),
  ),
  // property-media.repository.ts uploadPropertyDocument.
  'property document': target(
    'agent',
    (slot) => paths.propertyDocument(TENANT, PARITY_PROPERTY, id(slot)),
    (value, slot) => ({
      ...stored(value),
      id: id(slot),
      storagePath: paths.propertyDocumentFile(TENANT, PARITY_PROPERTY, id(slot), storageFileName(String(value.name))),
      uploadedBy: uidOf('agent'),
      uploadedAt: serverTime(),
    }),
  ),
  // client-file.repository.ts saveBuyerFile.
  'buyer questionnaire': target(
    'agent',
    () => paths.buyerFile(TENANT, CONTACT, 'questionnaire'),
    (value) => ({ ...stored(value), updatedBy: uidOf('agent'), updatedAt: serverTime() }),
  ),
  'saved search': target(
    'agent',
    () => paths.buyerFile(TENANT, CONTACT, 'saved-search'),
    (value) => ({ ...stored(value), updatedBy: uidOf('agent'), updatedAt: serverTime() }),
  ),
  // places.repository.ts (web-client) addPlace: the client's own point, in a slot of theirs.
  'client place': target(
    'client',
    (slot) => paths.clientPlace(TENANT, clientPlaceId(CONTACT, slot)),
    (value, slot) => ({
      ...stored(value),
      id: clientPlaceId(CONTACT, slot),
      contactId: CONTACT,
      addedBy: { kind: 'client', uid: uidOf('client') },
      createdAt: serverTime(),
      updatedAt: serverTime(),
    }),
  ),
};

// --- the two sides -------------------------------------------------------------------------------------

interface Verdict {
  accepts: boolean;
  /** Why it refuses, for the message. */
  why: string;
}

const show = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : (JSON.stringify(value)?.slice(0, 60) ?? String(value));

/** The first place where what the schema would write differs from the fixture. */
function firstDifference(written: unknown, given: unknown, path: string): string | null {
  if (isDeepStrictEqual(written, given)) return null;
  const bothMaps = [written, given].every(
    (value) => value !== null && typeof value === 'object' && !(value instanceof Date),
  );
  if (bothMaps && Array.isArray(written) === Array.isArray(given)) {
    const left = written as Record<string, unknown>;
    const right = given as Record<string, unknown>;
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in left)) return `${at}: dropped`;
      if (!(key in right)) return `${at}: missing, would be written ${show(left[key])}`;
      const inner = firstDifference(left[key], right[key], at);
      if (inner) return inner;
    }
  }
  return `${path || 'the document'}: ${show(given)} would be written ${show(written)}`;
}

function schemaVerdict(kind: ParityKind, fixture: Fixture): Verdict {
  const parsed = kind.schema.safeParse(kind.toInput ? kind.toInput(fixture.value) : fixture.value);
  if (!parsed.success) return { accepts: false, why: describeIssues(parsed.error) };
  const difference = firstDifference(parsed.data, fixture.value, '');
  return difference ? { accepts: false, why: difference } : { accepts: true, why: '' };
}

async function rulesVerdict(kind: ParityKind, fixture: Fixture, slot: number): Promise<Verdict> {
  const { persona, path, write } = TARGETS[kind.kind];
  try {
    await write(fixture.value, slot);
    return { accepts: true, why: '' };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // Anything but a refusal (an SDK error, the emulator down) is a broken test, not a verdict.
    if (code !== 'permission-denied') throw error;
    // The emulator says which line refused (`false for 'create' @ L123`) or what failed to evaluate.
    const detail = String((error as { message?: unknown }).message ?? '')
      .replace(/\s+/g, ' ')
      .replace(/^.*PERMISSION_DENIED: /, '')
      .slice(0, 160);
    return { accepts: false, why: `${persona} writing ${path(slot)}: ${detail}` };
  }
}

type Expectation = 'valid' | 'invalid' | 'gap';

/** The sentence a disagreement reads as, or null when both sides behave as the fixture says. */
function disagreement(
  kind: ParityKind,
  fixture: Fixture,
  expected: Expectation,
  schema: Verdict,
  rules: Verdict,
): string | null {
  const name = `${kind.kind} › ${expected} "${fixture.name}"`;
  const schemaSays = schema.accepts ? `${kind.schemaName} accepts it` : `${kind.schemaName} refuses it (${schema.why})`;
  const rulesSay = rules.accepts ? 'the rules accept it' : `the rules refuse it (${rules.why})`;
  if (expected === 'gap') {
    if (!rules.accepts) return `${name}: the rules now refuse it; move it to the invalid fixtures`;
    if (schema.accepts) return `${name}: ${schemaSays}; move it to the valid fixtures`;
    return null;
  }
  const wanted = expected === 'valid';
  if (schema.accepts === wanted && rules.accepts === wanted) return null;
  if (schema.accepts === rules.accepts)
    return `${name}: both sides disagree with the fixture: ${schemaSays}, ${rulesSay}`;
  return `${name}: ${rules.accepts ? rulesSay : schemaSays} but ${rules.accepts ? schemaSays : rulesSay}`;
}

async function disagreements(kind: ParityKind): Promise<string[]> {
  const cases: [Fixture, Expectation][] = [
    ...kind.valid.map((fixture): [Fixture, Expectation] => [fixture, 'valid']),
    ...kind.invalid.map((fixture): [Fixture, Expectation] => [fixture, 'invalid']),
    ...(kind.gaps ?? []).map((fixture): [Fixture, Expectation] => [fixture, 'gap']),
  ];
  // One batch per kind: every fixture is written at once, each to its own document where ids are free.
  // A settings document or buyer file has one path, but each fixture sets the whole document and its
  // rules judge a create and an update alike, so concurrent writes are still judged one by one.
  const found = await Promise.all(
    cases.map(async ([fixture, expected], slot) =>
      disagreement(kind, fixture, expected, schemaVerdict(kind, fixture), await rulesVerdict(kind, fixture, slot)),
    ),
  );
  return found.filter((line): line is string => line !== null);
}

describe('every validator of firestore.rules agrees with its zod schema', () => {
  for (const kind of PARITY_KINDS) {
    const count = kind.valid.length + kind.invalid.length + (kind.gaps?.length ?? 0);
    it(`${kind.kind} (${kind.schemaName}, ${count} fixtures)`, async () => {
      const names = [...kind.valid, ...kind.invalid, ...(kind.gaps ?? [])].map((fixture) => fixture.name);
      expect(
        names.filter((name, index) => names.indexOf(name) !== index),
        'fixture names repeated',
      ).toEqual([]);
      expect(await disagreements(kind), `${kind.kind}: the schema and the rules disagree`).toEqual([]);
    });
  }
});
