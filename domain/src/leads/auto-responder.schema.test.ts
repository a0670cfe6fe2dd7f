import { describe, expect, it } from 'vitest';
import {
  AUTO_RESPONDER_PHASES,
  autoReplyTemplateFor,
  autoResponderInputSchema,
  autoResponderSettingsSchema,
  DEFAULT_AUTO_RESPONDER,
  renderAutoReply,
  unknownAutoReplyPlaceholders,
} from './auto-responder.schema';

const empty = { subject: '', body: '' };
const french = { subject: 'Votre demande {{propertyReference}}', body: 'Bonjour {{firstName}},\n\n{{agentName}}' };

describe('AUTO_RESPONDER_PHASES', () => {
  it('offers the phases a sale and a rental share between the request and the visits', () => {
    expect(AUTO_RESPONDER_PHASES).toEqual([
      'request-received',
      'request-answered',
      'documentation-sent',
      'first-visit',
      'second-visit',
    ]);
  });
});

describe('autoResponderInputSchema', () => {
  it('accepts the defaults, and defaults the phase to "request answered"', () => {
    const { updatedAt: _updatedAt, phase: _phase, ...input } = DEFAULT_AUTO_RESPONDER;
    const parsed = autoResponderInputSchema.parse({ ...input, enabled: true });
    expect(parsed.phase).toBe('request-answered');
    expect(parsed.templates.ru.subject).toContain('{{propertyReference}}');
  });

  it('refuses unknown placeholders, half-written languages and an unknown phase', () => {
    const result = autoResponderInputSchema.safeParse({
      enabled: true,
      phase: 'negotiation',
      templates: { fr: { subject: 'Pour {{fullName}}', body: 'x' }, ru: { subject: 'Тема', body: '' }, en: empty },
    });
    const reasons = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(reasons).toContain('templates.fr.subject: unknown placeholders: {{fullName}}');
    expect(reasons).toContain('templates.ru.body: required');
    expect(reasons).toContain('phase: a phase of the list');
  });

  it('needs one written language when on, none when off', () => {
    const templates = { fr: empty, ru: empty, en: empty };
    expect(autoResponderInputSchema.safeParse({ enabled: false, templates }).success).toBe(true);
    const on = autoResponderInputSchema.safeParse({ enabled: true, templates });
    expect(on.success ? [] : on.error.issues.map((i) => i.message)).toEqual([
      'write the reply in at least one language',
    ]);
  });
});

describe('autoResponderSettingsSchema', () => {
  it('reads what the rules let through leniently', () => {
    const parsed = autoResponderSettingsSchema.parse({
      enabled: 'yes',
      phase: 'contract-signed',
      templates: { fr: french },
    });
    expect(parsed.enabled).toBe(false);
    expect(parsed.phase).toBe('request-answered');
    expect(parsed.templates.fr).toEqual(french);
    expect(parsed.templates.en).toEqual(empty);
  });
});

describe('autoReplyTemplateFor', () => {
  const templates = { fr: french, ru: empty, en: { subject: 'Hi', body: 'Hello' } };
  it('takes the contact language, then the agency language, then French, then any', () => {
    expect(autoReplyTemplateFor(templates, 'en', 'fr')?.locale).toBe('en');
    expect(autoReplyTemplateFor(templates, 'ru', 'en')?.locale).toBe('en');
    expect(autoReplyTemplateFor(templates, 'ru', 'ru')?.locale).toBe('fr');
    expect(autoReplyTemplateFor({ fr: empty, ru: { subject: 'Т', body: 'Т' }, en: empty }, 'en', 'fr')?.locale).toBe(
      'ru',
    );
    expect(autoReplyTemplateFor({ fr: empty, ru: empty, en: empty }, 'fr', 'fr')).toBeNull();
  });
});

describe('renderAutoReply', () => {
  const brand = { name: 'Agence du Port', primaryColor: '#0b7285' };
  it('fills the values, escapes them in HTML and frames the mail without an unsubscribe link', () => {
    const mail = renderAutoReply(
      french,
      { firstName: '<Léa>', propertyReference: 'V-00042', agentName: 'Paul' },
      { brand, locale: 'fr' },
    );
    expect(mail.subject).toBe('Votre demande V-00042');
    expect(mail.text).toBe('Bonjour <Léa>,\n\nPaul');
    expect(mail.html).toContain('<p>Bonjour &lt;Léa&gt;,</p><p>Paul</p>');
    expect(mail.html).toContain('Agence du Port');
    expect(mail.html).not.toContain('unsubscribe');
  });

  it('names the agency when the subject would be empty', () => {
    expect(renderAutoReply({ subject: '{{propertyReference}}', body: 'x' }, {}, { brand, locale: 'en' }).subject).toBe(
      'Agence du Port',
    );
  });

  it('lists placeholders it cannot fill', () => {
    expect(unknownAutoReplyPlaceholders('{{firstName}} {{propertyCity}} {{propertyCity}}')).toEqual(['propertyCity']);
  });
});
