import {
  CALLABLES,
  contactMatchKeys,
  paths,
  type Contact,
  type ImportContactsInput,
  type ImportContactsResult,
} from '@estate/domain';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { signUp, uniqueEmail } from '../support/users';

let tenant: TestTenant;
let agent: TestUser;

const HEADERS = ['Prénom', 'Nom', 'Société', 'E-mail(s)', 'Téléphone', 'Type', 'Catégorie', 'Origine', 'Agent'];
const headerMap: ImportContactsInput['headerMap'] = {
  Prénom: 'firstName',
  Nom: 'lastName',
  Société: 'companyName',
  'E-mail(s)': 'emails',
  Téléphone: 'phones',
  Type: 'clientType',
  Catégorie: 'kind',
  Origine: 'origin',
  Agent: 'agent',
};

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Import' });
  agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
  await adminDb()
    .doc(paths.contactsSettings(tenant.tenantId))
    .set({
      visibility: 'shared',
      origins: [{ id: 'bouche-a-oreille', label: 'Bouche-à-oreille', active: true }],
      updatedAt: new Date(),
    });
});

/** A random French mobile, so runs never share numbers: typed `06 xx xx xx xx`, stored `+336xxxxxxxx`. */
function frenchMobile(): { typed: string; e164: string } {
  const digits = Array.from(randomBytes(8), (byte) => String(byte % 10)).join('');
  return { typed: `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`, e164: `+336${digits}` };
}

function row(number: number, values: Partial<Record<(typeof HEADERS)[number], string>>) {
  return { row: number, values: Object.fromEntries(HEADERS.map((header) => [header, values[header] ?? ''])) };
}

function newImportId(): string {
  return `imp_${randomBytes(8).toString('hex')}`;
}

async function importChunk(
  rows: ImportContactsInput['rows'],
  options: { importId?: string; duplicatePolicy?: 'skip' | 'create' } = {},
): Promise<ImportContactsResult> {
  const input: ImportContactsInput = {
    importId: options.importId ?? newImportId(),
    rows,
    headerMap,
    duplicatePolicy: options.duplicatePolicy ?? 'skip',
  };
  return mustCall<ImportContactsResult>(CALLABLES.importContacts, input, agent.idToken);
}

async function contactsWithKey(key: string): Promise<Contact[]> {
  const snapshot = await adminDb()
    .collection(paths.contacts(tenant.tenantId))
    .where('matchKeys', 'array-contains', key)
    .get();
  return snapshot.docs.map((doc) => doc.data() as Contact);
}

