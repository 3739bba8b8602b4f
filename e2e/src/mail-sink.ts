import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A message as the product's built-in mail catcher keeps it (one JSON file each). */
export interface SunkMail {
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
}

/** Waits for a message to `to` whose subject matches, and returns it. */
export async function waitForMail(dir: string, to: string, subject: RegExp = /./, timeoutMs = 30_000): Promise<SunkMail & { text: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
      let mail: SunkMail;
      try {
        mail = JSON.parse(await readFile(join(dir, f), 'utf8')) as SunkMail;
      } catch {
        continue; // still being written
      }
      if (mail.to.includes(to) && subject.test(mail.subject)) return { ...mail, text: mail.text ?? '' };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}
