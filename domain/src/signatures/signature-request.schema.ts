import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { docIdSchema, emailSchema, line, uidSchema } from '../shared/text';

/**
 * A signature request is the meeting point of the built-in electronic signature and the documents it
 * signs. The capability owning the document (mandates, amendments) creates the request, in the same
 * transaction that makes the document ready, with every signer `waiting` and the request `pending`;
 * the signatures capability then invites, collects codes and signatures, stamps the PDF and closes the
 * request. The owning capability watches the request's `status` to update its document. Only
 * functions write requests.
 */
export const SIGNATURE_SUBJECT_KINDS = ['mandate', 'amendment', 'offer'] as const;
export const signatureSubjectKindSchema = z.enum(SIGNATURE_SUBJECT_KINDS);
export type SignatureSubjectKind = z.infer<typeof signatureSubjectKindSchema>;

export const SIGNATURE_ORDERINGS = ['sequential', 'parallel'] as const;
export const signatureOrderingSchema = z.enum(SIGNATURE_ORDERINGS);
export type SignatureOrdering = z.infer<typeof signatureOrderingSchema>;

/** `waiting`: not invited yet (a later signer of a sequential request); `invited`: mailed a link. */
export const SIGNER_STATUSES = ['waiting', 'invited', 'signed', 'declined'] as const;
export const signerStatusSchema = z.enum(SIGNER_STATUSES);
export type SignerStatus = z.infer<typeof signerStatusSchema>;

/** `pending` until every signer signed (`signed`), one declined, it expired or the agent cancelled it. */
export const SIGNATURE_REQUEST_STATUSES = ['pending', 'signed', 'declined', 'expired', 'cancelled'] as const;
export const signatureRequestStatusSchema = z.enum(SIGNATURE_REQUEST_STATUSES);
export type SignatureRequestStatus = z.infer<typeof signatureRequestStatusSchema>;

export const SIGNATURE_SIGNERS_MAX = 10;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'a SHA-256 in hexadecimal' });

/** A Storage object and the SHA-256 of its bytes. */
export const signedFileSchema = z.object({
  storagePath: z.string().min(1),
  sha256: sha256Schema,
  fileName: line(200),
});
export type SignedFile = z.infer<typeof signedFileSchema>;

/** How a signer signed: drawn with the finger or mouse, or their typed name rendered by the page. */
export const SIGNATURE_METHODS = ['drawn', 'typed'] as const;
export const signatureMethodSchema = z.enum(SIGNATURE_METHODS);
export type SignatureMethod = z.infer<typeof signatureMethodSchema>;

/**
 * What the signatures capability records of a signer's signing act, for the evidence page: written
 * by signatures-sign, never by the document's owner (who creates signers without it).
 */
export const signerEvidenceSchema = z.object({
  /** The client's IP address as the platform saw it, null when unknown. */
  ip: z.string().max(64).nullable(),
  userAgent: z.string().max(500).nullable(),
  /** When the six-digit code mailed to the signer's address was checked. */
  codeCheckedAt: z.date(),
  method: signatureMethodSchema,
  /** Storage: the signature image (PNG) stamped onto the document. */
  imagePath: z.string().min(1),
});
export type SignerEvidence = z.infer<typeof signerEvidenceSchema>;

export const signatureSignerSchema = z.object({
  /** Stable within the request: the evidence page and the signing link name the signer by it. */
  id: docIdSchema,
  name: line(160),
  email: emailSchema,
  /** The contact (or contact signatory) this signer is, when it is one; null for anyone else. */
  contactId: docIdSchema.nullable(),
  /** 1 for the first signer; signers sharing a rank sign in parallel within a sequential request. */
  order: z.number().int().min(1).max(SIGNATURE_SIGNERS_MAX),
  status: signerStatusSchema,
  invitedAt: z.date().nullable(),
  signedAt: z.date().nullable(),
  declinedAt: z.date().nullable(),
  declineReason: z.string().max(1000).nullable(),
  /** Set by the signatures capability when the signer signs; absent until then. */
  evidence: signerEvidenceSchema.nullable().optional(),
  /** Set by the signatures capability: the last reminder mailed to this signer. */
  remindedAt: z.date().nullable().optional(),
});
export type SignatureSigner = z.infer<typeof signatureSignerSchema>;

/** `tenants/{tenantId}/signatureRequests/{requestId}`: functions only; staff read, signers never (they go through their link). */
export const signatureRequestSchema = z.object({
  id: z.string(),
  subject: z.object({
    kind: signatureSubjectKindSchema,
    /** The mandate's id, or the amendment's. */
    id: docIdSchema,
    /** The property the document is about, so the property page finds its requests. */
    propertyId: docIdSchema.nullable(),
    /** What the signers and the agent read as the document's name, e.g. "Mandat de vente n° 42". */
    title: line(200),
  }),
  /** The PDF as sent, never changed afterwards. */
  document: signedFileSchema,
  /** The PDF with the signatures stamped and the evidence page appended, once every signer signed. */
  signedDocument: signedFileSchema.nullable(),
  /**
   * Set with `signedDocument`: the PDF with the signatures stamped, before the evidence page was
   * appended. Its SHA-256 is the "as signed" hash printed on the evidence page (a page cannot hold the
   * hash of the file it is part of); it is also attached inside the signed PDF.
   */
  stampedDocument: signedFileSchema.nullable().optional(),
  /** Set by the signatures capability: when the scheduled reminder next mails the invited signers. */
  remindAt: z.date().nullable().optional(),
  /** Set by the signatures capability when the agent cancels or a signer declines. */
  closedBy: z.string().max(128).nullable().optional(),
  cancelReason: z.string().max(1000).nullable().optional(),
  ordering: signatureOrderingSchema,
  signers: z.array(signatureSignerSchema).min(1).max(SIGNATURE_SIGNERS_MAX),
  status: signatureRequestStatusSchema,
  /** The language of the mails and the signing page. */
  locale: localeSchema,
  /** The collaborator who sent it, told of each step. */
  requestedBy: uidSchema,
  expiresAt: z.date(),
  createdAt: z.date(),
  updatedAt: z.date(),
  closedAt: z.date().nullable(),
});
export type SignatureRequest = z.infer<typeof signatureRequestSchema>;
