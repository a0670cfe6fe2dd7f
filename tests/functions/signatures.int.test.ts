import { CALLABLES, paths, privateFileUrl, type OpenSigningResult } from '@estate/domain';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { expireRequests, sendDueReminders } from '../../functions/src/signatures/manage-request.handlers';
import { onRequestWritten } from '../../functions/src/signatures/on-request-written.handler';
import { bucketSignatureFiles } from '../../functions/src/signatures/signature-files';
import { appLinks } from '../../functions/src/lib/app-links';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { textAfterPage, TINY_PNG } from '../support/pdf-text';
import {
  codeIn,
  createSignatureRequest,
  outboxTo,
  readRequest,
  SIGNATURE_BUCKET,
  signatureBucket,
  tokenOfLink,
} from '../support/signatures';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually } from './function-fixtures';

/**
 * The built-in electronic signature against the emulators: a request created as the mandates
 * capability creates it (admin SDK), the invitations its trigger mails, then the public signing
 * callables a signer's page calls with the link's token, the agent's callables and the schedules.
 */
let tenant: TestTenant;
let agent: TestUser;
let otherAgent: TestUser;

const links = appLinks(null);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const png = TINY_PNG.toString('base64');

beforeAll(async () => {
  tenant = await createTenantWithOwner();
  agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
  otherAgent = await addActiveMember(tenant, 'agent', 'Oscar Other');
}, 60_000);

/** The token of the invitation the trigger mailed to `email`, once it is queued. */
async function invitationToken(email: string): Promise<string> {
  return eventually(async () => {
    const mail = (await outboxTo(tenant.tenantId, email)).find((m) => m.templateId === 'signature-invitation');
    if (!mail) throw new Error(`no invitation to ${email} yet`);
    return tokenOfLink(mail.templateData?.link ?? '');
  });
}

async function latestCode(email: string): Promise<string> {
  const mail = (await outboxTo(tenant.tenantId, email)).find((m) => m.templateId === 'signature-code');
  if (!mail) throw new Error('no code mail');
  return codeIn(mail.text);
}

async function open(token: string): Promise<OpenSigningResult> {
  return mustCall<OpenSigningResult>(CALLABLES.openSigning, { token });
}

/**
 * Asks a code, checks it and signs, as the page does. `headers` are what a front end adds to the
 * signing call: deployed, Google's front end adds X-Forwarded-For; the local emulator adds nothing.
 */
async function signWith(token: string, email: string, headers: Record<string, string> = {}): Promise<void> {
  await mustCall(CALLABLES.sendSigningCode, { token });
  await mustCall(CALLABLES.checkSigningCode, { token, code: await latestCode(email) });
  await mustCall(CALLABLES.sign, { token, method: 'drawn', image: png, consent: true }, undefined, headers);
}

function deps() {
  return { db: adminDb(), links, files: bucketSignatureFiles(SIGNATURE_BUCKET), now: () => new Date() };
}

describe('invitations', () => {
  it('invites the first rank once, even when the creation is replayed', async () => {
    const first = uniqueEmail('seller');
    const second = uniqueEmail('coseller');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [
      { name: 'Sam Seller', email: first },
      { name: 'Cora Coseller', email: second },
    ]);
    await invitationToken(first);
    // The event delivered again, with the request as created: nobody is invited twice.
    await onRequestWritten(deps(), tenant.tenantId, request.id, request);
    await onRequestWritten(deps(), tenant.tenantId, request.id, request);
    const stored = await readRequest(tenant.tenantId, request.id);
    const statuses = (stored.signers as { status: string }[]).map((signer) => signer.status);
    expect(statuses).toEqual(['invited', 'waiting']);
    expect(
      (await outboxTo(tenant.tenantId, first)).filter((m) => m.templateId === 'signature-invitation'),
    ).toHaveLength(1);
    expect(await outboxTo(tenant.tenantId, second)).toHaveLength(0);
    const tokens = await adminDb().collection('signatureTokens').where('requestId', '==', request.id).get();
    expect(tokens.size).toBe(1);
  });
});

