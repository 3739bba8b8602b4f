import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { DiscoveryService, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import helmet from 'helmet';
import { AppModule, type AppDeps } from './app.module';
import { redactError, redactLogArgument, redactText, redactUrl } from './common/redact';
import { registerRequestGuards } from './common/request-guards';
import { loginLimit } from './modules/auth/login-rate-limit';
import { collectRoutes } from './modules/openapi/openapi';

export { redactUrl };

const BODY_LIMIT = 1_048_576;

export async function createApp(deps: AppDeps): Promise<NestFastifyApplication> {
  const { config } = deps;
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    // Only behind a proxy that sets it: otherwise clients could forge their address.
    trustProxy: config.trustProxy,
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }),
              err: (e: Error) => redactError(e),
            },
            // Every line, whatever logs it: messages quote URLs too (a malformed URL's error).
            hooks: {
              logMethod(args: unknown[], method: (...a: unknown[]) => void) {
                method.apply(this, args.map(redactLogArgument));
              },
            },
          },
    // The router rejects a malformed URL (400) or an over-long parameter (414) before any
    // route runs; its error quotes the URL, which may carry a token.
    frameworkErrors: (error: FastifyError, _request: unknown, reply: FastifyReply) => {
      const statusCode = error.statusCode ?? 400;
      void reply
        .code(statusCode)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send({ statusCode, message: redactText(error.message), error: statusCode === 414 ? 'URI Too Long' : 'Bad Request' });
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(deps), adapter, {
    logger: config.logLevel === 'silent' ? false : ['error', 'warn'],
    bodyParser: true,
  });
  loginLimit.max = config.loginRateLimit;
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  // The headers are computed once here: @fastify/helmet builds helmet's middleware again
  // for every request (parsing the CSP each time), a few percent of an autosave's CPU.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)));
  await fastify.register(rateLimit, { global: false });
  await fastify.register(multipart, { limits: { fileSize: 25 * 1_048_576, files: 1 } });
  const uploads = new Set<string>();
  registerRequestGuards(fastify, uploads);
  app.setGlobalPrefix('api');
  await serveWeb(fastify, config.webDist);
  await app.init();
  for (const r of collectRoutes(app.get(DiscoveryService), 'api')) {
    if (r.doc?.multipart) uploads.add(`${r.method.toUpperCase()} ${r.path}`);
  }
  return app;
}

/** The built web app at `/`, with every non-API path falling back to its index.html. */
async function serveWeb(fastify: FastifyInstance, dist: string): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) return;
  await fastify.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      void reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', (req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api') {
      return reply.status(404).send({ statusCode: 404, message: `Cannot GET ${redactUrl(req.url)}`, error: 'Not Found' });
    }
    // Files built after the start (a rebuilt web app) are not among the routes registered
    // at start: serve them from disk; any other path is a client-side route.
    const path = req.url.split('?')[0];
    if (path.startsWith('/assets/')) {
      if (!path.includes('..') && existsSync(join(dist, path))) {
        return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(path.slice(1));
      }
      return reply.status(404).send({ statusCode: 404, message: 'no such file', error: 'Not Found' });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  fastify.get('/', (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
}
