export * from './account.contracts';
export * from './password-reset.schema';
export * from './account.models';
export * from './client-preferences.schema';
