import { randomUUID } from 'node:crypto';
import {
  CALLABLES,
  clientProfileSchema,
  contactFullName,
  contactSearchTokens,
  contactSchema,
  paths,
  toClientProfile,
  type ClientProfile,
  type Contact,
} from '@estate/domain';
import type { DocumentReference } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncClientProfile } from '../../functions/src/contacts/client-profile';
import { fromStored } from '../../functions/src/lib/converters';
import { adminDb } from '../support/admin';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually, isolatedDb } from './function-fixtures';

let tenant: TestTenant;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Espace Client' });
});

const t = () => tenant.tenantId;
const past = new Date('2026-10-01T08:00:00Z');

/** A stored contact full of what only the agency may read, without a client space yet. */
function staffHeavyContact(changes: Partial<Contact> = {}): Contact {
  return contactDoc({
    civility: 'mrs',
    firstName: 'Élodie',
    lastName: `Profil${randomUUID().slice(0, 6)}`,
    emails: [
      { address: uniqueEmail('profile'), label: 'personal' },
      { address: uniqueEmail('profile-work'), label: 'work' },
    ],
    phones: [{ number: '+33612345678', label: 'mobile' }],
    address: { street: '3 rue Secrète', postalCode: '75003', city: 'Paris', country: 'FR' },
    locale: 'ru',
    tags: ['mauvais-payeur'],
    originId: 'seloger',
    consent: { marketing: true, at: past, source: 'form' },
    assignedAgentUid: tenant.owner.uid,
    managerUid: 'some-manager',
    sharedWithUids: ['some-colleague'],
    deletionRequest: { requestedBy: tenant.owner.uid, requestedAt: past, reason: 'ne veut plus être appelée' },
    createdBy: tenant.owner.uid,
    createdAt: past,
    updatedAt: past,
    ...changes,
  });
}

async function storeContact(changes: Partial<Contact> = {}): Promise<Contact> {
  const contact = staffHeavyContact(changes);
  await adminDb().doc(paths.contact(t(), contact.id)).set(contact);
  return contact;
}

const profileRef = (contactId: string, tenantId = t()): DocumentReference =>
  adminDb().doc(paths.clientProfile(tenantId, contactId));

/** A stored profile read strictly: a field more than the schema fails the test. */
function asProfile(data: Record<string, unknown> | undefined): ClientProfile {
  return clientProfileSchema.strict().parse(fromStored(data));
}

/** Waits until the trigger wrote a profile passing `check`; returns it and its update time. */
async function profileSettles(
  contactId: string,
  check: (profile: ClientProfile) => void,
): Promise<{ profile: ClientProfile; updateTime: number }> {
  return eventually(async () => {
    const snapshot = await profileRef(contactId).get();
    expect(snapshot.exists).toBe(true);
    const profile = asProfile(snapshot.data());
    check(profile);
    return { profile, updateTime: snapshot.updateTime?.toMillis() ?? 0 };
  });
}

async function profileGone(contactId: string): Promise<void> {
  await eventually(async () => expect((await profileRef(contactId).get()).exists).toBe(false));
}

const currentContact = async (contactId: string): Promise<Contact> =>
  contactSchema.parse(fromStored((await adminDb().doc(paths.contact(t(), contactId)).get()).data()));

/** Invites the contact through the real callable and waits for its profile. */
async function invite(contact: Contact) {
  await mustCall(CALLABLES.inviteClient, { contactId: contact.id }, tenant.owner.idToken);
  return profileSettles(contact.id, (profile) => expect(profile.firstName).toBe(contact.firstName));
}

