export * from './interest.schema';
export * from './phase-automation';
export * from './phase-labels';
export * from './phase-report';
export * from './phases';
export * from './pipeline-settings.schema';
export * from './pipeline.contracts';
export * from './pipeline.models';
