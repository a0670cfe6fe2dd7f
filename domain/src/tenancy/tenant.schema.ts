import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { hexColorSchema, line, optionalLine } from '../shared/text';
import { capabilitiesSchema, DEFAULT_CAPABILITIES } from './capabilities';
import { mapSettingsSchema } from './map-settings.schema';

export const CURRENCIES = ['EUR', 'RUB', 'USD', 'GBP', 'CHF'] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

/** ISO 3166-1 alpha-2, upper case. */
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'a two-letter country code like FR' });

/** The logo is resized in the browser to at most 256 px and kept inline, so it must stay small. */
export const LOGO_MAX_CHARS = 120_000;
export const logoDataUrlSchema = z
  .string()
  .max(LOGO_MAX_CHARS, { message: 'the logo is too large' })
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, {
    message: 'the logo must be a PNG, JPEG or WebP image',
  });

export const brandingSchema = z.object({
  primaryColor: hexColorSchema,
  accentColor: hexColorSchema,
  logoDataUrl: logoDataUrlSchema.nullable(),
});
export type Branding = z.infer<typeof brandingSchema>;

export const DEFAULT_BRANDING: Branding = {
  primaryColor: '#1c7ed6',
  accentColor: '#f08c00',
  logoDataUrl: null,
};

export const companySchema = z.object({
  legalName: optionalLine(160),
  address: optionalLine(300),
  phone: optionalLine(40),
  email: z.union([z.literal(''), z.email({ message: 'invalid email address' }).max(254)]).default(''),
  registrationNumber: optionalLine(40),
  vatNumber: optionalLine(40),
});
export type Company = z.infer<typeof companySchema>;

/**
 * What a French agency must print on its mandates (loi n° 70-9 of 2 January 1970 and décret n° 72-678:
 * professional card and its issuing CCI, financial guarantee; Code de la consommation L. 616-1: the
 * consumer mediator) and the professional liability insurer. Empty until the agency fills them in
 * (Settings › Information); a mandate is not sent for signature while the card number is missing.
 */
export const AGENCY_GUARANTEE_MAX = 1_000_000_000;
export const agencyLegalSchema = z.object({
  /** The professional card ("carte professionnelle"), e.g. `CPI 7501 2026 000 000 123`. */
  professionalCardNumber: optionalLine(40),
  /** The chamber of commerce that issued it, e.g. `CCI Paris Île-de-France`. */
  cardIssuedBy: optionalLine(120),
  /** The financial guarantor (bank or guarantee fund) and its address. */
  guarantor: optionalLine(200),
  /** The amount guaranteed, in whole units of the tenant's currency; 0 when the agency holds no funds. */
  guaranteeAmount: z
    .number({ message: 'a whole number' })
    .int({ message: 'a whole number' })
    .min(0, { message: 'at least 0' })
    .max(AGENCY_GUARANTEE_MAX, { message: `at most ${AGENCY_GUARANTEE_MAX}` })
    .default(0),
  /** The professional liability insurer and policy number. */
  insurer: optionalLine(200),
  /** The consumer mediator a client may turn to, with its address or website. */
  mediator: optionalLine(300),
});
export type AgencyLegal = z.infer<typeof agencyLegalSchema>;

export const EMPTY_AGENCY_LEGAL: AgencyLegal = {
  professionalCardNumber: '',
  cardIssuedBy: '',
  guarantor: '',
  guaranteeAmount: 0,
  insurer: '',
  mediator: '',
};

export const tenantHostsSchema = z.object({
  admin: z.string().min(1),
  client: z.string().min(1),
});
export type TenantHosts = z.infer<typeof tenantHostsSchema>;

/** What an owner or admin may edit in Settings. */
export const tenantSettingsSchema = z.object({
  name: line(80),
  company: companySchema,
  /** Absent from agencies created before it existed: read as empty. */
  legal: agencyLegalSchema.default(EMPTY_AGENCY_LEGAL),
  branding: brandingSchema,
  locale: localeSchema,
  currency: currencySchema,
  country: countrySchema,
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const tenantSchema = tenantSettingsSchema.extend({
  id: z.string(),
  slug: z.string(),
  hosts: tenantHostsSchema,
  ownerUid: z.string(),
  /**
   * Settings › Map, written by tenancy-saveMapSettings; null until an owner or admin chooses (the
   * product's default applies, `mapSettingsOf`). A stored value the schema no longer accepts (a tile
   * host taken off the list) stands down to the default rather than make the tenant unreadable.
   */
  map: mapSettingsSchema.nullable().default(null).catch(null),
  /** Settings › Capabilities (owner and admin); absent from tenants created before it: an agency. */
  capabilities: capabilitiesSchema.default([...DEFAULT_CAPABILITIES]),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Tenant = z.infer<typeof tenantSchema>;
