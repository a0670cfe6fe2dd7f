import {
  allSigned,
  applyCompletion,
  markInvited,
  paths,
  signatureRequestModel,
  signersToInvite,
  type SignatureRequest,
} from '@estate/domain';
import { converterOf } from '../lib/converters';
import { readTenant } from '../lib/staff';
import { mailSignerLink, prepareAgentUpdate } from './signature-mail';
import type { ProviderDeps, SignatureProvider } from './signature-provider';
import { signaturesLog } from './signatures.log';
import { sha256Hex, stampSignedPdf, stampSigners } from './stamp-pdf';
import { runTransaction } from '../lib/transactions';

export const requestConverter = converterOf(signatureRequestModel);

/** How long the signed-copy link mailed at the end stays valid. */
const COPY_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The invitation of a signer is one mail: a replayed trigger finds it and sends nothing more. */
function invitationMailId(requestId: string, signerId: string): string {
  return `signature-invitation-${requestId}-${signerId}`;
}

/** The signed PDF's name: the document's, with "-signed" before its extension. */
function signedFileName(fileName: string): string {
  const base = fileName.replace(/\.pdf$/i, '');
  return `${base}-signed.pdf`;
}

async function invite(deps: ProviderDeps, tenantId: string, requestId: string): Promise<number> {
  const { db } = deps;
  const ref = db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter);
  const count = await runTransaction(db, async (tx) => {
    const request = (await tx.get(ref)).data();
    if (!request) return 0;
    const now = deps.now();
    const due = signersToInvite(request, now);
    if (due.length === 0) return 0;
    // Mails already queued mean a previous run got this far: mark them invited, send nothing again.
    const mailRefs = due.map((signer) => db.doc(paths.mail(tenantId, invitationMailId(requestId, signer.id))));
    const sent = await Promise.all(mailRefs.map((mailRef) => tx.get(mailRef)));
    const tenant = await readTenant(db, tx, tenantId);
    for (const [index, signer] of due.entries()) {
      if (sent[index]?.exists) continue;
      mailSignerLink(
        deps,
        tx,
        { tenantId, tenant, request, signer },
        'signature-invitation',
        request.expiresAt,
        now,
        invitationMailId(requestId, signer.id),
      );
    }
    tx.set(
      ref,
      markInvited(
        request,
        due.map((signer) => signer.id),
        now,
      ),
    );
    return due.length;
  });
  if (count > 0) signaturesLog.invited(tenantId, requestId, count);
  return count;
}

/** The signature images of a fully signed request, by signer id. */
async function readImages(deps: ProviderDeps, request: SignatureRequest): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  for (const signer of request.signers) {
    const path = signer.evidence?.imagePath;
    const bytes = path ? await deps.files.read(path) : null;
    if (!bytes) throw new Error(`signature image of ${signer.id} is missing`);
    images.set(signer.id, bytes);
  }
  return images;
}

async function seal(deps: ProviderDeps, tenantId: string, requestId: string): Promise<'sealed' | 'not-ready'> {
  const { db } = deps;
  const ref = db.doc(paths.signatureRequest(tenantId, requestId)).withConverter(requestConverter);
  const request = (await ref.get()).data();
  if (!request || request.status !== 'pending' || !allSigned(request)) return 'not-ready';
  const original = await deps.files.read(request.document.storagePath);
  if (!original || sha256Hex(original) !== request.document.sha256) {
    // Never seal a document other than the one the signers read: the request stays pending for a human.
    signaturesLog.documentChanged(tenantId, requestId);
    return 'not-ready';
  }
  const sealedAt = new Date(Math.max(...request.signers.map((signer) => signer.signedAt?.getTime() ?? 0)));
  const output = await stampSignedPdf({
    requestId,
    title: request.subject.title,
    locale: request.locale,
    original,
    originalSha256: request.document.sha256,
    signers: stampSigners(request, await readImages(deps, request)),
    sealedAt,
  });
  const stamped = {
    storagePath: paths.signatureFile(tenantId, requestId, 'stamped.pdf'),
    sha256: output.stampedSha256,
    fileName: request.document.fileName,
  };
  const signed = {
    storagePath: paths.signatureFile(tenantId, requestId, 'signed.pdf'),
    sha256: output.signedSha256,
    fileName: signedFileName(request.document.fileName),
  };
  // Sealing is deterministic (every date is the last signature's): a rerun writes the same bytes.
  await deps.files.write(stamped.storagePath, output.stamped, 'application/pdf');
  await deps.files.write(signed.storagePath, output.signed, 'application/pdf');
  const closed = await runTransaction(db, async (tx) => {
    const current = (await tx.get(ref)).data();
    if (!current || current.status !== 'pending' || !allSigned(current)) return false;
    const tenant = await readTenant(db, tx, tenantId);
    const agentUpdate = await prepareAgentUpdate(deps, tx, { tenantId, tenant, request: current }, 'signed', null);
    const now = deps.now();
    const completed = applyCompletion(current, stamped, signed, now);
    const linkExpiresAt = new Date(now.getTime() + COPY_LINK_TTL_MS);
    for (const signer of completed.signers) {
      mailSignerLink(
        deps,
        tx,
        { tenantId, tenant, request: completed, signer },
        'signature-completed',
        linkExpiresAt,
        now,
        `signature-completed-${requestId}-${signer.id}`,
      );
    }
    agentUpdate(now);
    tx.set(ref, completed);
    return true;
  });
  if (closed) signaturesLog.sealed(tenantId, requestId, signed.sha256);
  return closed ? 'sealed' : 'not-ready';
}

/** The built-in simple electronic signature (see docs/architecture.md, "Electronic signature"). */
export const builtInProvider: SignatureProvider = { id: 'built-in', invite, seal };
