import { describe, expect, it } from 'vitest';
import {
  applyCancel,
  applyCompletion,
  applyDecline,
  applyExpiry,
  applySignature,
  markInvited,
  markReminded,
  signersToInvite,
  signersToRemind,
  signerStep,
} from './signature-flow';
import type { SignatureRequest, SignatureSigner, SignerEvidence } from './signature-request.schema';

const t0 = new Date('2026-12-06T10:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const evidence: SignerEvidence = {
  ip: '203.0.113.7',
  userAgent: 'test',
  codeCheckedAt: t0,
  method: 'drawn',
  imagePath: 'tenants/t/signatures/r1/s1.png',
};
const file = { storagePath: 'tenants/t/x.pdf', sha256: 'a'.repeat(64), fileName: 'x.pdf' };

function signer(id: string, order: number): SignatureSigner {
  return {
    id,
    name: `Signer ${id}`,
    email: `${id}@example.com`,
    contactId: null,
    order,
    status: 'waiting',
    invitedAt: null,
    signedAt: null,
    declinedAt: null,
    declineReason: null,
  };
}

function request(ordering: SignatureRequest['ordering'], signers: SignatureSigner[]): SignatureRequest {
  return {
    id: 'r1',
    subject: { kind: 'mandate', id: 'm1', propertyId: null, title: 'Mandat 1' },
    document: file,
    signedDocument: null,
    ordering,
    signers,
    status: 'pending',
    locale: 'fr',
    requestedBy: 'agent',
    expiresAt: later(60 * 24 * 10),
    createdAt: t0,
    updatedAt: t0,
    closedAt: null,
  };
}

const ids = (signers: SignatureSigner[]) => signers.map((s) => s.id);

describe('sequential requests', () => {
  const sequential = request('sequential', [signer('a', 1), signer('b', 2), signer('c', 2)]);

  it('invites the first rank only, then the next rank once it signed', () => {
    expect(ids(signersToInvite(sequential, t0))).toEqual(['a']);
    const invited = markInvited(sequential, ['a'], t0);
    expect(signersToInvite(invited, t0)).toEqual([]);
    expect(signerStep(invited, 'a', t0)).toBe('open');
    expect(signerStep(invited, 'b', t0)).toBe('waiting');
    const signed = applySignature(invited, 'a', evidence, later(1));
    expect(signerStep(signed, 'a', later(1))).toBe('signed');
    expect(ids(signersToInvite(signed, later(1)))).toEqual(['b', 'c']);
  });

  it('refuses a signature from a signer whose turn has not come', () => {
    expect(() => applySignature(markInvited(sequential, ['a'], t0), 'b', evidence, t0)).toThrow();
  });

  it('closes as signed only once every signer signed and the PDF is stored', () => {
    let current = markInvited(sequential, ['a'], t0);
    current = applySignature(current, 'a', evidence, t0);
    current = markInvited(current, ['b', 'c'], t0);
    current = applySignature(current, 'b', evidence, t0);
    expect(() => applyCompletion(current, file, file, t0)).toThrow();
    current = applySignature(current, 'c', evidence, t0);
    expect(current.status).toBe('pending');
    expect(current.remindAt).toBeNull();
    const done = applyCompletion(current, file, file, later(2));
    expect(done.status).toBe('signed');
    expect(done.closedAt).toEqual(later(2));
    expect(signerStep(done, 'a', later(2))).toBe('completed');
  });
});

describe('parallel requests', () => {
  it('invites every signer at once', () => {
    const parallel = request('parallel', [signer('a', 1), signer('b', 2)]);
    expect(ids(signersToInvite(parallel, t0))).toEqual(['a', 'b']);
  });
});

describe('decline, expiry, cancellation', () => {
  const invited = markInvited(request('parallel', [signer('a', 1), signer('b', 1)]), ['a', 'b'], t0);

  it('a decline closes the request with its reason, and the others may not sign', () => {
    const declined = applyDecline(invited, 'a', 'Price is wrong', later(1));
    expect(declined.status).toBe('declined');
    expect(declined.signers[0]?.declineReason).toBe('Price is wrong');
    expect(signerStep(declined, 'a', later(1))).toBe('declined');
    expect(signerStep(declined, 'b', later(1))).toBe('request-declined');
    expect(() => applySignature(declined, 'b', evidence, later(2))).toThrow();
    expect(signersToInvite(declined, later(2))).toEqual([]);
  });

  it('expires a pending request once past its date, and only then', () => {
    expect(applyExpiry(invited, t0)).toBe(invited);
    const expired = applyExpiry(invited, invited.expiresAt);
    expect(expired.status).toBe('expired');
    expect(signerStep(invited, 'a', invited.expiresAt)).toBe('expired');
    expect(applyExpiry(expired, later(60 * 24 * 30))).toBe(expired);
  });

  it('the agent cancels a pending request, not a closed one', () => {
    const cancelled = applyCancel(invited, 'agent', null, later(1));
    expect(cancelled.status).toBe('cancelled');
    expect(signerStep(cancelled, 'a', later(1))).toBe('cancelled');
    expect(() => applyCancel(cancelled, 'agent', null, later(2))).toThrow();
  });

  it('reminds invited signers only, never past the expiry', () => {
    expect(ids(signersToRemind(invited, t0))).toEqual(['a', 'b']);
    const reminded = markReminded(invited, ['a', 'b'], later(60 * 24 * 9));
    expect(reminded.remindAt).toBeNull();
    expect(signersToRemind(applyCancel(invited, 'x', null, t0), t0)).toEqual([]);
  });
});
