export * from './comparable-stats';
export * from './dvf-import';
export * from './estimation.schema';
export * from './estimations.contracts';
export * from './estimations.models';
