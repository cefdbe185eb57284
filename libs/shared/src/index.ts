export * from './lib/roles';
export * from './lib/error-codes';
export * from './lib/limits';
export * from './lib/levels';
export * from './lib/points';
export * from './lib/privileges';
export * from './lib/badges';
export * from './lib/posts';
