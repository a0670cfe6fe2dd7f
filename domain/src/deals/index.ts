export * from './deal.schema';
