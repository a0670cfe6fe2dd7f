import { CALLABLES, paths } from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { contactDoc } from '../support/contacts';
import { callCallable, mustCall } from '../support/callables';
import { linkIn, oobCodeOf, waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { resetPassword, signIn, signUp, uniqueEmail } from '../support/users';
import { claimsOf, createContact, expectInvalid, mailCount, queuedMailCount } from './function-fixtures';
import { clientOrigin } from '../support/emulator-env';

let tenant: TestTenant;
let agent: TestUser;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Clients' });
  agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
});

describe('contacts-inviteClient and contacts-confirmClientSpace', () => {
  it('mails a first-login link whose code sets the password, and the client signs in with client claims', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const result = await mustCall<{ uid: string; status: string }>(
      CALLABLES.inviteClient,
      { contactId: contact.id },
      agent.idToken,
    );
    expect(result.status).toBe('invited');
    const portal = (await adminDb().doc(paths.contact(tenant.tenantId, contact.id)).get()).get('portal');
    expect(portal).toMatchObject({ status: 'invited', uid: result.uid, invitedBy: agent.uid });

    const mail = await waitForMail({ to: contact.email, subjectIncludes: 'Agence Clients' });
    expect(mail.text).toContain('Sophie Agent vous invite');
    const link = linkIn(mail, '/firstlogin');
    expect(link.startsWith(`${clientOrigin}/firstlogin?oobCode=`)).toBe(true);
    expect(link).toMatch(/\/firstlogin\?oobCode=[^&]+&tenant=/);
    const stored = await adminDb().collection(paths.mails(tenant.tenantId)).where('to', '==', contact.email).get();
    expect(stored.docs[0]?.get('contactId')).toBe(contact.id);

    await resetPassword(oobCodeOf(link), 'Client-pass-2026');
    const client = await signIn(contact.email, 'Client-pass-2026');
    expect(client.uid).toBe(result.uid);
    expect(await claimsOf(client.uid)).toEqual({ tenantId: tenant.tenantId, role: 'client', contactId: contact.id });

    await mustCall(CALLABLES.confirmClientSpace, null, client.idToken);
    await mustCall(CALLABLES.confirmClientSpace, {}, client.idToken);
    expect((await adminDb().doc(paths.contact(tenant.tenantId, contact.id)).get()).get('portal.status')).toBe('active');
  });

  it("takes the password of an account somebody registered beforehand with the client's address", async () => {
    const email = uniqueEmail('squatted');
    await signUp(email, 'Squatter-pass-2026');
    const contact = await createContact(tenant.tenantId, agent.uid, email);
    await mustCall(CALLABLES.inviteClient, { contactId: contact.id }, agent.idToken);
    await expect(signIn(email, 'Squatter-pass-2026')).rejects.toThrow();
    const link = linkIn(await waitForMail({ to: email }), '/firstlogin');
    await resetPassword(oobCodeOf(link), 'Real-client-2026');
    await expect(signIn(email, 'Real-client-2026')).resolves.toMatchObject({ email });
  });

  it('takes the space away from the former account when the address changed since the last invitation', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    const first = await mustCall<{ uid: string }>(CALLABLES.inviteClient, { contactId: contact.id }, agent.idToken);
    const newEmail = uniqueEmail('moved');
    await adminDb().doc(paths.contact(tenant.tenantId, contact.id)).update({ email: newEmail });
    const second = await mustCall<{ uid: string }>(CALLABLES.inviteClient, { contactId: contact.id }, agent.idToken);
    expect(second.uid).not.toBe(first.uid);
    expect(await claimsOf(first.uid)).toEqual({});
    expect(await claimsOf(second.uid)).toEqual({ tenantId: tenant.tenantId, role: 'client', contactId: contact.id });
  });

  it('inviting again sends a fresh link', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    await mustCall(CALLABLES.inviteClient, { contactId: contact.id }, agent.idToken);
    const first = linkIn(await waitForMail({ to: contact.email }), '/firstlogin');
    await mustCall(CALLABLES.inviteClient, { contactId: contact.id }, agent.idToken);
    const second = linkIn(await waitForMail({ to: contact.email, after: 1 }), '/firstlogin');
    expect(oobCodeOf(second)).not.toBe(oobCodeOf(first));
    expect(await mailCount(contact.email)).toBe(2);
  });

  it("refuses an address of another agency's account or of the team", async () => {
    const other = await createTenantWithOwner({ agencyName: 'Agence Voisine' });
    const foreign = await createContact(tenant.tenantId, agent.uid, other.owner.email);
    expect(await callCallable(CALLABLES.inviteClient, { contactId: foreign.id }, agent.idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: expect.stringContaining('another agency'),
    });
    const colleague = await createContact(tenant.tenantId, agent.uid, tenant.owner.email);
    expect(await callCallable(CALLABLES.inviteClient, { contactId: colleague.id }, agent.idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: expect.stringContaining('member of your team'),
    });
    expect(await claimsOf(other.owner.uid)).toEqual({ tenantId: other.tenantId, role: 'owner' });
  });

  it('refuses a missing contact, a contact of another tenant, and a client calling', async () => {
    expect(await callCallable(CALLABLES.inviteClient, { contactId: 'nope' }, agent.idToken)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    const other = await createTenantWithOwner();
    const elsewhere = await createContact(other.tenantId, other.owner.uid);
    expect(await callCallable(CALLABLES.inviteClient, { contactId: elsewhere.id }, agent.idToken)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await callCallable(CALLABLES.confirmClientSpace, null, agent.idToken)).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
  });

  it('refuses a contact stored in a shape it cannot read, instead of skipping the visibility and "only a client" checks', async () => {
    const own = await createTenantWithOwner({ agencyName: 'Agence Abîmée' });
    const holder = await addActiveMember(own, 'agent', 'Hugo Titulaire');
    const stranger = await addActiveMember(own, 'agent', 'Sam Étranger');
    await adminDb()
      .doc(paths.contactsSettings(own.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    // A prospect of another agent, with a field the schema refuses.
    const email = uniqueEmail('broken');
    const ref = adminDb().collection(paths.contacts(own.tenantId)).doc();
    await ref.set(
      contactDoc({
        id: ref.id,
        kind: 'client-prospect',
        clientType: 'buyer',
        lastName: 'Cassé',
        emails: [{ address: email, label: 'personal' }],
        assignedAgentUid: holder.uid,
        createdBy: holder.uid,
      }),
    );
    await ref.update({ createdAt: 'yesterday' });

    for (const caller of [stranger, own.owner]) {
      const refused = await callCallable(CALLABLES.inviteClient, { contactId: ref.id }, caller.idToken);
      expect(refused).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'contact-unreadable' });
    }
    expect((await ref.get()).get('portal.status')).toBe('none');
    expect(await queuedMailCount(email)).toBe(0);
    await expect(adminAuth().getUserByEmail(email)).rejects.toMatchObject({ code: 'auth/user-not-found' });
  });

  it('answers invalid-argument with a readable reason and writes nothing', async () => {
    const contact = await createContact(tenant.tenantId, agent.uid);
    await expectInvalid(CALLABLES.inviteClient, { contactId: '../x' }, agent.idToken, 'contactId');
    await expectInvalid(CALLABLES.inviteClient, {}, agent.idToken, 'contactId');
    await expectInvalid(CALLABLES.confirmClientSpace, { contactId: contact.id }, agent.idToken, 'contactId');
    expect((await adminDb().doc(paths.contact(tenant.tenantId, contact.id)).get()).get('portal.status')).toBe('none');
  });
});
