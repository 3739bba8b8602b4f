/**
 * Evidence file types allowed, recognised by their first bytes — never by the name or the
 * browser's content type. Office files are ZIP containers; the name only picks which.
 */
export interface DetectedType {
  contentType: string;
  extension: string;
}

const OFFICE: Record<string, DetectedType> = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
};

export function detectEvidenceType(buf: Buffer, filename: string): DetectedType | null {
  const starts = (hex: string, at = 0) => buf.length >= at + hex.length / 2 && buf.subarray(at, at + hex.length / 2).equals(Buffer.from(hex, 'hex'));
  if (starts('25504446')) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts('89504e470d0a1a0a')) return { contentType: 'image/png', extension: 'png' };
  if (starts('ffd8ff')) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts('52494646') && starts('57454250', 8)) return { contentType: 'image/webp', extension: 'webp' };
  if (starts('504b0304')) {
    const ext = filename.toLowerCase().split('.').pop() ?? '';
    return OFFICE[ext] ?? null;
  }
  if (isPlainText(buf)) {
    const csv = filename.toLowerCase().endsWith('.csv');
    return { contentType: csv ? 'text/csv' : 'text/plain', extension: csv ? 'csv' : 'txt' };
  }
  return null;
}

function isPlainText(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, 64 * 1024));
    return true;
  } catch {
    return false;
  }
}

/** A name safe for Content-Disposition: no path, no control or quote characters. */
export function safeFilename(name: string, fallbackExt: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"\\;]/g, '').trim().slice(0, 150);
  return base || `evidence.${fallbackExt}`;
}

export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
