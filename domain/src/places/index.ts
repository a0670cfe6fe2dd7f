export * from './client-place.schema';
export * from './travel-times';
export * from './places.models';
export * from './places.contracts';