describe('a sequential request signed by two signers', () => {
  it('advances rank by rank, spends each link, and seals a PDF whose hashes match its evidence page', async () => {
    const first = uniqueEmail('seller');
    const second = uniqueEmail('buyer');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [
      { name: 'Sam Seller', email: first },
      { name: 'Бруно Покупатель', email: second },
    ]);
    const token = await invitationToken(first);
    const opened = await open(token);
    expect(opened).toMatchObject({ step: 'open', locale: 'fr', signerName: 'Sam Seller', codeChecked: false });

    // Signing needs a checked code.
    const early = await callCallable(CALLABLES.sign, { token, method: 'drawn', image: png, consent: true });
    expect(early).toMatchObject({ ok: false, reason: 'code-not-checked' });
    // The PDF as sent is served to the link.
    const document = await mustCall<{ base64: string; signed: boolean }>(CALLABLES.getSigningDocument, { token });
    expect(sha256(Buffer.from(document.base64, 'base64'))).toBe(request.document.sha256);
    expect(document.signed).toBe(false);

    // The first signer's call arrives as deployed, through a front end that names the caller's address.
    await signWith(token, first, { 'x-forwarded-for': '203.0.113.7' });
    expect((await open(token)).step).toBe('signed');
    // The link is spent: signing or declining again is refused.
    const again = await callCallable(CALLABLES.sign, { token, method: 'drawn', image: png, consent: true });
    expect(again).toMatchObject({ ok: false, reason: 'step-closed' });
    const decline = await callCallable(CALLABLES.declineSigning, { token, reason: 'changed my mind' });
    expect(decline).toMatchObject({ ok: false, reason: 'step-closed' });

    // Then the second rank is invited, and signs.
    const secondToken = await invitationToken(second);
    await signWith(secondToken, second);

    const sealed = await eventually(async () => {
      const stored = await readRequest(tenant.tenantId, request.id);
      if (stored.status !== 'signed') throw new Error('not sealed yet');
      return stored as {
        signedDocument: { storagePath: string; sha256: string };
        stampedDocument: { storagePath: string; sha256: string };
        signers: { evidence: { ip: string | null; userAgent: string | null } }[];
      };
    }, 30_000);
    const [signed] = await signatureBucket().file(sealed.signedDocument.storagePath).download();
    const [stamped] = await signatureBucket().file(sealed.stampedDocument.storagePath).download();
    expect(sha256(signed)).toBe(sealed.signedDocument.sha256);
    expect(sha256(stamped)).toBe(sealed.stampedDocument.sha256);
    // The evidence page (after the document's 2 pages) states both hashes, and they are the files'.
    const stampedPages = (await PDFDocument.load(stamped)).getPageCount();
    expect(stampedPages).toBe(2);
    const evidence = (await textAfterPage(signed, stampedPages)).join('\n');
    expect(evidence).toContain(request.document.sha256);
    expect(evidence).toContain(sha256(stamped));
    expect(evidence).toContain('Sam Seller');
    expect(evidence).toContain('Bruno Pokupatel');
    expect(evidence).toContain(first);
    // The address the platform gave is recorded and printed; the second signer's call came straight to
    // the emulator, which names no address, and the page says so rather than leaving it blank.
    expect(sealed.signers.map((signer) => signer.evidence.ip)).toEqual(['203.0.113.7', null]);
    expect(evidence).toContain('Adresse IP: 203.0.113.7');
    expect(evidence).toContain('Adresse IP: non fournie par la plateforme');
    // The signed file's first pages are the stamped document's pages.
    expect((await PDFDocument.load(signed)).getPageCount()).toBe(stampedPages + 1);

    // Each signer gets a link to the signed copy; the agent is told.
    const copy = await eventually(async () => {
      const mail = (await outboxTo(tenant.tenantId, first)).find((m) => m.templateId === 'signature-completed');
      if (!mail) throw new Error('no copy mail');
      return tokenOfLink(mail.templateData?.link ?? '');
    });
    expect((await open(copy)).step).toBe('completed');
    const served = await mustCall<{ base64: string; signed: boolean }>(CALLABLES.getSigningDocument, { token: copy });
    expect(served.signed).toBe(true);
    expect(sha256(Buffer.from(served.base64, 'base64'))).toBe(sealed.signedDocument.sha256);
    const agentMails = await outboxTo(tenant.tenantId, agent.email);
    expect(agentMails.some((m) => m.id === `signature-update-${request.id}-signed`)).toBe(true);

    // Staff read both PDFs through files-download: the requesting agent yes, another agent no.
    const download = (copyName: 'sent' | 'signed', idToken: string) =>
      fetch(
        `${functionsOrigin}/${projectId}/${region}/files-download${privateFileUrl({ kind: 'signed-document', requestId: request.id, copy: copyName }).replace(/^\/files/, '')}`,
        { headers: { Authorization: `Bearer ${idToken}` } },
      );
    const granted = await download('signed', agent.idToken);
    expect(granted.status).toBe(200);
    expect(sha256(new Uint8Array(await granted.arrayBuffer()))).toBe(sealed.signedDocument.sha256);
    expect((await download('sent', tenant.owner.idToken)).status).toBe(200);
    expect((await download('signed', otherAgent.idToken)).status).toBe(403);
  }, 90_000);

  it('does not let a later rank sign before its turn', async () => {
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [
      { name: 'Ann First', email: uniqueEmail('first') },
      { name: 'Ben Second', email: uniqueEmail('second') },
    ]);
    await invitationToken(request.signers[0]?.email ?? '');
    const stored = await readRequest(tenant.tenantId, request.id);
    expect((stored.signers as { status: string }[])[1]?.status).toBe('waiting');
    expect(await outboxTo(tenant.tenantId, request.signers[1]?.email ?? '')).toHaveLength(0);
  });
});

