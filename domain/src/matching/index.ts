export * from './match-criteria';
export * from './match-evaluation';
export * from './match-projections';
export * from './matching-remarks';
export * from './matching.contracts';
export * from './matching.models';
export * from './matching.schema';
