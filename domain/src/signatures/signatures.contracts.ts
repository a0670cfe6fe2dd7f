import { z } from 'zod';
import { defineCallable } from '../shared/contract';
import { localeSchema } from '../shared/locale';
import { docIdSchema, line } from '../shared/text';
import { SIGNATURE_IMAGE_MAX_BYTES } from './signature-flow';
import { signatureMethodSchema } from './signature-request.schema';

/** A signing link's token: 32 random bytes in base64url (43 characters), 256 bits. */
export const signatureTokenInputSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'invalid link' });

const tokenInput = z.object({ token: signatureTokenInputSchema });

/** What the signing page may be told: the link is unknown or dead, or the signer's step is closed. */
const LINK_REFUSALS = ['link-invalid', 'step-closed', 'too-many-requests'] as const;

export const SIGNER_STEPS = [
  'open',
  'waiting',
  'signed',
  'declined',
  'request-declined',
  'expired',
  'cancelled',
  'completed',
] as const;
export const signerStepSchema = z.enum(SIGNER_STEPS);

export const openSigningResultSchema = z.object({
  step: signerStepSchema,
  locale: localeSchema,
  agency: z.string(),
  title: z.string(),
  signerName: z.string(),
  fileName: z.string(),
  /** Epoch milliseconds. */
  expiresAt: z.number(),
  /** Epoch milliseconds of the code last mailed, while it is valid; null otherwise. */
  codeExpiresAt: z.number().nullable(),
  /** True while a code checked recently lets the signer sign. */
  codeChecked: z.boolean(),
});
export type OpenSigningResult = z.infer<typeof openSigningResultSchema>;

/** signatures-openSigning: what the signing page shows for its link (no account needed). */
export const openSigningContract = defineCallable({
  name: 'signatures-openSigning',
  access: 'public',
  input: tokenInput,
  output: openSigningResultSchema,
  refusals: ['link-invalid', 'too-many-requests'],
});

/** signatures-getDocument: the PDF as sent while the step is open, the signed PDF once the request is signed. */
export const getSigningDocumentContract = defineCallable({
  name: 'signatures-getDocument',
  access: 'public',
  input: tokenInput,
  output: z.object({ fileName: z.string(), signed: z.boolean(), base64: z.string() }),
  refusals: LINK_REFUSALS,
});

/** signatures-sendCode: mails the signer a new six-digit code (limited per signer and per caller). */
export const sendSigningCodeContract = defineCallable({
  name: 'signatures-sendCode',
  access: 'public',
  input: tokenInput,
  output: z.object({ codeExpiresAt: z.number() }),
  refusals: LINK_REFUSALS,
});

/** signatures-checkCode: checks the code; `wrong-code` tells the tries left, `too-many-tries` asks a new code. */
export const checkSigningCodeContract = defineCallable({
  name: 'signatures-checkCode',
  access: 'public',
  input: z.object({ token: signatureTokenInputSchema, code: z.string().regex(/^\d{6}$/, { message: 'six digits' }) }),
  output: z.object({ ok: z.literal(true) }),
  refusals: [...LINK_REFUSALS, 'no-code', 'code-expired', 'wrong-code', 'too-many-tries'],
});

/** A PNG in base64 (the signature_pad drawing or the typed name rendered by the page). */
const signatureImageSchema = z
  .string()
  .max(Math.ceil((SIGNATURE_IMAGE_MAX_BYTES * 4) / 3) + 4, { message: 'signature image too large' })
  .regex(/^[A-Za-z0-9+/]+=*$/, { message: 'base64 expected' });

export const signContract = defineCallable({
  name: 'signatures-sign',
  access: 'public',
  input: z.object({
    token: signatureTokenInputSchema,
    method: signatureMethodSchema,
    image: signatureImageSchema,
    consent: z.literal(true),
  }),
  output: z.object({ step: signerStepSchema }),
  refusals: [...LINK_REFUSALS, 'code-not-checked', 'bad-image'],
});

export const declineSigningContract = defineCallable({
  name: 'signatures-decline',
  access: 'public',
  input: z.object({ token: signatureTokenInputSchema, reason: line(1000) }),
  output: z.object({ step: signerStepSchema }),
  refusals: LINK_REFUSALS,
});

const STAFF_REFUSALS = ['not-staff', 'actor-not-active', 'request-not-found', 'not-allowed', 'request-closed'] as const;

/** signatures-remind: the agent mails the invited signers a fresh link now. */
export const remindSignersContract = defineCallable({
  name: 'signatures-remind',
  access: 'signed-in',
  input: z.object({ requestId: docIdSchema }),
  output: z.object({ reminded: z.number().int() }),
  refusals: [...STAFF_REFUSALS, 'too-many-requests'],
});

export const cancelSignatureRequestContract = defineCallable({
  name: 'signatures-cancel',
  access: 'signed-in',
  input: z.object({
    requestId: docIdSchema,
    reason: z.string().trim().max(1000).nullable().default(null),
  }),
  output: z.object({ ok: z.literal(true) }),
  refusals: STAFF_REFUSALS,
});