describe('codes', () => {
  it('limits wrong codes: after five a new code is needed, which works', async () => {
    const email = uniqueEmail('seller');
    await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Wes Wrong', email }]);
    const token = await invitationToken(email);
    expect(await callCallable(CALLABLES.checkSigningCode, { token, code: '000000' })).toMatchObject({
      ok: false,
      reason: 'no-code',
    });
    await mustCall(CALLABLES.sendSigningCode, { token });
    const code = await latestCode(email);
    const wrong = code === '123456' ? '654321' : '123456';
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const answer = await callCallable(CALLABLES.checkSigningCode, { token, code: wrong });
      expect(answer).toMatchObject({ ok: false, reason: 'wrong-code' });
    }
    expect(await callCallable(CALLABLES.checkSigningCode, { token, code: wrong })).toMatchObject({
      ok: false,
      reason: 'too-many-tries',
    });
    // Even the right code is refused now.
    expect(await callCallable(CALLABLES.checkSigningCode, { token, code })).toMatchObject({
      ok: false,
      reason: 'too-many-tries',
    });
    await mustCall(CALLABLES.sendSigningCode, { token });
    const fresh = await latestCode(email);
    await mustCall(CALLABLES.checkSigningCode, { token, code: fresh });
    expect((await open(token)).codeChecked).toBe(true);
    // A code is good once.
    expect(await callCallable(CALLABLES.checkSigningCode, { token, code: fresh })).toMatchObject({
      ok: false,
      reason: 'no-code',
    });
  }, 60_000);

  it('limits the codes mailed to one signer', async () => {
    const email = uniqueEmail('seller');
    await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Rita Resend', email }]);
    const token = await invitationToken(email);
    for (let sent = 0; sent < 5; sent += 1) await mustCall(CALLABLES.sendSigningCode, { token });
    expect(await callCallable(CALLABLES.sendSigningCode, { token })).toMatchObject({
      ok: false,
      reason: 'too-many-requests',
    });
    expect((await outboxTo(tenant.tenantId, email)).filter((m) => m.templateId === 'signature-code')).toHaveLength(5);
  });

  it('the code mails are kept out of the mail log', async () => {
    const email = uniqueEmail('seller');
    await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Sid Secret', email }]);
    await mustCall(CALLABLES.sendSigningCode, { token: await invitationToken(email) });
    const mails = await outboxTo(tenant.tenantId, email);
    expect(mails.length).toBe(2);
    expect(mails.every((mail) => mail.sensitive)).toBe(true);
  });
});

describe('links', () => {
  it('an unknown token opens nothing', async () => {
    const answer = await callCallable(CALLABLES.openSigning, { token: 'A'.repeat(43) });
    expect(answer).toMatchObject({ ok: false, reason: 'link-invalid' });
  });

  it('an expired link shows the step expired and allows nothing', async () => {
    const email = uniqueEmail('seller');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Ed Expired', email }]);
    const token = await invitationToken(email);
    const hash = createHash('sha256').update(token).digest('hex');
    await adminDb()
      .doc(paths.signatureToken(hash))
      .update({ expiresAt: new Date(Date.now() - 1000) });
    expect((await open(token)).step).toBe('expired');
    expect(await callCallable(CALLABLES.sendSigningCode, { token })).toMatchObject({
      ok: false,
      reason: 'step-closed',
    });
    expect(await callCallable(CALLABLES.getSigningDocument, { token })).toMatchObject({
      ok: false,
      reason: 'step-closed',
    });
    expect((await readRequest(tenant.tenantId, request.id)).status).toBe('pending');
  });
});

