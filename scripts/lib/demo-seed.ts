// The demo agency: its staff, clients and hosts, written with the admin SDK into the emulators.
import { DEFAULT_BRANDING, newOriginId, paths, type Contact, type Member, type StaffRole } from '@estate/domain';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { adminAuth, adminDb } from '../../tests/support/admin';
import { seedDemoPipeline } from './demo-seed-pipeline';

const DEMO_TENANT_ID = 'demo';
const DEMO_PASSWORD = 'Demo-pass-2026';
const DEMO_HOSTS = { admin: 'localhost:5000', client: 'localhost:5005' };

interface DemoStaff {
  email: string;
  displayName: string;
  role: StaffRole;
}

const DEMO_STAFF: DemoStaff[] = [
  { email: 'owner@demo.test', displayName: 'Claire Dumont', role: 'owner' },
  { email: 'admin@demo.test', displayName: 'Marc Lefèvre', role: 'admin' },
  { email: 'agent@demo.test', displayName: 'Sophie Bernard', role: 'agent' },
];

type DemoContact = Pick<Contact, 'firstName' | 'lastName' | 'email' | 'phone' | 'locale' | 'clientType'> &
  Partial<Pick<Contact, 'kind' | 'tags'>>;

const DEMO_CLIENTS: DemoContact[] = [
  {
    firstName: 'Julien',
    lastName: 'Moreau',
    email: 'client@demo.test',
    phone: '+33612345678',
    locale: 'fr',
    clientType: 'buyer',
  },
  {
    firstName: 'Camille',
    lastName: 'Petit',
    email: 'camille.petit@example.fr',
    phone: '+33622110099',
    locale: 'fr',
    clientType: 'seller',
  },
  {
    firstName: 'Анна',
    lastName: 'Смирнова',
    email: 'anna.smirnova@example.ru',
    phone: '+79123456789',
    locale: 'ru',
    clientType: 'buyer',
  },
  {
    firstName: 'Thomas',
    lastName: 'Garnier',
    email: 'thomas.garnier@example.fr',
    phone: '',
    locale: 'fr',
    clientType: 'landlord',
  },
  {
    firstName: 'Emma',
    lastName: 'Wilson',
    email: 'emma.wilson@example.com',
    phone: '+447700900123',
    locale: 'en',
    clientType: 'tenant',
  },
  {
    kind: 'client-prospect',
    firstName: 'Hugo',
    lastName: 'Lambert',
    email: 'hugo.lambert@example.fr',
    phone: '+33645871236',
    locale: 'fr',
    clientType: 'seller',
    tags: ['estimation'],
  },
  {
    kind: 'agent-prospect',
    firstName: 'Léa',
    lastName: 'Rousseau',
    email: 'lea.rousseau@example.fr',
    phone: '+33778451290',
    locale: 'fr',
    clientType: null,
  },
];

