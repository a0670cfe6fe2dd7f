import {
  MANDATE_SIGNATURE_DAYS,
  type MandateDocument,
  type MandateSigner,
  type SignatureRequest,
  type SignatureSubjectKind,
  type Locale,
} from '@estate/domain';
import { createHash } from 'node:crypto';
import type { DocumentStore } from './mandate-store';

const DAY_MS = 86_400_000;

/** The PDF of one sending, stored under a name carrying its digest: two renders of a replay never overwrite each other. */
export async function storeRendered(
  files: DocumentStore,
  pdf: Buffer,
  folderPath: (file: string) => string,
  stem: string,
  fileName: string,
): Promise<MandateDocument> {
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const storagePath = folderPath(`${stem}-${sha256.slice(0, 16)}.pdf`);
  await files.save(storagePath, pdf, 'application/pdf');
  return { storagePath, sha256, fileName };
}

/** The signature request a mandate or amendment creates: every signer waiting, the request pending. */
export function newSignatureRequest(args: {
  tenantId: string;
  requestId: string;
  subject: { kind: SignatureSubjectKind; id: string; propertyId: string; title: string };
  document: MandateDocument;
  signers: readonly MandateSigner[];
  locale: Locale;
  requestedBy: string;
  now: Date;
}): SignatureRequest {
  return {
    id: args.requestId,
    subject: args.subject,
    document: args.document,
    signedDocument: null,
    ordering: 'parallel',
    signers: args.signers.map((signer, index) => ({
      id: `s${index + 1}`,
      name: signer.name,
      email: signer.email,
      contactId: signer.signatoryId ?? signer.contactId,
      order: 1,
      status: 'waiting',
      invitedAt: null,
      signedAt: null,
      declinedAt: null,
      declineReason: null,
    })),
    status: 'pending',
    locale: args.locale,
    requestedBy: args.requestedBy,
    expiresAt: new Date(args.now.getTime() + MANDATE_SIGNATURE_DAYS * DAY_MS),
    createdAt: args.now,
    updatedAt: args.now,
    closedAt: null,
  };
}
