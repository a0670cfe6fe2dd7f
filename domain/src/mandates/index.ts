export * from './amendment.schema';
export * from './mandate-register.schema';
export * from './mandate.schema';
export * from './mandates.contracts';
export * from './mandates.models';