/** A demo contact as contacts-saveContact stores it (contactSchema), assigned to the demo agent. */
function demoContact(id: string, client: DemoContact, agentUid: string, now: Timestamp): Record<string, unknown> {
  const { kind = 'client', tags = [], ...identity } = client;
  const emails = [{ address: client.email, label: 'personal' }];
  const phones = client.phone ? [{ number: client.phone, label: 'mobile' }] : [];
  return {
    ...identity,
    id,
    kind,
    identityType: 'person',
    civility: '',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails,
    phones,
    address: { street: '', postalCode: '', city: '', country: '' },
    tags,
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    managerUid: null,
    sharedWithUids: [],
    matchKeys: [`e:${client.email}`, ...phones.map((phone) => `p:${phone.number}`)],
    conversion: null,
    deletionRequest: null,
    assignedAgentUid: agentUid,
    createdBy: agentUid,
    createdAt: now,
    updatedAt: now,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
}

const DEMO_ORIGINS = ['Site web', 'Bouche-à-oreille', 'Panneau', 'Portail immobilier', 'Recommandation'];

async function ensureUser(email: string, displayName: string): Promise<string> {
  const auth = adminAuth();
  try {
    const existing = await auth.getUserByEmail(email);
    return existing.uid;
  } catch {
    const created = await auth.createUser({ email, password: DEMO_PASSWORD, displayName, emailVerified: true });
    return created.uid;
  }
}

export async function seedDemo(): Promise<'seeded' | 'present'> {
  const db = adminDb();
  const tenantRef = db.doc(paths.tenant(DEMO_TENANT_ID));
  if ((await tenantRef.get()).exists) {
    // Data imported from an earlier run, maybe written before the mirror function ran: touch the
    // tenant so tenancy-onTenantWritten writes its domains again (it is idempotent).
    if (!(await db.doc(paths.domain(DEMO_HOSTS.admin)).get()).exists) {
      await tenantRef.update({ updatedAt: FieldValue.serverTimestamp() });
    }
    return 'present';
  }

  const now = Timestamp.now();
  const uids: Record<string, string> = {};
  for (const staff of DEMO_STAFF) uids[staff.email] = await ensureUser(staff.email, staff.displayName);
  const ownerUid = uids['owner@demo.test'] as string;
  const agentUid = uids['agent@demo.test'] as string;

  const batch = db.batch();
  batch.set(tenantRef, {
    id: DEMO_TENANT_ID,
    slug: 'demo',
    name: 'Agence Démo',
    company: {
      legalName: 'Agence Démo SARL',
      address: '12 quai du Port, 13002 Marseille',
      phone: '+33 4 91 00 00 00',
      email: 'contact@demo.test',
      registrationNumber: '812 345 678 00012',
      vatNumber: 'FR12812345678',
    },
    branding: { ...DEFAULT_BRANDING, primaryColor: '#0b7285', accentColor: '#f08c00' },
    locale: 'fr',
    currency: 'EUR',
    country: 'FR',
    hosts: DEMO_HOSTS,
    ownerUid,
    createdAt: now,
    updatedAt: now,
  });
  for (const staff of DEMO_STAFF) {
    const uid = uids[staff.email] as string;
    const member: Omit<Member, 'requestedAt' | 'decidedAt' | 'sessionsRevokedAt' | 'managerUid' | 'updatedAt'> = {
      uid,
      email: staff.email,
      displayName: staff.displayName,
      role: staff.role,
      status: 'active',
      locale: 'fr',
      decidedBy: ownerUid,
    };
    batch.set(db.doc(paths.member(DEMO_TENANT_ID, uid)), {
      ...member,
      requestedAt: now,
      decidedAt: now,
      sessionsRevokedAt: null,
      managerUid: null,
      updatedAt: now,
    });
  }
  // Lead origins a French agency typically tracks; a new agency starts with none and adds its own.
  batch.set(db.doc(paths.contactsSettings(DEMO_TENANT_ID)), {
    visibility: 'shared',
    origins: DEMO_ORIGINS.map((label) => ({ id: newOriginId(label, []), label, active: true })),
    updatedAt: now,
  });

  let clientContactId = '';
  for (const client of DEMO_CLIENTS) {
    const ref = db.collection(paths.contacts(DEMO_TENANT_ID)).doc();
    if (client.email === 'client@demo.test') clientContactId = ref.id;
    batch.set(ref, demoContact(ref.id, client, agentUid, now));
  }
  await batch.commit();

  await seedDemoPipeline(db, DEMO_TENANT_ID, agentUid);

  for (const staff of DEMO_STAFF) {
    await adminAuth().setCustomUserClaims(uids[staff.email] as string, { tenantId: DEMO_TENANT_ID, role: staff.role });
  }
  // The demo client already has their space, as if they had accepted the invitation.
  const clientUid = await ensureUser('client@demo.test', 'Julien Moreau');
  await adminAuth().setCustomUserClaims(clientUid, {
    tenantId: DEMO_TENANT_ID,
    role: 'client',
    contactId: clientContactId,
  });
  await db.doc(paths.contact(DEMO_TENANT_ID, clientContactId)).update({
    portal: { status: 'active', uid: clientUid, invitedAt: now, invitedBy: agentUid },
    updatedAt: FieldValue.serverTimestamp(),
  });
  return 'seeded';
}

/** Waits until the tenant trigger has mirrored the demo tenant onto its hosts. */
export async function waitForDemoDomains(timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const snapshot = await adminDb().doc(paths.domain(DEMO_HOSTS.admin)).get();
    if (snapshot.exists) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
