/**
 * Grievance tracking codes: 28 characters of Crockford's base32 (no I, L, O or U, so a code
 * read aloud or copied by hand survives), 140 random bits, shown as seven groups of four.
 */
export const TRACKING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 28;
/** A code as typed may carry spaces and dashes; anything longer is not a code. */
const TYPED_MAX = 60;

/**
 * The code as typed, in its canonical form (28 characters, no dashes: what the server
 * hashes), or null if it cannot be one. Case, width, spaces and dashes do not matter, and
 * the letters easily mistaken for digits (O, I, L) are read as those digits.
 */
export function normalizeTrackingCode(input: string): string | null {
  if (input.length > TYPED_MAX) return null;
  // NFKC first: a Japanese keyboard may type full-width letters, digits, hyphens and spaces
  // (ＡＢ１２－); its long-vowel mark ー and the other dashes count as hyphens.
  const s = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−ー]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== TRACKING_CODE_LENGTH || [...s].some((c) => !TRACKING_CODE_ALPHABET.includes(c))) return null;
  return s;
}

/** A canonical code as people see it: `XXXX-XXXX-…`, seven groups of four. */
export function formatTrackingCode(canonical: string): string {
  return canonical.match(/.{1,4}/g)!.join('-');
}
