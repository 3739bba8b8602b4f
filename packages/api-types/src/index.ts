export * from './common.js';
export * from './auth.js';
export * from './suppliers.js';
export * from './questionnaires.js';
export * from './campaigns.js';
export * from './portal.js';
export * from './mail.js';
