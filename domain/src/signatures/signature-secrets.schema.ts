import { z } from 'zod';
import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { docIdSchema } from '../shared/text';

/**
 * `signatureTokens/{sha256 of the token}`: one per link mailed to a signer (an invitation or a
 * reminder). Functions only (the rules deny everyone): the token itself is never stored, so whoever
 * reads the database cannot sign. The page sends the token; the function hashes it and reads this.
 */
export const signatureTokenSchema = z.object({
  tenantId: docIdSchema,
  requestId: docIdSchema,
  signerId: docIdSchema,
  /** The request's expiry: the link dies with it. */
  expiresAt: z.date(),
  createdAt: z.date(),
  /** When the signer signed or declined through this link: it opens nothing more after that act. */
  usedAt: z.date().nullable(),
});
export type SignatureToken = z.infer<typeof signatureTokenSchema>;

export const signatureTokenModel = defineModel({
  kind: 'signature token',
  schema: signatureTokenSchema,
  path: paths.signatureToken,
});

/**
 * `tenants/{t}/signatureSecrets/{requestId}_{signerId}`: a signer's current code. Functions only: the
 * code is kept as a salted SHA-256, with its expiry and the wrong tries counted.
 */
export const signatureSecretSchema = z.object({
  codeHash: z.string().nullable(),
  codeSalt: z.string().nullable(),
  codeExpiresAt: z.date().nullable(),
  codeTries: z.number().int().nonnegative(),
  codeSentAt: z.date().nullable(),
  /** When a code was last checked right; signing needs one checked recently. */
  codeCheckedAt: z.date().nullable(),
});
export type SignatureSecret = z.infer<typeof signatureSecretSchema>;

export const signatureSecretModel = defineModel({
  kind: 'signature secret',
  schema: signatureSecretSchema,
  path: (tenantId: string, requestId: string, signerId: string) =>
    paths.signatureSecret(tenantId, `${requestId}_${signerId}`),
});

export const EMPTY_SIGNATURE_SECRET: SignatureSecret = {
  codeHash: null,
  codeSalt: null,
  codeExpiresAt: null,
  codeTries: 0,
  codeSentAt: null,
  codeCheckedAt: null,
};
