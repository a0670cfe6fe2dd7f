import { describe, expect, it } from 'vitest';
import { signatureRequestSchema, type SignatureRequest } from './signature-request.schema';

const at = new Date('2026-12-06T10:00:00Z');
const request: SignatureRequest = {
  id: 'r1',
  subject: { kind: 'mandate', id: 'm1', propertyId: 'p1', title: 'Mandat de vente n° 42' },
  document: { storagePath: 'tenants/t/mandates/m1/mandat-42.pdf', sha256: 'a'.repeat(64), fileName: 'mandat-42.pdf' },
  signedDocument: null,
  ordering: 'sequential',
  signers: [
    {
      id: 's1',
      name: 'Claire Martin',
      email: 'claire@example.com',
      contactId: 'c1',
      order: 1,
      status: 'waiting',
      invitedAt: null,
      signedAt: null,
      declinedAt: null,
      declineReason: null,
    },
  ],
  status: 'pending',
  locale: 'fr',
  requestedBy: 'agent-uid',
  expiresAt: at,
  createdAt: at,
  updatedAt: at,
  closedAt: null,
};

describe('signatureRequestSchema', () => {
  it('accepts a request as its owner creates it', () => {
    expect(signatureRequestSchema.parse(request)).toEqual(request);
  });

  it('refuses a request without signers or with a malformed hash', () => {
    expect(signatureRequestSchema.safeParse({ ...request, signers: [] }).success).toBe(false);
    const document = { ...request.document, sha256: 'not-a-hash' };
    expect(signatureRequestSchema.safeParse({ ...request, document }).success).toBe(false);
  });
});
