import { escapeHtml } from '../../common/html';
import type { OutboxMail } from '../mail/outbox.service';

/** Sent when an admin adds a user: where to sign in. Both languages, as users have no preference yet. */
export function welcomeMail(p: {
  organizationId: string;
  organizationName: string;
  userId: string;
  to: string;
  name: string;
  publicUrl: string;
}): OutboxMail {
  const url = `${p.publicUrl}/login`;
  const org = p.organizationName;
  const text = [
    `${p.name} 様`,
    '',
    `${org} のサプライヤー・エンゲージメント・サーベイに追加されました。`,
    `次の URL から、管理者から伝えられたパスワードでサインインしてください: ${url}`,
    '',
    '---',
    '',
    `Dear ${p.name},`,
    '',
    `You have been added to ${org} on Supplier Engagement Survey.`,
    `Sign in at ${url} with the password your administrator gave you.`,
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6">
<p lang="ja">${e(p.name)} 様</p>
<p lang="ja">${e(org)} のサプライヤー・エンゲージメント・サーベイに追加されました。管理者から伝えられたパスワードで<a href="${e(url)}">サインイン</a>してください。</p>
<hr>
<p lang="en">Dear ${e(p.name)},</p>
<p lang="en">You have been added to ${e(org)} on Supplier Engagement Survey. <a href="${e(url)}">Sign in</a> with the password your administrator gave you.</p>
</body></html>`;
  return {
    organizationId: p.organizationId,
    dedupeKey: `welcome:${p.userId}`,
    kind: 'welcome',
    to: p.to,
    subject: `[${org}] サインインのご案内 / Your account`,
    html,
    text,
  };
}
