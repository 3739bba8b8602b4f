/**
 * Supplier tokens (`/s/<token>`, `/api/portal/<token>/…`) and grievance tracking codes
 * (`/api/public/grievances/<code>/…`) are credentials: they are never written to a log in
 * full. URLs reach the log in many places — the request serializer, Fastify's messages
 * about malformed URLs (in the message and the stack), error messages — so every log
 * line passes through `redactText`, wherever in the text the path appears, and whether
 * its slash is written plainly or percent-encoded.
 */
const SECRET_PATH = /((?:^|\/|%2f)(?:s|api(?:\/|%2f)+portal|api(?:\/|%2f)+public(?:\/|%2f)+grievances)(?:\/|%2f)+)[^/?#\s"'`<>\\]+/gi;

export function redactText(text: string): string {
  return text.replace(SECRET_PATH, '$1[token]');
}

/** A request URL as logs may show it. */
export function redactUrl(url: string): string {
  return redactText(url);
}

/**
 * Redacts every string in a log call's arguments (message, objects, errors), one level
 * deep. Errors stay errors (the logger files them under `err`), as redacted copies.
 */
export function redactLogArgument(arg: unknown): unknown {
  if (typeof arg === 'string') return redactText(arg);
  if (arg instanceof Error) return redactedCopy(arg);
  if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(arg)) {
      out[k] = typeof v === 'string' ? redactText(v) : v instanceof Error ? redactedCopy(v) : v;
    }
    return out;
  }
  return arg;
}

function redactedCopy(e: Error): Error {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(e) as object) as Error, e);
  Object.defineProperty(copy, 'message', { value: redactText(e.message), enumerable: false, writable: true });
  Object.defineProperty(copy, 'stack', { value: redactText(e.stack ?? ''), enumerable: false, writable: true });
  return copy;
}

/** A serialisable copy of an error with its message and stack redacted. */
export function redactError(e: Error): { type: string; message: string; stack: string; [key: string]: unknown } {
  const { message, stack, name } = e;
  const extra = Object.fromEntries(Object.entries(e).map(([k, v]) => [k, typeof v === 'string' ? redactText(v) : v]));
  return { ...extra, type: name, message: redactText(message), stack: redactText(stack ?? '') };
}
