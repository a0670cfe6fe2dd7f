export * from './invoice-number';
export * from './invoice-totals';
