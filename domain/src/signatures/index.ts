export * from './signature-request.schema';
export * from './signatures.models';
