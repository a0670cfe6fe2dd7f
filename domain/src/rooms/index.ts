export * from './room.schema';
export * from './rooms.models';
