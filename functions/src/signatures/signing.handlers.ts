import {
  applyDecline,
  applySignature,
  paths,
  SIGNATURE_CODE_CHECK_VALID_MS,
  SIGNATURE_CODE_MAX_TRIES,
  SIGNATURE_CODE_TTL_MS,
  SIGNATURE_IMAGE_MAX_BYTES,
  type OpenSigningResult,
  type SignatureMethod,
  type SignerStep,
} from '@estate/domain';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { CallMeta } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { readQuotas } from '../lib/quotas';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { prepareAgentUpdate } from './signature-mail';
import type { SignatureFiles } from './signature-files';
import { chargeCaller, readSigningSession, stepClosed } from './signing-session';
import { signaturesLog } from './signatures.log';
import { runTransaction } from '../lib/transactions';

type SigningDeps = Deps & { files: SignatureFiles };

function codeHash(salt: string, code: string): string {
  return createHash('sha256').update(`${salt}:${code}`).digest('hex');
}

/** signatures-openSigning: the page's state for its link. */
export async function openSigning(deps: Deps, token: string, meta: CallMeta): Promise<OpenSigningResult> {
  await chargeCaller(deps, meta);
  const now = deps.now();
  return runTransaction(deps.db, async (tx) => {
    const session = await readSigningSession(deps.db, tx, token, now);
    const tenant = await readTenant(deps.db, tx, session.token.tenantId);
    const { request, signer, secret } = session;
    const codeValid = secret.codeHash !== null && (secret.codeExpiresAt?.getTime() ?? 0) > now.getTime();
    return {
      step: session.step,
      locale: request.locale,
      agency: tenant.name,
      title: request.subject.title,
      signerName: signer.name,
      fileName: request.document.fileName,
      expiresAt: request.expiresAt.getTime(),
      codeExpiresAt: codeValid ? (secret.codeExpiresAt?.getTime() ?? null) : null,
      codeChecked:
        secret.codeCheckedAt !== null && now.getTime() - secret.codeCheckedAt.getTime() < SIGNATURE_CODE_CHECK_VALID_MS,
    };
  });
}

/** signatures-getDocument: the PDF as sent while the step is open, the signed one once all signed. */
export async function getSigningDocument(
  deps: SigningDeps,
  token: string,
  meta: CallMeta,
): Promise<{ fileName: string; signed: boolean; base64: string }> {
  await chargeCaller(deps, meta);
  const now = deps.now();
  const session = await runTransaction(deps.db, (tx) => readSigningSession(deps.db, tx, token, now));
  const { request, step } = session;
  const file = step === 'completed' ? request.signedDocument : step === 'open' ? request.document : null;
  if (!file) throw stepClosed(step);
  const bytes = await deps.files.read(file.storagePath);
  if (!bytes) throw stepClosed(step);
  return { fileName: file.fileName, signed: step === 'completed', base64: Buffer.from(bytes).toString('base64') };
}

/** signatures-sendCode: a new six-digit code by mail (the old one stops working), within the quotas. */
export async function sendSigningCode(deps: Deps, token: string, meta: CallMeta): Promise<{ codeExpiresAt: number }> {
  await chargeCaller(deps, meta);
  const now = deps.now();
  return runTransaction(deps.db, async (tx) => {
    const session = await readSigningSession(deps.db, tx, token, now);
    if (session.step !== 'open') throw stepClosed(session.step);
    const { request, signer, token: link } = session;
    const quotas = await readQuotas(
      deps.db,
      tx,
      [{ scope: 'signature-code-signer', subject: `${link.tenantId}/${request.id}/${signer.id}` }],
      now,
    );
    const tenant = await readTenant(deps.db, tx, link.tenantId);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const salt = randomBytes(16).toString('hex');
    const codeExpiresAt = new Date(now.getTime() + SIGNATURE_CODE_TTL_MS);
    quotas.take();
    tx.set(session.secretRef, {
      codeHash: codeHash(salt, code),
      codeSalt: salt,
      codeExpiresAt,
      codeTries: 0,
      codeSentAt: now,
      codeCheckedAt: session.secret.codeCheckedAt,
    });
    queueMail(
      deps.db,
      tx,
      {
        tenantId: link.tenantId,
        to: signer.email,
        locale: request.locale,
        templateId: 'signature-code',
        data: { name: signer.name, title: request.subject.title, code },
        brand: brandOf(tenant),
        contactId: signer.contactId,
      },
      now,
    );
    return { codeExpiresAt: codeExpiresAt.getTime() };
  });
}

type CodeOutcome = { ok: true } | { refusal: Refusal };

/**
 * signatures-checkCode: a right code (once, before its expiry) lets the signer sign for a while. A
 * wrong one counts: after SIGNATURE_CODE_MAX_TRIES the code is spent and a new one must be asked. The
 * count is written before the refusal is answered (a refusal thrown inside the transaction would undo it).
 */