describe('closing a request', () => {
  it('a decline closes the request with its reason; the other signer can no longer sign', async () => {
    const first = uniqueEmail('seller');
    const second = uniqueEmail('coseller');
    const request = await createSignatureRequest(
      tenant.tenantId,
      agent.uid,
      [
        { name: 'Dora Decliner', email: first },
        { name: 'Paul Parallel', email: second },
      ],
      { ordering: 'parallel' },
    );
    const token = await invitationToken(first);
    const otherToken = await invitationToken(second);
    await mustCall(CALLABLES.declineSigning, { token, reason: 'Le prix ne convient pas' });
    const stored = (await readRequest(tenant.tenantId, request.id)) as {
      status: string;
      signers: { status: string; declineReason: string | null }[];
    };
    expect(stored.status).toBe('declined');
    expect(stored.signers[0]).toMatchObject({ status: 'declined', declineReason: 'Le prix ne convient pas' });
    expect((await open(otherToken)).step).toBe('request-declined');
    expect(await callCallable(CALLABLES.sendSigningCode, { token: otherToken })).toMatchObject({
      ok: false,
      reason: 'step-closed',
    });
    const agentMails = await outboxTo(tenant.tenantId, agent.email);
    expect(agentMails.some((m) => m.id === `signature-update-${request.id}-declined`)).toBe(true);
  });

  it('the expiry run closes overdue requests once', async () => {
    const email = uniqueEmail('seller');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Olga Overdue', email }]);
    const token = await invitationToken(email);
    await adminDb()
      .doc(paths.signatureRequest(tenant.tenantId, request.id))
      .update({ expiresAt: new Date(Date.now() - 60_000) });
    expect(await expireRequests(deps(), new Date())).toBeGreaterThanOrEqual(1);
    expect((await readRequest(tenant.tenantId, request.id)).status).toBe('expired');
    expect((await open(token)).step).toBe('expired');
    await expireRequests(deps(), new Date());
    const updates = (await outboxTo(tenant.tenantId, agent.email)).filter(
      (m) => m.id === `signature-update-${request.id}-expired`,
    );
    expect(updates).toHaveLength(1);
  });

  it('the agent who requested it cancels; another agent may not; the link then opens nothing', async () => {
    const email = uniqueEmail('seller');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Carl Cancelled', email }]);
    const token = await invitationToken(email);
    const refused = await callCallable(CALLABLES.cancelSignatureRequest, { requestId: request.id }, otherAgent.idToken);
    expect(refused).toMatchObject({ ok: false, reason: 'not-allowed' });
    await mustCall(CALLABLES.cancelSignatureRequest, { requestId: request.id, reason: 'Wrong price' }, agent.idToken);
    const stored = await readRequest(tenant.tenantId, request.id);
    expect(stored).toMatchObject({ status: 'cancelled', closedBy: agent.uid, cancelReason: 'Wrong price' });
    expect((await open(token)).step).toBe('cancelled');
    const again = await callCallable(CALLABLES.cancelSignatureRequest, { requestId: request.id }, agent.idToken);
    expect(again).toMatchObject({ ok: false, reason: 'request-closed' });
  });
});

describe('reminders', () => {
  it('the agent reminds invited signers with a fresh link; the scheduled run reminds due requests once', async () => {
    const email = uniqueEmail('seller');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [{ name: 'Remi Reminded', email }]);
    const first = await invitationToken(email);
    const answer = await mustCall<{ reminded: number }>(
      CALLABLES.remindSigners,
      { requestId: request.id },
      tenant.owner.idToken,
    );
    expect(answer.reminded).toBe(1);
    const reminders = (await outboxTo(tenant.tenantId, email)).filter((m) => m.templateId === 'signature-reminder');
    expect(reminders).toHaveLength(1);
    const fresh = tokenOfLink(reminders[0]?.templateData?.link ?? '');
    expect(fresh).not.toBe(first);
    expect((await open(fresh)).step).toBe('open');
    expect((await open(first)).step).toBe('open');

    await adminDb()
      .doc(paths.signatureRequest(tenant.tenantId, request.id))
      .update({ remindAt: new Date(Date.now() - 60_000) });
    await sendDueReminders(deps(), new Date());
    await sendDueReminders(deps(), new Date());
    const after = (await outboxTo(tenant.tenantId, email)).filter((m) => m.templateId === 'signature-reminder');
    expect(after).toHaveLength(2);
  });
});
