import { describe, expect, it } from 'vitest';
import { onUnitWrittenTrigger } from './on-unit-written.trigger';

interface FirestoreEndpoint {
  eventTrigger?: { eventType?: string; eventFilterPathPatterns?: Record<string, string>; retry?: boolean };
}

describe('catalogue-onUnitWritten', () => {
  it("follows every write of any tenant's units, retried on failure", () => {
    const endpoint = (onUnitWrittenTrigger as unknown as { __endpoint: FirestoreEndpoint }).__endpoint;
    expect(endpoint.eventTrigger?.eventType).toBe('google.cloud.firestore.document.v1.written');
    expect(endpoint.eventTrigger?.eventFilterPathPatterns?.document).toBe('tenants/{tenantId}/units/{unitId}');
    expect(endpoint.eventTrigger?.retry).toBe(true);
  });
});
