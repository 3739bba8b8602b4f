export * from './format.js';
export * from './problem.js';
export * from './upgrade.js';
export * from './validate.js';
export * from './scope.js';
export * from './answer.js';
export * from './text.js';
export * from './diff.js';
