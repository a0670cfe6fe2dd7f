export * from './inventory-rules';
export * from './project.schema';
export * from './projects.contracts';
export * from './unit-history.schema';
export * from './unit-import';
export * from './unit-layout';
export * from './unit.schema';
export * from './projects.models';
