import { paths, type Mail, type SignatureRequest, type SignatureSigner } from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import { createHash } from 'node:crypto';
import { adminAuth, adminDb } from './admin';
import { projectId } from './emulator-env';
import { samplePdf } from './pdf-text';

export const SIGNATURE_BUCKET = `${projectId}.appspot.com`;
export const signatureBucket = () => getStorage(adminAuth().app).bucket(SIGNATURE_BUCKET);

export interface TestSigner {
  name: string;
  email: string;
  order?: number;
}

/**
 * A signature request as a document's owner (mandates) creates it: a PDF already in Storage, every
 * signer waiting, the request pending. Returns the stored request.
 */
export async function createSignatureRequest(
  tenantId: string,
  requestedBy: string,
  signers: TestSigner[],
  options: { ordering?: SignatureRequest['ordering']; expiresAt?: Date; locale?: SignatureRequest['locale'] } = {},
): Promise<SignatureRequest> {
  const ref = adminDb().collection(paths.signatureRequests(tenantId)).doc();
  const pdf = await samplePdf(`Mandat ${ref.id}`);
  const storagePath = `tenants/${tenantId}/mandates/${ref.id}/mandat.pdf`;
  await signatureBucket()
    .file(storagePath)
    .save(Buffer.from(pdf), { contentType: 'application/pdf', resumable: false });
  const now = new Date();
  const request: SignatureRequest = {
    id: ref.id,
    subject: {
      kind: 'mandate',
      id: `m${ref.id.slice(0, 8)}`,
      propertyId: null,
      title: `Mandat de vente ${ref.id.slice(0, 4)}`,
    },
    document: {
      storagePath,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      fileName: 'mandat.pdf',
    },
    signedDocument: null,
    ordering: options.ordering ?? 'sequential',
    signers: signers.map((signer, index): SignatureSigner => ({
      id: `s${index + 1}`,
      name: signer.name,
      email: signer.email,
      contactId: null,
      order: signer.order ?? index + 1,
      status: 'waiting',
      invitedAt: null,
      signedAt: null,
      declinedAt: null,
      declineReason: null,
    })),
    status: 'pending',
    locale: options.locale ?? 'fr',
    requestedBy,
    expiresAt: options.expiresAt ?? new Date(now.getTime() + 14 * 24 * 3600 * 1000),
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  await ref.set(request);
  return request;
}

/** The stored request, with Timestamps as they are (tests compare statuses and ids). */
export async function readRequest(tenantId: string, requestId: string): Promise<Record<string, unknown>> {
  const snapshot = await adminDb().doc(paths.signatureRequest(tenantId, requestId)).get();
  return snapshot.data() ?? {};
}

/** The outbox mails of a tenant to one address, newest first. */
export async function outboxTo(tenantId: string, to: string): Promise<(Mail & { id: string })[]> {
  const snapshot = await adminDb().collection(paths.mails(tenantId)).where('to', '==', to).get();
  return snapshot.docs
    .map((doc) => ({ ...(doc.data() as Mail), id: doc.id, createdAt: doc.get('createdAt').toDate() as Date }))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** The token of a signing link (`/sign/<token>`). */
export function tokenOfLink(link: string): string {
  const match = /\/sign\/([A-Za-z0-9_-]{43})/.exec(link);
  if (!match?.[1]) throw new Error(`no signing token in ${link}`);
  return match[1];
}

/**
 * The six-digit code in a code mail's subject or text: the last six-digit number, since the code
 * follows the document's title, which may hold one (a mandate's register number, `n° 000001`).
 */
export function codeIn(text: string): string {
  const code = [...text.matchAll(/\b(\d{6})\b/g)].at(-1)?.[1];
  if (!code) throw new Error('no code in the mail');
  return code;
}
