import type { ErrorCode, ErrorResponse } from '@ses/api-types';
import { ERROR_CODES } from '@ses/api-types/rules';

export type Issue = NonNullable<ErrorResponse['issues']>[number];

/** An error answer of the API (or no answer at all: `statusCode` 0 means the network failed). */
export class ApiError extends Error {
  readonly statusCode: number;
  /** The domain error; undefined for errors without one, and for codes this build does not know. */
  readonly code: ErrorCode | undefined;
  readonly issues: Issue[];

  constructor(init: { statusCode: number; message: string; code?: ErrorCode; issues?: Issue[] }) {
    super(init.message);
    this.name = 'ApiError';
    this.statusCode = init.statusCode;
    this.code = init.code;
    this.issues = init.issues ?? [];
  }

  get isNetworkError(): boolean {
    return this.statusCode === 0;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface HttpOptions {
  baseUrl?: string;
  /** The bearer token to send, if any. */
  getToken?: () => string | null | undefined;
  /** Called when a request that carried a token got 401: the session has ended. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** Builds `?a=1&b=x`, leaving out empty values. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Turns any error body (or none) into an ApiError. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let body: Partial<ErrorResponse> | null = null;
  try {
    const text = await res.text();
    body = text ? (JSON.parse(text) as Partial<ErrorResponse>) : null;
  } catch {
    body = null;
  }
  const message =
    body && typeof body.message === 'string' && body.message
      ? body.message
      : res.statusText || `HTTP ${res.status}`;
  return new ApiError({
    statusCode: typeof body?.statusCode === 'number' ? body.statusCode : res.status,
    message,
    code: (ERROR_CODES as readonly unknown[]).includes(body?.code) ? body?.code : undefined,
    issues: Array.isArray(body?.issues) ? body.issues : undefined,
  });
}

/** Reads the file name from a `Content-Disposition` header. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

export function createHttpClient(options: HttpOptions = {}) {
  const baseUrl = options.baseUrl ?? '/api';

  async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.getToken?.();
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (opts.body instanceof FormData) {
      body = opts.body;
    } else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    let res: Response;
    try {
      res = await doFetch(baseUrl + path + toQueryString(opts.query), {
        method,
        headers,
        body,
        signal: opts.signal,
        credentials: 'same-origin',
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError({ statusCode: 0, message: e instanceof Error ? e.message : 'network error' });
    }
    if (!res.ok) {
      const error = await errorFromResponse(res);
      if (res.status === 401 && token) options.onUnauthorized?.();
      throw error;
    }
    return res;
  }

  async function json<T>(method: string, path: string, opts?: RequestOptions): Promise<T> {
    const res = await send(method, path, opts);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: <T>(path: string, opts?: RequestOptions) => json<T>('GET', path, opts),
    post: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('POST', path, { ...opts, body }),
    put: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('PUT', path, { ...opts, body }),
    patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('PATCH', path, { ...opts, body }),
    delete: <T = void>(path: string, opts?: RequestOptions) => json<T>('DELETE', path, opts),
    /** A file download: the body as a Blob and the server's file name. */
    async blob(path: string, fallbackName: string, opts?: RequestOptions): Promise<{ blob: Blob; fileName: string }> {
      const res = await send('GET', path, opts);
      return { blob: await res.blob(), fileName: fileNameFrom(res.headers.get('content-disposition'), fallbackName) };
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

let session: Pick<HttpOptions, 'getToken' | 'onUnauthorized'> = {};

/** The auth store registers how to read the token and what to do when the session ends. */
export function setSessionHandlers(handlers: Pick<HttpOptions, 'getToken' | 'onUnauthorized'>): void {
  session = handlers;
}

/** The client every feature uses: `/api`, with the session's bearer token. */
export const http = createHttpClient({
  baseUrl: '/api',
  getToken: () => session.getToken?.(),
  onUnauthorized: () => session.onUnauthorized?.(),
});
