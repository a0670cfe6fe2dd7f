export * from './member.schema';
export * from './roles';
export * from './set-manager.schema';
export * from './team-operations.schema';
export * from './team-policy';
export * from './team.contracts';
export * from './team.models';
