import { z } from 'zod';
import { localeSchema, type Locale } from '../shared/locale';
import { docIdSchema, line } from '../shared/text';
import { escapeHtml, type MailBrand } from './mail-render';

/**
 * The values a tenant's template may use, written `{{firstName}}`. Anything else is refused by the
 * editor and by the schema, so a mailing never goes out with a `{{typo}}` in it.
 */
export const TEMPLATE_PLACEHOLDERS = [
  'firstName',
  'lastName',
  'fullName',
  'propertyReference',
  'propertyTitle',
  'propertyCity',
  'propertyPrice',
  'agentName',
  'agencyName',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<TemplatePlaceholder, string>>;

export const TEMPLATE_NAME_MAX = 80;
export const TEMPLATE_SUBJECT_MAX = 200;
export const TEMPLATE_BODY_MAX = 10_000;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** The `{{…}}` names of a text that are not placeholders the renderer knows, each once. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim();
    if (!isPlaceholder(name)) unknown.add(name);
  }
  return [...unknown];
}

function refusingUnknownPlaceholders<S extends z.ZodType<string>>(schema: S) {
  return schema.superRefine((text, context) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `unknown placeholders: ${unknown.map((name) => `{{${name}}}`).join(', ')}`,
      });
    }
  });
}

/** What an owner, admin or manager types in Settings › Modèles d'e-mails. */
export const tenantMailTemplateInputSchema = z.object({
  name: line(TEMPLATE_NAME_MAX),
  subject: refusingUnknownPlaceholders(line(TEMPLATE_SUBJECT_MAX)),
  /** Plain text; blank lines separate paragraphs. */
  body: refusingUnknownPlaceholders(
    z
      .string()
      .trim()
      .min(1, { message: 'required' })
      .max(TEMPLATE_BODY_MAX, { message: `at most ${TEMPLATE_BODY_MAX} characters` }),
  ),
  /** The language the template is written in, for the agency's own overview; null when unsaid. */
  locale: localeSchema.nullable().default(null),
});
export type TenantMailTemplateInput = z.infer<typeof tenantMailTemplateInputSchema>;

/** `tenants/{tenantId}/mailTemplates/{templateId}`, written through the rules. */
export const tenantMailTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  body: z.string(),
  locale: localeSchema.nullable().default(null),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TenantMailTemplate = z.infer<typeof tenantMailTemplateSchema>;

export const INFORM_CONTACTS_MAX = 500;

/** `pipeline-informContacts`: one mail per contact, from a tenant template, about a property. */
export const informContactsInputSchema = z.object({
  /** Chosen by the app once per sending: a retried call with the same id sends nothing twice. */
  requestId: docIdSchema,
  propertyId: docIdSchema,
  contactIds: z
    .array(docIdSchema)
    .min(1, { message: 'at least one contact' })
    .max(INFORM_CONTACTS_MAX, { message: `at most ${INFORM_CONTACTS_MAX} contacts` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'the same contact twice' }),
  templateId: docIdSchema,
});
export type InformContactsInput = z.infer<typeof informContactsInputSchema>;

export const INFORM_SKIP_REASONS = ['no-email', 'no-consent', 'unsubscribed', 'not-found', 'not-visible'] as const;
export type InformSkipReason = (typeof INFORM_SKIP_REASONS)[number];

export const informContactsResultSchema = z.object({
  sent: z.number(),
  /** Mails an earlier call with the same requestId already queued: not sent again. */
  alreadySent: z.number(),
  skipped: z.number(),
  skippedByReason: z.record(z.enum(INFORM_SKIP_REASONS), z.number()),
});
export type InformContactsResult = z.infer<typeof informContactsResultSchema>;

export interface RenderedTenantTemplate {
  subject: string;
  text: string;
  /** The body as HTML paragraphs (no document around it), values escaped. */
  html: string;
}

function fill(text: string, values: TemplateValues, escape: (value: string) => string): string {
  return text.replace(PLACEHOLDER, (whole, raw: string) => {
    const name = raw.trim();
    return isPlaceholder(name) ? escape(values[name] ?? '') : whole;
  });
}

