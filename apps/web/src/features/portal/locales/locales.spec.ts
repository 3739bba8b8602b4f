import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import appEn from '../../../locales/en.json';
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

describe('portal locales', () => {
  it('ja and en have exactly the same keys', () => {
    expect([...flatJa.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it('live under their own namespace, apart from the console’s messages', () => {
    expect(Object.keys(en)).toEqual(['supplierPortal']);
    expect(Object.keys(appEn)).not.toContain('supplierPortal');
  });

  it('no message is empty', () => {
    for (const [key, value] of [...flatEn, ...flatJa]) expect(value.trim(), key).not.toBe('');
  });

  it('every message compiles (no stray @ { } | in the text)', () => {
    for (const [key, value] of [...flatEn, ...flatJa]) {
      const errors: string[] = [];
      baseCompile(value, { onError: (e) => errors.push(e.message), jit: true });
      expect(errors, `${key}: ${value}`).toEqual([]);
    }
  });

  it('both languages use the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of flatEn) {
      expect(new Set(names(flatJa.get(key) ?? '')), key).toEqual(new Set(names(value)));
    }
  });

  it('Japanese is written in the polite form where it is a sentence', () => {
    for (const [key, value] of flatJa) {
      // A closing aside such as （例：120、3.5） does not end the sentence.
      const sentence = value.replace(/（[^）]*）。$/, '。');
      if (sentence.endsWith('。'))
        expect(sentence, key).toMatch(/(です|ます|ません|でした|ました|ください)。$/);
    }
  });
});
