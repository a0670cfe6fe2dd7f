export * from './french-identifiers';
export * from './invoice-number';
export * from './invoice-rules';
export * from './invoice.schema';
export * from './invoice-totals';
export * from './invoicing-settings.schema';
export * from './invoicing.contracts';
export * from './invoicing.models';
