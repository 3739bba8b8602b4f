import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) with m = 19 MiB, t = 2, p = 1: the OWASP ASVS
 * minimum. Verification reads the parameters from the stored hash.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Compared against when the e-mail is unknown, so both paths cost the same time. */
export const DUMMY_HASH = hash('not-a-real-password', OPTIONS);
