export * from './agreement-placeholders';
export * from './agreement-template.schema';
export * from './agreement-values';
export * from './agreements.models';
export * from './booking-terms';
export * from './default-templates';
export * from './developer-signatory.schema';
