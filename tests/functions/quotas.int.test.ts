import {
  CALLABLES,
  paths,
  QUOTA_LIMITS,
  quotaWindow,
  type PortalLeadInput,
  type QuotaScope,
  type RotateLeadsSecretResult,
} from '@estate/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestPasswordReset } from '../../functions/src/account/request-password-reset.handler';
import { inviteClient } from '../../functions/src/contacts/invite-client.handler';
import { receivePortalLead } from '../../functions/src/leads/receive-portal-lead.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import type { Caller } from '../../functions/src/lib/caller';
import type { Deps } from '../../functions/src/lib/deps';
import { quotaKey, type QuotaCharge } from '../../functions/src/lib/quotas';
import { Refusal } from '../../functions/src/lib/refusal';
import { requestAccess } from '../../functions/src/team/request-access.handler';
import { adminAuth, adminDb } from '../support/admin';
import { mustCall } from '../support/callables';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { signUp, uniqueEmail } from '../support/users';
import { createContact, queuedMailCount } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let secret: string;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence des Quotas' });
  agent = await addActiveMember(tenant, 'agent', 'Quentin Quota');
  secret = (await mustCall<RotateLeadsSecretResult>(CALLABLES.rotateLeadsSecret, null, tenant.owner.idToken)).secret;
});

const HOUR = 3600 * 1000;
/** Each test gets its own hours, far from the real clock, so no other call shares its windows. */
let nextHour = Date.UTC(2031, 0, 1) / HOUR;
function freshHour(): Date {
  nextHour += 10;
  return new Date(nextHour * HOUR + 5 * 60 * 1000);
}

/** The handlers' dependencies with a clock the test moves. */
function depsAt(clock: { now: Date }): Deps {
  return { db: adminDb(), auth: adminAuth(), links: appLinks(null), now: () => clock.now, local: null };
}

/** Sets a counter as if `count` uses were already made in the window of `now`. */
async function used(charge: QuotaCharge, count: number, now: Date): Promise<void> {
  const window = quotaWindow(now, QUOTA_LIMITS[charge.scope].windowSeconds);
  await adminDb()
    .doc(paths.quota(quotaKey(charge, window.index)))
    .set({ scope: charge.scope, count, windowStart: window.startsAt, expireAt: window.endsAt });
}

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Refusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const limit = (scope: QuotaScope) => QUOTA_LIMITS[scope].limit;

