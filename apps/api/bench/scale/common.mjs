// Shared by the scale seed and benchmark: who signs in, and the command-line options.

export const SCALE_ORG = 'Scale benchmark';
/** The seeded admin: a throw-away database for measurements only. */
export const SCALE_USER = { email: 'scale-admin@bench.test', password: 'a long enough scale benchmark passphrase' };

/** `--name value` pairs over defaults; numbers stay numbers, underscores allowed (100_000). */
export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    const [, key, inline] = m;
    if (!(key in defaults)) throw new Error(`unknown option --${key} (known: ${Object.keys(defaults).join(', ')})`);
    const raw = inline ?? (typeof defaults[key] === 'boolean' ? 'true' : argv[++i]);
    out[key] = typeof defaults[key] === 'number' ? Number(String(raw).replace(/_/g, '')) : typeof defaults[key] === 'boolean' ? raw !== 'false' : raw;
    if (typeof defaults[key] === 'number' && !Number.isFinite(out[key])) throw new Error(`--${key} wants a number`);
  }
  return out;
}
