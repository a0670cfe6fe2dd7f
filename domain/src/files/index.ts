export * from './delete-document.schema';
export * from './file-type';
export * from './files.contracts';
export * from './private-file';
export * from './shared-document.schema';
export * from './files.models';