/** A contact already in the agency, stored as the contacts callables store it. */
async function seedContact(phone: string, email: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
  const now = new Date();
  const emails = [{ address: email, label: 'personal' as const }];
  const phones = [{ number: phone, label: 'mobile' as const }];
  const contact: Contact = {
    id: ref.id,
    kind: 'client',
    clientType: 'seller',
    identityType: 'person',
    civility: '',
    firstName: 'Bruno',
    lastName: 'Bertin',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails,
    unverifiedEmails: [],
    phones,
    email,
    phone,
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: 'fr',
    tags: [],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid: tenant.owner.uid,
    managerUid: null,
    sharedWithUids: [],
    matchKeys: contactMatchKeys({ emails, phones }),
    conversion: null,
    deletionRequest: null,
    createdBy: tenant.owner.uid,
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
  await ref.set(contact);
  return ref.id;
}

describe('contacts-importContacts', () => {
  it('imports good rows with normalised phones, the origin, the importer as creator and the agent column', async () => {
    const email = uniqueEmail('elodie');
    const mobile = frenchMobile();
    const companyPhone = frenchMobile();
    const { results } = await importChunk([
      row(2, {
        Prénom: 'Élodie',
        Nom: 'Lefèvre',
        'E-mail(s)': email.toUpperCase(),
        Téléphone: mobile.typed,
        Type: 'acheteur',
        Origine: 'bouche a oreille',
      }),
      row(3, {
        Société: 'SCI Les Tilleuls',
        Téléphone: companyPhone.typed,
        Type: 'bailleur',
        Catégorie: 'prospect client',
        Agent: tenant.owner.email,
      }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported']);

    const [elodie] = await contactsWithKey(`p:${mobile.e164}`);
    expect(elodie).toMatchObject({
      id: results[0]?.contactId,
      kind: 'client',
      clientType: 'buyer',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      email,
      phone: mobile.e164,
      originId: 'bouche-a-oreille',
      assignedAgentUid: agent.uid,
      createdBy: agent.uid,
    });
    const [company] = await contactsWithKey(`p:${companyPhone.e164}`);
    expect(company).toMatchObject({
      id: results[1]?.contactId,
      kind: 'client-prospect',
      identityType: 'company',
      companyName: 'SCI Les Tilleuls',
      assignedAgentUid: tenant.owner.uid,
      createdBy: agent.uid,
    });
  });

  it('reports a bad row with its column and reason and writes nothing of it', async () => {
    const mobile = frenchMobile();
    const { results } = await importChunk([
      row(7, { Nom: 'Martin', 'E-mail(s)': 'martin@@example', Téléphone: mobile.typed, Type: 'vendeur' }),
    ]);
    expect(results).toEqual([
      {
        row: 7,
        status: 'error',
        errors: [expect.objectContaining({ column: 'emails', code: 'invalid-email', value: 'martin@@example' })],
      },
    ]);
    expect(await contactsWithKey(`p:${mobile.e164}`)).toEqual([]);
  });

  it('reports a duplicate of a stored contact, the same phone written differently, with the match', async () => {
    const mobile = frenchMobile();
    const existingId = await seedContact(mobile.e164, uniqueEmail('bruno'));
    const written = `+33 ${mobile.typed.slice(1).replace(/ /g, '.')}`;
    const { results } = await importChunk([
      row(2, { Prénom: 'B.', Nom: 'Bertin', Téléphone: written, Type: 'vendeur' }),
    ]);
    expect(results).toEqual([
      {
        row: 2,
        status: 'duplicate',
        matches: [
          {
            contactId: existingId,
            displayName: 'Bruno Bertin',
            kind: 'client',
            assignedAgentUid: tenant.owner.uid,
            sharedKeys: [`p:${mobile.e164}`],
          },
        ],
      },
    ]);
    expect((await contactsWithKey(`p:${mobile.e164}`)).map((contact) => contact.id)).toEqual([existingId]);
  });

  it('reports a row repeating an earlier row of the file, and creates both when asked to', async () => {
    const email = uniqueEmail('twice');
    const skipped = await importChunk([
      row(2, { Nom: 'Durand', 'E-mail(s)': email, Type: 'locataire' }),
      row(3, { Nom: 'Durand', Prénom: 'Paul', 'E-mail(s)': `x-${email}; ${email}`, Type: 'locataire' }),
    ]);
    expect(skipped.results[0]).toMatchObject({ row: 2, status: 'imported' });
    expect(skipped.results[1]).toEqual({
      row: 3,
      status: 'duplicate',
      matches: [
        {
          contactId: skipped.results[0]?.contactId,
          displayName: 'Durand',
          kind: 'client',
          assignedAgentUid: agent.uid,
          sharedKeys: [`e:${email}`],
        },
      ],
    });
    expect(await contactsWithKey(`e:${email}`)).toHaveLength(1);

    const other = uniqueEmail('both');
    const created = await importChunk(
      [
        row(2, { Nom: 'Roux', 'E-mail(s)': other, Type: 'acheteur' }),
        row(3, { Nom: 'Roux', 'E-mail(s)': other, Type: 'acheteur' }),
      ],
      { duplicatePolicy: 'create' },
    );
    expect(created.results.map((result) => result.status)).toEqual(['imported', 'imported']);
    expect(created.results[1]?.matches?.[0]?.contactId).toBe(created.results[0]?.contactId);
    expect(await contactsWithKey(`e:${other}`)).toHaveLength(2);
  });

  it('imports nothing twice when a chunk is sent again', async () => {
    const importId = newImportId();
    const first = frenchMobile();
    const second = frenchMobile();
    const rows = [
      row(2, { Nom: 'Petit', Téléphone: first.typed, Type: 'acheteur' }),
      row(3, { Nom: 'Grand', Téléphone: second.typed, Type: 'vendeur' }),
    ];
    const once = await importChunk(rows, { importId });
    const again = await importChunk(rows, { importId });
    expect(once.results.map((result) => result.status)).toEqual(['imported', 'imported']);
    expect(again.results).toEqual(once.results);
    expect(await contactsWithKey(`p:${first.e164}`)).toHaveLength(1);
    expect(await contactsWithKey(`p:${second.e164}`)).toHaveLength(1);
  });

  it('refuses a row whose agent is not an active collaborator of the agency', async () => {
    const mobile = frenchMobile();
    const { results } = await importChunk([
      row(4, { Nom: 'Moreau', Téléphone: mobile.typed, Type: 'acheteur', Agent: 'stranger@example.test' }),
    ]);
    expect(results).toEqual([
      {
        row: 4,
        status: 'error',
        errors: [expect.objectContaining({ column: 'agent', code: 'unknown-agent', value: 'stranger@example.test' })],
      },
    ]);
    expect(await contactsWithKey(`p:${mobile.e164}`)).toEqual([]);
  });

  it('answers invalid-argument for a chunk above 500 rows and permission-denied to a non-member', async () => {
    const rows = Array.from({ length: 501 }, (_, index) => row(index + 2, { Nom: 'X', Type: 'acheteur' }));
    const tooMany = await callCallable(
      CALLABLES.importContacts,
      { importId: newImportId(), rows, headerMap, duplicatePolicy: 'skip' },
      agent.idToken,
    );
    expect(tooMany).toMatchObject({ ok: false, code: 'invalid-argument' });

    const { idToken } = await signUp(uniqueEmail('nobody'), TEST_PASSWORD);
    const mobile = frenchMobile();
    const refused = await callCallable(
      CALLABLES.importContacts,
      {
        importId: newImportId(),
        rows: [row(2, { Nom: 'Y', Téléphone: mobile.typed, Type: 'acheteur' })],
        headerMap,
        duplicatePolicy: 'skip',
      },
      idToken,
    );
    expect(refused).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(await contactsWithKey(`p:${mobile.e164}`)).toEqual([]);
  });
});

describe('contacts-importContacts: address book layouts', () => {
  const GOOGLE = [
    'Name',
    'Given Name',
    'Family Name',
    'Notes',
    'Group Membership',
    'E-mail 1 - Type',
    'E-mail 1 - Value',
  ];
  const googleMap: ImportContactsInput['headerMap'] = {
    Name: 'name',
    'Given Name': 'firstName',
    'Family Name': 'lastName',
    Notes: 'notes',
    'Group Membership': 'tags',
    'E-mail 1 - Type': 'emailLabel',
    'E-mail 1 - Value': 'emails',
    'Phone 1 - Type': 'phoneLabel',
    'Phone 1 - Value': 'phones',
  };

  it('imports a Google Contacts row with the chosen type, typed email and phone, tags, and its notes as a note, once', async () => {
    const mobile = frenchMobile();
    const email = uniqueEmail('google');
    const values = {
      ...Object.fromEntries(GOOGLE.map((header) => [header, ''])),
      Name: 'Élodie Lefèvre',
      Notes: 'Cherche un T3.\nBudget 450 k€',
      'Group Membership': '* myContacts ::: Acheteurs',
      'E-mail 1 - Type': 'Work',
      'E-mail 1 - Value': email,
      'Phone 1 - Type': 'Home',
      'Phone 1 - Value': mobile.typed,
    };
    const input: ImportContactsInput = {
      importId: newImportId(),
      rows: [{ row: 2, values }],
      headerMap: googleMap,
      duplicatePolicy: 'skip',
      defaultClientType: 'seller',
    };
    const once = await mustCall<ImportContactsResult>(CALLABLES.importContacts, input, agent.idToken);
    const again = await mustCall<ImportContactsResult>(CALLABLES.importContacts, input, agent.idToken);
    expect(again).toEqual(once);
    const [contact] = await contactsWithKey(`e:${email}`);
    expect(contact).toMatchObject({
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      clientType: 'seller',
      emails: [{ address: email, label: 'work' }],
      phones: [{ number: mobile.e164, label: 'home' }],
      tags: ['Acheteurs'],
    });
    const notes = await adminDb()
      .collection(paths.notes(tenant.tenantId, contact?.id ?? 'none'))
      .get();
    expect(notes.docs.map((doc) => ({ id: doc.id, text: doc.get('text'), authorUid: doc.get('authorUid') }))).toEqual([
      { id: 'imported', text: 'Cherche un T3.\nBudget 450 k€', authorUid: agent.uid },
    ]);
  });

  it('refuses a row without a type when no default type is chosen, and writes nothing', async () => {
    const email = uniqueEmail('notype');
    const { results } = await mustCall<ImportContactsResult>(
      CALLABLES.importContacts,
      {
        importId: newImportId(),
        rows: [{ row: 2, values: { 'Given Name': 'Anne', 'Family Name': 'Durand', 'E-mail 1 - Value': email } }],
        headerMap: googleMap,
        duplicatePolicy: 'skip',
      } satisfies ImportContactsInput,
      agent.idToken,
    );
    expect(results).toEqual([
      { row: 2, status: 'error', errors: [expect.objectContaining({ column: 'clientType', code: 'required' })] },
    ]);
    expect(await contactsWithKey(`e:${email}`)).toEqual([]);
  });
});
