import type { FastifyRequest } from 'fastify';
import { DomainError } from './errors';

export interface Upload {
  filename: string;
  buffer: Buffer;
  fields: Record<string, string>;
}

/** Reads one multipart file (and the text fields before it) within a size limit. */
export async function readUpload(req: FastifyRequest, field: string, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) throw new DomainError('VALIDATION_FAILED', `send multipart/form-data with a "${field}" file`);
  try {
    return await readParts(req, field, maxBytes);
  } catch (e) {
    // The multipart parser's own errors (no boundary, a body that is not multipart, a part
    // cut short) carry no status: they are the request's fault.
    if (e instanceof DomainError || typeof (e as { statusCode?: unknown })?.statusCode === 'number') throw e;
    throw new DomainError('VALIDATION_FAILED', `malformed multipart body: ${String((e as Error)?.message ?? e).slice(0, 100)}`);
  }
}

async function readParts(req: FastifyRequest, field: string, maxBytes: number): Promise<Upload> {
  const fields: Record<string, string> = {};
  for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20 } })) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (part.fieldname !== field) {
      await part.toBuffer().catch(() => undefined);
      continue;
    }
    let buffer: Buffer;
    try {
      buffer = await part.toBuffer();
    } catch (e) {
      // Other errors (a body cut short) are the malformed body's, answered 400 by the caller.
      if ((e as { code?: string })?.code !== 'FST_REQ_FILE_TOO_LARGE') throw e;
      throw new DomainError('FILE_TOO_LARGE', `the file exceeds ${Math.round(maxBytes / 1_048_576)} MB`);
    }
    if (part.file.truncated) throw new DomainError('FILE_TOO_LARGE', `the file exceeds ${Math.round(maxBytes / 1_048_576)} MB`);
    if (buffer.length === 0) throw new DomainError('VALIDATION_FAILED', 'the file is empty');
    return { filename: part.filename, buffer, fields };
  }
  throw new DomainError('VALIDATION_FAILED', `the "${field}" file is missing`);
}
