import { inject } from 'vitest';

/** Calls the product's API as a buyer would from a script: JSON in, JSON out. */
export async function api<T = any>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${inject('baseUrl')}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function signupBuyer(prefix: string) {
  const email = `${prefix}-${Date.now()}@example.test`;
  const password = 'a sturdy passphrase 2026';
  const res = await api<{ accessToken: string; organization: { slug: string } }>('POST', '/api/auth/signup', {
    organizationName: `${prefix} procurement`,
    name: 'E2E Buyer',
    email,
    password,
  });
  return { token: res.accessToken, email, password, slug: res.organization.slug };
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The personal link in an invitation e-mail. */
export function linkIn(text: string): string {
  const m = /(https?:\/\/[^\s"<>]+\/s\/[A-Za-z0-9_-]{43})/.exec(text);
  if (!m) throw new Error(`no portal link in: ${text.slice(0, 200)}`);
  return m[1];
}
