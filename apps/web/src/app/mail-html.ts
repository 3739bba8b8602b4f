/**
 * Prepares a caught e-mail's HTML for a sandboxed `<iframe srcdoc>`: every link opens in a
 * new tab (the sandbox allows popups, nothing else), with no referrer so the token in a
 * portal link is not passed on. DOMParser builds an inert document: nothing runs here.
 */
export function prepareMailHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const el of Array.from(doc.querySelectorAll('script, base, meta[http-equiv]'))) el.remove();
  const meta = doc.createElement('meta');
  meta.setAttribute('name', 'referrer');
  meta.setAttribute('content', 'no-referrer');
  doc.head.prepend(meta);
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}
