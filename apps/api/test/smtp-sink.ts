import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

/**
 * A real SMTP server on loopback for tests. `failNext(n)` makes it refuse the next n
 * messages with a temporary error, to exercise retries.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server?: SMTPServer;
  private failures = 0;
  private waiters: { count: number; resolve: () => void }[] = [];
  port = 0;

  /** `port`: listen where a previous sink was, as a server that comes back. */
  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (this.failures > 0) {
            this.failures--;
            const err = Object.assign(new Error('try again later'), { responseCode: 451 });
            return done(err);
          }
          void PostalMime.parse(Buffer.concat(chunks)).then((m) => {
            this.messages.push({
              from: m.from?.address ?? '',
              to: (m.to ?? []).map((a) => a.address ?? ''),
              subject: m.subject ?? '',
              html: m.html ?? '',
              text: m.text ?? '',
              messageId: m.messageId ?? '',
              headers: Object.fromEntries(m.headers.map((h) => [h.key, h.value])),
            });
            this.waiters = this.waiters.filter((w) => (this.messages.length >= w.count ? (w.resolve(), false) : true));
            done();
          }, done);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  failNext(n: number): void {
    this.failures = n;
  }

  /** Resolves once `count` messages have arrived in total. */
  waitFor(count: number, timeoutMs = 15_000): Promise<void> {
    if (this.messages.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.messages.length} of ${count} messages arrived`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
