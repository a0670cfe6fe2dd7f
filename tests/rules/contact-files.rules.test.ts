import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import {
  contextOf,
  createStorageRulesEnv,
  dbOf,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

/**
 * The client file's subcollections (signatories, documents, notes, buyer files) and its Storage files.
 * Every rule has an allow and a deny, in both visibility settings: in `own` mode the agent does not see
 * THEIRS (assigned to another agent, in the manager's team) and is refused everything on it.
 */
const env = firestoreRulesEnvOfSuite();

/** A buyer assigned to the agent. */
const MINE = 'mila';
/** A buyer assigned to another agent of the manager's team. */
const THEIRS = 'theo';
/** A seller assigned to the agent: no buyer files. */
const SELLER = 'sacha';
/** A buyer assigned to another agent and shared with the agent. */
const SHARED = 'sami';
const OTHER_AGENT = 'otto-agent';
const past = at('2026-01-15T09:00:00Z');

function contact(id: string, assignedAgentUid: string, clientType = 'buyer'): DocData {
  return {
    id,
    kind: 'client',
    clientType,
    identityType: 'person',
    civility: '',
    firstName: 'Mila',
    lastName: 'Morel',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [{ address: `${id}@example.com`, label: 'personal' }],
    phones: [],
    email: `${id}@example.com`,
    phone: '',
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: 'fr',
    tags: [],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid,
    managerUid: assignedAgentUid === OTHER_AGENT ? uidOf('manager') : null,
    sharedWithUids: [],
    matchKeys: [`e:${id}@example.com`],
    conversion: null,
    deletionRequest: null,
    createdBy: assignedAgentUid,
    createdAt: past,
    updatedAt: past,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
}

function signatory(id: string, creator: PersonaName): DocData {
  return {
    id,
    role: 'spouse',
    civility: 'mrs',
    firstName: 'Anna',
    lastName: 'Morel',
    birthDate: at('1990-05-01T00:00:00Z'),
    email: 'anna.morel@example.com',
    phone: '+33612345678',
    address: { street: '3 rue Lepic', postalCode: '75018', city: 'Paris', country: 'FR' },
    sharePercent: 50,
    notes: '',
    createdBy: uidOf(creator),
    createdAt: serverTime(),
    updatedAt: serverTime(),
  };
}

function documentMeta(contactId: string, id: string, uploader: PersonaName): DocData {
  return {
    id,
    name: 'Pièce d’identité.pdf',
    category: 'identity',
    contentType: 'application/pdf',
    size: 120_000,
    storagePath: paths.contactDocumentFile(TENANT, contactId, id, 'Piece_d_identite.pdf'),
    uploadedBy: uidOf(uploader),
    uploadedAt: serverTime(),
  };
}

function note(id: string, author: PersonaName, remindAt: unknown = at('2031-01-01T09:00:00Z')): DocData {
  return {
    id,
    text: 'Rappeler pour la contre-offre',
    remindAt,
    reminderPendingAt: remindAt,
    reminderSentAt: null,
    authorUid: uidOf(author),
    createdAt: serverTime(),
    updatedAt: serverTime(),
  };
}

function questionnaire(author: PersonaName): DocData {
  return {
    projectType: 'main-residence',
    budgetMin: 300_000,
    budgetMax: 450_000,
    financing: { type: 'loan', loanPreApproved: true, contribution: 60_000 },
    deadline: at('2031-06-30T00:00:00Z'),
    situation: { housing: 'owner', mustSellFirst: true },
    household: { adults: 2, children: 1 },
    notes: '',
    updatedBy: uidOf(author),
    updatedAt: serverTime(),
  };
}

function savedSearch(author: PersonaName): DocData {
  return {
    dealType: 'sale',
    propertyTypes: ['apartment', 'house'],
    cities: ['Lyon'],
    postalCodes: ['69003'],
    budgetMin: null,
    budgetMax: 450_000,
    surfaceMin: 70,
    roomsMin: 3,
    bedroomsMin: 2,
    mustHaves: ['balcony', 'lift'],
    text: '',
    updatedBy: uidOf(author),
    updatedAt: serverTime(),
  };
}

/** What a stored document looks like once written (server times resolved). */
const storedAt = (data: DocData): DocData => {
  const copy = { ...data };
  for (const key of ['createdAt', 'updatedAt', 'uploadedAt']) if (key in copy) copy[key] = past;
  return copy;
};

const seedState = (visibility: 'shared' | 'own') =>
  seed(env, {
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: past },
    [paths.contact(TENANT, MINE)]: contact(MINE, uidOf('agent')),
    [paths.contact(TENANT, THEIRS)]: contact(THEIRS, OTHER_AGENT),
    [paths.contact(TENANT, SELLER)]: contact(SELLER, uidOf('agent'), 'seller'),
    [paths.contact(TENANT, SHARED)]: { ...contact(SHARED, OTHER_AGENT), sharedWithUids: [uidOf('agent')] },
    [paths.signatory(TENANT, SHARED, 's1')]: storedAt(signatory('s1', 'manager')),
    [paths.contactDocument(TENANT, SHARED, 'd1')]: storedAt(documentMeta(SHARED, 'd1', 'manager')),
    [paths.contact(OTHER_TENANT, MINE)]: contact(MINE, uidOf('otherTenant')),
    [paths.signatory(TENANT, MINE, 's1')]: storedAt(signatory('s1', 'agent')),
    [paths.signatory(TENANT, THEIRS, 's1')]: storedAt(signatory('s1', 'agent')),
    [paths.signatory(OTHER_TENANT, MINE, 's1')]: storedAt(signatory('s1', 'otherTenant')),
    [paths.contactDocument(TENANT, MINE, 'd1')]: storedAt(documentMeta(MINE, 'd1', 'agent')),
    [paths.contactDocument(TENANT, THEIRS, 'd1')]: storedAt(documentMeta(THEIRS, 'd1', 'agent')),
    [paths.note(TENANT, MINE, 'mine')]: storedAt(note('mine', 'agent')),
    [paths.note(TENANT, MINE, 'sent')]: {
      ...storedAt(note('sent', 'agent')),
      reminderPendingAt: null,
      reminderSentAt: at('2031-01-01T09:01:00Z'),
    },
    [paths.note(TENANT, MINE, 'managers')]: storedAt(note('managers', 'manager')),
    [paths.note(TENANT, THEIRS, 'mine')]: storedAt(note('mine', 'agent')),
    [paths.buyerFile(TENANT, MINE, 'questionnaire')]: storedAt(questionnaire('agent')),
    [paths.buyerFile(TENANT, MINE, 'tracfin')]: { riskLevel: 'low', reviewedBy: uidOf('owner'), reviewedAt: past },
    [paths.buyerFile(TENANT, THEIRS, 'tracfin')]: { riskLevel: 'low', reviewedBy: uidOf('owner'), reviewedAt: past },
  });

const ref = (persona: PersonaName, path: string) => dbOf(env, persona).doc(path);
const col = (persona: PersonaName, path: string) => dbOf(env, persona).collection(path);

for (const visibility of ['shared', 'own'] as const) {
  describe(`visibility "${visibility}"`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seedState(visibility);
    });

    describe('signatories', () => {
      for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
        it(`${persona} lists, adds, edits and removes the signatories of a contact they see`, async () => {
          // The agent sees their own buyer; the others see the one of the manager's team in both modes.
          const target = persona === 'agent' ? MINE : THEIRS;
          expect((await assertSucceeds(col(persona, paths.signatories(TENANT, target)).get())).size).toBe(1);
          await assertSucceeds(ref(persona, paths.signatory(TENANT, target, 'new')).set(signatory('new', persona)));
          await assertSucceeds(
            ref(persona, paths.signatory(TENANT, target, 's1')).update({ role: 'heir', updatedAt: serverTime() }),
          );
          await assertSucceeds(ref(persona, paths.signatory(TENANT, target, 's1')).delete());
        });
      }

      it.each([
        ['an unknown role', { role: 'cousin' }],
        ['a phone not in E.164', { phone: '06 12 34 56 78' }],
        ['an upper-case email', { email: 'Anna@Example.com' }],
        ['no last name', { lastName: '' }],
        ['a share over 100', { sharePercent: 120 }],
        ['an address missing a key', { address: { street: '', city: '', country: '' } }],
        ['a creator who is somebody else', { createdBy: uidOf('owner') }],
        ['a backdated creation', { createdAt: past }],
        ['an id that is not the document id', { id: 'other' }],
        ['an unknown field', { ssn: '1 90 05' }],
      ])('the agent cannot add a signatory with %s', async (_label, change) => {
        await assertFails(
          ref('agent', paths.signatory(TENANT, MINE, 'new')).set({ ...signatory('new', 'agent'), ...change }),
        );
      });

      it('an edit keeps the creation fields and validates the rest', async () => {
        const signatoryRef = ref('agent', paths.signatory(TENANT, MINE, 's1'));
        await assertFails(signatoryRef.update({ createdBy: uidOf('owner'), updatedAt: serverTime() }));
        await assertFails(signatoryRef.update({ email: 'not-an-email', updatedAt: serverTime() }));
        await assertFails(signatoryRef.update({ role: 'heir', updatedAt: past }));
      });

      it(`the agent ${visibility === 'shared' ? 'works on' : 'is refused'} the signatories of a contact assigned to another agent`, async () => {
        const check = visibility === 'shared' ? assertSucceeds : assertFails;
        await check(col('agent', paths.signatories(TENANT, THEIRS)).get());
        await check(ref('agent', paths.signatory(TENANT, THEIRS, 'new')).set(signatory('new', 'agent')));
        await check(ref('agent', paths.signatory(TENANT, THEIRS, 's1')).delete());
      });

      it('the agent works on the signatories of a contact shared with them', async () => {
        expect((await assertSucceeds(col('agent', paths.signatories(TENANT, SHARED)).get())).size).toBe(1);
        await assertSucceeds(ref('agent', paths.signatory(TENANT, SHARED, 'new')).set(signatory('new', 'agent')));
        await assertSucceeds(ref('agent', paths.signatory(TENANT, SHARED, 's1')).delete());
      });

      it("the manager of the contact's agent sees them in both modes", async () => {
        await assertSucceeds(col('manager', paths.signatories(TENANT, THEIRS)).get());
      });

      for (const persona of ['partner', 'client', 'otherTenant', 'anonymous'] as const) {
        it(`${persona} neither reads nor writes them`, async () => {
          await assertFails(col(persona, paths.signatories(TENANT, MINE)).get());
          await assertFails(ref(persona, paths.signatory(TENANT, MINE, 'new')).set(signatory('new', 'agent')));
          await assertFails(ref(persona, paths.signatory(TENANT, MINE, 's1')).delete());
        });
      }
    });

    describe('documents', () => {
      it('a collaborator lists and adds the documents of a contact they see, never edits nor deletes one', async () => {
        expect((await assertSucceeds(col('agent', paths.contactDocuments(TENANT, MINE)).get())).size).toBe(1);
        await assertSucceeds(
          ref('agent', paths.contactDocument(TENANT, MINE, 'd2')).set(documentMeta(MINE, 'd2', 'agent')),
        );
        await assertFails(ref('agent', paths.contactDocument(TENANT, MINE, 'd1')).update({ name: 'Renamed.pdf' }));
        // Deleting goes through files-deleteContactDocument, which writes the history entry.
        await assertFails(ref('agent', paths.contactDocument(TENANT, MINE, 'd1')).delete());
        await assertFails(ref('owner', paths.contactDocument(TENANT, MINE, 'd1')).delete());
      });

      it.each([
        ['a file of another contact', { storagePath: paths.contactDocumentFile(TENANT, THEIRS, 'd2', 'x.pdf') }],
        ['a file of another tenant', { storagePath: paths.contactDocumentFile(OTHER_TENANT, MINE, 'd2', 'x.pdf') }],
        ['an unsafe file name', { storagePath: paths.contactDocumentFile(TENANT, MINE, 'd2', '../x.pdf') }],
        ['a file over 20 MB', { size: 20 * 1024 * 1024 + 1 }],
        ['an HTML page', { contentType: 'text/html' }],
        ['an unknown category', { category: 'love-letters' }],
        ['an uploader who is somebody else', { uploadedBy: uidOf('owner') }],
        ['a backdated upload', { uploadedAt: past }],
      ])('refuses metadata with %s', async (_label, change) => {
        await assertFails(
          ref('agent', paths.contactDocument(TENANT, MINE, 'd2')).set({
            ...documentMeta(MINE, 'd2', 'agent'),
            ...change,
          }),
        );
      });

      it('refuses a file path that matches its ids only as a pattern (ids are compared, not matched)', async () => {
        // A document id holding a pattern character: 'd.' must not stand for the folder of document 'dX'.
        await assertFails(
          ref('agent', paths.contactDocument(TENANT, MINE, 'd.')).set({
            ...documentMeta(MINE, 'd.', 'agent'),
            storagePath: paths.contactDocumentFile(TENANT, MINE, 'dX', 'x.pdf'),
          }),
        );
        await assertSucceeds(
          ref('agent', paths.contactDocument(TENANT, MINE, 'd.')).set(documentMeta(MINE, 'd.', 'agent')),
        );
      });

      it(`the agent ${visibility === 'shared' ? 'works on' : 'is refused'} the documents of a contact assigned to another agent`, async () => {
        const check = visibility === 'shared' ? assertSucceeds : assertFails;
        await check(col('agent', paths.contactDocuments(TENANT, THEIRS)).get());
        await check(ref('agent', paths.contactDocument(TENANT, THEIRS, 'd2')).set(documentMeta(THEIRS, 'd2', 'agent')));
        await assertFails(ref('agent', paths.contactDocument(TENANT, THEIRS, 'd1')).delete());
      });

      it('the agent lists and adds the documents of a contact shared with them, deletes none directly', async () => {
        expect((await assertSucceeds(col('agent', paths.contactDocuments(TENANT, SHARED)).get())).size).toBe(1);
        await assertSucceeds(
          ref('agent', paths.contactDocument(TENANT, SHARED, 'd2')).set(documentMeta(SHARED, 'd2', 'agent')),
        );
        await assertFails(ref('agent', paths.contactDocument(TENANT, SHARED, 'd1')).delete());
      });

      it('partners, clients and other tenants are refused', async () => {
        for (const persona of ['partner', 'client', 'otherTenant'] as const) {
          await assertFails(col(persona, paths.contactDocuments(TENANT, MINE)).get());
          await assertFails(
            ref(persona, paths.contactDocument(TENANT, MINE, 'd2')).set(documentMeta(MINE, 'd2', persona)),
          );
        }
      });
    });

    describe('notes', () => {
      const mine = (persona: PersonaName = 'agent') =>
        col(persona, paths.notes(TENANT, MINE)).where('authorUid', '==', uidOf(persona));

      it("the author reads and lists their own notes, never another's", async () => {
        expect((await assertSucceeds(mine().get())).size).toBe(2);
        await assertSucceeds(ref('agent', paths.note(TENANT, MINE, 'mine')).get());
        await assertFails(ref('agent', paths.note(TENANT, MINE, 'managers')).get());
        await assertFails(col('agent', paths.notes(TENANT, MINE)).get());
        await assertFails(ref('owner', paths.note(TENANT, MINE, 'mine')).get());
      });

      it('the author writes a note with a pending reminder, or without one', async () => {
        await assertSucceeds(ref('agent', paths.note(TENANT, MINE, 'n1')).set(note('n1', 'agent')));
        await assertSucceeds(ref('agent', paths.note(TENANT, MINE, 'n2')).set(note('n2', 'agent', null)));
      });

      it.each([
        ['a pending time other than the reminder', { reminderPendingAt: at('2020-01-01T00:00:00Z') }],
        ['a reminder already sent', { reminderSentAt: past }],
        ['another author', { authorUid: uidOf('manager') }],
        ['an empty text', { text: '' }],
        ['a text over 5000 characters', { text: 'x'.repeat(5001) }],
        ['a reminder that is not a date', { remindAt: 'tomorrow', reminderPendingAt: 'tomorrow' }],
        ['a backdated creation', { createdAt: past }],
      ])('refuses a note with %s', async (_label, change) => {
        await assertFails(ref('agent', paths.note(TENANT, MINE, 'n1')).set({ ...note('n1', 'agent'), ...change }));
      });

      it('an edit keeps a sent reminder sent; moving the reminder makes it pending again', async () => {
        const sent = ref('agent', paths.note(TENANT, MINE, 'sent'));
        await assertSucceeds(sent.update({ text: 'Contre-offre envoyée', updatedAt: serverTime() }));
        await assertFails(
          sent.update({ reminderSentAt: null, reminderPendingAt: at('2031-01-01T09:00:00Z'), updatedAt: serverTime() }),
        );
        const later = at('2031-02-01T09:00:00Z');
        await assertFails(sent.update({ remindAt: later, updatedAt: serverTime() }));
        await assertSucceeds(
          sent.update({ remindAt: later, reminderPendingAt: later, reminderSentAt: null, updatedAt: serverTime() }),
        );
        await assertFails(sent.update({ authorUid: uidOf('manager'), updatedAt: serverTime() }));
      });

      it("the author deletes their note, not another's", async () => {
        await assertSucceeds(ref('agent', paths.note(TENANT, MINE, 'mine')).delete());
        await assertFails(ref('agent', paths.note(TENANT, MINE, 'managers')).delete());
        await assertFails(
          ref('admin', paths.note(TENANT, MINE, 'managers')).update({ text: 'x', updatedAt: serverTime() }),
        );
      });

      it(`the agent ${visibility === 'shared' ? 'keeps' : 'loses'} their notes on a contact assigned to another agent`, async () => {
        const check = visibility === 'shared' ? assertSucceeds : assertFails;
        await check(ref('agent', paths.note(TENANT, THEIRS, 'mine')).get());
        await check(ref('agent', paths.note(TENANT, THEIRS, 'n1')).set(note('n1', 'agent')));
      });

      it('the agent writes and reads their notes on a contact shared with them', async () => {
        await assertSucceeds(ref('agent', paths.note(TENANT, SHARED, 'n1')).set(note('n1', 'agent')));
        await assertSucceeds(col('agent', paths.notes(TENANT, SHARED)).where('authorUid', '==', uidOf('agent')).get());
      });

      it('partners and clients write no note', async () => {
        await assertFails(ref('partner', paths.note(TENANT, MINE, 'n1')).set(note('n1', 'partner')));
        await assertFails(ref('client', paths.note(TENANT, MINE, 'n1')).set(note('n1', 'client')));
      });
    });

    describe('buyer files', () => {
      it('a collaborator writes the questionnaire and the saved search of a buyer they see', async () => {
        await assertSucceeds(ref('agent', paths.buyerFile(TENANT, MINE, 'questionnaire')).get());
        await assertSucceeds(ref('agent', paths.buyerFile(TENANT, MINE, 'questionnaire')).set(questionnaire('agent')));
        await assertSucceeds(ref('agent', paths.buyerFile(TENANT, MINE, 'saved-search')).set(savedSearch('agent')));
      });

      it.each([
        ['questionnaire', 'a maximum below the minimum', { budgetMin: 500_000 }],
        [
          'questionnaire',
          'a loan pre-approved for cash',
          { financing: { type: 'cash', loanPreApproved: true, contribution: null } },
        ],
        ['questionnaire', 'a tenant selling first', { situation: { housing: 'tenant', mustSellFirst: true } }],
        ['questionnaire', 'half a child', { household: { adults: 2, children: 0.5 } }],
        ['questionnaire', 'another author', { updatedBy: uidOf('owner') }],
        ['questionnaire', 'an unknown field', { favouriteColour: 'blue' }],
        ['saved-search', 'no property type', { propertyTypes: [] }],
        ['saved-search', 'a type twice', { propertyTypes: ['house', 'house'] }],
        ['saved-search', 'an unknown must-have', { mustHaves: ['helipad'] }],
        ['saved-search', 'an unknown deal type', { dealType: 'swap' }],
        ['saved-search', 'a backdated update', { updatedAt: past }],
      ] as const)('refuses a %s with %s', async (file, _label, change) => {
        const valid = file === 'questionnaire' ? questionnaire('agent') : savedSearch('agent');
        await assertFails(ref('agent', paths.buyerFile(TENANT, MINE, file)).set({ ...valid, ...change }));
      });

      it('the Tracfin file is read, and written only by contacts-saveTracfin', async () => {
        await assertSucceeds(ref('agent', paths.buyerFile(TENANT, MINE, 'tracfin')).get());
        await assertFails(
          ref('owner', paths.buyerFile(TENANT, MINE, 'tracfin')).set({
            riskLevel: 'low',
            updatedBy: uidOf('owner'),
            updatedAt: serverTime(),
          }),
        );
        await assertFails(ref('owner', paths.buyerFile(TENANT, MINE, 'tracfin')).delete());
      });

      it('the agent works on the files of a buyer shared with them', async () => {
        await assertSucceeds(ref('agent', paths.buyerFile(TENANT, SHARED, 'saved-search')).set(savedSearch('agent')));
        await assertSucceeds(ref('agent', paths.buyerFile(TENANT, SHARED, 'saved-search')).get());
      });

      it('a seller has no buyer files', async () => {
        await assertFails(ref('agent', paths.buyerFile(TENANT, SELLER, 'questionnaire')).set(questionnaire('agent')));
      });

      it(`the agent ${visibility === 'shared' ? 'works on' : 'is refused'} the files of a buyer assigned to another agent`, async () => {
        const check = visibility === 'shared' ? assertSucceeds : assertFails;
        await check(ref('agent', paths.buyerFile(TENANT, THEIRS, 'tracfin')).get());
        await check(ref('agent', paths.buyerFile(TENANT, THEIRS, 'saved-search')).set(savedSearch('agent')));
      });

      it('partners, clients and other tenants are refused', async () => {
        for (const persona of ['partner', 'client', 'otherTenant'] as const) {
          await assertFails(ref(persona, paths.buyerFile(TENANT, MINE, 'tracfin')).get());
          await assertFails(ref(persona, paths.buyerFile(TENANT, MINE, 'questionnaire')).set(questionnaire(persona)));
        }
      });
    });
  });
}

