import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import firebase from 'firebase/compat/app';
import 'firebase/compat/firestore';
import { afterAll, beforeAll } from 'vitest';
import {
  CONTACT,
  createRulesEnv,
  createStorageRulesEnv,
  OTHER_CONTACT,
  OTHER_TENANT,
  TENANT,
  uidOf,
  type DocData,
} from './rules-env';

/**
 * The suite's test environment, made before its first test and cleaned up after its last (hooks of the
 * file, or of the `describe` it is called in). What it answers stands for that environment from the
 * first test on, so a suite names it once as a constant.
 */
function environmentOfSuite(create: () => Promise<RulesTestEnvironment>): RulesTestEnvironment {
  let made: RulesTestEnvironment | undefined;
  beforeAll(async () => {
    made = await create();
  });
  afterAll(async () => {
    await made?.cleanup();
  });
  const env = (): RulesTestEnvironment => {
    if (!made) throw new Error('The rules test environment is made before the first test.');
    return made;
  };
  return {
    get projectId() {
      return env().projectId;
    },
    get emulators() {
      return env().emulators;
    },
    authenticatedContext: (...args) => env().authenticatedContext(...args),
    unauthenticatedContext: () => env().unauthenticatedContext(),
    withSecurityRulesDisabled: (callback) => env().withSecurityRulesDisabled(callback),
    clearDatabase: () => env().clearDatabase(),
    clearFirestore: () => env().clearFirestore(),
    clearStorage: () => env().clearStorage(),
    cleanup: () => env().cleanup(),
  };
}

/** The Firestore rules environment of a suite (createRulesEnv: the personas' member documents seeded). */
export function firestoreRulesEnvOfSuite(): RulesTestEnvironment {
  return environmentOfSuite(createRulesEnv);
}

/** A Storage rules suite's environments: Storage, and the Firestore its rules read (createStorageRulesEnv). */
export function storageRulesEnvsOfSuite(): { env: RulesTestEnvironment; firestoreEnv: RulesTestEnvironment } {
  return { env: environmentOfSuite(createStorageRulesEnv), firestoreEnv: environmentOfSuite(createRulesEnv) };
}

/** Valid documents as functions and the apps write them (domain/src schemas), to seed or to alter. */

export const serverTime = (): firebase.firestore.FieldValue => firebase.firestore.FieldValue.serverTimestamp();
export const deleteField = (): firebase.firestore.FieldValue => firebase.firestore.FieldValue.delete();
export const at = (iso: string): firebase.firestore.Timestamp => firebase.firestore.Timestamp.fromDate(new Date(iso));

const past = at('2026-01-15T09:00:00Z');

/** A PNG data URL of exactly `length` characters. */
export function logoOfLength(length: number): string {
  const prefix = 'data:image/png;base64,';
  return prefix + 'A'.repeat(length - prefix.length);
}

function branding(): DocData {
  return { primaryColor: '#1c7ed6', accentColor: '#f08c00', logoDataUrl: logoOfLength(200) };
}

export function company(): DocData {
  return {
    legalName: 'Acme Immobilier SAS',
    address: '12 rue de la Paix, 75002 Paris',
    phone: '+33 1 23 45 67 89',
    email: 'contact@acme-immo.fr',
    registrationNumber: 'RCS Paris 123 456 789',
    vatNumber: 'FR12345678901',
  };
}

export function tenantDoc(tenantId: string = TENANT): DocData {
  return {
    id: tenantId,
    slug: tenantId,
    hosts: { admin: `admin${tenantId}.web.app`, client: `${tenantId}.web.app` },
    ownerUid: tenantId === OTHER_TENANT ? uidOf('otherTenant') : uidOf('owner'),
    createdAt: past,
    name: 'Acme Immobilier',
    company: company(),
    branding: branding(),
    locale: 'fr',
    currency: 'EUR',
    country: 'FR',
    updatedAt: past,
  };
}

