import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import appEn from '../../../../locales/en.json';
import portalEn from '../../locales/en.json';
import en from './en.json';
import ja from './ja.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const flatEn = flatten(en);
const flatJa = flatten(ja);

describe('portal follow-up locales (feedback, corrective actions)', () => {
  it('ja and en have exactly the same keys', () => {
    expect([...flatJa.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it('live under their own namespace, apart from the portal’s and the console’s', () => {
    expect(Object.keys(en)).toEqual(['portalFollowUp']);
    expect(Object.keys(portalEn)).not.toContain('portalFollowUp');
    expect(Object.keys(appEn)).not.toContain('portalFollowUp');
  });

  it('every message is non-empty and compiles', () => {
    for (const [key, value] of [...flatEn, ...flatJa]) {
      expect(value.trim(), key).not.toBe('');
      const errors: string[] = [];
      baseCompile(value, { onError: (e) => errors.push(e.message), jit: true });
      expect(errors, `${key}: ${value}`).toEqual([]);
    }
  });

  it('both languages use the same placeholders', () => {
    const names = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const [key, value] of flatEn)
      expect(names(flatJa.get(key) ?? ''), key).toEqual(names(value));
  });

  it('Japanese sentences are in the polite form', () => {
    for (const [key, value] of flatJa) {
      // A closing aside such as （20文字以上）。 does not end the sentence.
      const sentence = value.replace(/（[^）]*）。$/, '。');
      if (sentence.endsWith('。'))
        expect(sentence, key).toMatch(/(です|ます|ません|でした|ました|ください)。$/);
    }
  });
});
