import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { line } from '../shared/text';
import { countrySchema, currencySchema } from './tenant.schema';

export const createTenantInputSchema = z.object({
  agencyName: line(80),
  displayName: line(80),
  locale: localeSchema,
  currency: currencySchema,
  country: countrySchema,
});
export type CreateTenantInput = z.infer<typeof createTenantInputSchema>;

export const createTenantResultSchema = z.object({
  tenantId: z.string(),
  hosts: z.object({ admin: z.string(), client: z.string() }),
});
export type CreateTenantResult = z.infer<typeof createTenantResultSchema>;
