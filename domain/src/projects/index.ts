export * from './project.schema';
export * from './unit.schema';
export * from './projects.models';
