export * from './history.models';
export * from './history.schema';
