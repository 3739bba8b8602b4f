import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The signature checked out under the secret (Standard Webhooks verification). */
  verified: boolean;
  status: number;
}

/**
 * A real HTTP receiver on loopback that verifies every request's Standard Webhooks signature
 * with the subscription's secret, and answers 500 to the first `failFirst(id)` attempts of
 * a message.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  secret = '';
  failFirst: (id: string) => number = () => 0;
  private server: Server | null = null;
  private readonly attempts = new Map<string, number>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const id = header(req.headers, 'webhook-id');
        const n = (this.attempts.get(id) ?? 0) + 1;
        this.attempts.set(id, n);
        const status = n <= this.failFirst(id) ? 500 : 204;
        this.received.push({
          id,
          timestamp: header(req.headers, 'webhook-timestamp'),
          signature: header(req.headers, 'webhook-signature'),
          body,
          verified: this.verify(body, req.headers),
          status,
        });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as { port: number }).port}/hooks`;
  }

  async stop(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }

  private verify(body: string, headers: IncomingHttpHeaders): boolean {
    try {
      new Webhook(this.secret).verify(body, {
        'webhook-id': header(headers, 'webhook-id'),
        'webhook-timestamp': header(headers, 'webhook-timestamp'),
        'webhook-signature': header(headers, 'webhook-signature'),
      });
      return true;
    } catch {
      return false;
    }
  }
}

const header = (h: IncomingHttpHeaders, name: string) => String(h[name] ?? '');
