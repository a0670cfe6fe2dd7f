import { describe, expect, it } from 'vitest';
import {
  informContactsInputSchema,
  renderInformMail,
  renderTenantTemplate,
  templateValuesFor,
  tenantMailTemplateInputSchema,
  unknownPlaceholders,
} from './tenant-mail-template.schema';

const brand = { name: 'Agence du Port', primaryColor: '#0b7285' };

describe('unknownPlaceholders', () => {
  it('lists each unknown name once and accepts the known ones, spaces allowed', () => {
    expect(unknownPlaceholders('Bonjour {{firstName}} {{ lastName }}, {{prenom}} {{prenom}} {{}}')).toEqual([
      'prenom',
      '',
    ]);
    expect(unknownPlaceholders('{{propertyReference}} à {{propertyCity}} pour {{propertyPrice}}')).toEqual([]);
  });
});

describe('tenantMailTemplateInputSchema', () => {
  it('accepts a valid template and defaults the locale to null', () => {
    const parsed = tenantMailTemplateInputSchema.parse({
      name: ' Baisse de prix ',
      subject: 'Nouveau prix pour {{propertyReference}}',
      body: 'Bonjour {{firstName}},\n\nLe prix baisse.',
    });
    expect(parsed).toEqual({
      name: 'Baisse de prix',
      subject: 'Nouveau prix pour {{propertyReference}}',
      body: 'Bonjour {{firstName}},\n\nLe prix baisse.',
      locale: null,
    });
  });

  it('refuses unknown placeholders in the subject or the body, and bounds', () => {
    const result = tenantMailTemplateInputSchema.safeParse({
      name: 'x'.repeat(81),
      subject: 'Pour {{client}}',
      body: 'Bonjour {{prénom}}',
      locale: 'de',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(paths).toContain('subject: unknown placeholders: {{client}}');
    expect(paths).toContain('body: unknown placeholders: {{prénom}}');
    expect(paths.some((issue) => issue.startsWith('name:'))).toBe(true);
    expect(paths.some((issue) => issue.startsWith('locale:'))).toBe(true);
    expect(tenantMailTemplateInputSchema.safeParse({ name: 'a', subject: 'b', body: 'x'.repeat(10_001) }).success).toBe(
      false,
    );
  });
});

describe('renderTenantTemplate', () => {
  it('fills placeholders, escapes values in HTML only and keeps paragraphs', () => {
    const rendered = renderTenantTemplate(
      { subject: 'Pour {{fullName}}', body: 'Bonjour {{firstName}} & co,\nligne 2\n\n{{agentName}}' },
      { firstName: '<b>Anne</b>', fullName: 'Anne <b>', agentName: 'Paul' },
    );
    expect(rendered.subject).toBe('Pour Anne <b>');
    expect(rendered.text).toBe('Bonjour <b>Anne</b> & co,\nligne 2\n\nPaul');
    expect(rendered.html).toBe('<p>Bonjour &lt;b&gt;Anne&lt;/b&gt; &amp; co,<br>ligne 2</p><p>Paul</p>');
  });

  it('empties a known placeholder without a value and keeps an unknown one visible', () => {
    const rendered = renderTenantTemplate({ subject: 'Ref {{propertyReference}}', body: '{{other}}' }, {});
    expect(rendered.subject).toBe('Ref ');
    expect(rendered.text).toBe('{{other}}');
  });

  it('never lets a value put a line break in the subject', () => {
    expect(renderTenantTemplate({ subject: '{{lastName}}', body: 'x' }, { lastName: 'A\r\nBcc: x' }).subject).toBe(
      'A Bcc: x',
    );
  });
});

describe('renderInformMail', () => {
  it('adds the unsubscribe link in the recipient language to both parts', () => {
    const url = 'https://example.test/mail-unsubscribe?t=a&c=b&k=c';
    const mail = renderInformMail(
      { subject: 'S', body: 'Hello {{firstName}}' },
      { firstName: 'Ivan' },
      {
        brand,
        locale: 'ru',
        unsubscribeUrl: url,
      },
    );
    expect(mail.text).toContain(`Отписаться: ${url}`);
    expect(mail.html).toContain('href="https://example.test/mail-unsubscribe?t=a&amp;c=b&amp;k=c"');
    expect(mail.html).toContain('<p>Hello Ivan</p>');
    expect(mail.html).toContain('#0b7285');
  });
});

describe('templateValuesFor', () => {
  it('gives names, property and a price in the locale and currency', () => {
    const values = templateValuesFor(
      { firstName: 'Anne', lastName: 'Martin' },
      { reference: 'V-0042', title: 'Loft', city: 'Nantes', price: 325000 },
      { agentName: 'Paul Girard', agencyName: 'Agence du Port', locale: 'en', currency: 'EUR' },
    );
    expect(values).toEqual({
      firstName: 'Anne',
      lastName: 'Martin',
      fullName: 'Anne Martin',
      propertyReference: 'V-0042',
      propertyTitle: 'Loft',
      propertyCity: 'Nantes',
      propertyPrice: '€325,000',
      agentName: 'Paul Girard',
      agencyName: 'Agence du Port',
    });
    expect(
      templateValuesFor({ firstName: '', lastName: '', identityType: 'company', companyName: 'SCI Lune' }, null, {
        agentName: '',
        agencyName: '',
        locale: 'fr',
        currency: 'EUR',
      }).fullName,
    ).toBe('SCI Lune');
  });
});

describe('informContactsInputSchema', () => {
  it('bounds the recipients and refuses repeats', () => {
    const base = { requestId: 'r1', propertyId: 'p1', templateId: 't1' };
    expect(informContactsInputSchema.safeParse({ ...base, contactIds: ['a', 'b'] }).success).toBe(true);
    expect(informContactsInputSchema.safeParse({ ...base, contactIds: ['a', 'a'] }).success).toBe(false);
    expect(informContactsInputSchema.safeParse({ ...base, contactIds: [] }).success).toBe(false);
    const many = Array.from({ length: 501 }, (_, index) => `c${index}`);
    expect(informContactsInputSchema.safeParse({ ...base, contactIds: many }).success).toBe(false);
  });
});
