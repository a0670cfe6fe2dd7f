import type { SignatureRequest, SignatureSigner, SignerEvidence } from './signature-request.schema';

/**
 * The life of a signature request, as pure functions over the stored request: functions apply them
 * inside transactions and write the result, so the rules of the flow live here, tested without
 * Firebase. Each returns a new request (or the same one when nothing changes).
 */

/** How long a mailed code stays valid, and how many wrong codes it takes before a new one is needed. */
export const SIGNATURE_CODE_TTL_MS = 10 * 60 * 1000;
export const SIGNATURE_CODE_MAX_TRIES = 5;
/** A code checked counts for signing this long: a signer who leaves the page asks a new one. */
export const SIGNATURE_CODE_CHECK_VALID_MS = 30 * 60 * 1000;
/** The scheduled reminder mails invited signers this long after their invitation or last reminder. */
export const SIGNATURE_REMINDER_INTERVAL_MS = 3 * 24 * 60 * 60 * 1000;
/** A signature image (PNG) weighs at most this many bytes. */
export const SIGNATURE_IMAGE_MAX_BYTES = 300_000;

/** The signing page's state for one signer. */
export type SignerStep =
  'open' | 'waiting' | 'signed' | 'declined' | 'request-declined' | 'expired' | 'cancelled' | 'completed';

function rankOf(request: SignatureRequest): number | null {
  const unsigned = request.signers.filter((signer) => signer.status !== 'signed');
  if (unsigned.length === 0) return null;
  return Math.min(...unsigned.map((signer) => signer.order));
}

/** True once every signer signed (the request then waits for its stamped PDF). */
export function allSigned(request: SignatureRequest): boolean {
  return request.signers.every((signer) => signer.status === 'signed');
}

/** True when the request is pending past its expiry. */
export function isRequestOverdue(request: SignatureRequest, now: Date): boolean {
  return request.status === 'pending' && request.expiresAt.getTime() <= now.getTime();
}

/**
 * Who must be invited now: nobody unless the request is pending and not overdue; in parallel every
 * signer still waiting; in sequence the waiting signers of the lowest rank not fully signed (signers
 * sharing a rank sign in parallel).
 */
export function signersToInvite(request: SignatureRequest, now: Date): SignatureSigner[] {
  if (request.status !== 'pending' || isRequestOverdue(request, now)) return [];
  if (request.signers.some((signer) => signer.status === 'declined')) return [];
  const waiting = request.signers.filter((signer) => signer.status === 'waiting');
  if (request.ordering === 'parallel') return waiting;
  const rank = rankOf(request);
  return rank === null ? [] : waiting.filter((signer) => signer.order === rank);
}

function withSigner(
  request: SignatureRequest,
  signerId: string,
  change: (signer: SignatureSigner) => SignatureSigner,
): SignatureRequest {
  return {
    ...request,
    signers: request.signers.map((signer) => (signer.id === signerId ? change(signer) : signer)),
  };
}

/** Marks these signers invited at `now`, with the first reminder due an interval later. */
export function markInvited(request: SignatureRequest, signerIds: readonly string[], now: Date): SignatureRequest {
  if (signerIds.length === 0) return request;
  const invited = request.signers.map((signer) =>
    signerIds.includes(signer.id) && signer.status === 'waiting'
      ? { ...signer, status: 'invited' as const, invitedAt: now }
      : signer,
  );
  return {
    ...request,
    signers: invited,
    remindAt: new Date(now.getTime() + SIGNATURE_REMINDER_INTERVAL_MS),
    updatedAt: now,
  };
}

/** The signing page's state for this signer at `now`. */
export function signerStep(request: SignatureRequest, signerId: string, now: Date): SignerStep {
  const signer = request.signers.find((candidate) => candidate.id === signerId);
  if (!signer) return 'cancelled';
  if (signer.status === 'declined') return 'declined';
  if (request.status === 'signed') return 'completed';
  if (signer.status === 'signed')
    return request.status === 'pending'
      ? 'signed'
      : request.status === 'declined'
        ? 'request-declined'
        : request.status;
  if (request.status === 'declined') return 'request-declined';
  if (request.status === 'expired' || isRequestOverdue(request, now)) return 'expired';
  if (request.status === 'cancelled') return 'cancelled';
  return signer.status === 'invited' ? 'open' : 'waiting';
}

/** Records a signature: the signer signed at `now`. The request stays pending (see allSigned). */
export function applySignature(
  request: SignatureRequest,
  signerId: string,
  evidence: SignerEvidence,
  now: Date,
): SignatureRequest {
  if (signerStep(request, signerId, now) !== 'open') throw new Error('this signer cannot sign now');
  const next = withSigner(request, signerId, (signer) => ({ ...signer, status: 'signed', signedAt: now, evidence }));
  return { ...next, remindAt: allSigned(next) ? null : (next.remindAt ?? null), updatedAt: now };
}

/** A signer declines: the request is closed as declined. */
export function applyDecline(request: SignatureRequest, signerId: string, reason: string, now: Date): SignatureRequest {
  if (signerStep(request, signerId, now) !== 'open') throw new Error('this signer cannot decline now');
  const next = withSigner(request, signerId, (signer) => ({
    ...signer,
    status: 'declined',
    declinedAt: now,
    declineReason: reason,
  }));
  return { ...next, status: 'declined', closedAt: now, closedBy: signerId, remindAt: null, updatedAt: now };
}

/** Closes an overdue pending request as expired; any other request is returned as it is. */
export function applyExpiry(request: SignatureRequest, now: Date): SignatureRequest {
  if (!isRequestOverdue(request, now)) return request;
  return { ...request, status: 'expired', closedAt: now, remindAt: null, updatedAt: now };
}

/** The agent cancels a pending request. */
export function applyCancel(request: SignatureRequest, by: string, reason: string | null, now: Date): SignatureRequest {
  if (request.status !== 'pending') throw new Error('only a pending request can be cancelled');
  return {
    ...request,
    status: 'cancelled',
    closedAt: now,
    closedBy: by,
    cancelReason: reason,
    remindAt: null,
    updatedAt: now,
  };
}

/** Every signer signed and the stamped PDF is stored: the request is signed. */
export function applyCompletion(
  request: SignatureRequest,
  stamped: NonNullable<SignatureRequest['stampedDocument']>,
  signed: NonNullable<SignatureRequest['signedDocument']>,
  now: Date,
): SignatureRequest {
  if (request.status !== 'pending' || !allSigned(request)) throw new Error('the request is not ready to close');
  return {
    ...request,
    status: 'signed',
    stampedDocument: stamped,
    signedDocument: signed,
    closedAt: now,
    remindAt: null,
    updatedAt: now,
  };
}

/** Signers a reminder goes to: invited, not signed, while the request is pending and not overdue. */
export function signersToRemind(request: SignatureRequest, now: Date): SignatureSigner[] {
  if (request.status !== 'pending' || isRequestOverdue(request, now)) return [];
  return request.signers.filter((signer) => signer.status === 'invited');
}

/** Marks these signers reminded at `now` and schedules the next reminder (none past the expiry). */
export function markReminded(request: SignatureRequest, signerIds: readonly string[], now: Date): SignatureRequest {
  const next = new Date(now.getTime() + SIGNATURE_REMINDER_INTERVAL_MS);
  return {
    ...request,
    signers: request.signers.map((signer) => (signerIds.includes(signer.id) ? { ...signer, remindedAt: now } : signer)),
    remindAt: next.getTime() < request.expiresAt.getTime() ? next : null,
    updatedAt: now,
  };
}
