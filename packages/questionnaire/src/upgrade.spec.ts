import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from './format.js';
import { UPGRADE_STEPS, upgradeDefinition, upgradeWith, type UpgradeSteps } from './upgrade.js';

// A pretend history: v1 had a plain `name`, v2 made it bilingual, v3 added `themes`.
const calls: number[] = [];
const fakeSteps: UpgradeSteps = {
  1: ({ name, ...rest }) => {
    calls.push(1);
    return { ...rest, title: { ja: name, en: name } };
  },
  2: (doc) => {
    calls.push(2);
    return { ...doc, themes: [] };
  },
};

describe('upgradeWith (fake step table, target 3)', () => {
  it.each([
    ['a missing version is version 1', { name: 'S' }, [1, 2]],
    ['version 1 runs both steps', { formatVersion: 1, name: 'S' }, [1, 2]],
    ['version 2 runs only the last step', { formatVersion: 2, title: { ja: 'S', en: 'S' } }, [2]],
  ])('%s', (_name, raw, expectedCalls) => {
    calls.length = 0;
    expect(upgradeWith(raw, fakeSteps, 3)).toEqual({
      ok: true,
      document: { formatVersion: 3, title: { ja: 'S', en: 'S' }, themes: [] },
    });
    expect(calls).toEqual(expectedCalls);
  });

  it('returns a current document as it is', () => {
    const raw = { formatVersion: 3, title: { ja: 'S', en: 'S' }, themes: [] };
    calls.length = 0;
    const result = upgradeWith(raw, fakeSteps, 3);
    expect(result.ok && result.document).toBe(raw);
    expect(calls).toEqual([]);
  });

  it.each([
    [4, 'unsupported format version 4'],
    [0, 'unsupported format version 0'],
    [-1, 'unsupported format version -1'],
    [2.5, 'unsupported format version 2.5'],
    ['2', 'unsupported format version "2"'],
    [null, 'unsupported format version null'],
    [{}, 'unsupported format version (object)'],
  ])('refuses version %j', (formatVersion, message) => {
    expect(upgradeWith({ formatVersion }, fakeSteps, 3)).toEqual({
      ok: false,
      problem: { path: 'formatVersion', message },
    });
  });

  it('passes a non-object through for the schema to judge', () => {
    expect(upgradeWith([1, 2], fakeSteps, 3)).toEqual({ ok: true, document: [1, 2] });
    expect(upgradeWith(null, fakeSteps, 3)).toEqual({ ok: true, document: null });
  });

  it('leaves the input untouched', () => {
    const nested = { keep: ['x'] };
    const raw = { formatVersion: 1, name: 'S', nested };
    upgradeWith(raw, { 1: (doc) => ((doc.nested as { keep: string[] }).keep.push('y'), doc) }, 2);
    expect(raw).toEqual({ formatVersion: 1, name: 'S', nested: { keep: ['x'] } });
  });

  it('fails loudly when the table has a gap', () => {
    expect(() => upgradeWith({ formatVersion: 1 }, { 2: (doc) => doc }, 3)).toThrow(
      'no upgrade step from format version 1 to 2',
    );
  });
});

describe('the real step table', () => {
  it('has a step from every version below FORMAT_VERSION', () => {
    for (let version = 1; version < FORMAT_VERSION; version++) {
      expect(UPGRADE_STEPS[version], `step from v${version}`).toBeTypeOf('function');
    }
  });

  it('returns a current definition unchanged and refuses a newer one', () => {
    const raw = { formatVersion: FORMAT_VERSION, key: 'k' };
    expect(upgradeDefinition(raw)).toBe(raw);
    expect(() => upgradeDefinition({ formatVersion: FORMAT_VERSION + 1 })).toThrow(
      `formatVersion: unsupported format version ${FORMAT_VERSION + 1}`,
    );
  });
});
