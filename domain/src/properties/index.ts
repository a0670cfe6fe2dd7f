export * from './listing-agent';
export * from './properties.contracts';
export * from './properties.models';
export * from './property.schema';
export * from './property-search';
export * from './property-status-text';
