import { brandingSchema, tenantSettingsSchema, type Tenant } from '@estate/domain';
import type { z } from 'zod';

export const informationFormSchema = tenantSettingsSchema.omit({ branding: true });
export type InformationFormInput = z.input<typeof informationFormSchema>;
export type InformationFormOutput = z.output<typeof informationFormSchema>;

export function informationFromTenant(tenant: Tenant): InformationFormInput {
  return {
    name: tenant.name,
    company: { ...tenant.company },
    legal: { ...tenant.legal },
    locale: tenant.locale,
    currency: tenant.currency,
    country: tenant.country,
  };
}

export const brandingFormSchema = brandingSchema;
export type BrandingFormInput = z.input<typeof brandingFormSchema>;
export type BrandingFormOutput = z.output<typeof brandingFormSchema>;