export async function checkSigningCode(
  deps: Deps,
  input: { token: string; code: string },
  meta: CallMeta,
): Promise<{ ok: true }> {
  await chargeCaller(deps, meta);
  const now = deps.now();
  const outcome = await runTransaction(deps.db, async (tx): Promise<CodeOutcome> => {
    const session = await readSigningSession(deps.db, tx, input.token, now);
    if (session.step !== 'open') throw stepClosed(session.step);
    const { secret, secretRef } = session;
    if (!secret.codeHash || !secret.codeSalt) {
      return { refusal: new Refusal('failed-precondition', 'Ask for a code first.', 'no-code') };
    }
    if (secret.codeTries >= SIGNATURE_CODE_MAX_TRIES) {
      return {
        refusal: new Refusal('resource-exhausted', 'Too many wrong codes; ask for a new one.', 'too-many-tries'),
      };
    }
    if ((secret.codeExpiresAt?.getTime() ?? 0) <= now.getTime()) {
      return {
        refusal: new Refusal('failed-precondition', 'This code has expired; ask for a new one.', 'code-expired'),
      };
    }
    const expected = Buffer.from(secret.codeHash, 'hex');
    const given = Buffer.from(codeHash(secret.codeSalt, input.code), 'hex');
    if (!timingSafeEqual(expected, given)) {
      const tries = secret.codeTries + 1;
      tx.set(secretRef, { ...secret, codeTries: tries });
      const triesLeft = SIGNATURE_CODE_MAX_TRIES - tries;
      return triesLeft > 0
        ? { refusal: new Refusal('invalid-argument', 'This code is not the right one.', 'wrong-code', { triesLeft }) }
        : { refusal: new Refusal('resource-exhausted', 'Too many wrong codes; ask for a new one.', 'too-many-tries') };
    }
    // A code is good once.
    tx.set(secretRef, {
      ...secret,
      codeHash: null,
      codeSalt: null,
      codeExpiresAt: null,
      codeTries: 0,
      codeCheckedAt: now,
    });
    return { ok: true };
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG of a sensible size, with its width and height read from the header. */
function readPng(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  const valid =
    bytes.length > 24 &&
    bytes.length <= SIGNATURE_IMAGE_MAX_BYTES &&
    bytes.subarray(0, 8).equals(PNG_MAGIC) &&
    bytes.readUInt32BE(16) > 0 &&
    bytes.readUInt32BE(16) <= 4000 &&
    bytes.readUInt32BE(20) > 0 &&
    bytes.readUInt32BE(20) <= 4000;
  if (!valid) throw new Refusal('invalid-argument', 'The signature must be a PNG image.', 'bad-image');
  return bytes;
}

/**
 * signatures-sign: the signer, with a code checked in the last half hour and consent given, signs.
 * The image is stored first (at the signer's own path, so a retry overwrites it), then one transaction
 * records the signature with its evidence (IP, user agent, code check time) and spends the link; the
 * request's trigger invites the next rank or seals the document.
 */
export async function sign(
  deps: SigningDeps,
  input: { token: string; method: SignatureMethod; image: string },
  meta: CallMeta,
): Promise<{ step: SignerStep }> {
  await chargeCaller(deps, meta);
  const image = readPng(input.image);
  const now = deps.now();
  const before = await runTransaction(deps.db, (tx) => readSigningSession(deps.db, tx, input.token, now));
  if (before.step !== 'open') throw stepClosed(before.step);
  const imagePath = paths.signatureFile(before.token.tenantId, before.request.id, `${before.signer.id}.png`);
  await deps.files.write(imagePath, image, 'image/png');
  return runTransaction(deps.db, async (tx) => {
    const session = await readSigningSession(deps.db, tx, input.token, now);
    if (session.step !== 'open') throw stepClosed(session.step);
    const checkedAt = session.secret.codeCheckedAt;
    if (!checkedAt || now.getTime() - checkedAt.getTime() >= SIGNATURE_CODE_CHECK_VALID_MS) {
      throw new Refusal('failed-precondition', 'Check the code mailed to you first.', 'code-not-checked');
    }
    const signed = applySignature(
      session.request,
      session.signer.id,
      { ip: meta.ip, userAgent: meta.userAgent ?? null, codeCheckedAt: checkedAt, method: input.method, imagePath },
      now,
    );
    tx.set(session.requestRef, signed);
    tx.update(session.tokenRef, toStored({ usedAt: now }));
    tx.set(session.secretRef, { ...session.secret, codeCheckedAt: null });
    return { step: 'signed' as const };
  });
}

/** signatures-decline: the signer declines with a reason; the request closes and the agent is told. */
export async function declineSigning(
  deps: Deps,
  input: { token: string; reason: string },
  meta: CallMeta,
): Promise<{ step: SignerStep }> {
  await chargeCaller(deps, meta);
  const now = deps.now();
  const result = await runTransaction(deps.db, async (tx) => {
    const session = await readSigningSession(deps.db, tx, input.token, now);
    if (session.step !== 'open') throw stepClosed(session.step);
    const tenant = await readTenant(deps.db, tx, session.token.tenantId);
    const declined = applyDecline(session.request, session.signer.id, input.reason, now);
    const tellAgent = await prepareAgentUpdate(
      deps,
      tx,
      { tenantId: session.token.tenantId, tenant, request: declined },
      'declined',
      session.signer.name,
    );
    tx.set(session.requestRef, declined);
    tx.update(session.tokenRef, toStored({ usedAt: now }));
    tellAgent(now);
    return { tenantId: session.token.tenantId, requestId: declined.id };
  });
  signaturesLog.closed(result.tenantId, result.requestId, 'declined');
  return { step: 'declined' };
}
