import { CALLABLES, paths, privateFileUrl, type Contact, type ContactDocument } from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkUpload } from '../../functions/src/files/check-upload.handler';
import { bucketFileStore } from '../../functions/src/files/file-store';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { activeClient, storeContactDoc } from '../support/stored-contacts';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { runtime } from '../support/browser';
import {
  addActiveMember,
  createTenantWithOwner,
  TEST_PASSWORD,
  type TestTenant,
  type TestUser,
} from '../support/tenants';
import { signIn, uniqueEmail } from '../support/users';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureFileDownload } from '../bench/file-download';
import { repoRoot } from '../support/emulator-env';
import { eventually } from './function-fixtures';

/**
 * files-download, files-checkUpload and files-deleteContactDocument against the emulators. Each
 * persona asks for the same identity paper; the answer follows the contact's visibility as it is at
 * that request, whatever the token remembers.
 */
const BUCKET = `${projectId}.appspot.com`;
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
const FILE_NAME = 'Pièce d’identité.pdf';
/** A PDF as files-checkUpload expects it: `%PDF-` first. */
const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let tenant: TestTenant;
let admin: TestUser;
let agent: TestUser;
let sharee: TestUser;
let otherAgent: TestUser;
let partner: TestUser;
let otherTenant: TestTenant;

const bucket = () => getStorage(adminAuth().app).bucket(BUCKET);

async function setVisibility(tenantId: string, visibility: 'own' | 'shared') {
  await adminDb().doc(paths.contactsSettings(tenantId)).set({ visibility, origins: [], updatedAt: new Date() });
}

const storeContact = (overrides: Partial<Contact> = {}): Promise<Contact> =>
  storeContactDoc(adminDb(), tenant.tenantId, {
    firstName: 'Irina',
    lastName: 'Identity',
    emails: [{ address: uniqueEmail('client'), label: 'personal' }],
    assignedAgentUid: agent.uid,
    ...overrides,
  });

/** A document as the admin app writes it: the file first (a real PDF), then its record. */
async function storeDocument(
  contactId: string,
  options: { bytes?: Buffer; withFile?: boolean } = {},
): Promise<ContactDocument> {
  const ref = adminDb().collection(paths.contactDocuments(tenant.tenantId, contactId)).doc();
  const bytes = options.bytes ?? PDF_BYTES;
  const document: ContactDocument = {
    id: ref.id,
    name: FILE_NAME,
    category: 'identity',
    contentType: 'application/pdf',
    size: bytes.length,
    storagePath: paths.contactDocumentFile(tenant.tenantId, contactId, ref.id, 'Piece_d_identite.pdf'),
    uploadedBy: agent.uid,
    uploadedAt: new Date(),
  };
  await ref.set(document);
  if (options.withFile !== false) {
    await bucket().file(document.storagePath).save(bytes, { contentType: document.contentType, resumable: false });
  }
  return document;
}

