export * from './task.schema';
export * from './tasks.contracts';
export * from './tasks.models';