// Probed once in the global setup; the Storage part runs only where storage.rules are really enforced.
const enforced = inject('storageRulesEnforced');

describe.runIf(enforced)('storage.rules: contact documents', () => {
  let storageEnv: RulesTestEnvironment;
  const PDF = { contentType: 'application/pdf' };
  const file = (documentId: string, name = 'passport.pdf', tenantId = TENANT, contactId = MINE) =>
    paths.contactDocumentFile(tenantId, contactId, documentId, name);

  beforeAll(async () => {
    storageEnv = await createStorageRulesEnv();
  });

  afterAll(async () => {
    await storageEnv.cleanup();
  });

  beforeEach(async () => {
    await storageEnv.clearStorage();
    await storageEnv.withSecurityRulesDisabled(async (context) => {
      for (const path of [
        file('d1'),
        file('d1', 'passport.pdf', OTHER_TENANT),
        file('d1', 'passport.pdf', TENANT, THEIRS),
        file('d1', 'passport.pdf', TENANT, SHARED),
        file('d1', 'passport.pdf', TENANT, 'erased'),
      ]) {
        await context
          .storage()
          .ref(path)
          .put(new Uint8Array([1, 2, 3]), PDF);
      }
    });
  });

  const storageOf = (persona: PersonaName, path: string) => contextOf(storageEnv, persona).storage().ref(path);
  const upload = (persona: PersonaName, path: string, bytes: Uint8Array, metadata: { contentType: string }) =>
    storageOf(persona, path)
      .put(bytes, metadata)
      .then((snapshot) => snapshot);

  // The rules read the contact and the visibility setting from Firestore (same project).
  for (const visibility of ['shared', 'own'] as const) {
    describe(`visibility "${visibility}"`, () => {
      beforeEach(async () => {
        await env.clearFirestore();
        await seedState(visibility);
      });

      for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
        it(`${persona} uploads a PDF, an image and an office document, and reads or deletes none directly`, async () => {
          await assertSucceeds(upload(persona, file('d2'), new Uint8Array([1]), PDF));
          await assertSucceeds(
            upload(persona, file('d3', 'photo.jpg'), new Uint8Array([1]), { contentType: 'image/jpeg' }),
          );
          await assertSucceeds(
            upload(persona, file('d4', 'offer.docx'), new Uint8Array([1]), {
              contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            }),
          );
          // Reads go through files-download, deletions through files-deleteContactDocument.
          await assertFails(storageOf(persona, file('d1')).getMetadata());
          await assertFails(storageOf(persona, file('d1')).delete());
        });
      }

      it('refuses a file over 20 MB, a type that is not accepted, an unsafe name and an overwrite', async () => {
        await assertFails(upload('agent', file('d2'), new Uint8Array(20 * 1024 * 1024 + 1), PDF));
        await assertFails(upload('agent', file('d2', 'page.html'), new Uint8Array([1]), { contentType: 'text/html' }));
        await assertFails(
          upload('agent', file('d2', 'logo.svg'), new Uint8Array([1]), { contentType: 'image/svg+xml' }),
        );
        await assertFails(upload('agent', file('d2', 'a b.pdf'), new Uint8Array([1]), PDF));
        await assertFails(upload('agent', file('d1'), new Uint8Array([1]), PDF));
      });

      for (const persona of ['partner', 'client', 'otherTenant', 'anonymous'] as const) {
        it(`${persona} neither uploads nor reads`, async () => {
          await assertFails(upload(persona, file('d2'), new Uint8Array([1]), PDF));
          await assertFails(storageOf(persona, file('d1')).getMetadata());
          await assertFails(storageOf(persona, file('d1')).delete());
        });
      }

      it("a collaborator cannot upload into another tenant's documents", async () => {
        await assertFails(upload('agent', file('d2', 'x.pdf', OTHER_TENANT), new Uint8Array([1]), PDF));
      });

      it('nobody adds files to a contact that no longer exists (erased)', async () => {
        await assertFails(upload('owner', file('d2', 'x.pdf', TENANT, 'erased'), new Uint8Array([1]), PDF));
        await assertFails(upload('agent', file('d2', 'x.pdf', TENANT, 'erased'), new Uint8Array([1]), PDF));
      });

      it('the agent adds files to a contact shared with them, the manager to those of the team', async () => {
        await assertSucceeds(upload('agent', file('d2', 'x.pdf', TENANT, SHARED), new Uint8Array([1]), PDF));
        await assertSucceeds(upload('manager', file('d2', 'x.pdf', TENANT, THEIRS), new Uint8Array([1]), PDF));
      });

      if (visibility === 'shared') {
        it("every collaborator adds files to another agent's client", async () => {
          await assertSucceeds(upload('agent', file('d5', 'x.pdf', TENANT, THEIRS), new Uint8Array([1]), PDF));
        });
      } else {
        it("the agent adds no file to another agent's client", async () => {
          await assertFails(upload('agent', file('d5', 'x.pdf', TENANT, THEIRS), new Uint8Array([1]), PDF));
        });
      }
    });
  }
});
