import { portalLeadSchema } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { autoReplyEntryId, originForPortal, portalLeadKey, portalRequestEntryId } from './receive-portal-lead.handler';

const lead = portalLeadSchema.parse({
  portal: 'SeLoger',
  leadId: 'L-42',
  listingReference: 'V-00001',
  person: { firstName: 'Anna', lastName: 'Petit', email: 'anna@example.fr', phone: '06 12 34 56 78' },
  message: 'Bonjour',
});

describe('portal leads', () => {
  it('key the same lead to the same document, whatever the case of the portal', () => {
    expect(portalLeadKey(lead)).toBe(portalLeadKey({ ...lead, portal: 'seloger' }));
    expect(portalLeadKey(lead)).not.toBe(portalLeadKey({ ...lead, leadId: 'L-43' }));
    expect(portalLeadKey(lead)).toMatch(/^[0-9a-f]{40}$/);
  });

  it("derive the request and reply entries from the lead's key", () => {
    const key = portalLeadKey(lead);
    expect(portalRequestEntryId(key)).not.toBe(autoReplyEntryId(key));
    expect(autoReplyEntryId(key)).toContain(key);
  });

  it("file the lead under the agency's origin named like the portal, preferring an active one", () => {
    const origins = [
      { id: 'old', label: 'Se Loger', active: false },
      { id: 'seloger', label: 'SeLoger', active: false },
      { id: 'seloger-2', label: 'seloger', active: true },
      { id: 'site', label: 'Site web', active: true },
    ];
    expect(originForPortal({ origins }, 'SeLoger')).toBe('seloger-2');
    expect(originForPortal({ origins: origins.slice(0, 2) }, 'seloger')).toBe('seloger');
    expect(originForPortal({ origins }, 'Leboncoin')).toBeNull();
  });
});