describe('contacts-onContactWritten keeps the client profile', () => {
  it('writes no profile for a contact without a client space', async () => {
    const contact = await storeContact();
    // The contact is stored without search tokens. On its creation's event the trigger syncs the profile
    // first, then writes the tokens (on-contact-written.trigger.ts): once they are there, the profile step
    // of that run is over. The handler, called again, still finds nothing to write.
    await eventually(async () =>
      expect((await adminDb().doc(paths.contact(t(), contact.id)).get()).get('searchTokens')).toEqual(
        contactSearchTokens(contact),
      ),
    );
    expect((await profileRef(contact.id).get()).exists).toBe(false);
    expect(await syncClientProfile({ db: adminDb() }, t(), contact.id)).toBe('absent');
  });

  it('writes the profile on invitation, with the names, first email and phone, language and agent only', async () => {
    const contact = await storeContact();
    const { profile } = await invite(contact);
    const stored = (await profileRef(contact.id).get()).data() ?? {};
    expect(Object.keys(stored).sort()).toEqual(
      [
        'assignedAgentUid',
        'civility',
        'companyName',
        'contactId',
        'email',
        'firstName',
        'identityType',
        'lastName',
        'locale',
        'phone',
        'updatedAt',
      ].sort(),
    );
    expect(profile).toEqual({
      contactId: contact.id,
      identityType: 'person',
      civility: 'mrs',
      firstName: 'Élodie',
      lastName: contact.lastName,
      companyName: '',
      email: contact.emails[0]?.address,
      phone: '+33612345678',
      locale: 'ru',
      assignedAgentUid: tenant.owner.uid,
      updatedAt: profile.updatedAt,
    });
    const text = JSON.stringify(stored);
    for (const secret of ['mauvais-payeur', 'Secrète', 'seloger', 'some-colleague', 'some-manager', 'appelée']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(contact.emails[1]?.address ?? 'second email');
  });

  it('follows a rename and a new agent, and a replay writes nothing', async () => {
    const contact = await storeContact();
    await invite(contact);
    await adminDb()
      .doc(paths.contact(t(), contact.id))
      .update({ firstName: 'Фёдор', lastName: 'Кузнецов', assignedAgentUid: 'new-agent', updatedAt: new Date() });
    const { profile, updateTime } = await profileSettles(contact.id, (candidate) => {
      expect(candidate.firstName).toBe('Фёдор');
      expect(candidate.assignedAgentUid).toBe('new-agent');
    });
    expect(profile).toEqual(toClientProfile(await currentContact(contact.id)));

    // The replay (the event of the trigger's own search-token write, say) reads the contact as it is now,
    // as this call does: the profile is found right and not rewritten.
    expect(await syncClientProfile({ db: adminDb() }, t(), contact.id)).toBe('unchanged');
    expect((await profileRef(contact.id).get()).updateTime?.toMillis()).toBe(updateTime);
  });

  it('does not rewrite the profile for an edit the client does not see', async () => {
    const contact = await storeContact();
    const { updateTime } = await invite(contact);
    await adminDb()
      .doc(paths.contact(t(), contact.id))
      .update({ tags: ['vip'], 'consent.marketing': false, updatedAt: new Date() });
    // The edit's event, handled here as the trigger does: nothing the profile shows changed, so nothing is
    // written ('written' here, or a later update time had the trigger rewritten it, if not).
    expect(await syncClientProfile({ db: adminDb() }, t(), contact.id)).toBe('unchanged');
    expect((await profileRef(contact.id).get()).updateTime?.toMillis()).toBe(updateTime);
  });

  it('removes the profile when the client space goes back to none', async () => {
    const contact = await storeContact();
    await invite(contact);
    await adminDb()
      .doc(paths.contact(t(), contact.id))
      .update({ portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null }, updatedAt: new Date() });
    await profileGone(contact.id);
  });

  it('removes the profile when the contact is deleted', async () => {
    const contact = await storeContact();
    await invite(contact);
    await adminDb().doc(paths.contact(t(), contact.id)).delete();
    await profileGone(contact.id);
  });

  it('removes the profile when the contact is erased (contacts-eraseContact deletes the contact)', async () => {
    const contact = await storeContact();
    await invite(contact);
    await mustCall(
      CALLABLES.eraseContact,
      {
        contactId: contact.id,
        reason: 'gdpr-request',
        confirmName: contactFullName(contact),
        requestId: randomUUID(),
      },
      tenant.owner.idToken,
    );
    await profileGone(contact.id);
  });
});

describe('syncClientProfile (the handler alone, on a project no trigger watches)', () => {
  it('writes once, rewrites only what differs, and removes the profile of a contact without a space', async () => {
    const db = isolatedDb();
    const tenantId = `isolated-${randomUUID().slice(0, 8)}`;
    const contact = staffHeavyContact({
      portal: { status: 'active', uid: 'client-uid', invitedAt: past, invitedBy: 'agent' },
    });
    const contactRef = db.doc(paths.contact(tenantId, contact.id));
    const ref = db.doc(paths.clientProfile(tenantId, contact.id));
    await contactRef.set(contact);

    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('written');
    const first = await ref.get();
    expect(asProfile(first.data())).toEqual(toClientProfile(contact));
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('unchanged');
    expect((await ref.get()).updateTime?.toMillis()).toBe(first.updateTime?.toMillis());

    // A field the profile does not carry (left by an older shape, say) is dropped.
    await ref.update({ tags: ['stale'] });
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('written');
    expect((await ref.get()).get('tags')).toBeUndefined();

    await contactRef.update({ 'portal.status': 'none' });
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('removed');
    expect((await ref.get()).exists).toBe(false);
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('absent');
  });

  it('removes the profile of a contact that is gone or no longer reads as a contact', async () => {
    const db = isolatedDb();
    const tenantId = `isolated-${randomUUID().slice(0, 8)}`;
    const contact = staffHeavyContact({
      portal: { status: 'invited', uid: 'client-uid', invitedAt: past, invitedBy: 'agent' },
    });
    const contactRef = db.doc(paths.contact(tenantId, contact.id));
    const ref = db.doc(paths.clientProfile(tenantId, contact.id));
    await contactRef.set(contact);
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('written');

    await contactRef.update({ firstName: 42 });
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('removed');
    expect((await ref.get()).exists).toBe(false);

    await contactRef.set(contact);
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('written');
    await contactRef.delete();
    expect(await syncClientProfile({ db }, tenantId, contact.id)).toBe('removed');
    expect(await syncClientProfile({ db }, tenantId, 'never-existed')).toBe('absent');
  });
});