export function domainDoc(host: string, tenantId: string = TENANT): DocData {
  return {
    host,
    tenantId,
    app: 'client',
    name: 'Acme Immobilier',
    branding: branding(),
    locale: 'fr',
    updatedAt: past,
  };
}

/** Member documents live with the personas (rules-env.ts), which need them. */
export { memberDoc } from './rules-env';

/** What a collaborator types in the contact form (contactInputSchema, phones in E.164). */
function contactInput(): DocData {
  return {
    kind: 'client',
    clientType: 'buyer',
    identityType: 'person',
    civility: 'mrs',
    firstName: 'Anna',
    lastName: 'Karenina',
    companyName: '',
    legalForm: '',
    registrationNumber: '',
    emails: [{ address: 'anna@example.com', label: 'personal' }],
    phones: [{ number: '+33612345678', label: 'mobile' }],
    address: { street: '', postalCode: '', city: '', country: '' },
    locale: 'ru',
    tags: [],
    originId: null,
    consent: { marketing: false, at: null, source: '' },
    assignedAgentUid: uidOf('agent'),
  };
}

/** The fields the contacts-* callables derive from the input (contactSchema). */
function derivedContactFields(): DocData {
  return {
    email: 'anna@example.com',
    phone: '+33612345678',
    managerUid: null,
    sharedWithUids: [],
    matchKeys: ['e:anna@example.com', 'p:+33612345678'],
    conversion: null,
    deletionRequest: null,
  };
}

/** A contact as a client would try to create it: server timestamps, an empty portal. */
export function newContact(contactId: string, creator: string): DocData {
  return {
    ...contactInput(),
    ...derivedContactFields(),
    id: contactId,
    createdBy: creator,
    createdAt: serverTime(),
    updatedAt: serverTime(),
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
}

/** A full stored contact (contactSchema); the client of CONTACT has an active portal. */
export function contactDoc(contactId: string): DocData {
  const invited = contactId === CONTACT || contactId === OTHER_CONTACT;
  return {
    ...contactInput(),
    ...derivedContactFields(),
    id: contactId,
    createdBy: uidOf('agent'),
    createdAt: past,
    updatedAt: past,
    portal: invited
      ? {
          status: 'active',
          uid: contactId === CONTACT ? uidOf('client') : uidOf('otherClient'),
          invitedAt: past,
          invitedBy: uidOf('agent'),
        }
      : { status: 'none', uid: null, invitedAt: null, invitedBy: null },
  };
}

export function mailDoc(contactId: string | null, sensitive = false): DocData {
  return {
    to: 'anna@example.com',
    subject: 'Votre espace client Acme Immobilier',
    html: '<p>Bonjour Anna</p>',
    text: 'Bonjour Anna',
    templateId: sensitive ? 'client-invitation' : contactId === null ? 'access-request' : 'access-decision',
    templateData: { firstName: 'Anna' },
    contactId,
    sensitive,
    createdAt: past,
    delivery: {
      state: 'SUCCESS',
      attempts: 1,
      leaseExpireAt: null,
      nextAttemptAt: null,
      startedAt: past,
      endedAt: past,
      messageId: '<1@acme>',
      error: null,
    },
  };
}

/**
 * What the rules check a client token against (inTenant): the contacts whose client space the `client`
 * and `otherClient` personas open, and the rival agency's contact with our CONTACT's id, whose space
 * `rivalClientUid` opens. Seeded by the suites where a client is allowed something.
 */
export const rivalClientUid = 'rita-client';

export function clientSpaceDocs(): Record<string, DocData> {
  const rival = contactDoc(CONTACT);
  return {
    [`tenants/${TENANT}/contacts/${CONTACT}`]: contactDoc(CONTACT),
    [`tenants/${TENANT}/contacts/${OTHER_CONTACT}`]: contactDoc(OTHER_CONTACT),
    [`tenants/${OTHER_TENANT}/contacts/${CONTACT}`]: { ...rival, portal: { ...rival.portal, uid: rivalClientUid } },
  };
}
