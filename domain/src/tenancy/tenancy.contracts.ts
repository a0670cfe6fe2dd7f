import { defineCallable } from '../shared/contract';
import { createTenantInputSchema, createTenantResultSchema } from './create-tenant.schema';
import { mapSettingsSchema, saveMapSettingsInputSchema } from './map-settings.schema';

export const createTenantContract = defineCallable({
  name: 'tenancy-createTenant',
  access: 'signed-in',
  input: createTenantInputSchema,
  output: createTenantResultSchema,
  refusals: ['already-member', 'no-free-slug', 'tenant-not-found'],
});

/** Settings › Map: owner or admin choose the map tiles (or none); checked whole by the domain's schema. */
export const saveMapSettingsContract = defineCallable({
  name: 'tenancy-saveMapSettings',
  access: 'signed-in',
  input: saveMapSettingsInputSchema,
  output: mapSettingsSchema,
  refusals: ['actor-not-active', 'not-staff', 'not-team-manager'],
});
