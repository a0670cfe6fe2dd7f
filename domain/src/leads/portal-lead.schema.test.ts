import { describe, expect, it } from 'vitest';
import {
  canonicalListingReference,
  examplePortalLead,
  portalLeadIdentity,
  portalLeadSchema,
  portalRequestText,
  type PortalLead,
} from './portal-lead.schema';
import { portalLeadEndpoint, tenantOfLeadRequest } from './portal-lead-endpoint';

const valid = {
  portal: ' SeLoger ',
  leadId: 123,
  listingReference: 'v-42',
  person: {
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'Camille@Example.com ',
    phone: '06 12 34 56 78',
    locale: 'fr-FR',
  },
  message: ' Bonjour ',
  receivedAt: '2026-11-25T09:30:00+01:00',
};

function parse(body: unknown): PortalLead {
  return portalLeadSchema.parse(body);
}

function issues(body: unknown): string[] {
  const result = portalLeadSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('portalLeadSchema', () => {
  it('trims, lower-cases the email, reads the reference and the date, keeps the id as a string', () => {
    const lead = parse(valid);
    expect(lead.portal).toBe('SeLoger');
    expect(lead.leadId).toBe('123');
    expect(lead.listingReference).toBe('V-00042');
    expect(lead.person).toEqual({
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille@example.com',
      phone: '06 12 34 56 78',
      locale: 'fr',
    });
    expect(lead.message).toBe('Bonjour');
    expect(lead.receivedAt?.toISOString()).toBe('2026-11-25T08:30:00.000Z');
  });

  it('takes missing, null and empty values as not given', () => {
    const lead = parse({
      portal: 'LeBonCoin',
      leadId: '',
      listingReference: null,
      person: { lastName: 'Ivanov', email: null, phone: '+7 912 345-67-89', locale: '' },
    });
    expect(lead.leadId).toBeNull();
    expect(lead.listingReference).toBeNull();
    expect(lead.person).toMatchObject({ firstName: '', email: null, locale: null });
    expect(lead.message).toBe('');
    expect(lead.receivedAt).toBeNull();
  });

  it('gives no language for one the agency does not write in', () => {
    expect(parse({ ...valid, person: { ...valid.person, locale: 'de-DE' } }).person.locale).toBeNull();
    expect(parse({ ...valid, person: { ...valid.person, locale: 'RU' } }).person.locale).toBe('ru');
  });

  it('needs an email or a phone, a portal and a last name, and says where', () => {
    expect(issues({ portal: 'x', person: { lastName: 'Martin' } })).toEqual([
      'person.email: an email or a phone is required',
    ]);
    const reasons = issues({
      portal: '',
      person: { firstName: 'A', email: 'not-an-email' },
      message: 'x'.repeat(5001),
    });
    expect(reasons).toContain('portal: required');
    expect(reasons).toContain('person.lastName: Invalid input: expected string, received undefined');
    expect(reasons).toContain('person.email: invalid email address');
    expect(reasons).toContain('message: at most 5000 characters');
  });

  it('refuses a date that is not ISO, a too long portal name and a non-object body', () => {
    expect(issues({ ...valid, receivedAt: 'yesterday' })).toEqual([
      'receivedAt: an ISO date and time like 2026-11-25T14:03:00Z',
    ]);
    expect(issues({ ...valid, portal: 'p'.repeat(61) })).toEqual(['portal: at most 60 characters']);
    expect(portalLeadSchema.safeParse('hello').success).toBe(false);
    expect(portalLeadSchema.safeParse([]).success).toBe(false);
  });

  it('accepts the example the settings panel shows', () => {
    expect(portalLeadSchema.safeParse(examplePortalLead('V-00001')).success).toBe(true);
  });
});

describe('canonicalListingReference', () => {
  it('completes an agency reference and keeps anything else as typed, upper-cased', () => {
    expect(canonicalListingReference('V-00042')).toBe('V-00042');
    expect(canonicalListingReference(' l7 ')).toBe('L-00007');
    expect(canonicalListingReference('42')).toBe('42');
    expect(canonicalListingReference('ab-12/x')).toBe('AB-12/X');
  });
});

describe('portalLeadIdentity', () => {
  it('uses the portal and its lead id when given, whatever else changes', () => {
    const first = parse(valid);
    const again = parse({ ...valid, portal: 'seloger', message: 'Autre chose' });
    expect(portalLeadIdentity(again)).toBe(portalLeadIdentity(first));
    expect(portalLeadIdentity(parse({ ...valid, portal: 'Bien’ici' }))).not.toBe(portalLeadIdentity(first));
    expect(portalLeadIdentity(parse({ ...valid, leadId: '124' }))).not.toBe(portalLeadIdentity(first));
  });

  it('without a lead id, ignores case, spacing and phone formatting but not the content', () => {
    const body = { ...valid, leadId: null };
    const same = {
      ...body,
      portal: 'SELOGER',
      person: { ...body.person, lastName: ' martin ', phone: '06-12-34-56-78' },
      message: 'bonjour',
    };
    expect(portalLeadIdentity(parse(same))).toBe(portalLeadIdentity(parse(body)));
    expect(portalLeadIdentity(parse({ ...body, message: 'Bonsoir' }))).not.toBe(portalLeadIdentity(parse(body)));
    expect(portalLeadIdentity(parse({ ...body, listingReference: 'V-43' }))).not.toBe(portalLeadIdentity(parse(body)));
  });
});

describe('portalRequestText', () => {
  it('names the portal, then the message', () => {
    expect(portalRequestText({ portal: 'SeLoger', message: 'Bonjour' })).toBe('SeLoger\n\nBonjour');
    expect(portalRequestText({ portal: 'SeLoger', message: '' })).toBe('SeLoger');
    expect(portalRequestText({ portal: 'P', message: 'x'.repeat(5000) })).toHaveLength(5000);
  });
});

describe('portalLeadEndpoint and tenantOfLeadRequest', () => {
  it('builds the emulator and deployed URLs, and reads the tenant back from either', () => {
    const local = portalLeadEndpoint({
      projectId: 'demo-estate',
      tenantId: 'agence-1',
      emulatorOrigin: 'http://127.0.0.1:5001/',
    });
    expect(local).toBe('http://127.0.0.1:5001/demo-estate/europe-west1/leads-receivePortalLead/agence-1');
    const deployed = portalLeadEndpoint({ projectId: 'estate', tenantId: 'agence-1', emulatorOrigin: null });
    expect(deployed).toBe('https://europe-west1-estate.cloudfunctions.net/leads-receivePortalLead/agence-1');
    expect(tenantOfLeadRequest(new URL(local).pathname, undefined)).toBe('agence-1');
    expect(tenantOfLeadRequest('/agence-1', undefined)).toBe('agence-1');
    expect(tenantOfLeadRequest('/', 'agence-2')).toBe('agence-2');
    expect(tenantOfLeadRequest('', undefined)).toBeNull();
    expect(tenantOfLeadRequest('/a%2Fb', undefined)).toBeNull();
    expect(tenantOfLeadRequest('/', ['x'])).toBeNull();
  });
});
