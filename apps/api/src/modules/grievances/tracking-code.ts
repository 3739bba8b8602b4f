import { randomBytes } from 'node:crypto';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, formatTrackingCode, normalizeTrackingCode } from '@ses/api-types';
import { hashToken } from '../../common/tokens';

export { normalizeTrackingCode };

/** 28 characters × 5 bits = 140 bits from the CSPRNG, shown as seven groups of four. */
export function newTrackingCode(): string {
  // 256 is a multiple of 32, so masking a byte keeps every character equally likely.
  return formatTrackingCode([...randomBytes(TRACKING_CODE_LENGTH)].map((b) => TRACKING_CODE_ALPHABET[b & 31]).join(''));
}

/** What is stored: the hash of the canonical code (`normalizeTrackingCode`), never the code. */
export function trackingHash(normalized: string): Buffer {
  return hashToken(normalized);
}
