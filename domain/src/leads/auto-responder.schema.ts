import { z } from 'zod';
import { escapeHtml, type MailBrand } from '../mail/mail-render';
import {
  renderTenantTemplate,
  type RenderedTenantTemplate,
  type TemplateValues,
} from '../mail/tenant-mail-template.schema';
import { RENTAL_PHASES, SALE_PHASES, type Phase } from '../pipeline/phases';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../shared/locale';

/** The values an auto-reply may use, written `{{firstName}}`; anything else is refused. */
export const AUTO_RESPONDER_PLACEHOLDERS = [
  'firstName',
  'lastName',
  'propertyReference',
  'propertyTitle',
  'agencyName',
  'agentName',
] as const;
export type AutoResponderPlaceholder = (typeof AUTO_RESPONDER_PLACEHOLDERS)[number];

export const AUTO_REPLY_SUBJECT_MAX = 200;
export const AUTO_REPLY_BODY_MAX = 10_000;

/**
 * Where an answered portal request may go: the phases a sale and a rental share, after the request
 * itself was received and before anything a mail cannot do (a cancellation, a visit is still possible).
 */
export const AUTO_RESPONDER_PHASES = SALE_PHASES.filter(
  (phase) =>
    (RENTAL_PHASES as readonly string[]).includes(phase) && phase !== 'matching-contacted' && phase !== 'cancelled',
) as unknown as readonly [Phase, ...Phase[]];
export const autoResponderPhaseSchema = z.enum(AUTO_RESPONDER_PHASES, { message: 'a phase of the list' });
export const DEFAULT_AUTO_RESPONDER_PHASE: Phase = 'request-answered';

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The `{{…}}` names of a text that an auto-reply cannot fill, each once. */
export function unknownAutoReplyPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim();
    if (!(AUTO_RESPONDER_PLACEHOLDERS as readonly string[]).includes(name)) unknown.add(name);
  }
  return [...unknown];
}

function knownPlaceholdersOnly(text: string, context: z.RefinementCtx): void {
  const unknown = unknownAutoReplyPlaceholders(text);
  if (unknown.length > 0) {
    context.addIssue({
      code: 'custom',
      message: `unknown placeholders: ${unknown.map((name) => `{{${name}}}`).join(', ')}`,
    });
  }
}

/** A template in one language: both parts written, or both empty (that language falls back). */
export const autoReplyTemplateInputSchema = z
  .object({
    subject: z
      .string()
      .trim()
      .max(AUTO_REPLY_SUBJECT_MAX, { message: `at most ${AUTO_REPLY_SUBJECT_MAX} characters` })
      .superRefine(knownPlaceholdersOnly),
    body: z
      .string()
      .trim()
      .max(AUTO_REPLY_BODY_MAX, { message: `at most ${AUTO_REPLY_BODY_MAX} characters` })
      .superRefine(knownPlaceholdersOnly),
  })
  .superRefine((template, context) => {
    if (template.subject === '' && template.body !== '') {
      context.addIssue({ code: 'custom', path: ['subject'], message: 'required' });
    }
    if (template.body === '' && template.subject !== '') {
      context.addIssue({ code: 'custom', path: ['body'], message: 'required' });
    }
  });
export type AutoReplyTemplate = z.infer<typeof autoReplyTemplateInputSchema>;

const EMPTY_TEMPLATE: AutoReplyTemplate = { subject: '', body: '' };

function isWritten(template: AutoReplyTemplate | undefined): template is AutoReplyTemplate {
  return template !== undefined && template.subject !== '' && template.body !== '';
}

/** What owner and admin edit in Settings › Demandes portails. */
export const autoResponderInputSchema = z
  .object({
    enabled: z.boolean(),
    phase: autoResponderPhaseSchema.default(DEFAULT_AUTO_RESPONDER_PHASE),
    templates: z.object({
      fr: autoReplyTemplateInputSchema,
      ru: autoReplyTemplateInputSchema,
      en: autoReplyTemplateInputSchema,
    }),
  })
  .superRefine((settings, context) => {
    if (settings.enabled && !LOCALES.some((locale) => isWritten(settings.templates[locale]))) {
      context.addIssue({ code: 'custom', path: ['templates'], message: 'write the reply in at least one language' });
    }
  });
