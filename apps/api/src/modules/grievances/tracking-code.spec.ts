import { describe, expect, it } from 'vitest';
import { TRACKING_CODE_PATTERN } from '@ses/api-types';
import { newTrackingCode, normalizeTrackingCode } from './tracking-code';

describe('tracking codes', () => {
  it('are seven groups of four base32 characters, all different', () => {
    const codes = Array.from({ length: 500 }, newTrackingCode);
    for (const c of codes) expect(c).toMatch(TRACKING_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('use every character of the alphabet about equally', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const ch of newTrackingCode().replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    for (const n of counts.values()) expect(n).toBeGreaterThan(1200);
  });

  it('forgive case, spaces, dashes and letters read as digits', () => {
    const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345';
    const canonical = 'ABCDEFGHJKMNPQRSTVWXYZ012345';
    expect(normalizeTrackingCode(code)).toBe(canonical);
    expect(normalizeTrackingCode('abcd efgh jkmn pqrs tvwx yzo1 2345')).toBe(canonical);
    expect(normalizeTrackingCode('ABCDEFGHJKMNPQRSTVWXYZ0I2345')).toBe(canonical);
    expect(normalizeTrackingCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234U')).toBeNull();
    expect(normalizeTrackingCode('too-short')).toBeNull();
    expect(normalizeTrackingCode('A'.repeat(100))).toBeNull();
  });
});
