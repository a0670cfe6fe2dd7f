import { contactSearchTokens, paths, type Contact } from '@estate/domain';
import type { DocumentReference } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { syncContactSearchTokens } from '../../functions/src/contacts/on-contact-written.handler';
import { adminDb } from '../support/admin';
import { contactDoc } from '../support/contacts';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually, isolatedDb } from './function-fixtures';

let tenant: TestTenant;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Recherche' });
});

/** A full stored contact, as the contacts-* callables write it. */
function contactData(id: string, createdBy: string, changes: Partial<Contact> = {}): Contact {
  return contactDoc({
    id,
    firstName: 'Élodie',
    lastName: 'Lefèvre',
    emails: [{ address: uniqueEmail('elodie'), label: 'personal' }],
    phones: [{ number: '+33612345678', label: 'mobile' }],
    clientType: 'seller',
    assignedAgentUid: createdBy,
    createdBy,
    ...changes,
  });
}

async function tokensOf(ref: DocumentReference): Promise<string[] | undefined> {
  return (await ref.get()).get('searchTokens') as string[] | undefined;
}

/** Waits until the trigger has written the tokens of `fields`; returns the document's update time. */
async function tokensSettle(ref: DocumentReference, fields: Contact): Promise<string> {
  const wanted = contactSearchTokens(fields);
  return eventually(async () => {
    const snapshot = await ref.get();
    expect(snapshot.get('searchTokens')).toEqual(wanted);
    return snapshot.updateTime?.toDate().toISOString() ?? '';
  });
}

describe('contacts-onContactWritten', () => {
  it('gives a new contact its search tokens, with no other field touched', async () => {
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    const contact = contactData(ref.id, tenant.owner.uid);
    await ref.set(contact);
    await tokensSettle(ref, contact);
    const tokens = (await tokensOf(ref)) ?? [];
    expect(tokens).toContain('lefe');
    expect(tokens).toContain('612');
    const stored = (await ref.get()).data();
    expect(stored?.updatedAt.toDate().getTime()).toBe(contact.updatedAt.getTime());
    expect(Object.keys(stored ?? {}).sort()).toEqual([...Object.keys(contact), 'searchTokens'].sort());
  });

  it('follows a rename', async () => {
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    const contact = contactData(ref.id, tenant.owner.uid);
    await ref.set(contact);
    await tokensSettle(ref, contact);
    await ref.update({ firstName: 'Фёдор', lastName: 'Кузнецов', updatedAt: new Date() });
    await tokensSettle(ref, { ...contact, firstName: 'Фёдор', lastName: 'Кузнецов' });
    const tokens = (await tokensOf(ref)) ?? [];
    expect(tokens).toContain('федор');
    expect(tokens).not.toContain('lefe');
  });

  it('writes nothing more once the tokens are right, nor for an edit that does not change them', async () => {
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    const contact = contactData(ref.id, tenant.owner.uid);
    await ref.set(contact);
    const settled = await tokensSettle(ref, contact);
    // The trigger fires again for its own write. That run reads the contact as it is now, as this call
    // does: it finds the tokens right and writes nothing ('written' here, or a later update time, if not).
    expect(await syncContactSearchTokens({ db: adminDb() }, tenant.tenantId, ref.id)).toBe('unchanged');
    expect((await ref.get()).updateTime?.toDate().toISOString()).toBe(settled);

    const edited = await ref.update({ locale: 'ru', clientType: 'buyer', updatedAt: new Date() });
    expect(await syncContactSearchTokens({ db: adminDb() }, tenant.tenantId, ref.id)).toBe('unchanged');
    expect((await ref.get()).updateTime?.toMillis()).toBe(edited.writeTime.toMillis());
  });

  it('does not bring a deleted contact back', async () => {
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    const contact = contactData(ref.id, tenant.owner.uid);
    await ref.set(contact);
    await tokensSettle(ref, contact);
    await ref.delete();
    expect(await syncContactSearchTokens({ db: adminDb() }, tenant.tenantId, ref.id)).toBe('gone');
    expect((await ref.get()).exists).toBe(false);
  });
});

describe('syncContactSearchTokens (the handler alone, on a project no trigger watches)', () => {
  it('writes once, then finds nothing to do; ignores a missing or malformed contact', async () => {
    const db = isolatedDb();
    const ref = db.collection(paths.contacts('isolated')).doc();
    const contact = contactData(ref.id, 'someone');
    await ref.set({ ...contact, searchTokens: ['stale'] });
    expect(await syncContactSearchTokens({ db }, 'isolated', ref.id)).toBe('written');
    const first = await ref.get();
    expect(first.get('searchTokens')).toEqual(contactSearchTokens(contact));
    expect(await syncContactSearchTokens({ db }, 'isolated', ref.id)).toBe('unchanged');
    expect((await ref.get()).updateTime?.toMillis()).toBe(first.updateTime?.toMillis());

    expect(await syncContactSearchTokens({ db }, 'isolated', 'missing')).toBe('gone');
    const broken = db.collection(paths.contacts('isolated')).doc();
    await broken.set({ id: broken.id, firstName: 42 });
    expect(await syncContactSearchTokens({ db }, 'isolated', broken.id)).toBe('unreadable');
    expect((await broken.get()).get('searchTokens')).toBeUndefined();
  });
});
