export * from './mail-render';
export * from './mail-templates';
export * from './mail.models';
export * from './mail.schema';
export * from './tenant-mail-template.schema';
