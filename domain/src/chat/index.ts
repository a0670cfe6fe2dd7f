export * from './chat.contracts';
export * from './chat.mail-templates';
export * from './chat.models';
export * from './chat.schema';
export * from './chat-attachment';
