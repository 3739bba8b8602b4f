/**
 * Fault tests run short in the normal suite; `npm run test:faults` sets FAULTS=full for
 * the sizes the failures were first seen at.
 */
export const FULL = process.env.FAULTS === 'full';

/** Picks the short or the full size. */
export const size = <T>(short: T, full: T): T => (FULL ? full : short);

/** Per-test timeout: the full runs take minutes. */
export const timeout = (shortMs: number, fullMs: number) => size(shortMs, fullMs);
