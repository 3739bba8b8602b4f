import { AsyncLocalStorage } from 'node:async_hooks';

/** The API key a request authenticated with, for the audit log's actor. */
export interface ActingApiKey {
  id: string;
  name: string;
}

const storage = new AsyncLocalStorage<ActingApiKey>();

/** Runs a request's handler with its API key in context (see ApiKeyContextInterceptor). */
export const runAsApiKey = <T>(key: ActingApiKey, fn: () => T): T => storage.run(key, fn);

/** The API key the current request acts as, if it authenticated with one. */
export const actingApiKey = (): ActingApiKey | undefined => storage.getStore();
