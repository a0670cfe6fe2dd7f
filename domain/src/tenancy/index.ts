export * from './create-tenant.schema';
export * from './domain.schema';
export * from './function-paths';
export * from './hosts';
export * from './palette';
export * from './tenancy.contracts';
export * from './tenancy.models';
export * from './tenant.schema';
