import { describe, expect, it, vi } from 'vitest';
import { ApiError, createHttpClient, errorFromResponse, fileNameFrom, toQueryString } from './http';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

describe('errorFromResponse', () => {
  it('carries statusCode, message, code and issues from the error body', async () => {
    const e = await errorFromResponse(
      jsonResponse(400, {
        statusCode: 400,
        message: 'validation failed',
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'contacts.0.email', message: 'a valid e-mail address is required' }],
      }),
    );
    expect(e).toBeInstanceOf(ApiError);
    expect(e.statusCode).toBe(400);
    expect(e.message).toBe('validation failed');
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.issues).toEqual([{ path: 'contacts.0.email', message: 'a valid e-mail address is required' }]);
  });

  it('copes with a body that is not JSON', async () => {
    const e = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(e.statusCode).toBe(502);
    expect(e.message).toBe('Bad Gateway');
    expect(e.code).toBeUndefined();
    expect(e.issues).toEqual([]);
  });
});

describe('createHttpClient', () => {
  it('sends the bearer token and JSON, and parses the answer', async () => {
    const fetch = vi.fn(async () => jsonResponse(201, { id: 'x' }));
    const http = createHttpClient({ baseUrl: '/api', getToken: () => 'tok', fetch });
    const res = await http.post<{ id: string }>('/suppliers', { name: 'A' }, { query: { dryRun: true, empty: '' } });
    expect(res).toEqual({ id: 'x' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/suppliers?dryRun=true');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"name":"A"}');
  });

  it('sends no Authorization header without a token, and returns undefined on 204', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    const http = createHttpClient({ fetch });
    await expect(http.delete('/users/1')).resolves.toBeUndefined();
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('leaves multipart bodies to the browser', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, { created: 1, updated: 0, errors: [] }));
    const http = createHttpClient({ fetch });
    const form = new FormData();
    form.append('file', new Blob(['a,b']), 'x.csv');
    await http.post('/suppliers/import', form);
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe(form);
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('throws an ApiError and reports an ended session on 401 with a token', async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async () => jsonResponse(401, { statusCode: 401, message: 'no', error: 'Unauthorized', code: 'UNAUTHENTICATED' }));
    const http = createHttpClient({ getToken: () => 'old', onUnauthorized, fetch });
    await expect(http.get('/me')).rejects.toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not report a session on 401 without a token (wrong password)', async () => {
    const onUnauthorized = vi.fn();
    const fetch = vi.fn(async () => jsonResponse(401, { statusCode: 401, message: 'bad', error: 'Unauthorized', code: 'INVALID_CREDENTIALS' }));
    const http = createHttpClient({ getToken: () => null, onUnauthorized, fetch });
    await expect(http.post('/auth/login', {})).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const http = createHttpClient({ fetch });
    const e = await http.get('/config').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).isNetworkError).toBe(true);
  });

  it('downloads a blob with the server file name', async () => {
    const fetch = vi.fn(
      async () => new Response('a,b\n', { status: 200, headers: { 'content-disposition': 'attachment; filename="suppliers.csv"' } }),
    );
    const http = createHttpClient({ fetch });
    const { blob, fileName } = await http.blob('/suppliers/export', 'x.csv', { query: { format: 'csv' } });
    expect(fileName).toBe('suppliers.csv');
    expect(await blob.text()).toBe('a,b\n');
  });
});

describe('helpers', () => {
  it('builds query strings without empty values', () => {
    expect(toQueryString({ q: 'a b', page: 2, tier: undefined, tag: null, country: '' })).toBe('?q=a+b&page=2');
    expect(toQueryString({})).toBe('');
  });

  it('reads file names from Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="a.xlsx"', 'x')).toBe('a.xlsx');
    expect(fileNameFrom("attachment; filename*=UTF-8''%E4%BB%95%E5%85%A5%E5%85%88.csv", 'x')).toBe('仕入先.csv');
    expect(fileNameFrom(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
