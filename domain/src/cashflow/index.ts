export * from './cashflow-forecast';
