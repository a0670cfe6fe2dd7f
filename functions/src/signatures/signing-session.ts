import {
  EMPTY_SIGNATURE_SECRET,
  paths,
  signatureSecretModel,
  signerStep,
  type SignatureRequest,
  type SignatureSecret,
  type SignatureSigner,
  type SignatureToken,
  type SignerStep,
} from '@estate/domain';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import type { CallMeta } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { consumeQuotas } from '../lib/quotas';
import { Refusal } from '../lib/refusal';
import { requestConverter } from './built-in-provider';
import { hashSigningToken, tokenConverter } from './signature-tokens';

const secretConverter = converterOf(signatureSecretModel);

/** Everything a signing link leads to, read in one transaction. */
export interface SigningSession {
  tokenRef: DocumentReference<SignatureToken>;
  token: SignatureToken;
  requestRef: DocumentReference<SignatureRequest>;
  request: SignatureRequest;
  signer: SignatureSigner;
  secretRef: DocumentReference<SignatureSecret>;
  secret: SignatureSecret;
  /** The signer's step, `expired` too when the link outlived its date. */
  step: SignerStep;
}

function linkInvalid(): Refusal {
  return new Refusal('not-found', 'This signing link is not valid.', 'link-invalid');
}

export function stepClosed(step: SignerStep): Refusal {
  return new Refusal('failed-precondition', `This signing step is ${step}.`, 'step-closed', { step });
}

/**
 * Reads the link's token (by its hash), its request, signer and code in `tx`. An unknown token, or one
 * whose request or signer is gone, is `link-invalid`; a link past its date answers the step `expired`.
 */
export async function readSigningSession(
  db: Firestore,
  tx: Transaction,
  rawToken: string,
  now: Date,
): Promise<SigningSession> {
  const tokenRef = db.doc(paths.signatureToken(hashSigningToken(rawToken))).withConverter(tokenConverter);
  const token = (await tx.get(tokenRef)).data();
  if (!token) throw linkInvalid();
  const requestRef = db.doc(paths.signatureRequest(token.tenantId, token.requestId)).withConverter(requestConverter);
  const secretRef = db
    .doc(signatureSecretModel.path(token.tenantId, token.requestId, token.signerId))
    .withConverter(secretConverter);
  const [requestSnapshot, secretSnapshot] = await Promise.all([tx.get(requestRef), tx.get(secretRef)]);
  const request = requestSnapshot.data();
  const signer = request?.signers.find((candidate) => candidate.id === token.signerId);
  if (!request || !signer) throw linkInvalid();
  let step = signerStep(request, signer.id, now);
  // A link used to sign or decline, or past its date, opens no signing step any more.
  if (step === 'open' && token.expiresAt.getTime() <= now.getTime()) step = 'expired';
  if (step === 'open' && token.usedAt) step = 'signed';
  if (step === 'completed' && token.expiresAt.getTime() <= now.getTime()) step = 'expired';
  return {
    tokenRef,
    token,
    requestRef,
    request,
    signer,
    secretRef,
    secret: secretSnapshot.data() ?? EMPTY_SIGNATURE_SECRET,
    step,
  };
}

/** The signing page is public: every call counts against its caller's IP, against guessing links. */
export async function chargeCaller(deps: Pick<Deps, 'db' | 'now'>, meta: CallMeta): Promise<void> {
  if (meta.ip) await consumeQuotas(deps, [{ scope: 'signature-caller', subject: meta.ip }]);
}