/**
 * Fills a tenant template for one recipient. The subject and the text part get the values as they
 * are; the HTML part escapes the template's own text and the values, so a contact named `<b>` stays
 * text. A placeholder without a value becomes empty.
 */
export function renderTenantTemplate(
  template: { subject: string; body: string },
  values: TemplateValues,
): RenderedTenantTemplate {
  const subject = fill(template.subject, values, (value) => value).replace(/[\r\n]+/g, ' ');
  const text = fill(template.body, values, (value) => value);
  const html = template.body
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${fill(escapeHtml(paragraph), values, escapeHtml).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
  return { subject, text, html };
}

const UNSUBSCRIBE_COPY: Record<Locale, { why: string; action: string }> = {
  fr: {
    why: 'Vous recevez ce message car vous êtes en contact avec {agency}.',
    action: 'Se désabonner',
  },
  ru: {
    why: 'Вы получили это письмо, потому что находитесь на связи с {agency}.',
    action: 'Отписаться',
  },
  en: {
    why: 'You receive this message because you are in touch with {agency}.',
    action: 'Unsubscribe',
  },
};

/**
 * A whole "inform contacts" mail: the rendered template in the agency's frame, with the unsubscribe
 * link in the recipient's language at the bottom of both parts.
 */
export function renderInformMail(
  template: { subject: string; body: string },
  values: TemplateValues,
  options: { brand: MailBrand; locale: Locale; unsubscribeUrl: string },
): RenderedTenantTemplate {
  const { brand, locale, unsubscribeUrl } = options;
  const rendered = renderTenantTemplate(template, values);
  const copy = UNSUBSCRIBE_COPY[locale];
  const why = copy.why.replace('{agency}', brand.name);
  const text = [rendered.text, '', '--', why, `${copy.action}: ${unsubscribeUrl}`].join('\n');
  const colour = escapeHtml(brand.primaryColor);
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#222"><div style="max-width:560px;margin:auto"><h2 style="color:${colour}">${escapeHtml(brand.name)}</h2>${rendered.html}<hr style="border:none;border-top:1px solid #ddd;margin-top:24px"><p style="font-size:12px;color:#666">${escapeHtml(why)} <a href="${escapeHtml(unsubscribeUrl)}" style="color:#666">${escapeHtml(copy.action)}</a></p></div></body></html>`;
  return { subject: rendered.subject, text, html };
}

/** What the placeholders say about a property, whatever its full shape. */
export interface TemplateProperty {
  reference: string;
  title: string;
  city: string;
  price: number | null;
}

/** The placeholder values for one recipient; the app's preview and the function use the same. */
export function templateValuesFor(
  contact: { firstName: string; lastName: string; identityType?: 'person' | 'company'; companyName?: string },
  property: TemplateProperty | null,
  context: { agentName: string; agencyName: string; locale: Locale; currency: string },
): TemplateValues {
  const person = `${contact.firstName} ${contact.lastName}`.trim();
  const fullName = contact.identityType === 'company' && contact.companyName ? person || contact.companyName : person;
  const price =
    property?.price === null || property?.price === undefined
      ? ''
      : new Intl.NumberFormat(context.locale, {
          style: 'currency',
          currency: context.currency,
          maximumFractionDigits: 0,
        }).format(property.price);
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    fullName,
    propertyReference: property?.reference ?? '',
    propertyTitle: property?.title ?? '',
    propertyCity: property?.city ?? '',
    propertyPrice: price,
    agentName: context.agentName,
    agencyName: context.agencyName,
  };
}

/** The fields of a stored property the placeholders read (`propertySchema` holds the whole shape). */
export const templatePropertySchema = z
  .object({
    reference: z.string().default(''),
    title: z.string().default(''),
    address: z.object({ city: z.string().default('') }).default({ city: '' }),
    price: z.number().nullable().default(null),
  })
  .transform((property): TemplateProperty => ({
    reference: property.reference,
    title: property.title,
    city: property.address.city,
    price: property.price,
  }));
