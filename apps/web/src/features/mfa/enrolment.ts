import { mfaApi } from './mfa.api';

/**
 * Where to go after a password login: the security page while the organisation requires a
 * second factor this account has not set up yet (nothing else is open to it), else `target`.
 */
export async function afterLogin<T>(target: T): Promise<T | string> {
  try {
    const s = await mfaApi.status();
    if (s.requiredByOrganization && !s.totpEnabled) return '/account/security';
  } catch {
    // The console then shows the server's answer on the page itself.
  }
  return target;
}
