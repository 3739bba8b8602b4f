import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash, GENESIS_HASH, toJsonValue, type HashedEvent } from './audit-hash';

const event: HashedEvent = {
  organizationId: '8d3c1f6e-0000-4000-8000-000000000001',
  seq: 1,
  occurredAt: '2026-11-21T05:40:00.123Z',
  actorType: 'user',
  actorId: 'u1',
  actorLabel: 'Hanako',
  action: 'supplier.update',
  entityType: 'supplier',
  entityId: 's1',
  before: { riskLevel: 'low', tags: ['a'] },
  after: { riskLevel: 'high', tags: ['a', 'b'] },
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('日本')).toBe('"日本"');
  });

  it('gives the same text whatever order the keys come in, as jsonb returns them', () => {
    expect(canonicalJson({ long_key: 1, k: 2 })).toBe(canonicalJson({ k: 2, long_key: 1 }));
  });
});

describe('eventHash', () => {
  it('changes with any field and with the previous hash', () => {
    const h = eventHash(GENESIS_HASH, event);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(GENESIS_HASH, { ...event })).toBe(h);
    expect(eventHash(GENESIS_HASH, { ...event, after: { riskLevel: 'medium', tags: ['a', 'b'] } })).not.toBe(h);
    expect(eventHash(GENESIS_HASH, { ...event, seq: 2 })).not.toBe(h);
    expect(eventHash('f'.repeat(64), event)).not.toBe(h);
  });
});

describe('toJsonValue', () => {
  it('is what jsonb gives back: dates as strings, no undefined, no NUL', () => {
    expect(toJsonValue({ at: new Date('2026-01-02T03:04:05.006Z'), gone: undefined, s: 'a\u0000b' })).toEqual({ at: '2026-01-02T03:04:05.006Z', s: 'ab' });
    expect(toJsonValue(undefined)).toBeNull();
    expect(toJsonValue({ s: 'a\ud800b', ok: '😀', literal: '\\ud800' })).toEqual({ s: 'a\ufffdb', ok: '😀', literal: '\\ud800' });
  });
});
