export * from './common.js';
export * from './auth.js';
export * from './suppliers.js';
export * from './questionnaires.js';
