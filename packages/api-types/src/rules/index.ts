// Rules without zod: the web app's portal and grievance pages import these from
// `@ses/api-types/rules` and keep the schema library out of their chunks.
export * from './limits.js';
export * from './tracking-code.js';
export * from './corrective-action-workflow.js';
export * from './error-codes.js';
