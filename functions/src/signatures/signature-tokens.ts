import { paths, signatureTokenModel, type SignatureToken } from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { createHash, randomBytes } from 'node:crypto';
import { converterOf } from '../lib/converters';

export const tokenConverter = converterOf(signatureTokenModel);

/** 32 random bytes (256 bits) in base64url: 43 characters, as the signing link carries them. */
function newSigningToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Where a token is kept: the SHA-256 of the token, never the token. */
export function hashSigningToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Creates a link for a signer in `tx` and returns its token, to be mailed and forgotten. A fast hash
 * is enough for 256 random bits: there is nothing to guess, so nothing to slow down.
 */
export function issueSigningToken(
  db: Firestore,
  tx: Transaction,
  fields: Omit<SignatureToken, 'createdAt' | 'usedAt'>,
  now: Date,
): string {
  const token = newSigningToken();
  const record: SignatureToken = { ...fields, createdAt: now, usedAt: null };
  tx.create(db.doc(paths.signatureToken(hashSigningToken(token))).withConverter(tokenConverter), record);
  return token;
}
