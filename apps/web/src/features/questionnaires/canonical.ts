/**
 * The stored definition comes back from PostgreSQL's jsonb with its keys in jsonb's order
 * (shortest first). For people editing the JSON, put them back in the order of the format:
 * `id`, `theme`, `type`, `text` … Unknown keys keep their place after the known ones.
 */
const ORDER = {
  document: ['formatVersion', 'key', 'title', 'description', 'themes', 'questions'],
  theme: ['key', 'title', 'description', 'weight'],
  question: ['id', 'theme', 'type', 'text', 'help', 'options', 'required', 'weight', 'critical', 'level', 'depth', 'evidence', 'showIf', 'reference', 'guidance'],
  option: ['value', 'label', 'score'],
  showIf: ['questionId', 'in'],
  text: ['ja', 'en'],
} as const;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function ordered(obj: Record<string, Json>, order: readonly string[], child: (key: string, v: Json) => Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const k of order) if (k in obj) out[k] = child(k, obj[k]);
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = child(k, obj[k]);
  return out;
}

const TEXT_KEYS = new Set(['title', 'description', 'text', 'help', 'guidance', 'label']);
const text = (k: string, v: Json): Json => (TEXT_KEYS.has(k) && isObject(v) ? ordered(v, ORDER.text, (_k, x) => x) : v);

function question(v: Json): Json {
  if (!isObject(v)) return v;
  return ordered(v, ORDER.question, (k, x) => {
    if (k === 'options' && Array.isArray(x)) return x.map((o) => (isObject(o) ? ordered(o, ORDER.option, text) : o));
    if (k === 'showIf' && isObject(x)) return ordered(x, ORDER.showIf, (_k, y) => y);
    return text(k, x);
  });
}

export function canonicalOrder(definition: Json): Json {
  if (!isObject(definition)) return definition;
  return ordered(definition, ORDER.document, (k, v) => {
    if (k === 'themes' && Array.isArray(v)) return v.map((t) => (isObject(t) ? ordered(t, ORDER.theme, text) : t));
    if (k === 'questions' && Array.isArray(v)) return v.map(question);
    return text(k, v);
  });
}

/** The text the editor shows: the format's key order, two-space indents. */
export function toEditorText(definition: Json): string {
  return `${JSON.stringify(canonicalOrder(definition), null, 2)}\n`;
}
