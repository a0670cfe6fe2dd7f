export * from './contract';
export * from './csv';
export * from './emulators';
export * from './functions';
export * from './locale';
export * from './model';
export * from './paths';
export * from './text';
