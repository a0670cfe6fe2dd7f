import { z } from 'zod';
import { localeSchema } from '../shared/locale';
import { capabilitiesSchema, DEFAULT_CAPABILITIES } from './capabilities';
import { brandingSchema } from './tenant.schema';

export const APPS = ['admin', 'client'] as const;
export const appSchema = z.enum(APPS);
export type App = z.infer<typeof appSchema>;

/** `domains/{host}`: public, written only by functions; maps a host to its tenant and public branding. */
export const domainSchema = z.object({
  host: z.string(),
  tenantId: z.string(),
  app: appSchema,
  name: z.string(),
  branding: brandingSchema,
  locale: localeSchema,
  /** The tenant's capabilities, so each app's navigation is right from the first screen. */
  capabilities: capabilitiesSchema.default([...DEFAULT_CAPABILITIES]),
  updatedAt: z.date(),
});
export type TenantDomain = z.infer<typeof domainSchema>;