export type AutoResponderInput = z.infer<typeof autoResponderInputSchema>;

const storedTemplateSchema = z
  .object({ subject: z.string().default(''), body: z.string().default('') })
  .catch(EMPTY_TEMPLATE)
  .default(EMPTY_TEMPLATE);

/**
 * `tenants/{tenantId}/settings/auto-responder`, written by owner and admin through the rules. The
 * rules check sizes but not placeholders, so reading is lenient: an unknown `{{name}}` stays as typed.
 */
export const autoResponderSettingsSchema = z.object({
  enabled: z.boolean().catch(false),
  phase: autoResponderPhaseSchema.catch(DEFAULT_AUTO_RESPONDER_PHASE),
  templates: z
    .object({ fr: storedTemplateSchema, ru: storedTemplateSchema, en: storedTemplateSchema })
    .catch({ fr: EMPTY_TEMPLATE, ru: EMPTY_TEMPLATE, en: EMPTY_TEMPLATE }),
  updatedAt: z.date().nullable().default(null),
});
export type AutoResponderSettings = z.infer<typeof autoResponderSettingsSchema>;

/** A first text in each language, which the agency adapts; off until the agency turns it on. */
export const DEFAULT_AUTO_RESPONDER: AutoResponderSettings = {
  enabled: false,
  phase: DEFAULT_AUTO_RESPONDER_PHASE,
  templates: {
    fr: {
      subject: 'Votre demande pour le bien {{propertyReference}}',
      body: 'Bonjour {{firstName}} {{lastName}},\n\nNous avons bien reçu votre demande concernant « {{propertyTitle}} » ({{propertyReference}}) et vous en remercions.\n\n{{agentName}} vous recontacte très prochainement.\n\nBien cordialement,\n{{agencyName}}',
    },
    ru: {
      subject: 'Ваш запрос по объекту {{propertyReference}}',
      body: 'Здравствуйте, {{firstName}} {{lastName}}!\n\nМы получили ваш запрос по объекту «{{propertyTitle}}» ({{propertyReference}}) и благодарим вас за интерес.\n\n{{agentName}} свяжется с вами в ближайшее время.\n\nС уважением,\n{{agencyName}}',
    },
    en: {
      subject: 'Your enquiry about property {{propertyReference}}',
      body: 'Hello {{firstName}} {{lastName}},\n\nThank you for your enquiry about “{{propertyTitle}}” ({{propertyReference}}).\n\n{{agentName}} will get back to you very soon.\n\nKind regards,\n{{agencyName}}',
    },
  },
  updatedAt: null,
};

/**
 * The template the contact gets: in their language, else the agency's, else French, else any language
 * written; null when none is written (nothing is sent).
 */
export function autoReplyTemplateFor(
  templates: AutoResponderSettings['templates'],
  contactLocale: Locale,
  tenantLocale: Locale,
): { locale: Locale; template: AutoReplyTemplate } | null {
  const order: Locale[] = [contactLocale, tenantLocale, DEFAULT_LOCALE, ...LOCALES];
  const locale = order.find((candidate) => isWritten(templates[candidate]));
  return locale ? { locale, template: templates[locale] } : null;
}

/**
 * A whole auto-reply: the template filled for the contact, in the agency's frame. No unsubscribe link:
 * it answers the person's own request, it is not a mailing. A lead without a known listing leaves the
 * property's placeholders empty.
 */
export function renderAutoReply(
  template: AutoReplyTemplate,
  values: TemplateValues,
  options: { brand: MailBrand; locale: Locale },
): RenderedTenantTemplate {
  const rendered = renderTenantTemplate(template, values);
  const colour = escapeHtml(options.brand.primaryColor);
  const html = `<!doctype html><html lang="${options.locale}"><body style="font-family:system-ui,sans-serif;color:#222"><div style="max-width:560px;margin:auto"><h2 style="color:${colour}">${escapeHtml(options.brand.name)}</h2>${rendered.html}</div></body></html>`;
  // A subject made only of placeholders left empty (no listing found) still needs words.
  const subject = rendered.subject.trim() === '' ? options.brand.name : rendered.subject.trim();
  return { subject, text: rendered.text, html };
}
