import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATES } from './mail.schema';
import { renderMail } from './mail-templates';
import { LOCALES } from '../shared/locale';

const brand = { name: 'Agence du Port', primaryColor: '#0b7285' };

const deletionRequestData = { requesterName: 'H', contactName: 'I', reason: 'J' };

describe('renderMail', () => {
  it('renders the client invitation in French with the link', () => {
    const mail = renderMail(
      'client-invitation',
      'fr',
      { firstName: 'Anne', agentName: 'Paul Girard', link: 'https://port.web.app/firstlogin?oobCode=abc' },
      brand,
    );
    expect(mail.subject).toBe('Votre espace client Agence du Port');
    expect(mail.text).toContain('Paul Girard vous invite');
    expect(mail.text).toContain('https://port.web.app/firstlogin?oobCode=abc');
    expect(mail.html).toContain('href="https://port.web.app/firstlogin?oobCode=abc"');
    expect(mail.html).toContain('#0b7285');
  });

  it('escapes what users typed in the HTML part only', () => {
    const mail = renderMail('access-request', 'en', { displayName: '<b>Eve</b>', email: 'eve@example.com' }, brand);
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.subject).toBe('<b>Eve</b> asks to join Agence du Port');
  });

  it('has every template in every locale with no placeholder left when data is complete', () => {
    const data = {
      firstName: 'A',
      agentName: 'B',
      displayName: 'C',
      email: 'd@e.f',
      decision: 'G',
      link: 'https://x',
      fromPhase: 'J',
      toPhase: 'K',
      propertyReference: 'V-00001',
      propertyTitle: 'L',
      name: 'M',
      title: 'N',
      expires: 'O',
      code: '123456',
      outcome: 'P',
      clientName: 'Q',
      clientFirstName: 'R',
      city: 'S',
      availability: 'T',
      stars: '4',
      comment: 'U',
      subject: 'S',
      preview: 'T',
      amount: 'S',
      answer: 'T',
      detail: 'U',
      documentName: 'W',
      kind: 'S',
      when: 'T',
      place: 'U',
      text: 'X',
      unitNumber: 'Y',
      projectName: 'Z',
      buildingName: 'AA',
      event: 'AB',
      until: 'AC',
      action: 'AD',
      approverName: 'AE',
      note: 'AF',
      documentTitle: 'AG',
      number: 'AH',
      issuedOn: 'AI',
      total: 'AJ',
      ...deletionRequestData,
    };
    for (const template of MAIL_TEMPLATES) {
      for (const locale of LOCALES) {
        const mail = renderMail(template, locale, data, brand);
        expect(`${mail.subject}${mail.text}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
