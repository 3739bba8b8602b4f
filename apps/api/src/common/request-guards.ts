import type { FastifyInstance, FastifyReply } from 'fastify';

/** Charsets a JSON or text body may declare: the body parsers read UTF-8 only. */
const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * Refusals that depend only on the request line and headers, so they happen before a body
 * is read: a body in another charset than UTF-8 (it would be misread, not refused), and a
 * multipart body sent to a route that takes none (it would be accepted and ignored, up to
 * the upload size limit). `uploads` holds `METHOD /path` of the routes that take uploads
 * (`@ApiDoc({ multipart })`); it is filled once the routes are known.
 */
export function registerRequestGuards(fastify: FastifyInstance, uploads: ReadonlySet<string>): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    const type = req.headers['content-type'];
    if (!type) return done();
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
    if (charset && !UTF8.has(charset)) {
      return refuse(reply, 415, `the body must be UTF-8, not ${charset.slice(0, 40)}`);
    }
    if (/^\s*multipart\//i.test(type) && req.routeOptions.url !== undefined) {
      if (!uploads.has(`${req.method} ${req.routeOptions.url}`)) return refuse(reply, 415, 'this route takes no multipart body');
      if (!/;\s*boundary\s*=\s*\S/i.test(type)) return refuse(reply, 400, 'the multipart body has no boundary');
    }
    done();
  });
}

function refuse(reply: FastifyReply, statusCode: 400 | 415, message: string): void {
  // The body is not read: the connection closes after the answer rather than draining it.
  void reply
    .code(statusCode)
    .header('cache-control', 'no-store')
    .header('connection', 'close')
    .send({ statusCode, message, error: statusCode === 415 ? 'Unsupported Media Type' : 'Bad Request' });
}
