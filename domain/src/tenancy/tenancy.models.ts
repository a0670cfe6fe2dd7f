import { defineModel } from '../shared/model';
import { paths } from '../shared/paths';
import { domainSchema } from './domain.schema';
import { tenantSchema } from './tenant.schema';

export const tenantModel = defineModel({ kind: 'tenant', schema: tenantSchema, path: paths.tenant });
export const domainModel = defineModel({ kind: 'domain', schema: domainSchema, path: paths.domain });
