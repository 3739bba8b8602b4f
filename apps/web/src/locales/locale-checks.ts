import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';

/** Test helper (not loaded by the app): the checks every pair of message files must pass. */
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

const placeholders = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

export interface LocalePair {
  en: Tree;
  ja: Tree;
  /**
   * A bundle loaded apart from the others keeps its messages under one top-level key, which
   * no other bundle (`others`) uses.
   */
  namespace?: string;
  others?: Tree[];
}

export function describeLocales(title: string, { en, ja, namespace, others = [] }: LocalePair): void {
  const flatEn = flatten(en);
  const flatJa = flatten(ja);

  describe(title, () => {
    it('ja and en have exactly the same keys', () => {
      expect([...flatJa.keys()].sort()).toEqual([...flatEn.keys()].sort());
    });

    if (namespace) {
      it('live under their own namespace, apart from the other bundles', () => {
        expect(Object.keys(en)).toEqual([namespace]);
        for (const other of others) expect(Object.keys(other)).not.toContain(namespace);
      });
    }

    it('every message is non-empty and compiles (no stray @ { } | in the text)', () => {
      for (const [key, value] of [...flatEn, ...flatJa]) {
        expect(value.trim(), key).not.toBe('');
        const errors: string[] = [];
        baseCompile(value, { onError: (e) => errors.push(e.message), jit: true });
        expect(errors, `${key}: ${value}`).toEqual([]);
      }
    });

    it('both languages use the same placeholders', () => {
      for (const [key, value] of flatEn) expect(placeholders(flatJa.get(key) ?? ''), key).toEqual(placeholders(value));
    });

    it('Japanese sentences are in the polite form', () => {
      for (const [key, value] of flatJa) {
        // A closing aside such as （例：120、3.5）。 does not end the sentence.
        const sentence = value.replace(/（[^）]*）。$/, '。');
        if (sentence.endsWith('。')) expect(sentence, key).toMatch(/(です|ます|ません|でした|ました|ましょう|ください)。$/);
      }
    });
  });
}
