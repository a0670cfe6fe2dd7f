import { defineCallable } from '../shared/contract';
import { createTenantInputSchema, createTenantResultSchema } from './create-tenant.schema';

export const createTenantContract = defineCallable({
  name: 'tenancy-createTenant',
  access: 'signed-in',
  input: createTenantInputSchema,
  output: createTenantResultSchema,
  refusals: ['already-member', 'no-free-slug', 'tenant-not-found'],
});
