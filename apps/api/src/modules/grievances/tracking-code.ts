import { randomBytes } from 'node:crypto';
import { hashToken } from '../../common/tokens';

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 28;

/** 28 characters × 5 bits = 140 bits from the CSPRNG, shown as seven groups of four. */
export function newTrackingCode(): string {
  // 256 is a multiple of 32, so masking a byte keeps every character equally likely.
  const chars = [...randomBytes(LENGTH)].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/**
 * The code as typed, in its canonical form, or null if it cannot be one: case, spaces and
 * dashes do not matter, and the letters easily mistaken for digits are read as those digits.
 */
export function normalizeTrackingCode(input: string): string | null {
  if (input.length > 60) return null;
  const s = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== LENGTH || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return s;
}

export function trackingHash(normalized: string): Buffer {
  return hashToken(normalized);
}
