import { writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  to: string[];
  subject: string;
  html: string;
  text: string;
}

/** A real SMTP server on loopback that writes each message as JSON into a folder. */
export class MailSink {
  private server?: SMTPServer;
  private n = 0;
  port = 0;

  constructor(private readonly dir: string) {}

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          void PostalMime.parse(Buffer.concat(chunks)).then((m) => {
            const mail: SunkMail = {
              to: (m.to ?? []).map((a) => a.address ?? ''),
              subject: m.subject ?? '',
              html: m.html ?? '',
              text: m.text ?? '',
            };
            writeFileSync(join(this.dir, `${String(++this.n).padStart(6, '0')}.json`), JSON.stringify(mail));
            done();
          }, done);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Waits for a message to `to` whose subject matches, and returns it. */
export async function waitForMail(dir: string, to: string, subject: RegExp = /./, timeoutMs = 30_000): Promise<SunkMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of (await readdir(dir)).sort()) {
      const mail = JSON.parse(await readFile(join(dir, f), 'utf8')) as SunkMail;
      if (mail.to.includes(to) && subject.test(mail.subject)) return mail;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}
