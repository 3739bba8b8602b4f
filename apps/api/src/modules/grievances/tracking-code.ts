import { randomBytes } from 'node:crypto';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, normalizeTrackingCode } from '@ses/api-types';
import { hashToken } from '../../common/tokens';

const ALPHABET = TRACKING_CODE_ALPHABET;
const LENGTH = TRACKING_CODE_LENGTH;

/** 28 characters × 5 bits = 140 bits from the CSPRNG, shown as seven groups of four. */
export function newTrackingCode(): string {
  // 256 is a multiple of 32, so masking a byte keeps every character equally likely.
  const chars = [...randomBytes(LENGTH)].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The same reading of a typed code as the web page's (full-width forms included). */
export { normalizeTrackingCode };

export function trackingHash(normalized: string): Buffer {
  return hashToken(normalized);
}