function download(path: string, idToken?: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${DOWNLOAD}${path.replace(/^\/files/, '')}`, {
    ...init,
    headers: idToken ? { Authorization: `Bearer ${idToken}` } : {},
  });
}

const urlOf = (contactId: string, documentId: string) =>
  privateFileUrl({ kind: 'contact-document', contactId, documentId });

async function expectRefused(response: Response, status: number, reason: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toMatchObject({ reason, error: expect.any(String) });
}

/** A client of the agency with an active client space, signed in with its claims. */
/** The same token, expired an hour ago (the Auth emulator's tokens are unsigned, so it can be rewritten). */
function expiredCopyOf(idToken: string): string {
  const [header = '', payload = ''] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, number>;
  const hourAgo = Math.floor(Date.now() / 1000) - 3600;
  const expired = { ...claims, iat: hourAgo - 60, auth_time: hourAgo - 60, exp: hourAgo };
  return `${header}.${Buffer.from(JSON.stringify(expired)).toString('base64url')}.`;
}

/** Revocation counts whole seconds: make sure the token's sign-in second is over before revoking. */
async function afterSignInSecond(idToken: string) {
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    auth_time: number;
  };
  await eventually(async () => {
    if (Date.now() < (payload.auth_time + 1) * 1000) throw new Error('still the sign-in second');
  }, 3_000);
}

/** Partners are not chosen when approving a request: the member and the claims are made one here. */
async function asPartner(member: TestUser): Promise<TestUser> {
  await adminAuth().setCustomUserClaims(member.uid, { tenantId: tenant.tenantId, role: 'partner' });
  await adminDb().doc(paths.member(tenant.tenantId, member.uid)).update({ role: 'partner' });
  return { ...(await signIn(member.email, TEST_PASSWORD)), password: TEST_PASSWORD };
}

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Fichiers' });
  admin = await addActiveMember(tenant, 'admin', 'Ada Admin');
  agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
  sharee = await addActiveMember(tenant, 'agent', 'Sam Sharee');
  otherAgent = await addActiveMember(tenant, 'agent', 'Oscar Other');
  partner = await asPartner(await addActiveMember(tenant, 'agent', 'Paul Partner'));
  otherTenant = await createTenantWithOwner({ agencyName: 'Agence Rivale' });
  await setVisibility(tenant.tenantId, 'own');
}, 60_000);

describe('files-download', () => {
  let contact: Contact;
  let document: ContactDocument;

  beforeAll(async () => {
    contact = await storeContact({ sharedWithUids: [sharee.uid] });
    document = await storeDocument(contact.id);
  });

  it('serves the owner the file with its name, type, no caching and no sniffing', async () => {
    const response = await download(urlOf(contact.id, document.id), tenant.owner.idToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Piece d_identite.pdf"; filename*=UTF-8''Pi%C3%A8ce%20d%E2%80%99identit%C3%A9.pdf`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(PDF_BYTES.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  });

  it('answers inline when asked to show the file', async () => {
    const response = await download(`${urlOf(contact.id, document.id)}?inline=1`, tenant.owner.idToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^inline; /);
    await response.arrayBuffer();
  });

  it('is served same-origin on the admin host through the Hosting rewrite', async () => {
    const response = await fetch(`${runtime().adminUrl}${urlOf(contact.id, document.id)}`, {
      headers: { Authorization: `Bearer ${admin.idToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  });

  it('serves the admin, the assigned agent and the colleague it is shared with', async () => {
    for (const user of [admin, agent, sharee]) {
      const response = await download(urlOf(contact.id, document.id), user.idToken);
      expect(response.status, user.email).toBe(200);
      await response.arrayBuffer();
    }
  });

  it('refuses an agent the contact is not shared with in "own" visibility, and serves them in "shared"', async () => {
    await expectRefused(await download(urlOf(contact.id, document.id), otherAgent.idToken), 403, 'not-allowed');
    await setVisibility(tenant.tenantId, 'shared');
    try {
      const response = await download(urlOf(contact.id, document.id), otherAgent.idToken);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    } finally {
      await setVisibility(tenant.tenantId, 'own');
    }
  });

  it('refuses the colleague at the next request once the contact is unshared, with the same token', async () => {
    const shared = await storeContact({ sharedWithUids: [sharee.uid] });
    const file = await storeDocument(shared.id);
    const before = await download(urlOf(shared.id, file.id), sharee.idToken);
    expect(before.status).toBe(200);
    await before.arrayBuffer();
    await adminDb().doc(paths.contact(tenant.tenantId, shared.id)).update({ sharedWithUids: [] });
    await expectRefused(await download(urlOf(shared.id, file.id), sharee.idToken), 403, 'not-allowed');
  });

  it('refuses a partner, who works with no client', async () => {
    await expectRefused(await download(urlOf(contact.id, document.id), partner.idToken), 403, 'not-allowed');
  });

  it('refuses the client of the file (the agency’s documents are not in the client space) and another client', async () => {
    const client = await activeClient(tenant.tenantId, contact, agent.uid);
    await expectRefused(await download(urlOf(contact.id, document.id), client.idToken), 403, 'not-allowed');
    const other = await activeClient(tenant.tenantId, await storeContact(), agent.uid);
    await expectRefused(await download(urlOf(contact.id, document.id), other.idToken), 403, 'not-allowed');
  });

  it('refuses a client whose space is no longer active', async () => {
    const own = await storeContact();
    const client = await activeClient(tenant.tenantId, own, agent.uid);
    await adminDb().doc(paths.contact(tenant.tenantId, own.id)).update({ 'portal.status': 'none' });
    await expectRefused(await download(urlOf(contact.id, document.id), client.idToken), 403, 'client-space-not-active');
  });

  it('answers the owner of another agency as if the file did not exist (its token names its own tenant)', async () => {
    await expectRefused(
      await download(urlOf(contact.id, document.id), otherTenant.owner.idToken),
      404,
      'file-not-found',
    );
  });

  it('refuses a member whose document says deactivated or demoted, although the token still claims the role', async () => {
    const member = await addActiveMember(tenant, 'admin', 'Dora Demoted');
    const memberRef = adminDb().doc(paths.member(tenant.tenantId, member.uid));
    await memberRef.update({ role: 'agent' });
    await expectRefused(await download(urlOf(contact.id, document.id), member.idToken), 403, 'role-changed');
    await memberRef.update({ role: 'admin', status: 'deactivated' });
    await expectRefused(await download(urlOf(contact.id, document.id), member.idToken), 403, 'member-not-active');
  });

  it('refuses a collaborator deactivated through team-setMemberActive: the session is revoked', async () => {
    const member = await addActiveMember(tenant, 'admin', 'Dan Deactivated');
    const ok = await download(urlOf(contact.id, document.id), member.idToken);
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
    await afterSignInSecond(member.idToken);
    await mustCall(CALLABLES.setMemberActive, { uid: member.uid, active: false }, tenant.owner.idToken);
    await expectRefused(await download(urlOf(contact.id, document.id), member.idToken), 401, 'token-revoked');
  });

  it('refuses a revoked token and an expired one; a fresh sign-in reads again', async () => {
    const member = await addActiveMember(tenant, 'admin', 'Rita Revoked');
    await afterSignInSecond(member.idToken);
    await adminAuth().revokeRefreshTokens(member.uid);
    await expectRefused(await download(urlOf(contact.id, document.id), member.idToken), 401, 'token-revoked');
    const fresh = await signIn(member.email, TEST_PASSWORD);
    await expectRefused(
      await download(urlOf(contact.id, document.id), expiredCopyOf(fresh.idToken)),
      401,
      'invalid-token',
    );
    const response = await download(urlOf(contact.id, document.id), fresh.idToken);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });

  it('asks for a token, refuses a forged one, and says so with WWW-Authenticate', async () => {
    const none = await download(urlOf(contact.id, document.id));
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    await expectRefused(none, 401, 'no-token');
    await expectRefused(await download(urlOf(contact.id, document.id), 'not-a-token'), 401, 'invalid-token');
  });

  it('answers 404 for a missing file, a missing record, a missing contact and a path that names no file', async () => {
    const noFile = await storeDocument(contact.id, { withFile: false });
    await expectRefused(await download(urlOf(contact.id, noFile.id), agent.idToken), 404, 'file-not-found');
    await expectRefused(await download(urlOf(contact.id, 'missing'), agent.idToken), 404, 'file-not-found');
    await expectRefused(await download(urlOf('nobody', document.id), tenant.owner.idToken), 404, 'file-not-found');
    await expectRefused(await download('/files/invoice/x/y', agent.idToken), 404, 'bad-path');
  });

  it('never serves a record that points at another contact’s file', async () => {
    const victim = await storeContact({ assignedAgentUid: otherAgent.uid });
    const secret = await storeDocument(victim.id);
    const mine = await storeContact();
    const forged = await storeDocument(mine.id);
    await adminDb()
      .doc(paths.contactDocument(tenant.tenantId, mine.id, forged.id))
      .update({ storagePath: secret.storagePath });
    await expectRefused(await download(urlOf(mine.id, forged.id), agent.idToken), 404, 'file-not-found');
  });

  it('only downloads', async () => {
    await expectRefused(
      await download(urlOf(contact.id, document.id), agent.idToken, { method: 'POST' }),
      405,
      'method-not-allowed',
    );
  });
});

describe('files-download, a 5 MB file', () => {
  it('streams it whole through the Hosting rewrite; its time to first byte goes to .artifacts', async () => {
    const admin = { db: adminDb(), auth: adminAuth(), storage: getStorage(adminAuth().app) };
    const figures = await measureFileDownload(admin, { baseUrl: runtime().adminUrl, runs: 10 });
    mkdirSync(join(repoRoot, '.artifacts'), { recursive: true });
    writeFileSync(join(repoRoot, '.artifacts', 'file-download.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`files-download, 5 MB through Hosting: ${JSON.stringify(figures)}`);
    // A guard against a download that buffers the whole file or reads it twice, not a latency target.
    expect(figures.firstByteMs.median).toBeLessThan(5_000);
  }, 120_000);
});

describe('files-checkUpload', () => {
  it('deletes a file whose bytes are not the type it declares, and its record, on upload', async () => {
    const contact = await storeContact();
    const forged = await storeDocument(contact.id, { bytes: Buffer.from('<html><script>alert(1)</script></html>') });
    await eventually(async () => {
      const [exists] = await bucket().file(forged.storagePath).exists();
      expect(exists).toBe(false);
      const record = await adminDb()
        .doc(paths.contactDocument(tenant.tenantId, contact.id, forged.id))
        .get();
      expect(record.exists).toBe(false);
    });
  });

  it('deletes a second file slipped into a document’s folder, and keeps the document and its file', async () => {
    const contact = await storeContact();
    const document = await storeDocument(contact.id);
    const extra = document.storagePath.replace(/[^/]+$/, 'extra.pdf');
    await bucket().file(extra).save(PDF_BYTES, { contentType: 'application/pdf', resumable: false });
    const deps = { db: adminDb(), files: bucketFileStore(BUCKET) };
    // The trigger checks the same upload meanwhile: whichever runs first deletes it, the other finds it gone.
    const check = await checkUpload(deps, { name: extra, contentType: 'application/pdf', size: PDF_BYTES.length });
    expect([
      { status: 'rejected', reason: 'record-mismatch', recordRemoved: false },
      { status: 'gone' },
    ]).toContainEqual(check);
    expect((await bucket().file(extra).exists())[0]).toBe(false);
    expect((await bucket().file(document.storagePath).exists())[0]).toBe(true);
    expect(
      (
        await adminDb()
          .doc(paths.contactDocument(tenant.tenantId, contact.id, document.id))
          .get()
      ).exists,
    ).toBe(true);
  });

  it('keeps a file that is what it declares; a second check changes nothing', async () => {
    const contact = await storeContact();
    const good = await storeDocument(contact.id);
    const deps = { db: adminDb(), files: bucketFileStore(BUCKET) };
    const object = { name: good.storagePath, contentType: 'application/pdf', size: PDF_BYTES.length };
    expect(await checkUpload(deps, object)).toEqual({ status: 'accepted' });
    expect(await checkUpload(deps, object)).toEqual({ status: 'accepted' });
    const [exists] = await bucket().file(good.storagePath).exists();
    expect(exists).toBe(true);
  });

  it('refuses an SVG and a file over the cap, and a second run finds the file already gone', async () => {
    const contact = await storeContact();
    const deps = { db: adminDb(), files: bucketFileStore(BUCKET) };
    const svgPath = paths.contactDocumentFile(tenant.tenantId, contact.id, 'svgdoc', 'logo.svg');
    // Written with the check's own store (no record yet): the trigger and this call race to delete it.
    await bucket().file(svgPath).save(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), {
      contentType: 'image/svg+xml',
      resumable: false,
    });
    const first = await checkUpload(deps, { name: svgPath, contentType: 'image/svg+xml', size: 40 });
    expect(['rejected', 'gone']).toContain(first.status);
    expect(await checkUpload(deps, { name: svgPath, contentType: 'image/svg+xml', size: 40 })).toEqual({
      status: 'gone',
    });
    const big = await storeDocument(contact.id);
    expect(
      await checkUpload(deps, { name: big.storagePath, contentType: 'application/pdf', size: 20 * 1024 * 1024 + 1 }),
    ).toEqual({ status: 'rejected', reason: 'too-large', recordRemoved: true });
  });
});

describe('files-deleteContactDocument', () => {
  it('deletes the record and the file and writes who deleted what in the contact’s history, once', async () => {
    const contact = await storeContact();
    const document = await storeDocument(contact.id);
    const input = { contactId: contact.id, documentId: document.id };
    expect(await mustCall(CALLABLES.deleteContactDocument, input, agent.idToken)).toEqual({ status: 'deleted' });
    expect(
      (
        await adminDb()
          .doc(paths.contactDocument(tenant.tenantId, contact.id, document.id))
          .get()
      ).exists,
    ).toBe(false);
    expect((await bucket().file(document.storagePath).exists())[0]).toBe(false);
    const entries = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', contact.id)
      .get();
    expect(entries.docs.map((entry) => entry.data())).toEqual([
      expect.objectContaining({
        type: 'remark',
        authorUid: agent.uid,
        text: `Document « ${FILE_NAME} » supprimé par Alice Agent.`,
      }),
    ]);
    expect(await mustCall(CALLABLES.deleteContactDocument, input, agent.idToken)).toEqual({
      status: 'already-deleted',
    });
    const after = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('contactIds', 'array-contains', contact.id)
      .get();
    expect(after.size).toBe(1);
  });

  it('refuses an agent who does not see the contact, and a partner; nothing is deleted', async () => {
    const contact = await storeContact();
    const document = await storeDocument(contact.id);
    const input = { contactId: contact.id, documentId: document.id };
    const unshared = await callCallable(CALLABLES.deleteContactDocument, input, otherAgent.idToken);
    expect(unshared).toMatchObject({ ok: false, code: 'not-found' });
    const byPartner = await callCallable(CALLABLES.deleteContactDocument, input, partner.idToken);
    expect(byPartner).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(
      (
        await adminDb()
          .doc(paths.contactDocument(tenant.tenantId, contact.id, document.id))
          .get()
      ).exists,
    ).toBe(true);
    expect((await bucket().file(document.storagePath).exists())[0]).toBe(true);
  });
});