describe('account-requestPasswordReset quotas', () => {
  it('sends the n-th reset to an address, refuses the next, spares another address, and allows again next hour', async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    const input = { email: tenant.owner.email, host: tenant.hosts.admin };
    const meta = { ip: '203.0.113.1' };
    const queuedBefore = await queuedMailCount(tenant.owner.email);
    for (let n = 0; n < limit('password-reset-address'); n += 1) {
      await expect(requestPasswordReset(deps, input, meta)).resolves.toEqual({ ok: true });
    }
    const refused = await refusal(requestPasswordReset(deps, input, meta));
    expect(refused).toMatchObject({ code: 'resource-exhausted', reason: 'too-many-requests' });
    expect(refused.details).toEqual({ retryAfterSeconds: 55 * 60 });
    expect(await queuedMailCount(tenant.owner.email)).toBe(queuedBefore + limit('password-reset-address'));
    // The same refusal for an address without an account: the quota tells nothing about who exists.
    const nobody = uniqueEmail('nobody');
    for (let n = 0; n < limit('password-reset-address'); n += 1)
      await requestPasswordReset(deps, { ...input, email: nobody }, meta);
    expect(await refusal(requestPasswordReset(deps, { ...input, email: nobody }, meta))).toMatchObject({
      reason: 'too-many-requests',
    });

    await expect(requestPasswordReset(deps, { ...input, email: agent.email }, meta)).resolves.toEqual({ ok: true });
    clock.now = new Date(clock.now.getTime() + HOUR);
    await expect(requestPasswordReset(deps, input, meta)).resolves.toEqual({ ok: true });
    expect(await queuedMailCount(tenant.owner.email)).toBe(queuedBefore + limit('password-reset-address') + 1);
  });

  it("refuses a caller's IP over its quota whatever the address, and spares another IP", async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    const ip = '198.51.100.7';
    await used({ scope: 'password-reset-caller', subject: ip }, limit('password-reset-caller') - 1, clock.now);
    const input = (email: string) => ({ email, host: tenant.hosts.admin });
    await expect(requestPasswordReset(deps, input(uniqueEmail('n')), { ip })).resolves.toEqual({ ok: true });
    expect(await refusal(requestPasswordReset(deps, input(uniqueEmail('n1')), { ip }))).toMatchObject({
      code: 'resource-exhausted',
      reason: 'too-many-requests',
    });
    await expect(requestPasswordReset(deps, input(uniqueEmail('n2')), { ip: '198.51.100.8' })).resolves.toEqual({
      ok: true,
    });
    clock.now = new Date(clock.now.getTime() + HOUR);
    await expect(requestPasswordReset(deps, input(uniqueEmail('n3')), { ip })).resolves.toEqual({ ok: true });
  });

  it('answers resource-exhausted with its declared reason and the wait over the callable protocol', async () => {
    const email = uniqueEmail('flooded');
    // The current and the next window are both used up, so the call cannot fall in a fresh one.
    const now = new Date();
    const charge = { scope: 'password-reset-address' as const, subject: email };
    await used(charge, limit('password-reset-address'), now);
    await used(charge, limit('password-reset-address'), new Date(now.getTime() + HOUR));
    // Over the callable protocol, as the apps' SDK reads it: the code, the declared reason and the wait.
    const response = await fetch(`${functionsOrigin}/${projectId}/${region}/${CALLABLES.requestPasswordReset}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { email, host: tenant.hosts.admin } }),
    });
    expect(response.status).toBe(429);
    const { error } = (await response.json()) as { error: { status: string; details: Record<string, unknown> } };
    expect(error.status).toBe('RESOURCE_EXHAUSTED');
    expect(error.details).toMatchObject({ reason: 'too-many-requests' });
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('team-requestAccess quotas', () => {
  it('mails the n-th verification link, refuses the next, spares another requester, and allows again next hour', async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    const email = uniqueEmail('impostor');
    const user = await signUp(email, 'Impostor-pass-1');
    const caller: Caller = { uid: user.uid, email, claims: null };
    const input = { tenantId: tenant.tenantId, displayName: 'Ivan Impostor', locale: 'fr' as const };
    for (let n = 0; n < limit('access-request-address'); n += 1) {
      await expect(requestAccess(deps, caller, input)).resolves.toEqual({ status: 'unverified' });
    }
    expect(await refusal(requestAccess(deps, caller, input))).toMatchObject({
      code: 'resource-exhausted',
      reason: 'too-many-requests',
    });
    expect(await queuedMailCount(email)).toBe(limit('access-request-address'));

    const otherEmail = uniqueEmail('other-requester');
    const other = await signUp(otherEmail, 'Other-pass-1');
    await expect(requestAccess(deps, { uid: other.uid, email: otherEmail, claims: null }, input)).resolves.toEqual({
      status: 'unverified',
    });
    clock.now = new Date(clock.now.getTime() + HOUR);
    await expect(requestAccess(deps, caller, input)).resolves.toEqual({ status: 'unverified' });
    expect(await queuedMailCount(email)).toBe(limit('access-request-address') + 1);
  });

  it("refuses a caller over the caller's quota", async () => {
    const clock = { now: freshHour() };
    const email = uniqueEmail('busy-requester');
    const user = await signUp(email, 'Busy-pass-1');
    await used({ scope: 'access-request-caller', subject: user.uid }, limit('access-request-caller'), clock.now);
    const input = { tenantId: tenant.tenantId, displayName: 'Bea Busy', locale: 'fr' as const };
    expect(await refusal(requestAccess(depsAt(clock), { uid: user.uid, email, claims: null }, input))).toMatchObject({
      reason: 'too-many-requests',
    });
    expect(await queuedMailCount(email)).toBe(0);
  });
});

describe('contacts-inviteClient quotas', () => {
  it('sends the n-th invitation to an address, refuses the next, spares another contact, and allows again next hour', async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    const caller: Caller = { uid: agent.uid, email: agent.email, claims: { tenantId: tenant.tenantId, role: 'agent' } };
    const contact = await createContact(tenant.tenantId, agent.uid);
    for (let n = 0; n < limit('invitation-address'); n += 1) {
      await expect(inviteClient(deps, caller, { contactId: contact.id })).resolves.toMatchObject({ status: 'invited' });
    }
    expect(await refusal(inviteClient(deps, caller, { contactId: contact.id }))).toMatchObject({
      code: 'resource-exhausted',
      reason: 'too-many-requests',
    });
    expect(await queuedMailCount(contact.email)).toBe(limit('invitation-address'));

    const another = await createContact(tenant.tenantId, agent.uid);
    await expect(inviteClient(deps, caller, { contactId: another.id })).resolves.toMatchObject({ status: 'invited' });
    clock.now = new Date(clock.now.getTime() + HOUR);
    await expect(inviteClient(deps, caller, { contactId: contact.id })).resolves.toMatchObject({ status: 'invited' });
  });

  it("refuses a collaborator over the caller's quota, and spares a colleague", async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    await used({ scope: 'invitation-caller', subject: agent.uid }, limit('invitation-caller'), clock.now);
    const contact = await createContact(tenant.tenantId, agent.uid);
    const caller: Caller = { uid: agent.uid, email: agent.email, claims: { tenantId: tenant.tenantId, role: 'agent' } };
    expect(await refusal(inviteClient(deps, caller, { contactId: contact.id }))).toMatchObject({
      reason: 'too-many-requests',
    });
    expect(await queuedMailCount(contact.email)).toBe(0);
    const owner: Caller = {
      uid: tenant.owner.uid,
      email: tenant.owner.email,
      claims: { tenantId: tenant.tenantId, role: 'owner' },
    };
    await expect(inviteClient(deps, owner, { contactId: contact.id })).resolves.toMatchObject({ status: 'invited' });
  });
});

describe('leads-receivePortalLead quotas', () => {
  const lead = (portal: string): PortalLeadInput => ({
    portal,
    leadId: `Q-${Math.random().toString(36).slice(2)}`,
    listingReference: null,
    message: 'Bonjour',
    person: { firstName: 'Léa', lastName: 'Quota', email: uniqueEmail('lead') },
  });
  const request = (body: PortalLeadInput) => ({
    method: 'POST',
    path: `/${tenant.tenantId}`,
    query: {},
    authorization: `Bearer ${secret}`,
    body,
  });
  const leadCount = async () => (await adminDb().collection(paths.leads(tenant.tenantId)).count().get()).data().count;

  it('records the n-th lead of a source, answers the next 429 with Retry-After, spares another portal, and allows again next hour', async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    const source = { scope: 'portal-lead-source' as const, subject: `${tenant.tenantId}\nseloger` };
    await used(source, limit('portal-lead-source') - 1, clock.now);
    expect((await receivePortalLead(deps, request(lead('SeLoger')))).status).toBe(201);
    const before = await leadCount();
    const refused = await receivePortalLead(deps, request(lead('seloger')));
    expect(refused.status).toBe(429);
    expect(refused.headers['Retry-After']).toBe(String(55 * 60));
    expect(JSON.parse(String(refused.body))).toMatchObject({ error: 'too-many-requests' });
    expect(await leadCount()).toBe(before);

    expect((await receivePortalLead(deps, request(lead('Leboncoin')))).status).toBe(201);
    clock.now = new Date(clock.now.getTime() + HOUR);
    expect((await receivePortalLead(deps, request(lead('SeLoger')))).status).toBe(201);
  });

  it("refuses every portal once the agency's quota is used up", async () => {
    const clock = { now: freshHour() };
    const deps = depsAt(clock);
    await used({ scope: 'portal-lead-tenant', subject: tenant.tenantId }, limit('portal-lead-tenant'), clock.now);
    expect((await receivePortalLead(deps, request(lead('Bien-ici')))).status).toBe(429);
    // A wrong secret is still a 401: the quota is counted only for an authenticated source.
    expect((await receivePortalLead(deps, { ...request(lead('Bien-ici')), authorization: 'Bearer nope' })).status).toBe(
      401,
    );
  });

  it('answers 429 with Retry-After over HTTP', async () => {
    const now = new Date();
    const charge = { scope: 'portal-lead-source' as const, subject: `${tenant.tenantId}\nlogic-immo` };
    await used(charge, limit('portal-lead-source'), now);
    await used(charge, limit('portal-lead-source'), new Date(now.getTime() + HOUR));
    const { endpoint } = await mustCall<RotateLeadsSecretResult>(
      CALLABLES.rotateLeadsSecret,
      null,
      tenant.owner.idToken,
    ).then((rotated) => {
      secret = rotated.secret;
      return rotated;
    });
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(lead('Logic-Immo')),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
