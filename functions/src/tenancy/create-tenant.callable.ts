import { createTenantContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { createTenant } from './create-tenant.handler';

export const createTenantCallable = callable(createTenantContract, createTenant);
