export * from './signature-flow';
export * from './signature-policy';
export * from './signature-request.schema';
export * from './signature-secrets.schema';
export * from './signatures.contracts';
export * from './signatures.mail-templates';
export * from './signatures.models';
