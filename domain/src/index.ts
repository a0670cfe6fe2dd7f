// The whole domain, for functions and scripts. The apps may import one capability's entry
// (`@estate/domain/contacts`); either way the package is free of side effects, so bundles keep only
// what they use.
export * from './account';
export * from './chat';
export * from './appointments';
export * from './contacts';
export * from './estimations';
export * from './files';
export * from './history';
export * from './leads';
export * from './listings';
export * from './mail';
export * from './mandates';
export * from './matching';
export * from './offers';
export * from './pipeline';
export * from './places';
export * from './projects';
export * from './properties';
export * from './rooms';
export * from './selling';
export * from './shared';
export * from './signatures';
export * from './tasks';
export * from './team';
export * from './tenancy';
export * from './contracts';
