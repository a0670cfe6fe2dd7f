export * from './account.contracts';
export * from './password-reset.schema';
