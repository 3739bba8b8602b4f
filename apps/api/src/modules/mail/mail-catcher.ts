import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  organizationId: string | null;
  from: string;
  to: string[];
  subject: string;
  date: string;
  html: string | null;
  text: string | null;
}

export const ORGANIZATION_HEADER = 'x-ses-organization';
const KEEP = 1000;

/**
 * The built-in SMTP catcher used when SMTP_URL is unset: it listens on loopback, accepts
 * every message, and keeps it under DATA_DIR/mail for the console's mail preview.
 */
export class MailCatcher {
  private server?: SMTPServer;
  port = 0;

  constructor(private readonly dir: string) {}

  async start(): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      banner: 'mail catcher',
      size: 25 * 1_048_576,
      logger: false,
      onData: (stream, _session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.store(Buffer.concat(chunks)).then(() => done(), (e: Error) => done(e));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as { port: number }).port;
    return this.port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  async list(organizationId: string): Promise<CaughtMail[]> {
    const all = await this.readAll();
    return all.filter((m) => m.organizationId === organizationId);
  }

  async get(organizationId: string, id: string): Promise<CaughtMail | null> {
    if (!/^[0-9a-z-]{1,80}$/.test(id)) return null;
    const mail = await this.readOne(`${id}.json`);
    return mail && mail.organizationId === organizationId ? mail : null;
  }

  private async store(raw: Buffer): Promise<void> {
    const parsed = await PostalMime.parse(raw);
    const header = parsed.headers.find((h) => h.key === ORGANIZATION_HEADER)?.value ?? null;
    const mail: CaughtMail = {
      id: `${Date.now().toString().padStart(15, '0')}-${randomUUID()}`,
      organizationId: header,
      from: parsed.from?.address ?? '',
      to: (parsed.to ?? []).map((a) => a.address ?? '').filter(Boolean),
      subject: parsed.subject ?? '',
      date: new Date().toISOString(),
      html: parsed.html ?? null,
      text: parsed.text ?? null,
    };
    await writeFile(join(this.dir, `${mail.id}.json`), JSON.stringify(mail));
    await this.prune();
  }

  private async files(): Promise<string[]> {
    return (await readdir(this.dir)).filter((f) => f.endsWith('.json')).sort().reverse();
  }

  private async readAll(): Promise<CaughtMail[]> {
    const mails = await Promise.all((await this.files()).slice(0, KEEP).map((f) => this.readOne(f)));
    return mails.filter((m): m is CaughtMail => m !== null);
  }

  private async readOne(file: string): Promise<CaughtMail | null> {
    try {
      return JSON.parse(await readFile(join(this.dir, file), 'utf8')) as CaughtMail;
    } catch {
      return null;
    }
  }

  private async prune(): Promise<void> {
    const old = (await this.files()).slice(KEEP);
    await Promise.all(old.map((f) => rm(join(this.dir, f), { force: true })));
  }
}
